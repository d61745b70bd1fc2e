import { task } from "hardhat/config";
import { ArgumentType } from "hardhat/types/arguments";
import type { TaskDefinition } from "hardhat/types/tasks";

/** Options shared by the tasks that take a model layer and its input (one wording for --help). */
const MODEL_OPTION = {
  name: "model",
  description: "Model directory under models/",
  defaultValue: "gpt-nano-sort",
} as const;
const TOKENS_OPTION = {
  name: "tokens",
  description:
    "block_size comma-separated token ids, e.g. 0,0,2,1,0,1,0,0,0,1,1 (6 to sort, then the first 5 sorted)",
  defaultValue: "",
} as const;
const LAYER_OPTION = {
  name: "layer",
  description: "Layer whose attention block is proved",
  type: ArgumentType.INT,
  defaultValue: 0,
} as const;

/**
 * `--weights`: which of a layer's two circuits (docs/circuits.md "Public-weights mode"). Exported
 * for register-model (tasks/deploy.ts).
 */
export const WEIGHTS_OPTION = {
  name: "weights",
  description:
    'Circuit: "private" (weights are private inputs bound to the model commitment) or "public" (public-weights mode: weights compiled into the circuit; gpt-nano-sort layer 0: 98,556 constraints instead of 233,093, setup 83 s instead of 453 s, prove 4.6 s instead of 11.9 s; the circuit reveals the weights)',
  defaultValue: "private",
} as const;
const INPUT_OPTION = {
  name: "input",
  description:
    'Activations file instead of tokens: {"ln1": [[...d_model floats] x T]} or {"xQ": [[...int8] x T]}',
  defaultValue: "",
} as const;

/**
 * Proving tasks (docs/prover.md). Declarative definitions; actions in tasks/actions/prover.ts are
 * imported lazily and call src/prover.
 */
export const proverTasks: TaskDefinition[] = [
  task(
    "zkattn:compile",
    "Compile a model layer's generated main circuit (circuits/main/<model>-layer<L>[-public-weights].circom) into build/, cached by source hash",
  )
    .addOption(MODEL_OPTION)
    .addOption({
      name: "layer",
      description: "Layer whose attention block the circuit proves",
      type: ArgumentType.INT,
      defaultValue: 0,
    })
    .addOption(WEIGHTS_OPTION)
    .setAction(() => import("./actions/prover.js").then((m) => ({ default: m.compileAction })))
    .build(),
  task(
    "prove",
    "Prove a model layer's attention block on tokens or an activations file; writes the proof, public signals and calldata as JSON",
  )
    .addOption(MODEL_OPTION)
    .addOption(LAYER_OPTION)
    .addOption(WEIGHTS_OPTION)
    .addOption(TOKENS_OPTION)
    .addOption(INPUT_OPTION)
    .addOption({
      name: "submitter",
      description:
        "Address the proof is bound to (the account that will call verifyInference); default: the network's first account",
      defaultValue: "",
    })
    .addOption({
      name: "out",
      description:
        "Proof file to write; empty means build/proofs/<circuit>.proof.json (git-ignored)",
      defaultValue: "",
    })
    .setAction(() => import("./actions/prover.js").then((m) => ({ default: m.proveAction })))
    .build(),
  task(
    "zkattn:verify",
    "Check a proof file off-chain against its circuit's verification key (build/<circuit>/); exits non-zero if it does not verify",
  )
    .addPositionalArgument({ name: "proof", description: "Proof file written by `prove`" })
    .setAction(() => import("./actions/prover.js").then((m) => ({ default: m.verifyAction })))
    .build(),
  task(
    "prove-and-submit",
    "The main job: prove a model layer's attention block and get it verified on-chain (deploys and sets up what is missing on development chains)",
  )
    .addOption(MODEL_OPTION)
    .addOption(LAYER_OPTION)
    .addOption(WEIGHTS_OPTION)
    .addOption(TOKENS_OPTION)
    .addOption(INPUT_OPTION)
    .addFlag({
      name: "bounty",
      description:
        "Escrow a bounty for this input from the second account and claim it through InferenceBounty",
    })
    .addFlag({ name: "json", description: "Print one JSON object as the last line" })
    .setAction(() => import("./actions/prover.js"))
    .build(),
];
