import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import * as snarkjs from "snarkjs";

/**
 * Solidity contract name of a circuit's verifier: the circuit name in PascalCase +
 * "Verifier" (e.g. `setup_small` -> `SetupSmallVerifier`). Names must be unique across
 * contracts/ so Hardhat artifacts and typechain types do not collide.
 * @throws Error if the name has no letters or digits.
 */
export function verifierContractName(circuitName: string): string {
  const parts = circuitName.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (parts.length === 0)
    throw new Error(`setup: cannot derive a contract name from circuit name "${circuitName}"`);
  const pascal = parts.map((p) => p[0].toUpperCase() + p.slice(1)).join("");
  return /^[0-9]/.test(pascal) ? `C${pascal}Verifier` : `${pascal}Verifier`;
}

/** The snarkjs Groth16 Solidity template shipped in the installed snarkjs package. */
export async function groth16Template(): Promise<string> {
  const main = fileURLToPath(import.meta.resolve("snarkjs"));
  return await readFile(
    path.join(path.dirname(main), "templates", "verifier_groth16.sol.ejs"),
    "utf8",
  );
}

/**
 * Renders the snarkjs Groth16 verifier for a zkey (`snarkjs zkey export solidityverifier`),
 * keeping snarkjs' output byte for byte (GPL-3.0 header included) except for one edit: the
 * contract is renamed from `Groth16Verifier` to `contractName`, so several circuits' verifiers
 * can live in one Hardhat project.
 * @throws Error if the zkey is not Groth16 or the template no longer declares
 *   `contract Groth16Verifier` exactly once (a snarkjs upgrade: update this function).
 */
export async function renderVerifier(zkeyPath: string, contractName: string): Promise<string> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(contractName)) {
    throw new Error(`setup: "${contractName}" is not a valid Solidity contract name`);
  }
  const sol: string = await snarkjs.zKey.exportSolidityVerifier(zkeyPath, {
    groth16: await groth16Template(),
  });
  const decl = /^contract Groth16Verifier \{$/gm;
  const n = (sol.match(decl) ?? []).length;
  if (n !== 1) {
    throw new Error(
      `setup: expected one "contract Groth16Verifier {" in the snarkjs verifier, found ${n}; is ${zkeyPath} a Groth16 zkey?`,
    );
  }
  return sol.replace(decl, `contract ${contractName} {`);
}
