/**
 * Constraint counts of the zkattn circuit templates (circuits/lib/*.circom) as formulas of their
 * parameters, after circom `--O2` (linear constraints are substituted away, so only the
 * quadratic ones remain). test/circuits/templates.test.ts pins every formula against the compiled
 * template; scripts/constraints.ts prints the real layer's breakdown and checks the total.
 *
 * Derivations are in the comments; the template headers give the same counts.
 */
import {
  EXP_BITS,
  EXP_SHIFT,
  PROB_BITS,
  SCORE_FRAC_BITS,
  SPONGE_RATE,
} from "../quant/constants.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { packCount } from "./commitments.js";
import type { LayerCircuitWidths } from "./types.js";

/**
 * circomlib Poseidon(16) (t = 17): 8 full rounds × 17 S-boxes + 68 partial rounds × 1 S-box,
 * 3 constraints per x^5, minus the first-round S-box of PoseidonEx's constant initial state 0:
 * 3·(8·17 + 68) − 3 = 609. Every further input that is a compile-time constant saves another 3.
 */
export const POSEIDON16_CONSTRAINTS = 3 * (8 * 17 + 68) - 3;

/** RangeCheck(n) / SignedBits(n) / Num2Bits(n): one booleanity constraint per bit (recomposition is linear). */
export const rangeCheck = (n: number) => n;
/** Dot(n), ScaledDot(n): one constraint per product (the last folded into the output). */
export const dot = (n: number) => n;
/** RoundShift(M, k): the k-bit remainder check (the identity is linear). */
export const roundShift = (k: number) => k;
/** RowMax(n, qBits, dBits): max range + n delta ranges + (n − 1) products of the max-attained check. */
export const rowMax = (n: number, qBits: number, dBits: number) => qBits + n * dBits + (n - 1);
/**
 * Exp2Neg(dBits, …, intBits): f², f³ (2) + power of two (intBits − 1) + overflow flag IsZero (2)
 * and mask (1) when dBits > F + intBits + division identity (1) + remainder K bits + quotient E + 1 bits.
 */
export const exp2Neg = (dBits: number, intBits: number) =>
  2 + (intBits - 1) + (dBits > SCORE_FRAC_BITS + intBits ? 3 : 0) + 1 + EXP_SHIFT + EXP_BITS + 1;
/** Normalize(n, rBits, P): per entry the identity (1), r and 2·sum − 1 − r ranges (2·rBits), probs range (P + 1). */
export const normalize = (n: number, rBits: number) => n * (1 + 2 * rBits + PROB_BITS + 1);
/** RequantSat(M, k, yBits): remainder k + quotient yBits + IsZero (2) + capped product (1) + output product (1). */
export const requantSat = (k: number, yBits: number) => k + yBits + 4;
/** PackSigned(n, w): n w-bit range checks; the packing itself is linear. */
export const packSigned = (n: number, w: number) => n * w;
/** Field elements PackSigned/PackOffset(n, w) produce. */
export const packedCount = (n: number, w: number) => Math.ceil(n / packCount(w));
/**
 * Sponge(n, tag): ceil(n/15) Poseidon(16) calls, minus 3 per first-round S-box whose input is a
 * compile-time constant (the initial state tag·2^64 + n and the zero padding of the last chunk).
 */
export function sponge(n: number): number {
  const chunks = Math.ceil(n / SPONGE_RATE);
  return POSEIDON16_CONSTRAINTS * chunks - 3 * (1 + SPONGE_RATE * chunks - n);
}
/** AttentionRow(n, dh, …): scores, requantization, row max, exps, normalization, attention-weighted values. */
export function attentionRow(
  n: number,
  dh: number,
  ks: number,
  w: LayerCircuitWidths,
  rBits: number,
): number {
  return (
    n * dot(dh) +
    n * roundShift(ks) +
    rowMax(n, w.qBits, w.dBits) +
    n * exp2Neg(w.dBits, w.intBits) +
    normalize(n, rBits) +
    dh * dot(n)
  );
}

