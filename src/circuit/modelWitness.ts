/**
 * Witness side of the whole-model circuits (src/circuit/modelGenerator.ts): the input object for
 * a prompt (greedy generation by the integer reference decides the tokens), the expected public
 * signals, and the named-signal map — every named intermediate of every stage emission with its
 * value from the integer forward pass (src/stages/model.ts `intForward`), for bit-exact tests.
 * For a cut description, `segmentWitnessInputs` gives every segment's input and public signals
 * and the commitments at the cuts (src/circuit/segments.ts), the same values the circuits compute.
 *
 * Every error thrown here is an `Error` whose message starts with `model witness: `.
 */
import { argmaxStageRef } from "../stages/argmax.js";
import { ATTENTION_PAIR_FIELDS } from "../stages/attention.js";
import { generateGreedyInt, type IntModelParams, type IntModelTrace } from "../stages/model.js";
import { generatedOutput, modelCommitmentOfStages, promptCommitment } from "./commitments.js";
import type { GeneratedModelCircuit } from "./modelGenerator.js";
import type { NamedPublicSignals } from "./publicSignals.js";
import { cutCommitment, cutSalt } from "./segments.js";

function fail(msg: string): never {
  throw new Error(`model witness: ${msg}`);
}

/** Everything a whole-model proof needs for one prompt. */
export interface ModelWitnessInput {
  /** Circuit input object (decimal strings, nested arrays), public signals included. */
  input: Record<string, unknown>;
  /** The expected public signals. */
  publicSignals: NamedPublicSignals;
  /** T input tokens (prompt + first G − 1 generated). */
  tokens: number[];
  /** The G generated tokens (the public output). */
  generated: number[];
  /** The integer forward pass over `tokens`. */
  trace: IntModelTrace;
}

const toStrings = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(toStrings)
    : typeof v === "number" || typeof v === "bigint"
      ? v.toString()
      : v;

/**
 * Builds the input of a whole-model circuit for a prompt: greedy generation by the integer model
 * (generateGreedyInt) gives the tokens and the output; the salt hides a low-entropy prompt.
 * @param circuit the generated circuit (its stages give the private-weights inputs).
 * @param binding the binding public input (e.g. the prover's address), a field element.
 * @throws `model witness: ` error for a prompt whose length is not the circuit's P;
 *   `stages: ` errors for tokens outside the vocabulary or a too long generation.
 */
export function modelWitnessInput(
  p: IntModelParams,
  circuit: GeneratedModelCircuit,
  prompt: readonly number[],
  opts: { T: number; promptLength: number; salt: bigint; binding: bigint; modelCommitment: bigint },
): ModelWitnessInput {
  if (prompt.length !== opts.promptLength)
    fail(
      `the prompt has ${prompt.length} tokens but the circuit takes ${opts.promptLength}; pass ${opts.promptLength} tokens`,
    );
  const G = opts.T - opts.promptLength + 1;
  const { generated, tokens, trace } = generateGreedyInt(p, prompt, G);
  const publicSignals: NamedPublicSignals = {
    modelCommitment: opts.modelCommitment,
    inputCommitment: promptCommitment(prompt, opts.salt),
    outputCommitment: generatedOutput(generated),
    binding: opts.binding,
  };
  const input: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(publicSignals).map(([k, v]) => [k, v.toString()])),
    tokens: tokens.map(String),
    salt: opts.salt.toString(),
  };
  addStageInputs(input, circuit);
  return { input, publicSignals, tokens, generated, trace };
}

/** Adds the private-weights inputs of every stage of `circuit` to `input`. */
function addStageInputs(input: Record<string, unknown>, circuit: GeneratedModelCircuit): void {
  for (const e of circuit.stages)
    if (e.emission.privateInputs.length > 0) {
      const values = e.stage.privateInputValues?.() ?? fail(`stage ${e.stage.name} has no values`);
      for (const pi of e.emission.privateInputs) {
        if (!(pi.name in values)) fail(`stage ${e.stage.name} has no value for ${pi.name}`);
        input[pi.name] = toStrings(values[pi.name]);
      }
    }
}

/** One segment's circuit input and public signals. */
export interface SegmentWitnessInput {
  /** Circuit input object (decimal strings, nested arrays), public signals included. */
  input: Record<string, unknown>;
  /** The expected public signals. */
  publicSignals: NamedPublicSignals;
}

/** Everything the proofs of a chain of segments need for one prompt. */
export interface SegmentChainWitness {
  /** Per segment, in order. */
  segments: SegmentWitnessInput[];
  /** Salt of each cut (n − 1), derived by `cutSalt(salt, c)` unless given. */
  cutSalts: bigint[];
  /** Commitment at each cut: segment c's outputCommitment = segment c + 1's inputCommitment. */
  cutCommitments: bigint[];
  /** Residual stream [T][D] (int16 at the residual scale) at each cut. */
  cutStreams: number[][][];
  /** T input tokens (prompt + first G − 1 generated). */
  tokens: number[];
  /** The G generated tokens (the last segment's public output). */
  generated: number[];
  /** The integer forward pass over `tokens`. */
  trace: IntModelTrace;
}

