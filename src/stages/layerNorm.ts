/**
 * Integer-only LayerNorm stage (docs/integer-model.md "LayerNorm"), after I-BERT (Kim et al.,
 * ICML 2021, "I-BERT: Integer-only BERT Quantization", §3.6 "Integer-only LayerNorm": integer
 * mean and variance, the standard deviation by an integer square root (Newton's method),
 * then integer arithmetic). Input: the int16 residual stream at one scale; output:
 * int8 at per-channel scales (the next matmul folds them into its weight columns).
 */
import type { LayerNormWeights } from "../model/stateDict.js";
import { LAYER_NORM_EPS } from "../model/float.js";
import { packSigned } from "../circuit/commitments.js";
import {
  bound,
  clampBig,
  fail,
  INT8_MAX,
  isqrt,
  RESIDUAL_MAX,
  roundHalfAway,
  type Bound,
} from "./common.js";

/** Fractional bits g of the folded affine coefficients gammaQ, betaQ. */
export const LN_COEF_BITS = 16;
/** invSd keeps at least this many bits for the largest possible sd (relative error ≤ 2^−20). */
export const LN_INV_BITS = 20;

/** Quantized LayerNorm parameters. */
export interface LayerNormParams {
  /** Channels D. */
  dModel: number;
  /** Float scale of the int16 input: x ≈ xQ · inScale. */
  inScale: number;
  /** Float per-channel output scales s_y[i] (length D): y[i] ≈ yQ[i] · outScales[i]. */
  outScales: number[];
  /** gammaQ[i] = round(γ[i]·sqrt(D)/s_y[i] · 2^LN_COEF_BITS) (length D). */
  gammaQ: number[];
  /** betaQ[i] = round(β[i]/s_y[i] · 2^LN_COEF_BITS) (length D). */
  betaQ: number[];
  /** Signed widths declared for gammaQ and betaQ (commitment packing). */
  gammaBits: number;
  betaBits: number;
  /** epsQ = max(1, round(D³·eps / inScale²)): eps in the units of varQ. */
  epsQ: number;
  /** K: invSd = floor(2^K / sd); K = bits(sdMax) + LN_INV_BITS. */
  invShift: number;
}

/** Named intermediates, per row t. */
export interface LayerNormTrace {
  /** Σ_i xQ[t][i] [T]. */
  sumX: number[];
  /** c[t][i] = D·xQ[t][i] − sumX[t] = D·(x − mean)/inScale [T][D], exact. */
  centered: number[][];
  /** varQ[t] = Σ_i c² + epsQ [T] (≈ D³(σ² + eps)/inScale²). */
  varQ: bigint[];
  /** sd[t] = floor(sqrt(varQ)) [T]. */
  sd: bigint[];
  /** invSd[t] = floor(2^K / sd) [T]. */
  invSd: bigint[];
  /** yAcc[t][i] = c·gammaQ[i]·invSd + betaQ[i]·2^K [T][D], scale 2^−(K+g)·s_y[i]. */
  yAcc: bigint[][];
  /** yQ = clamp(floor((yAcc + 2^(K+g−1)) / 2^(K+g)), −127, 127) [T][D]. */
  yQ: number[][];
}

/** Worst case of varQ: |c_i| = |D·x_i − Σx| < 2·D·R, so Σ_i c_i² + epsQ < D·(2DR)² + epsQ. */
function worstVarQ(d: number, epsQ: number): bigint {
  const c = 2n * BigInt(d) * BigInt(RESIDUAL_MAX);
  return BigInt(d) * c * c + BigInt(epsQ);
}

/**
 * Quantizes a LayerNorm.
 * @param w float weight γ and bias β [D].
 * @param inScale scale of the int16 input.
 * @param outMaxAbs per-channel calibrated max |LayerNorm output| [D]; s_y[i] = max/127
 *   (or pass `outScales` to reuse an existing stage's input scales).
 * @throws `stages: ` error for a zero input scale.
 */
export function quantizeLayerNorm(
  w: LayerNormWeights,
  inScale: number,
  outScales: readonly number[],
  eps = LAYER_NORM_EPS,
): LayerNormParams {
  const d = outScales.length;
  if (!(inScale > 0)) fail("layerNorm: input scale must be positive");
  const g = 2 ** LN_COEF_BITS;
  const gammaQ = outScales.map((s, i) =>
    roundHalfAway(((w.weight.data[i] * Math.sqrt(d)) / s) * g),
  );
  const betaQ = outScales.map((s, i) => roundHalfAway((w.bias.data[i] / s) * g));
  const epsQ = Math.max(1, Math.round((d ** 3 * eps) / (inScale * inScale)));
  const sdMax = isqrt(worstVarQ(d, epsQ));
  const invShift = sdMax.toString(2).length + LN_INV_BITS;
  const bits = (a: number[]) => bound(BigInt(Math.min(0, ...a)), BigInt(Math.max(0, ...a))).bits;
  return {
    dModel: d,
    inScale,
    outScales: [...outScales],
    gammaQ,
    betaQ,
    gammaBits: bits(gammaQ),
    betaBits: bits(betaQ),
    epsQ,
    invShift,
  };
}

