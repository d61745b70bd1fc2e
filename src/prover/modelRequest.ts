/**
 * Resolving a whole-model proof request (`prove-and-submit --prompt`, `prove --prompt`): the
 * model by name (models/<name>/model.json for its task, quantized-model.json for the integer
 * model), the prompt checked against the task, and the whole-model circuit circuits/circuits.json
 * describes for that task (src/circuit/descriptions.ts, `stages: "all"`).
 *
 * Weights mode and chains. Whole-model proofs default to public-weights mode: every bundled model
 * ships its float weights in the repository (model.json `source.file`), so compiling the
 * quantized weights into the circuit reveals nothing that is not already public, and the circuit
 * is about a third of the size (gpt-nano-sort: 860,078 constraints by formula, domain 2^20, against
 * 2,319,835 and 2^22 with private weights; `npx tsx scripts/constraints.ts none`). With private
 * weights (`--weights private`) the whole model is proved as a chain of segment circuits
 * (src/circuit/segments.ts; the cut description in circuits/circuits.json, e.g. one segment per
 * transformer layer), each small enough to set up and prove on one machine; `--chain` asks for the
 * chain in public-weights mode too. One private-weights circuit for the whole model is refused.
 *
 * Every error thrown here is a ZkattnUserError whose message starts with the command's name.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

import { MODELS_DIR, modelDir } from "../artifacts.js";
import { modelCommitmentOfStages } from "../circuit/commitments.js";
import {
  CIRCUIT_DESCRIPTIONS_FILE,
  circuitNameOf,
  loadDescriptions,
  chainRecordNameOf,
  recordNameOf,
  segmentCount,
  type CircuitDescription,
} from "../circuit/descriptions.js";
import { splitStages } from "../circuit/segments.js";
import type { WeightsMode } from "../circuit/types.js";
import { ZkattnUserError } from "../errors.js";
import { readModelDescription } from "../model/description.js";
import type { TaskSpec } from "../model/task.js";
import { INT_MODEL_FILE, loadIntModel, type IntModelFile } from "../stages/file.js";
import { intModelStages } from "../stages/model.js";

/** The default (and today the only) weights mode of whole-model proofs; see the module docs. */
export const WHOLE_MODEL_WEIGHTS: WeightsMode = "public";

/** What {@link resolveModelRequest} is given: the task's model, prompt and weights options. */
export interface ModelProofRequest {
  /** Model directory name under models/. */
  model: string;
  /** `--prompt`: comma-separated token ids, exactly the task's prompt length. */
  prompt: string;
  /** `--weights`; default {@link WHOLE_MODEL_WEIGHTS}. */
  weights?: WeightsMode;
  /** `--chain`: prove as a chain of segment proofs; default: only with private weights ({@link wholeModelChain}). */
  chain?: boolean;
}

/** A checked whole-model request. */
export interface ResolvedModelRequest {
  /** The model directory name. */
  model: string;
  /** The model's task (models/<name>/model.json). */
  task: TaskSpec;
  /** The integer model (models/<name>/quantized-model.json). */
  intModel: IntModelFile;
  /** The prompt's token ids (length task.promptLength, each in [0, vocabulary size)). */
  prompt: number[];
  /** The circuit's description; T = promptLength + generate − 1. */
  description: CircuitDescription;
  /**
   * Circuit name (build/<name>/, circuits/main/<name>.circom), e.g. gpt-nano-sort-model-public-weights;
   * for a chain, its first segment's (every segment's is in `circuits`).
   */
  circuit: string;
  /** Every circuit of the proof in chain order: one, or one per segment (e.g. gpt-nano-sort-model-seg1of4 ..). */
  circuits: string[];
  /** Whether the proof is a chain of segment proofs (`circuits.length` ≥ 2). */
  chain: boolean;
  /** Registry record name, e.g. gpt-nano-sort/model/public-weights or, for a chain, gpt-nano-sort/model/chain4. */
  recordName: string;
  /** Whole-model modelCommitment (src/circuit/commitments.ts `modelCommitmentOfStages`). */
  modelCommitment: bigint;
  /** Each circuit's modelCommitment public signal, in chain order (`[modelCommitment]` for one circuit). */
  modelCommitments: bigint[];
}

/** The models with a quantized-model.json (for the unknown-model message). */
function knownModels(root: string): string[] {
  const dir = path.join(root, MODELS_DIR);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((m) => existsSync(path.join(dir, m, INT_MODEL_FILE)))
        .sort()
    : [];
}

/** The whole-model weights mode for a `--weights` value (undefined: {@link WHOLE_MODEL_WEIGHTS}). */
export function wholeModelWeights(weights: WeightsMode | undefined): WeightsMode {
  return weights ?? WHOLE_MODEL_WEIGHTS;
}

/**
 * Whether a whole-model proof is a chain of segment proofs: `chain` if given, else with private
 * weights only (see the module docs).
 * @throws ZkattnUserError `<command>: ...` for `chain: false` with private weights (one
 *   private-weights whole-model circuit is ~2.3 M constraints, powers of tau 2^22).
 */
export function wholeModelChain(
  weights: WeightsMode,
  chain: boolean | undefined,
  command: string,
): boolean {
  if (chain === false && weights === "private")
    throw new ZkattnUserError(
      `${command}: one private-weights circuit for the whole model is ~2.3 M constraints (powers of tau 2^22), too large to set up and prove on one machine; prove it as a chain of segment proofs (the default with --weights private) or with --weights public`,
    );
  return chain ?? weights === "private";
}

