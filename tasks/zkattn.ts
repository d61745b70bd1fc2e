import { task } from "hardhat/config";
import { ArgumentType } from "hardhat/types/arguments";
import type { TaskDefinition } from "hardhat/types/tasks";

import { DEFAULT_QUEUE_NAME } from "../src/prover/queue.js";

/** Options shared by the tasks that take a model layer and its input (one wording for --help). */
const MODEL_OPTION = {
  name: "model",
  description: "Model directory under models/",
  defaultValue: "gpt-nano-sort",
} as const;
const PROMPT_OPTION = {
  name: "prompt",
  description:
    "The whole model: prompt token ids, exactly the task's prompt length (gpt-nano-sort: 6 digits 0-2 to sort, e.g. 2,0,1,1,0,2; mingpt-adder: the 2+2 digits of a and b, e.g. 8,5,5,0 for 85 + 50); proves the greedily generated tokens",
  defaultValue: "",
} as const;
const TOKENS_OPTION = {
  name: "tokens",
  description:
    "One attention block (--layer) instead of the whole model: block_size comma-separated token ids, e.g. 0,0,2,1,0,1,0,0,0,1,1 (6 to sort, then the first 5 sorted)",
  defaultValue: "",
} as const;
const LAYER_OPTION = {
  name: "layer",
  description: "Layer whose attention block is proved (with --tokens or --input)",
  type: ArgumentType.INT,
  defaultValue: 0,
} as const;

/**
 * `--weights`: which circuit (docs/circuits.md "Public-weights mode"); empty = the default of the
 * proof kind (src/circuit/mainCircuits.ts `parseWeightsOption`). Exported for register-model
 * (tasks/deploy.ts).
 */
export const WEIGHTS_OPTION = {
  name: "weights",
  description:
    'Circuit: "public" (public-weights mode: weights compiled into the circuit, which reveals them) or "private" (weights are private inputs bound to the model commitment). Whole model (--prompt): public by default (the bundled models\' weights are in the repository); private proves it as a chain of segment proofs (circuits/circuits.json cuts; gpt-nano-sort: 4 segments of ~2^20), verified in one transaction. One attention block: private by default; public is 98,556 constraints instead of 233,093 on gpt-nano-sort layer 0 (setup 83 s instead of 453 s, prove 4.6 s instead of 11.9 s)',
  defaultValue: "",
} as const;
/** `--whole-model`: the model's whole-model circuit instead of one layer's attention block. */
export const WHOLE_MODEL_FLAG = {
  name: "wholeModel",
  description:
    "The whole-model circuit (token ids in, greedily generated tokens out) instead of one layer's attention block; with --weights private (or --chain), its chain of segment circuits",
} as const;
/** `--chain`: the whole model as a chain of segment circuits (src/circuit/segments.ts). */
export const CHAIN_FLAG = {
  name: "chain",
  description:
    "Whole model as a chain of segment proofs (the cut description in circuits/circuits.json) even with public weights; the default with --weights private",
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
    "Compile a generated main circuit (circuits/main/<model>-layer<L>[-public-weights].circom, or <model>-model-public-weights.circom with --whole-model) into build/, cached by source hash",
  )
    .addOption(MODEL_OPTION)
    .addOption({
      name: "layer",
      description: "Layer whose attention block the circuit proves",
      type: ArgumentType.INT,
      defaultValue: 0,
    })
    .addOption(WEIGHTS_OPTION)
    .addFlag(WHOLE_MODEL_FLAG)
    .addFlag(CHAIN_FLAG)
    .setAction(() => import("./actions/prover.js").then((m) => ({ default: m.compileAction })))
    .build(),
  task(
    "prove",
    "Prove the whole model's greedy generation on --prompt (or one attention block on --tokens / --input) with existing keys; writes the proof, public signals and calldata as JSON",
  )
    .addOption(MODEL_OPTION)
    .addOption(PROMPT_OPTION)
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
    "The main job: prove the whole model's greedy generation on --prompt and get it verified on-chain (deploys and sets up what is missing on development chains); --tokens / --input prove one attention block (--layer) instead",
  )
    .addOption(MODEL_OPTION)
    .addOption(PROMPT_OPTION)
    .addOption(LAYER_OPTION)
    .addOption(WEIGHTS_OPTION)
    .addOption(TOKENS_OPTION)
    .addOption(INPUT_OPTION)
    .addFlag({
      name: "bounty",
      description:
        "Escrow a bounty for this input from the second account and claim it through InferenceBounty (whole model or attention block)",
    })
    .addFlag(CHAIN_FLAG)
    .addOption({
      name: "workers",
      description:
        "Chain segments (--weights private or --chain): proving processes on this machine, when there is no --queue (each proof already uses every core, so more than 1 pays only with idle cores)",
      type: ArgumentType.INT,
      defaultValue: 1,
    })
    .addOption({
      name: "queue",
      description:
        "Chain segments: Redis URL of a BullMQ queue, e.g. redis://10.0.0.5:6379; each segment becomes a job for `npx hardhat zkattn:worker --queue <url>` processes on machines holding the same build/ (docs/prover.md)",
      defaultValue: "",
    })
    .addOption({
      name: "queueName",
      description: "Chain segments: BullMQ queue name with --queue (the workers' --queue-name)",
      defaultValue: DEFAULT_QUEUE_NAME,
    })
    .addFlag({ name: "json", description: "Print one JSON object as the last line" })
    .setAction(() => import("./actions/prover.js"))
    .build(),
];