/** Per-channel output scales from calibrated maxima: s_y[i] = max|y_i| / 127 (1 if zero). */
export function int8Scales(maxAbs: ArrayLike<number>): number[] {
  return Array.from(maxAbs, (m) => (m > 0 ? m / INT8_MAX : 1));
}

/**
 * Integer reference of LayerNorm over rows of the int16 residual stream.
 * @param xQ [T][D] integers in [−RESIDUAL_MAX, RESIDUAL_MAX].
 * @returns every named intermediate ({@link LayerNormTrace}); yQ int8 at scales outScales.
 * @throws `stages: ` error for a row of the wrong length or a value out of range.
 */
export function layerNormRef(
  p: LayerNormParams,
  xQ: readonly (readonly number[])[],
): LayerNormTrace {
  const D = p.dModel;
  const K = BigInt(p.invShift);
  const totalShift = BigInt(p.invShift + LN_COEF_BITS);
  const half = 1n << (totalShift - 1n);
  const tr: LayerNormTrace = {
    sumX: [],
    centered: [],
    varQ: [],
    sd: [],
    invSd: [],
    yAcc: [],
    yQ: [],
  };
  xQ.forEach((row, t) => {
    if (row.length !== D) fail(`layerNorm: row ${t} has ${row.length} values; expected ${D}`);
    let sumX = 0;
    for (const v of row) {
      if (!Number.isInteger(v) || Math.abs(v) > RESIDUAL_MAX)
        fail(`layerNorm: input ${v} in row ${t} is not an integer in ±${RESIDUAL_MAX}`);
      sumX += v; // |sumX| ≤ D·2^15: safe
    }
    const c = row.map((v) => D * v - sumX); // |c| < 2·D·2^15: safe
    let varQ = BigInt(p.epsQ);
    for (const ci of c) varQ += BigInt(ci) * BigInt(ci);
    const sd = isqrt(varQ); // ≥ 1 since epsQ ≥ 1
    const invSd = (1n << K) / sd; // floor (both positive)
    const yAcc = c.map(
      (ci, i) => BigInt(ci) * BigInt(p.gammaQ[i]) * invSd + (BigInt(p.betaQ[i]) << K),
    );
    const yQ = yAcc.map((a) => Number(clampBig((a + half) >> totalShift, -127n, 127n)));
    tr.sumX.push(sumX);
    tr.centered.push(c);
    tr.varQ.push(varQ);
    tr.sd.push(sd);
    tr.invSd.push(invSd);
    tr.yAcc.push(yAcc);
    tr.yQ.push(yQ);
  });
  return tr;
}

/**
 * Worst-case bounds over every input row in ±RESIDUAL_MAX (the circuit's widths): |c| < 2·D·R;
 * sd ∈ [isqrt(epsQ), isqrt(varQmax)] (sd ≥ 1); invSd ∈ [floor(2^K/sdMax), floor(2^K/sdMin)];
 * |yAcc| ≤ |c|max·|gammaQ|max·invSdMax + |betaQ|max·2^K; yQ ∈ ±127 (clamp).
 */
export function layerNormBounds(p: LayerNormParams): {
  centered: Bound;
  varQ: Bound;
  sd: Bound;
  invSd: Bound;
  yAcc: Bound;
  yQ: Bound;
} {
  const cMax = 2n * BigInt(p.dModel) * BigInt(RESIDUAL_MAX);
  const varMax = worstVarQ(p.dModel, p.epsQ);
  const sdMin = isqrt(BigInt(p.epsQ));
  const sdMax = isqrt(varMax);
  const K = BigInt(p.invShift);
  const invMax = (1n << K) / sdMin;
  const gMax = BigInt(Math.max(...p.gammaQ.map(Math.abs)));
  const bMax = BigInt(Math.max(...p.betaQ.map(Math.abs)));
  const yMax = cMax * gMax * invMax + (bMax << K);
  return {
    centered: bound(-cMax, cMax),
    varQ: bound(BigInt(p.epsQ), varMax),
    sd: bound(sdMin, sdMax),
    invSd: bound((1n << K) / sdMax, invMax),
    yAcc: bound(-yMax, yMax),
    yQ: bound(-127n, 127n),
  };
}

/** Commitment elements: packSigned(gammaQ, gammaBits) then packSigned(betaQ, betaBits). */
export function layerNormCommitmentElements(p: LayerNormParams): bigint[] {
  return [...packSigned(p.gammaQ, p.gammaBits), ...packSigned(p.betaQ, p.betaBits)];
}