/**
 * Parses `--prompt` ("2,0,1,1,0,2") for a task: `task.promptLength` token ids in
 * [0, vocabulary size).
 * @param blockSize the model's block_size: prompt + generated − 1 tokens must fit in it.
 * @throws ZkattnUserError `<command>: ...` naming the limit (block_size, the task's prompt length
 *   or the vocabulary) and the fix.
 */
export function parsePrompt(
  text: string,
  task: TaskSpec,
  blockSize: number,
  model: string,
  command: string,
): number[] {
  const parts = text.split(",").map((s) => s.trim());
  const count = parts.filter((s) => s !== "").length;
  const example = Array.from({ length: task.promptLength }, (_, i) => i % task.vocabulary.length);
  const fix = `pass exactly ${task.promptLength} comma-separated token ids, e.g. --prompt ${example.join(",")}`;
  if (count + task.generate - 1 > blockSize)
    throw new ZkattnUserError(
      `${command}: a prompt of ${count} tokens + ${task.generate} generated − 1 = ${count + task.generate - 1} tokens exceed ${model}'s block_size ${blockSize}; ${fix}`,
    );
  if (count !== task.promptLength || parts.some((s) => s === ""))
    throw new ZkattnUserError(
      `${command}: --prompt has ${count} token ids, but ${model}'s ${task.kind} task takes a prompt of exactly ${task.promptLength} (models/${model}/model.json task.promptLength); ${fix}`,
    );
  const V = task.vocabulary.length;
  return parts.map((s, i) => {
    const tok = Number(s);
    if (!/^\d+$/.test(s) || tok >= V)
      throw new ZkattnUserError(
        `${command}: prompt token ${i} is "${s}"; ${model}'s tokens are integers in [0, ${V - 1}] (its vocabulary: ${task.vocabulary.join(" ")})`,
      );
    return tok;
  });
}

/**
 * The whole-model circuit description for a model's task and a weights mode: `stages: "all"`,
 * promptLength and generated equal to the task's; with `chain`, the cut one (segments), else the
 * uncut one.
 * @throws ZkattnUserError `<command>: ...` naming circuits/circuits.json and the entry to add.
 */
export function wholeModelDescription(
  root: string,
  model: string,
  task: TaskSpec,
  weights: WeightsMode,
  command: string,
  chain = false,
): CircuitDescription {
  const d = loadDescriptions(root).find(
    (c) =>
      c.model === model &&
      c.stages === "all" &&
      c.weights === weights &&
      c.promptLength === task.promptLength &&
      c.generated === task.generate &&
      segmentCount(c) > 1 === chain,
  );
  if (d) return d;
  const T = task.promptLength + task.generate - 1;
  const cuts = chain ? '["h0.mlpResid", "h1.mlpResid"]' : "[]";
  throw new ZkattnUserError(
    `${command}: ${CIRCUIT_DESCRIPTIONS_FILE} describes no whole-model ${chain ? "chain" : "circuit"} for ${model} (prompt ${task.promptLength}, generated ${task.generate}, weights ${weights}); add {"model": "${model}", "stages": "all", "T": ${T}, "promptLength": ${task.promptLength}, "generated": ${task.generate}, "weights": "${weights}", "cuts": ${cuts}}${chain ? " (cuts: residual adds h<L>.attnResid or h<L>.mlpResid after which the chain is cut, e.g. one segment per layer)" : ""} and run \`npx tsx scripts/gen-circuits.ts\``,
  );
}

/**
 * Loads a model's task and integer model by name.
 * @throws ZkattnUserError `<command>: unknown model ...` listing the models that have a
 *   quantized-model.json and the quantize command.
 */
export function loadModelForPrompt(
  root: string,
  model: string,
  command: string,
): { task: TaskSpec; intModel: IntModelFile } {
  const dir = modelDir(root, model);
  if (!existsSync(path.join(dir, INT_MODEL_FILE)))
    throw new ZkattnUserError(
      `${command}: unknown model "${model}": no ${MODELS_DIR}/${model}/${INT_MODEL_FILE} (known models: ${knownModels(root).join(", ") || "none"}; make one with \`npm run quantize -- --model-dir ${MODELS_DIR}/${model}\`)`,
    );
  return { task: readModelDescription(dir).task, intModel: loadIntModel(dir) };
}

/**
 * Checks a whole-model request: the model, the prompt against its task, the weights mode, and
 * the circuit description.
 * @param command prefix of the error messages, e.g. `prove-and-submit`.
 * @throws ZkattnUserError (see {@link loadModelForPrompt}, {@link wholeModelChain},
 *   {@link parsePrompt}, {@link wholeModelDescription}).
 */
export function resolveModelRequest(
  root: string,
  req: ModelProofRequest,
  command = "prove-and-submit",
): ResolvedModelRequest {
  const weights = wholeModelWeights(req.weights);
  const chain = wholeModelChain(weights, req.chain, command);
  const { task, intModel } = loadModelForPrompt(root, req.model, command);
  const prompt = parsePrompt(req.prompt, task, intModel.config.blockSize, req.model, command);
  const description = wholeModelDescription(root, req.model, task, weights, command, chain);
  const stages = intModelStages(intModel.params);
  const circuits = Array.from({ length: segmentCount(description) }, (_, k) =>
    circuitNameOf(description, k),
  );
  return {
    model: req.model,
    task,
    intModel,
    prompt,
    description,
    circuit: circuits[0],
    circuits,
    chain,
    recordName: chain ? chainRecordNameOf(description) : recordNameOf(description),
    modelCommitment: modelCommitmentOfStages(stages),
    modelCommitments: chain
      ? splitStages(stages, description.cuts ?? []).map(modelCommitmentOfStages)
      : [modelCommitmentOfStages(stages)],
  };
}
