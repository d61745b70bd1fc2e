import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import {
  ensureModelChainDeployment,
  ensureModelDeployment,
  isPersistentNetwork,
} from "../../src/deploy/ensure.js";
import {
  resolveModelChainRegistration,
  resolveModelRegistration,
} from "../../src/deploy/modelInputs.js";
import { parseWeightsOption } from "../../src/circuit/mainCircuits.js";
import { ZkattnUserError } from "../../src/errors.js";
import { wholeModelChain, wholeModelWeights } from "../../src/prover/modelRequest.js";
import { reportingUserErrors } from "./userErrors.js";

/** Arguments of `register-model` (see tasks/deploy.ts). */
interface RegisterModelArgs {
  model: string;
  layer: number;
  weights: string;
  wholeModel: boolean;
  chain: boolean;
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
 * `--network` connection; a whole model's chain (`--whole-model` with private weights or
 * `--chain`) through `ensureModelChainDeployment` (every segment's route, one chained model).
 * Prints the modelId on the last line.
 */
export default reportingUserErrors(registerModelAction);

async function registerModelAction(
  args: RegisterModelArgs,
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  const root = hre.config.paths.root;
  const weights = parseWeightsOption(args.weights);
  const chain =
    args.wholeModel &&
    wholeModelChain(wholeModelWeights(weights), args.chain || undefined, "deploy");
  if (args.chain && !args.wholeModel)
    throw new ZkattnUserError("deploy: --chain registers a whole model's chain; add --whole-model");
  if (
    chain &&
    (args.circuit ||
      args.verifierContract ||
      args.circuitHash ||
      args.vkHash ||
      args.modelHash ||
      args.uri)
  )
    throw new ZkattnUserError(
      "deploy: a chain's segments, hashes and uri come from circuits/circuits.json and each segment's setup manifest; drop --circuit, --verifier-contract, --circuit-hash, --vk-hash, --model-hash and --uri",
    );
  const conn = await hre.network.getOrCreate();
  const env = { ignitionDir: hre.config.paths.ignition, log: (line: string) => console.log(line) };
  if (!isPersistentNetwork(conn)) {
    console.log(
      `note: ${conn.networkName} is the in-process network; everything deployed here disappears when the command ends (use \`npx hardhat node\` and --network localhost to keep it)`,
    );
  }
  const { insecureAllowDevelopmentKeys } = args;
  if (chain) {
    const reg = await resolveModelChainRegistration({ root, model: args.model, weights });
    if (reg.warning) console.warn(`warning: ${reg.warning}`);
    const { registry, modelId } = await ensureModelChainDeployment(
      conn,
      env,
      reg.routes,
      reg.chain,
      {
        allowInsecureDevelopmentKeys: insecureAllowDevelopmentKeys,
      },
    );
    console.log(
      `registry ${registry}\nchained model ${reg.name} (${reg.chain.segments.length} segments)\nmodelId ${modelId}`,
    );
    return;
  }
  const reg = await resolveModelRegistration({ root, ...args, weights });
  if (reg.warning) console.warn(`warning: ${reg.warning}`);
  const { registry, modelId } = await ensureModelDeployment(conn, env, reg, {
    allowInsecureDevelopmentKeys: insecureAllowDevelopmentKeys,
  });
  console.log(
    `registry ${registry}\nmodel ${reg.name} (modelHash ${reg.modelHash})\nmodelId ${modelId}`,
  );
}
