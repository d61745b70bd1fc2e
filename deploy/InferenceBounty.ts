/**
 * Ignition module: the example dApp contracts/InferenceBounty.sol, bound to the registry of
 * {@link ModelRegistryModule} (`m.useModule`), docs/deploy.md.
 *
 * Because it uses the registry module, deploying it on a chain whose Ignition deployment already
 * holds the registry reuses that registry; on a fresh deployment it deploys the registry first.
 * Parameters: those of {@link ModelRegistryModule} (`ModelRegistryModule.owner`).
 *
 * zkattn deploys it through `ensureRegistry` / `ensureBounty` (src/deploy/ensure.ts).
 */
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import ModelRegistryModule from "./ModelRegistry.js";

/** Ignition id of {@link InferenceBountyModule}; its bounty future is `InferenceBountyModule#InferenceBounty`. */
export const INFERENCE_BOUNTY_MODULE_ID = "InferenceBountyModule";

const InferenceBountyModule = buildModule(INFERENCE_BOUNTY_MODULE_ID, (m) => {
  const { registry } = m.useModule(ModelRegistryModule);
  const bounty = m.contract("InferenceBounty", [registry]);
  return { bounty, registry };
});

export default InferenceBountyModule;
