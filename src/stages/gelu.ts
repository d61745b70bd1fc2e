/**
 * Integer GELU: I-BERT's i-GELU (Kim et al., ICML 2021, "I-BERT", §3.4 "Integer-only GELU",
 * Algorithm 2): erf is replaced by the clipped second-order polynomial
 * `L(z) = sgn(z)·(a·(min(|z|, −b) + b)² + 1)` with a = −0.2888, b = −1.769, and
 * `GELU(x) ≈ x·(1 + L(x/√2))/2`. Rewritten in x: `L(x/√2) = sgn(x)·((a/2)·(min(|x|, c) − c)² + 1)`,
 * c = −b·√2 ≈ 2.502.
 *
 * Evaluated directly on an integer accumulator f whose scale s = c / 2^m puts the clip point at
 * exactly 2^m (x = f·s; src/stages/mlp.ts chooses c_fc's per-channel scales so): the clip is one
 * test of |f|'s high bits and the polynomial's input is |f|'s bits m−n .. m−1, so a circuit needs
 * one bit decomposition of |f| and no remainder range check (circuits/lib/mlp.circom `GeluPow2`).
 * Error vs minGPT's tanh-GELU: docs/integer-model.md "GELU" (measured by {@link geluErrorVsTanh}).
 */
import { fail, roundHalfAway } from "./common.js";

/** I-BERT's i-GELU coefficients (I-BERT §3.4): a, b. */
export const IGELU_A = -0.2888;
export const IGELU_B = -1.769;
/** The clip point in x: c = −b·√2 (≈ 2.502). */
export const GELU_CLIP = -IGELU_B * Math.SQRT2;
/** Bits n of the polynomial's input u ∈ [0, 2^n]: u = 2^n is x = c (grid step c/2^n ≈ 6.1e−4). */
export const GELU_POLY_BITS = 12;
/** Bits E of the constant 1 of erf: GELU_ONE = 2^E. */
export const GELU_ONE_BITS = 40;
/** The constant 1 of erf at the polynomial's scale: 2^GELU_ONE_BITS. */
export const GELU_ONE = 1n << BigInt(GELU_ONE_BITS);
/**
 * A = round((a/2)·(c/2^n)²·2^E) = round(a·b²·2^(E−2n)) = −59229: (a/2)·(|x| − c)² with |x| = u·c/2^n
 * is A·(u − 2^n)² / 2^E. |A|·2^(2n) = 0.904·2^E < 2^E, so the polynomial A·(u − 2^n)² + 2^E lies in
 * [0.096·2^E, 2^E].
 */
export const GELU_A_Q = roundHalfAway(
  IGELU_A * IGELU_B ** 2 * 2 ** (GELU_ONE_BITS - 2 * GELU_POLY_BITS),
);

/** Named intermediates of one integer GELU evaluation. */
export interface GeluInt {
  /** u = min(floor(|f|·2^n / 2^m), 2^n): |x| on the polynomial's grid (c/2^n), clipped at c. */
  u: number;
  /** gAcc = f·2^E + |f|·(A·(u − 2^n)² + 2^E) = f·2^E·(1 + L) ≈ 2·GELU(x)·2^E / s. */
  gAcc: bigint;
}

/**
 * Integer i-GELU of one accumulator (integer-only).
 * @param f the accumulator, x = f·c/2^m; a safe integer.
 * @param m the channel's clip exponent: |f| ≥ 2^m is |x| ≥ c; a non-negative integer.
 * @returns u and gAcc; GELU(x) ≈ gAcc·(c/2^m)/2^(E+1).
 * @throws `stages: ` error for a non-integer input or exponent.
 */
export function geluInt(f: number, m: number): GeluInt {
  if (!Number.isSafeInteger(f)) fail(`gelu: input ${f} is not a safe integer`);
  if (!Number.isInteger(m) || m < 0) fail(`gelu: clip exponent ${m} is not a non-negative integer`);
  const absF = BigInt(Math.abs(f));
  const n = BigInt(GELU_POLY_BITS);
  const grid = m >= GELU_POLY_BITS ? absF >> (BigInt(m) - n) : absF << (n - BigInt(m));
  const top = 1n << n;
  const u = grid < top ? grid : top;
  const poly = BigInt(GELU_A_Q) * (u - top) ** 2n + GELU_ONE;
  return { u: Number(u), gAcc: BigInt(f) * GELU_ONE + absF * poly };
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
 * Max |integer i-GELU − tanh-GELU| over every accumulator f with |x| ≤ range on the grid of clip
 * exponent m (x = f·c/2^m; exhaustive), and where it occurs; also the float i-GELU's error on the
 * same grid and the integer's largest deviation from the float i-GELU relative to |x|.
 */
export function geluErrorVsTanh(
  range = 8,
  m = 14,
): { maxAbsInt: number; atInt: number; maxAbsFloat: number; atFloat: number; maxRelFloat: number } {
  const s = GELU_CLIP / 2 ** m;
  const scale = 2 ** (GELU_ONE_BITS + 1) / s;
  let maxAbsInt = 0;
  let atInt = 0;
  let maxAbsFloat = 0;
  let atFloat = 0;
  let maxRelFloat = 0;
  const n = Math.floor(range / s);
  for (let f = -n; f <= n; f++) {
    const x = f * s;
    const ref = tanhGelu(x);
    const got = Number(geluInt(f, m).gAcc) / scale;
    const e = Math.abs(got - ref);
    if (e > maxAbsInt) [maxAbsInt, atInt] = [e, x];
    const fl = iGeluFloat(x);
    const ef = Math.abs(fl - ref);
    if (ef > maxAbsFloat) [maxAbsFloat, atFloat] = [ef, x];
    if (f !== 0) maxRelFloat = Math.max(maxRelFloat, Math.abs(got - fl) / Math.abs(x));
  }
  return { maxAbsInt, atInt, maxAbsFloat, atFloat, maxRelFloat };
}
