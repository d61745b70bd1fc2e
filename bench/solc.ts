/**
 * The npm `solc` compile of generated verifiers, for the benchmarks' gas columns (bench/run.ts,
 * bench/segmentChain.ts).
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Compiles a generated snarkjs verifier with the npm `solc` (the version Hardhat uses,
 * hardhat.config.ts: optimizer on, 200 runs, default EVM version of solc 0.8.28 = cancun).
 * Hardhat only compiles contracts/, and synthetic configurations' verifiers are build outputs.
 */
export function compileVerifier(
  source: string,
  contractName: string,
): { abi: unknown[]; bytecode: string } {
  const solc = require("solc") as { compile(input: string): string };
  const out = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: "Solidity",
        sources: { "Verifier.sol": { content: source } },
        settings: {
          optimizer: { enabled: true, runs: 200 },
          evmVersion: "cancun",
          outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
        },
      }),
    ),
  ) as {
    errors?: { severity: string; formattedMessage: string }[];
    contracts: Record<
      string,
      Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>
    >;
  };
  const errors = (out.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length)
    throw new Error(
      `bench: solc failed on the ${contractName} verifier: ${errors.map((e) => e.formattedMessage).join("\n")}`,
    );
  const c = out.contracts["Verifier.sol"][contractName];
  return { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
}
