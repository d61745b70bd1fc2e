/**
 * Witness side of the whole-model circuits (src/circuit/modelGenerator.ts): the input object for
 * a prompt (greedy generation by the integer reference decides the tokens), the expected public
 * signals, and the named-signal map — every named intermediate of every stage emission with its
 * value from the integer forward pass (src/stages/model.ts `intForward`), for bit-exact tests.
 *
 * Every error thrown here is an `Error` whose message starts with `model witness: `.
 */
import { argmaxStageRef } from "../stages/argmax.js";
import { ATTENTION_PAIR_FIELDS } from "../stages/attention.js";
import { generateGreedyInt, type IntModelParams, type IntModelTrace } from "../stages/model.js";
import { generatedOutput, promptCommitment } from "./commitments.js";
import type { GeneratedModelCircuit } from "./modelGenerator.js";
import type { NamedPublicSignals } from "./publicSignals.js";

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
  for (const e of circuit.stages)
    if (e.emission.privateInputs.length > 0) {
      const values = e.stage.privateInputValues?.() ?? fail(`stage ${e.stage.name} has no values`);
      for (const pi of e.emission.privateInputs) {
        if (!(pi.name in values)) fail(`stage ${e.stage.name} has no value for ${pi.name}`);
        input[pi.name] = toStrings(values[pi.name]);
      }
    }
  return { input, publicSignals, tokens, generated, trace };
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