/**
 * Builds the inputs of every segment of a cut whole-model circuit for a prompt
 * (src/circuit/segments.ts): greedy generation by the integer model gives the tokens, the trace
 * gives the residual stream after each cut (the last stage of every segment but the last);
 * segment 0 takes the prompt commitment with `salt`, cut c the salt `cutSalts[c]` (default
 * `cutSalt(salt, c)`). Each segment's modelCommitment is `modelCommitmentOfStages` of its stages.
 * @param circuits every segment's generated circuit, in order (`generateModelCircuit` with the
 *   same cuts and segment = 0 .. n − 1).
 * @param opts.binding the binding public input of every segment's proof.
 * @throws `model witness: ` error for a prompt whose length is not the circuit's P, circuits that
 *   are not the segments 0 .. n − 1 of one chain, or a wrong number of cut salts; `stages: `
 *   errors for tokens outside the vocabulary or a too long generation; `segments: ` errors for
 *   salts outside the field.
 */
export function segmentWitnessInputs(
  p: IntModelParams,
  circuits: readonly GeneratedModelCircuit[],
  prompt: readonly number[],
  opts: {
    T: number;
    promptLength: number;
    salt: bigint;
    binding: bigint;
    cutSalts?: readonly bigint[];
  },
): SegmentChainWitness {
  if (prompt.length !== opts.promptLength)
    fail(
      `the prompt has ${prompt.length} tokens but the circuit takes ${opts.promptLength}; pass ${opts.promptLength} tokens`,
    );
  const n = circuits.length;
  circuits.forEach((c, k) => {
    if (c.segment.index !== k || c.segment.count !== n)
      fail(
        `circuit ${k + 1} of ${n} is segment ${c.segment.index + 1} of ${c.segment.count}; pass every segment of one chain in order`,
      );
  });
  if (opts.cutSalts && opts.cutSalts.length !== n - 1)
    fail(`${opts.cutSalts.length} cut salts for ${n - 1} cuts; pass one salt per cut`);
  const cutSalts = opts.cutSalts
    ? [...opts.cutSalts]
    : circuits.slice(1).map((_, c) => cutSalt(opts.salt, c));
  const G = opts.T - opts.promptLength + 1;
  const { generated, tokens, trace } = generateGreedyInt(p, prompt, G);
  const cutStreams = circuits.slice(0, -1).map((c) => {
    const lastStage = c.stages[c.stages.length - 1].stage.name;
    return stageTrace(lastStage, trace, opts.promptLength).outQ as number[][];
  });
  const cutCommitments = cutStreams.map((x, c) => cutCommitment(x, tokens, cutSalts[c]));
  const segments = circuits.map((c, k): SegmentWitnessInput => {
    const publicSignals: NamedPublicSignals = {
      modelCommitment: modelCommitmentOfStages(c.stages.map((e) => e.stage)),
      inputCommitment: k === 0 ? promptCommitment(prompt, opts.salt) : cutCommitments[k - 1],
      outputCommitment: k === n - 1 ? generatedOutput(generated) : cutCommitments[k],
      binding: opts.binding,
    };
    const input: Record<string, unknown> = {
      ...Object.fromEntries(Object.entries(publicSignals).map(([key, v]) => [key, v.toString()])),
      tokens: tokens.map(String),
      salt: (k === 0 ? opts.salt : cutSalts[k - 1]).toString(),
    };
    if (k > 0) input.streamIn = toStrings(cutStreams[k - 1]);
    if (k < n - 1) input.outSalt = cutSalts[k].toString();
    addStageInputs(input, c);
    return { input, publicSignals };
  });
  return { segments, cutSalts, cutCommitments, cutStreams, tokens, generated, trace };
}

/** The trace object of one stage (the fields its emission's `signals` name). */
function stageTrace(
  name: string,
  trace: IntModelTrace,
  promptLength: number,
): Record<string, unknown> {
  if (name === "embedding") return trace.embedding as unknown as Record<string, unknown>;
  if (name === "lnF") return trace.lnF as unknown as Record<string, unknown>;
  if (name === "lmHead") return trace.lmHead;
  if (name === "argmax")
    return argmaxStageRef(trace.lmHead.logitAcc, trace.tokens, promptLength) as unknown as Record<
      string,
      unknown
    >;
  const m = /^h(\d+)\.(\w+)$/.exec(name);
  const block = m ? trace.layers[Number(m[1])] : undefined;
  const part = block && m ? (block as unknown as Record<string, unknown>)[m[2]] : undefined;
  if (!part) fail(`no trace for stage ${name}`);
  return part as Record<string, unknown>;
}

function flatten(v: unknown, suffix: string, out: Map<string, bigint>): void {
  if (Array.isArray(v)) v.forEach((x, i) => flatten(x, `${suffix}[${i}]`, out));
  else if (typeof v === "number" || typeof v === "bigint") out.set(suffix, BigInt(v));
  else if (typeof v !== "boolean") fail(`unexpected trace value ${String(v)} at ${suffix}`);
}

/**
 * The named-signal map of a whole-model circuit for one forward pass: `main.<signal>[i][j]` →
 * the integer reference's value, for every signal every stage emission lists. Attention's ragged
 * [H][T][t+1] fields map to the circuit's flat index in row-major order.
 */
export function modelNamedSignals(
  circuit: GeneratedModelCircuit,
  trace: IntModelTrace,
  promptLength: number,
): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const e of circuit.stages) {
    const tr = stageTrace(e.stage.name, trace, promptLength);
    for (const s of e.emission.signals) {
      const v = tr[s.traceField];
      if (v === undefined) fail(`stage ${e.stage.name} trace has no field ${s.traceField}`);
      const flat = new Map<string, bigint>();
      flatten(v, "", flat);
      if (e.stage.kind === "attention" && ATTENTION_PAIR_FIELDS.includes(s.traceField)) {
        [...flat.values()].forEach((x, i) => out.set(`main.${s.signal}[${i}]`, x));
      } else for (const [k, x] of flat) out.set(`main.${s.signal}${k}`, x);
    }
  }
  return out;
}
