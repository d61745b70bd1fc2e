/**
 * Residual add stage: `out = a + b` with a and b at different scales, requantized to one common
 * output scale in one rounding (docs/integer-model.md "Residual add"):
 * `outQ[j] = clamp(floor((aQ·ma[j] + bQ[j]·mb[j] + 2^(k[j]−1)) / 2^k[j]), ±RESIDUAL_MAX)`,
 * ma[j]/2^k[j] ≈ s_a/s_out, mb[j]/2^k[j] ≈ s_b[j]/s_out (gemmlowp fixed-point multipliers,
 * one shift per channel normalizing the larger multiplier to [2^30, 2^31)).
 */
import { bound, clampBig, fail, fixedMultiplier, RESIDUAL_MAX, type Bound } from "./common.js";

/**
 * Headroom of the residual scales over the calibrated float maximum (1/64): the integer stream
 * drifts a little from the float one, and without headroom it saturated 14 values of layer 2's
 * stream over the calibration set.
 */
export const RESIDUAL_HEADROOM = 1 / 64;

/** Requantization constants of a residual add (compile-time constants of a circuit). */
export interface ResidualParams {
  dModel: number;
  ma: number[];
  mb: number[];
  shift: number[];
  /** Float scale of outQ: out ≈ outQ · outScale. */
  outScale: number;
}

/** Named intermediates of a residual add. */
export interface ResidualTrace {
  /** aQ·ma + bQ·mb [T][D] (the pre-shift sum). */
  sumAcc: bigint[][];
  /** Clamped output [T][D], |v| ≤ RESIDUAL_MAX. */
  outQ: number[][];
}

/**
 * Quantizes a residual add.
 * @param aScale scale of the residual input a (int16 stream).
 * @param bScales per-channel scales of the branch b (length D; equal entries for a per-tensor scale).
 * @param outMaxAbs calibrated max |a + b| (float): outScale = outMaxAbs·(1 + RESIDUAL_HEADROOM) /
 *   RESIDUAL_MAX.
 * @throws `stages: ` error for a zero calibration range.
 */
export function quantizeResidual(
  aScale: number,
  bScales: readonly number[],
  outMaxAbs: number,
): ResidualParams {
  if (!(outMaxAbs > 0)) fail("residual: calibration range is zero");
  const outScale = (outMaxAbs * (1 + RESIDUAL_HEADROOM)) / RESIDUAL_MAX;
  const ma: number[] = [];
  const mb: number[] = [];
  const shift: number[] = [];
  for (const bs of bScales) {
    const fa = aScale / outScale;
    const fb = bs / outScale;
    const { shift: k } = fixedMultiplier(Math.max(fa, fb));
    ma.push(Math.round(fa * 2 ** k));
    mb.push(Math.round(fb * 2 ** k));
    shift.push(k);
  }
  return { dModel: bScales.length, ma, mb, shift, outScale };
}

/**
 * Integer reference of the residual add.
 * @param aQ [T][D] residual input (|v| ≤ RESIDUAL_MAX).
 * @param bQ [T][D] branch output (any integers: int8 attention output or wide MLP accumulators).
 * @throws `stages: ` error for mismatched shapes.
 */
export function residualRef(
  p: ResidualParams,
  aQ: readonly (readonly number[])[],
  bQ: readonly (readonly (number | bigint)[])[],
): ResidualTrace {
  if (aQ.length !== bQ.length) fail(`residual: ${aQ.length} vs ${bQ.length} rows`);
  const R = BigInt(RESIDUAL_MAX);
  const sumAcc: bigint[][] = [];
  const outQ: number[][] = [];
  aQ.forEach((a, t) => {
    const b = bQ[t];
    if (a.length !== p.dModel || b.length !== p.dModel)
      fail(`residual: row ${t} has ${a.length}/${b.length} values; expected ${p.dModel}`);
    const s = a.map((av, j) => BigInt(av) * BigInt(p.ma[j]) + BigInt(b[j]) * BigInt(p.mb[j]));
    sumAcc.push(s);
    outQ.push(
      s.map((v, j) => {
        const k = BigInt(p.shift[j]);
        return Number(clampBig((v + (1n << (k - 1n))) >> k, -R, R));
      }),
    );
  });
  return { sumAcc, outQ };
}

/** Output bound (the clamp). */
export function residualOutputBound(): Bound {
  return bound(BigInt(-RESIDUAL_MAX), BigInt(RESIDUAL_MAX));
}

/**
 * Worst case of sumAcc given the branch's per-channel magnitude bound bMax[j] (128 for the int8
 * attention output, {@link mlpProjAccBound} for the MLP): |sumAcc[j]| ≤ RESIDUAL_MAX·ma[j] +
 * bMax[j]·mb[j].
 */
export function residualSumBound(p: ResidualParams, bMax: readonly bigint[]): Bound {
  let m = 0n;
  for (let j = 0; j < p.dModel; j++) {
    const v = BigInt(RESIDUAL_MAX) * BigInt(p.ma[j]) + bMax[j] * BigInt(p.mb[j]);
    if (v > m) m = v;
  }
  return bound(-m, m);
}
