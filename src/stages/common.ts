/**
 * Shared fixed-point arithmetic and the stage unit of the whole-model integer reference
 * (docs/integer-model.md). Every function here is integer-only on its integer path: BigInt, or
 * Numbers that are safe integers (< 2^53) by the bounds stated at the call site.
 *
 * Every error thrown here is an `Error` whose message starts with `stages: ` (a
 * `ZkattnUserError` when the calibration set is at fault, {@link failCalibration}).
 */

import type { WeightsMode } from "../circuit/generator.js";
import { ZkattnUserError } from "../errors.js";
import type { EmitContext, StageEmission } from "./emit.js";

/** Throws `stages: <msg>`. */
export function fail(msg: string): never {
  throw new Error(`stages: ${msg}`);
}

/**
 * Throws `stages: <msg>` as a {@link ZkattnUserError}: the calibration sequences the user chose
 * cannot calibrate the model (too few, or not covering the inputs), which the user fixes by
 * choosing others; `msg` says how.
 */
export function failCalibration(msg: string): never {
  throw new ZkattnUserError(`stages: ${msg}`);
}

/**
 * Bits of the fixed-point requantization multipliers of the new stages: M ∈ [2^30, 2^31), the
 * int32 multiplier of gemmlowp's `QuantizeMultiplier` (Jacob et al. 2018, §2.2). They are
 * compile-time constants of a circuit, so their width costs nothing there; the shift does where
 * it is a per-value remainder check, which is why the residual add uses
 * RESIDUAL_MULTIPLIER_BITS (src/stages/residual.ts) instead.
 */
export const STAGE_MULTIPLIER_BITS = 31;
/** Signed bit width of the residual stream (embedding output and every residual add output). */
export const RESIDUAL_BITS = 16;
/** Largest residual magnitude: outputs of residual adds are clamped to ±RESIDUAL_MAX. */
export const RESIDUAL_MAX = 2 ** (RESIDUAL_BITS - 1) - 1;
/** int8 activations of the matmul inputs (LayerNorm and GELU outputs) are clamped to ±127. */
export const INT8_MAX = 127;
/** Weights are symmetric int8 in [−127, 127] (as in src/quant/constants.ts). */
export const WEIGHT_MAX = 127;

/** Closed integer interval with its signed bit width (smallest w with [min, max] ⊆ [−2^(w−1), 2^(w−1))). */
export interface Bound {
  min: bigint;
  max: bigint;
  bits: number;
}

/** Smallest signed width w with every value in [−2^(w−1), 2^(w−1)). */
export function signedBits(min: bigint, max: bigint): number {
  let w = 1;
  while (min < -(1n << BigInt(w - 1)) || max >= 1n << BigInt(w - 1)) w++;
  return w;
}

/** A {@link Bound} from its ends. */
export function bound(min: bigint, max: bigint): Bound {
  return { min, max, bits: signedBits(min, max) };
}