/**
 * FreivaldsLinear(T, D, c): powers ρ^2..ρ^(D−1) (D − 2) + u = Wᵀr (D·(D − 1); r[0] = 1 makes one
 * product per column linear) + r·b (D − 1) + per row r·acc (D − 1) and Σ c·x·u (D).
 */
export const freivaldsLinear = (T: number, D: number) =>
  D - 2 + D * (D - 1) + (D - 1) + T * (2 * D - 1);

/** Constraint count of one layer circuit, by component. */
export type LayerBreakdown = Record<string, number>;

/**
 * The layer circuit's constraints by component (formulas above); their sum is the total.
 * @param matmul how the weight products are constrained: `direct` or `freivalds` (private
 *   weights), or `constant` (public-weights mode: the weights are compile-time constants, so the
 *   projections are linear, and the weight/bias range checks and the model Poseidon disappear).
 */
export function layerBreakdown(
  p: QuantizedAttentionLayer,
  w: LayerCircuitWidths,
  matmul: "direct" | "freivalds" | "constant" = "freivalds",
): LayerBreakdown {
  const T = w.T;
  const D = p.dModel;
  const H = p.nHead;
  const dh = D / H;
  let scores = 0;
  let requantScores = 0;
  let max = 0;
  let exps = 0;
  let norm = 0;
  let avs = 0;
  for (let t = 0; t < T; t++) {
    const n = t + 1;
    scores += H * n * dot(dh);
    requantScores += H * n * roundShift(p.scoreShift);
    max += H * rowMax(n, w.qBits, w.dBits);
    exps += H * n * exp2Neg(w.dBits, w.intBits);
    norm += H * normalize(n, w.rBits[t]);
    avs += H * dh * dot(n);
  }
  const mW = packedCount(D * D, 8);
  const mB = packedCount(D, p.biasBits);
  const mO = packedCount(D, p.outBiasBits);
  const mX = packedCount(T * D, 8);
  const attention: LayerBreakdown = {
    "scores q·k (causal pairs)": scores,
    "score requantization (remainders)": requantScores,
    "row max + delta ranges": max,
    "exp (base 2)": exps,
    "softmax normalization": norm,
    "attention-weighted values": avs,
    "output requantization + saturation": T * D * requantSat(p.outShift, w.yBits),
    "input range checks (int8)": packSigned(T * D, 8),
    "inputCommitment Poseidon": sponge(mX + 1),
    "outputCommitment Poseidon": sponge(mX),
    "binding square": 1,
  };
  if (matmul === "constant") {
    return {
      "Q/K/V and output projections (constant weights: linear)": 0,
      ...attention,
      "modelCommitment pinned to the constant": 1,
    };
  }
  const common: LayerBreakdown = {
    ...attention,
    "weight range checks (int8, for packing)": 4 * packSigned(D * D, 8),
    "bias range checks": 3 * packSigned(D, p.biasBits) + packSigned(D, p.outBiasBits),
    "modelCommitment Poseidon": sponge(4 * mW + 3 * mB + mO),
  };
  if (matmul === "direct") {
    return {
      "Q/K/V projections (private weights)": 3 * T * D * dot(D),
      "output projection (private weights)": T * D * dot(D),
      ...common,
    };
  }
  const mAcc = packedCount(T * D, w.accBits);
  const mOut = packedCount(T * D, p.outShift + w.yBits);
  return {
    "Q/K/V Freivalds checks": 3 * freivaldsLinear(T, D),
    "Q/K/V accumulator range checks (bind them for the challenge)":
      3 * packSigned(T * D, w.accBits),
    "output Freivalds check": freivaldsLinear(T, D),
    "Freivalds challenge Poseidon": sponge(2 + 3 * mAcc + mOut),
    ...common,
  };
}

/** Sum of a breakdown. */
export function breakdownTotal(b: LayerBreakdown): number {
  return Object.values(b).reduce((a, v) => a + v, 0);
}
