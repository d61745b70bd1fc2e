/**
 * How a stage becomes circom: the contract between a stage's emitter (one per stage kind, beside
 * its integer reference in src/stages/<stage>.ts) and the whole-model generator that strings the
 * stages of a circuit description together into one generated main circuit.
 *
 * A stage's emission is a fragment of the main template's body: it instantiates the stage's
 * library templates (circuits/lib/<stage>.circom), wires them to the circom expressions of its
 * inputs, declares the stage's named intermediates as signals of the main template (so tests read
 * them by name and compare them with the integer reference, docs/design.md "Soundness rules" 9)
 * and exposes one output signal array for the next stage.
 *
 * Naming: every identifier an emission declares at the top level of the main template or of the
 * file (components, signals, constant functions, private inputs) starts with `ctx.id + "_"`, so
 * stages never collide; `ctx.id` is a circom identifier derived from the stage name
 * (`h0.ln1` → `h0_ln1`, see {@link stageId}).
 */
import type { WeightsMode } from "../circuit/types.js";

/** What the whole-model generator tells a stage's emitter. */
export interface EmitContext {
  /**
   * `public`: the stage's weights, biases and constants are compile-time constants (circom
   * functions returning arrays; widths may be derived from the actual constants). `private`: its
   * weights and biases are private inputs of the main template, bound by the model commitment
   * (the emission exposes their packed commitment elements, {@link StageEmission.commitment}).
   */
  weights: WeightsMode;
  /** Sequence length T of the circuit (1 ≤ T ≤ block_size). */
  T: number;
  /** Identifier prefix of everything the emission declares (a circom identifier). */
  id: string;
  /**
   * Circom expressions of the stage's input signal arrays, in the order the stage's reference
   * function takes them (e.g. residual: `[a, b]`; embedding: `[tokens]`), each [T][width] (or [T]
   * for token ids).
   */
  inputs: string[];
  /**
   * True when the generator guarantees that every input value already lies in the stage's
   * declared input range because the producing stage range-proves it (e.g. a residual add's
   * clamped output, an embedding with constant tables). The stage then skips its own input range
   * checks. Default (undefined/false): the stage range-checks its inputs itself.
   */
  inputsRangeChecked?: boolean;
  /**
   * Number of prompt tokens P of a greedy-decoding circuit (1 ≤ P ≤ T): the argmax stage checks
   * the greedy relation from position P − 1 on and outputs the T − P + 1 generated tokens. Only
   * the argmax stage reads it (its emitter throws when it is missing).
   */
  promptLength?: number;
}

/** A named intermediate an emission declares, and where its values are in the stage's trace. */
export interface EmittedSignal {
  /** Signal name in the main template (starts with `ctx.id + "_"`). */
  signal: string;
  /** Field of the stage's trace object (src/stages/<stage>.ts `...Trace`) holding its values. */
  traceField: string;
}

/** A stage's fragment of a generated main circuit. */
export interface StageEmission {
  /** Library files the fragment needs, relative to the repository root (`circuits/lib/x.circom`). */
  includes: string[];
  /** Top-level declarations before the main template (constant functions), names prefixed. */
  declarations: string[];
  /**
   * Private inputs the fragment adds to the main template (private-weights mode), in commitment
   * order, with their shapes; empty in public-weights mode or for a stage without parameters.
   * Their values come from the stage's `privateInputValues`.
   */
  privateInputs: { name: string; shape: number[] }[];
  /** Lines of the main template's body (indented by 4 spaces). */
  body: string[];
  /** The output signal array ([T][D] activations, or [T − P + 1] generated token ids for argmax). */
  output: string;
  /** The named intermediates the fragment declares (for bit-exact tests against the trace). */
  signals: EmittedSignal[];
  /**
   * Private-weights mode: a signal array holding this stage's packed commitment elements, equal
   * element for element to the stage's `commitmentElements()` (the generator hashes all stages'
   * arrays, in stage order, into modelCommitment). Undefined when the stage commits to nothing.
   */
  commitment?: { signal: string; length: number };
}

/** The circom identifier of a stage name: `h0.ln1` → `h0_ln1`. */
export function stageId(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z_]/.test(id) ? id : `s_${id}`;
}
