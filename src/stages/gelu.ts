/**
 * Integer GELU: I-BERT's i-GELU (Kim et al., ICML 2021, "I-BERT", §3.4 "Integer-only GELU",
 * Algorithm 2): erf is replaced by the clipped second-order polynomial
 * `L(z) = sgn(z)·(a·(min(|z|, −b) + b)² + 1)` with a = −0.2888, b = −1.769, and
 * `GELU(x) ≈ x·(1 + L(x/√2))/2`. Here the input is fixed point with GELU_IN_FRAC_BITS fractional
 * bits and the polynomial is rewritten in x: `L(x/√2) = sgn(x)·((a/2)·(min(|x|, c) − c)² + 1)`,
 * c = −b·√2. Cost in a circuit: one comparison (the clip), one sign, two products.
 * Error vs minGPT's tanh-GELU: docs/integer-model.md "GELU" (measured by {@link geluErrorVsTanh}).
 */
import { fail, roundHalfAway } from "./common.js";

/** I-BERT's i-GELU coefficients (I-BERT §3.4): a, b. */
export const IGELU_A = -0.2888;
export const IGELU_B = -1.769;
/** Fractional bits F of the GELU input hQ: x = hQ / 2^F. */
export const GELU_IN_FRAC_BITS = 10;
/** Fractional bits of the polynomial coefficient A = round(a/2 · 2^GELU_COEF_BITS). */
export const GELU_COEF_BITS = 16;
/** A = round(a/2 · 2^16) = −9463. */
export const GELU_A_Q = roundHalfAway((IGELU_A / 2) * 2 ** GELU_COEF_BITS);
/** Clip point c = round(−b·√2 · 2^F) = 2562 (x ≈ 2.502). */
export const GELU_CLIP_Q = roundHalfAway(-IGELU_B * Math.SQRT2 * 2 ** GELU_IN_FRAC_BITS);
/** The constant 1 of erf at the polynomial's scale: 2^(2F + GELU_COEF_BITS). */
export const GELU_ONE = 1n << BigInt(2 * GELU_IN_FRAC_BITS + GELU_COEF_BITS);
/** gAcc has scale 2^−GELU_OUT_SHIFT: gelu(x) ≈ gAcc / 2^(3F + GELU_COEF_BITS + 1). */
export const GELU_OUT_SHIFT = 3 * GELU_IN_FRAC_BITS + GELU_COEF_BITS + 1;

/** Named intermediates of one integer GELU evaluation. */
export interface GeluInt {
  /** min(|hQ|, GELU_CLIP_Q). */
  hClip: number;
  /** erfQ = sgn(hQ)·(A·(hClip − c)² + GELU_ONE) ≈ erf(x/√2) · GELU_ONE. */
  erfQ: bigint;
  /** gAcc = hQ·(erfQ + GELU_ONE) ≈ GELU(x) · 2^GELU_OUT_SHIFT. */
  gAcc: bigint;
}

/**
 * Integer i-GELU of one fixed-point input (integer-only).
 * @param hQ input, x = hQ / 2^GELU_IN_FRAC_BITS, a safe integer.
 * @throws `stages: ` error for a non-integer input.
 */
export function geluInt(hQ: number): GeluInt {
  if (!Number.isSafeInteger(hQ)) fail(`gelu: input ${hQ} is not a safe integer`);
  const hClip = Math.min(Math.abs(hQ), GELU_CLIP_Q);
  const dd = BigInt(hClip - GELU_CLIP_Q);
  const sgn = BigInt(Math.sign(hQ));
  const erfQ = sgn * (BigInt(GELU_A_Q) * dd * dd + GELU_ONE);
  return { hClip, erfQ, gAcc: BigInt(hQ) * (erfQ + GELU_ONE) };
}

/** The float i-GELU (real coefficients, no rounding): x·(1 + L(x/√2))/2 (I-BERT §3.4). */
export function iGeluFloat(x: number): number {
  const z = x / Math.SQRT2;
  const l = Math.sign(z) * (IGELU_A * (Math.min(Math.abs(z), -IGELU_B) + IGELU_B) ** 2 + 1);
  return (x * (1 + l)) / 2;
}

/** minGPT's tanh-GELU: 0.5·x·(1 + tanh(sqrt(2/π)(x + 0.044715x³))). */
export function tanhGelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}

/**
 * Max |integer i-GELU − tanh-GELU| over every input hQ in [−range·2^F, range·2^F] (exhaustive on
 * the fixed-point grid), and where it occurs; also the float i-GELU's error on the same grid.
 */
export function geluErrorVsTanh(range = 8): {
  maxAbsInt: number;
  atInt: number;
  maxAbsFloat: number;
  atFloat: number;
} {
  const scale = 2 ** GELU_OUT_SHIFT;
  let maxAbsInt = 0;
  let atInt = 0;
  let maxAbsFloat = 0;
  let atFloat = 0;
  const n = range * 2 ** GELU_IN_FRAC_BITS;
  for (let h = -n; h <= n; h++) {
    const x = h / 2 ** GELU_IN_FRAC_BITS;
    const ref = tanhGelu(x);
    const e = Math.abs(Number(geluInt(h).gAcc) / scale - ref);
    if (e > maxAbsInt) [maxAbsInt, atInt] = [e, x];
    const ef = Math.abs(iGeluFloat(x) - ref);
    if (ef > maxAbsFloat) [maxAbsFloat, atFloat] = [ef, x];
  }
  return { maxAbsInt, atInt, maxAbsFloat, atFloat };
}
