/**
 * Worst-case ranges of every named intermediate of the quantized attention block
 * (docs/integer-attention.md "Steps"), derived from the layer's compile-time constants and the
 * declared ranges of its private signals (int8 inputs, int8 weights, `biasBits`/`outBiasBits`
 * signed biases). The circuit generator turns them into the bit widths of its range checks;
 * the integer reference uses them to prove its Number arithmetic exact (< 2^53).
 *
 * Every bound is a closed integer interval `[min, max]` (BigInt) that holds for ALL private
 * values in their declared ranges, not only for the model's actual weights: the circuit must stay
 * sound for any witness.
 */
import { ACTIVATION_MAX, ACTIVATION_MIN, EXP_BITS, PROB_BITS, WEIGHT_MAX } from "./constants.js";
import type { QuantizedAttentionLayer } from "./types.js";

/** A closed integer interval. */
export interface Interval {
  min: bigint;
  max: bigint;
}

/** Worst-case intervals of the named intermediates for one layer and sequence length T. */
export interface AttentionBounds {
  /** qAcc, kAcc, vAcc: bias + Σ_i xQ·w over D terms. */
  acc: Interval;
  /** scoresRaw over every head (max over heads of Σ_c cQK[c]·acc²). */
  scoresRaw: Interval;
  /** scoresQ = floor((scoresRaw·Ms + 2^(ks−1)) / 2^ks). */
  scoresQ: Interval;
  /** delta = rowMax − scoresQ ∈ [0, scoresQ.max − scoresQ.min]. */
  delta: Interval;
  /** exp ∈ [0, 2^E]. */
  exp: Interval;
  /** rowSum ∈ [2^E, T·2^E]. */
  rowSum: Interval;
  /** probs ∈ [0, 2^P]. */
  probs: Interval;
  /** av = Σ_u probs·vAcc; Σ_u probs ≤ 2^P + T (each rounded probability exceeds its exact share by < 1). */
  av: Interval;
  /** outAcc = bo + Σ_i cV[i]·av·wo. */
  outAcc: Interval;
  /** Requantized output before saturation: floor((outAcc·Mo + 2^(ko−1)) / 2^ko). */
  outPre: Interval;
}

const abs = (v: bigint): bigint => (v < 0n ? -v : v);
const sym = (m: bigint): Interval => ({ min: -m, max: m });

/** Number of bits needed to write the non-negative integer v (bitLength(0) = 0). */
export function bitLength(v: bigint): number {
  if (v < 0n) throw new Error(`bounds: bitLength of negative ${v}`);
  return v.toString(2).length - (v === 0n ? 1 : 0);
}

/** floor((v·m + 2^(k−1)) / 2^k) for BigInt v (arithmetic shift floors toward −∞). */
function requant(v: bigint, m: bigint, k: number): bigint {
  return (v * m + (1n << BigInt(k - 1))) >> BigInt(k);
}

/**
 * Derives the worst-case intervals of every intermediate (see {@link AttentionBounds}).
 * Requantization is monotone in its input (multipliers are positive), so interval endpoints map
 * to endpoints.
 * @param p the layer's parameters (only D, H, biasBits, outBiasBits, cQK, cV, multipliers, shifts are read).
 * @param T sequence length.
 */
export function attentionBounds(p: QuantizedAttentionLayer, T: number): AttentionBounds {
  const D = BigInt(p.dModel);
  const dh = p.dModel / p.nHead;
  const xMax = BigInt(Math.max(-ACTIVATION_MIN, ACTIVATION_MAX));
  // The circuit range-checks weights as int8 ([−128, 127]); the quantizer only writes [−127, 127],
  // but soundness bounds must hold for every value the circuit accepts.
  const wMax = BigInt(WEIGHT_MAX + 1);
  const accMax = (1n << BigInt(p.biasBits - 1)) + D * xMax * wMax;
  let rawMax = 0n;
  for (let h = 0; h < p.nHead; h++) {
    let s = 0n;
    for (let d = 0; d < dh; d++) s += BigInt(p.cQK[h * dh + d]) * accMax * accMax;
    if (s > rawMax) rawMax = s;
  }
  const Ms = BigInt(p.scoreMultiplier);
  const scoresQ = {
    min: requant(-rawMax, Ms, p.scoreShift),
    max: requant(rawMax, Ms, p.scoreShift),
  };
  const expMax = 1n << BigInt(EXP_BITS);
  const probMax = 1n << BigInt(PROB_BITS);
  const avMax = (probMax + BigInt(T)) * accMax;
  let outMax = 1n << BigInt(p.outBiasBits - 1);
  for (let i = 0; i < p.dModel; i++) outMax += BigInt(p.cV[i]) * avMax * wMax;
  let outPreMin = 0n;
  let outPreMax = 0n;
  for (const m of p.outMultipliers) {
    const lo = requant(-outMax, BigInt(m), p.outShift);
    const hi = requant(outMax, BigInt(m), p.outShift);
    if (lo < outPreMin) outPreMin = lo;
    if (hi > outPreMax) outPreMax = hi;
  }
  return {
    acc: sym(accMax),
    scoresRaw: sym(rawMax),
    scoresQ,
    delta: { min: 0n, max: scoresQ.max - scoresQ.min },
    exp: { min: 0n, max: expMax },
    rowSum: { min: expMax, max: BigInt(T) * expMax },
    probs: { min: 0n, max: probMax },
    av: sym(avMax),
    outAcc: sym(outMax),
    outPre: { min: outPreMin, max: outPreMax },
  };
}

/** Largest absolute value in an interval. */
export function magnitude(i: Interval): bigint {
  return abs(i.min) > abs(i.max) ? abs(i.min) : abs(i.max);
}
