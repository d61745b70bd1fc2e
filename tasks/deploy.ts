import { task } from "hardhat/config";
import { ArgumentType } from "hardhat/types/arguments";
import type { TaskDefinition } from "hardhat/types/tasks";

import { CHAIN_FLAG, WEIGHTS_OPTION, WHOLE_MODEL_FLAG } from "./zkattn.js";

/**
 * Deployment tasks (docs/deploy.md). Declarative definitions; the action in
 * tasks/actions/deploy.ts is imported lazily and calls src/deploy.
 */
export const deployTasks: TaskDefinition[] = [
  task(
    "register-model",
    "Deploy what is missing (registry, verifier, route) and register a model layer's commitment (--whole-model: the whole model's); prints its modelId",
  )
    .addOption({
      name: "model",
      description: "Quantized model directory under models/",
      defaultValue: "gpt-nano-sort",
    })
    .addOption({
      name: "layer",
      description: "Layer of the model (one circuit per layer)",
      type: ArgumentType.INT,
      defaultValue: 0,
    })
    .addOption(WEIGHTS_OPTION)
    .addFlag(WHOLE_MODEL_FLAG)
    .addFlag(CHAIN_FLAG)
    .addOption({
      name: "circuit",
      description:
        "Setup name, build/<circuit>/manifest.json (default: <model>-layer<layer>, with -public-weights for --weights public)",
      defaultValue: "",
    })
    .addOption({
      name: "verifierContract",
      description:
        "Generated verifier contract (default: from the circuit name, e.g. GptNanoSortLayer0Verifier)",
      defaultValue: "",
    })
    .addOption({
      name: "circuitHash",
      description: "bytes32 keccak256 of the r1cs (default: the setup manifest's)",
      defaultValue: "",
    })
    .addOption({
      name: "vkHash",
      description: "bytes32 hash of the verifying key (default: the setup manifest's)",
      defaultValue: "",
    })
    .addOption({
      name: "modelHash",
      description:
        "The circuit's modelCommitment (default: computed from models/<model>/quantized.json)",
      defaultValue: "",
    })
    .addOption({
      name: "uri",
      description:
        "Metadata URI of the model (default: zkattn:<model>/layer<layer>[/public-weights], which keeps the two circuits of a layer apart)",
      defaultValue: "",
    })
    .addFlag({
      name: "insecureAllowDevelopmentKeys",
      description:
        "INSECURE: let a development setup's keys (anyone who knows the seed can forge proofs) onto a chain other than the in-process network or chain id 31337",
    })
    .setAction(() => import("./actions/deploy.js"))
    .build(),
];
