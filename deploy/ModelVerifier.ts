/**
 * Ignition modules for the snarkjs Groth16 verifiers generated into
 * contracts/verifiers/generated/ (one contract per circuit and key, e.g. `GptNanoSortLayer0Verifier`
 * from `npx hardhat zkattn:setup ... --export-verifier`), docs/deploy.md.
 *
 * The verifier contract is chosen by name, so the module is built by a factory. Its id is derived
 * from the contract name and the key's vkHash: `<ContractName>Module_<first 16 hex digits of
 * vkHash>`. The vkHash is part of the id because a new setup of the same circuit regenerates the
 * contract with other constants under the same name: on a persistent chain Ignition refuses to
 * reconcile a recorded future whose bytecode changed ("Artifact bytecodes have been changed"),
 * while a new id deploys the new verifier next to the old one (registry routes are add-only, so the
 * old one must stay anyway). The same (name, vkHash) always gives the same id, so a recorded
 * deployment is reused.
 *
 * The module only deploys the contract; adding the registry route is `ensureVerifierRoute`'s job
 * (src/deploy/ensure.ts), because it first checks whether a route already exists.
 */
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/** Hex digits of the vkHash kept in a verifier module id (64 bits: collisions need ~2^32 keys). */
export const VERIFIER_MODULE_VK_DIGITS = 16;

/**
 * Ignition module id of the verifier `contractName` for the key `vkHash`.
 * @param contractName a Solidity contract name, e.g. `GptNanoSortLayer0Verifier`.
 * @param vkHash the key's ERC-7992 vkHash, 0x-prefixed bytes32 hex (src/setup/vkHash.ts).
 * @throws Error `deploy: ...` if the name is not a Solidity identifier usable in an Ignition id
 *   (letters, digits, `_`, starting with a letter) or vkHash is not bytes32 hex.
 */
export function modelVerifierModuleId(contractName: string, vkHash: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(contractName)) {
    throw new Error(
      `deploy: verifier contract name "${contractName}" must start with a letter and hold only letters, digits and _ (e.g. GptNanoSortLayer0Verifier)`,
    );
  }
  if (!/^0x[0-9a-fA-F]{64}$/.test(vkHash)) {
    throw new Error(
      `deploy: vkHash "${vkHash}" is not a 0x-prefixed bytes32; take it from build/<circuit>/manifest.json`,
    );
  }
  return `${contractName}Module_${vkHash.slice(2, 2 + VERIFIER_MODULE_VK_DIGITS).toLowerCase()}`;
}

const cache = new Map<string, ReturnType<typeof build>>();

function build(id: string, contractName: string) {
  return buildModule(id, (m) => {
    const verifier = m.contract(contractName);
    return { verifier };
  });
}

/**
 * The Ignition module deploying the generated verifier `contractName` (no constructor arguments),
 * with the id {@link modelVerifierModuleId}. Returns the same module object for the same
 * arguments, as Ignition expects of a module used twice.
 * @throws Error as {@link modelVerifierModuleId}.
 */
export function modelVerifierModule(contractName: string, vkHash: string) {
  const id = modelVerifierModuleId(contractName, vkHash);
  let module = cache.get(id);
  if (!module) {
    module = build(id, contractName);
    cache.set(id, module);
  }
  return module;
}