/** Round half away from zero, never −0 (the quantizer's rounding, src/quant/quantize.ts). */
export function roundHalfAway(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/** Clamp a BigInt into [lo, hi]. */
export function clampBig(v: bigint, lo: bigint, hi: bigint): bigint {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Fixed-point requantization, round half up: `floor((acc·M + 2^(k−1)) / 2^k)` (BigInt `>>` floors
 * toward −∞, also for negative numerators). gemmlowp/TFLite convention y = round(acc·M/2^k).
 * @param acc accumulator (any integer).
 * @param m multiplier M (positive integer).
 * @param k shift k ≥ 1.
 */
export function requantize(acc: bigint, m: bigint, k: number): bigint {
  if (k < 1) fail(`requantize: shift ${k} must be ≥ 1`);
  return (acc * m + (1n << BigInt(k - 1))) >> BigInt(k);
}

/** A fixed-point multiplier: real factor ≈ multiplier / 2^shift. */
export interface FixedMultiplier {
  /** M ∈ [2^(bits−1), 2^bits) (normalized), a safe integer. */
  multiplier: number;
  /** k ≥ 1. */
  shift: number;
}

/**
 * gemmlowp `QuantizeMultiplier` for positive factors: M ∈ [2^(bits−1), 2^bits), k with
 * M / 2^k ≈ factor (relative error ≤ 2^−bits).
 * @param factor positive finite real factor.
 * @param bits multiplier width (default {@link STAGE_MULTIPLIER_BITS}).
 * @throws `stages: ` error for a non-positive or non-finite factor, or one needing a left shift.
 */
export function fixedMultiplier(factor: number, bits = STAGE_MULTIPLIER_BITS): FixedMultiplier {
  if (!(factor > 0) || !Number.isFinite(factor))
    fail(`multiplier factor ${factor} is not a positive finite number`);
  let shift = Math.ceil(Math.log2(2 ** (bits - 1) / factor));
  let multiplier = Math.round(factor * 2 ** shift);
  if (multiplier >= 2 ** bits) {
    shift -= 1;
    multiplier = Math.round(factor * 2 ** shift);
  }
  if (multiplier < 2 ** (bits - 1)) {
    shift += 1;
    multiplier = Math.round(factor * 2 ** shift);
  }
  if (shift < 1) fail(`multiplier factor ${factor} needs a left shift (shift ${shift})`);
  return { multiplier, shift };
}

/**
 * Floor integer square root by Newton's method (the algorithm I-BERT, Kim et al. 2021,
 * §3.6, adopts from Crandall & Pomerance 2006; Algorithm 4 in I-BERT's appendix: x_{i+1} = floor((x_i + floor(n / x_i)) / 2) from x_0 = 2^ceil(bits(n)/2),
 * stopping when x_{i+1} ≥ x_i). Returns s = floor(sqrt(n)): s² ≤ n < (s+1)².
 * @throws `stages: ` error for n < 0.
 */
export function isqrt(n: bigint): bigint {
  if (n < 0n) fail(`isqrt of negative ${n}`);
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Integer matmul row: `acc[j] = bias[j] + Σ_i x[i]·w[j·n + i]` (Numbers; callers bound |acc| < 2^53). */
export function matVec(
  x: readonly number[],
  w: readonly number[],
  bias: readonly number[] | undefined,
  nOut: number,
): number[] {
  const n = x.length;
  const out = new Array<number>(nOut);
  for (let j = 0; j < nOut; j++) {
    let s = bias === undefined ? 0 : bias[j];
    const o = j * n;
    for (let i = 0; i < n; i++) s += x[i] * w[o + i];
    out[j] = s;
  }
  return out;
}

/**
 * Per-output-row symmetric int8 quantization of a [rows, cols] float weight:
 * `s[j] = max_i |w[j][i]| / 127` (or `chooseScale` of it, which must not be smaller, e.g. the
 * MLP's c_fc rounds it up to c/2^m), `q = clamp(roundHalfAway(w / s[j]), −127, 127)`.
 */
export function quantizeRowsInt8(
  w: ArrayLike<number>,
  rows: number,
  cols: number,
  chooseScale: (natural: number) => number = (s) => s,
): { q: number[]; scales: number[] } {
  const q = new Array<number>(rows * cols);
  const scales = new Array<number>(rows);
  for (let j = 0; j < rows; j++) {
    let m = 0;
    for (let i = 0; i < cols; i++) m = Math.max(m, Math.abs(w[j * cols + i]));
    const s = chooseScale(m > 0 ? m / WEIGHT_MAX : 1);
    scales[j] = s;
    for (let i = 0; i < cols; i++)
      q[j * cols + i] = Math.max(
        -WEIGHT_MAX,
        Math.min(WEIGHT_MAX, roundHalfAway(w[j * cols + i] / s)),
      );
  }
  return { q, scales };
}

/** Kinds of stages of a minGPT forward pass (issue 11 item 1). */
export type StageKind =
  "embedding" | "layerNorm" | "attention" | "residual" | "mlp" | "lmHead" | "argmax";

/**
 * One stage of the integer model: a unit that owns its (quantized) parameters, the bounds of its
 * output, its integer reference and its commitment elements (docs/integer-model.md "Stages").
 * The circom emitter and the constraint formula are filled in by the circuit step (issue 11
 * item 4); until then they are undefined.
 */
export interface Stage<P = unknown> {
  /** Stage kind. */
  kind: StageKind;
  /** Unique name in the model, e.g. `h0.ln1`, `h2.mlp`, `lnF`. */
  name: string;
  /** The stage's quantized parameters (as stored in quantized-model.json). */
  params: P;
  /** Bound of every output value (exact worst case over all inputs in the declared input range). */
  outputBound: Bound;
  /**
   * Field elements the stage contributes to the model commitment (weights and biases packed with
   * `packSigned` of src/circuit/commitments.ts, in the order the stage lists them); empty for a
   * stage without private parameters.
   */
  commitmentElements(): bigint[];
  /**
   * Circom emitter: the stage's fragment of a generated main circuit (the contract is in
   * src/stages/emit.ts). Undefined until the stage's circuit exists.
   */
  emitCircom?: (ctx: EmitContext) => StageEmission;
  /**
   * The stage's constraint count as a formula of T and the weights mode (pinned against the
   * compiled count in a test; the derivation in the implementation's comment).
   * `inputsRangeChecked` (EmitContext.inputsRangeChecked) is read by the LayerNorm and residual
   * stages (they drop their input range checks); `promptLength` (EmitContext.promptLength) by the
   * argmax stage only.
   */
  constraints?: (
    T: number,
    weights: WeightsMode,
    promptLength?: number,
    inputsRangeChecked?: boolean,
  ) => number;
  /**
   * Private-weights mode: values of the emission's `privateInputs`, by name (nested arrays of
   * integers in the shapes declared there).
   */
  privateInputValues?: () => Record<string, unknown>;
}
