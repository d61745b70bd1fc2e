import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { ensureModelDeployment, isPersistentNetwork } from "../../src/deploy/ensure.js";
import { resolveModelRegistration } from "../../src/deploy/modelInputs.js";
import { parseWeightsOption } from "../../src/circuit/mainCircuits.js";
import { reportingUserErrors } from "./userErrors.js";

/** Arguments of `register-model` (see tasks/deploy.ts). */
interface RegisterModelArgs {
  model: string;
  layer: number;
  weights: string;
  wholeModel: boolean;
  circuit: string;
  verifierContract: string;
  circuitHash: string;
  vkHash: string;
  modelHash: string;
  uri: string;
  insecureAllowDevelopmentKeys: boolean;
}

/**
 * `register-model`: resolves the commitment (src/deploy/modelInputs.ts), then
 * `ensureModelDeployment` (registry, verifier route, model; src/deploy/ensure.ts) on the
 * `--network` connection. Prints the modelId on the last line.
 */
export default reportingUserErrors(registerModelAction);

async function registerModelAction(
  args: RegisterModelArgs,
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  const reg = await resolveModelRegistration({
    root: hre.config.paths.root,
    ...args,
    weights: parseWeightsOption(args.weights),
  });
  if (reg.warning) console.warn(`warning: ${reg.warning}`);
  const conn = await hre.network.getOrCreate();
  const env = { ignitionDir: hre.config.paths.ignition, log: (line: string) => console.log(line) };
  if (!isPersistentNetwork(conn)) {
    console.log(
      `note: ${conn.networkName} is the in-process network; everything deployed here disappears when the command ends (use \`npx hardhat node\` and --network localhost to keep it)`,
    );
  }
  const { insecureAllowDevelopmentKeys } = args;
  const { registry, modelId } = await ensureModelDeployment(conn, env, reg, {
    allowInsecureDevelopmentKeys: insecureAllowDevelopmentKeys,
  });
  console.log(
    `registry ${registry}\nmodel ${reg.name} (modelHash ${reg.modelHash})\nmodelId ${modelId}`,
  );
}
