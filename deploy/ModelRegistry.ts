/**
 * Ignition module: the zkattn ERC-7992 registry (contracts/ModelRegistry.sol), docs/deploy.md.
 *
 * Parameters (`parameters: { ModelRegistryModule: { owner } }`):
 * - `owner`: the registry owner, the only account that adds verifier routes. Default: the
 *   deployment's first account (`m.getAccount(0)`, the account that sends the transaction).
 *
 * zkattn's tasks deploy it through `ensureRegistry` (src/deploy/ensure.ts). The Ignition CLI
 * (`npx hardhat ignition deploy`) only loads modules under `ignition/modules/`, not deploy/.
 */
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/** Ignition id of {@link ModelRegistryModule}; its registry future is `ModelRegistryModule#ModelRegistry`. */
export const MODEL_REGISTRY_MODULE_ID = "ModelRegistryModule";

const ModelRegistryModule = buildModule(MODEL_REGISTRY_MODULE_ID, (m) => {
  const owner = m.getParameter("owner", m.getAccount(0));
  const registry = m.contract("ModelRegistry", [owner]);
  return { registry };
});

export default ModelRegistryModule;
