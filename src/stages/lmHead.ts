/**
 * lm_head stage: int8 input (ln_f output, per-channel scales folded into the columns) times int8
 * weights with one per-tensor scale, int32 accumulators, no bias (minGPT). One scale for all
 * vocabulary rows keeps the accumulators comparable, so the argmax reads them directly
 * (docs/integer-model.md "lm_head").
 */
import type { Tensor } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import { bound, fail, INT8_MAX, matVec, roundHalfAway, WEIGHT_MAX, type Bound } from "./common.js";

/** Quantized lm_head. */
export interface LmHeadParams {
  vocabSize: number;
  dModel: number;
  /** int8 weights [V][D], folded with the input scales, one per-tensor scale. */
  w: number[];
  /** Float scale of the accumulators: logit ≈ logitAcc · logitScale. */
  logitScale: number;
}

/**
 * Quantizes lm_head: W'[v][i] = W[v][i]·s_x[i]; s = max|W'| / 127; w = round(W'/s).
 * @param weight lm_head.weight [V, D].
 * @param inScales per-channel scales of the int8 input (the ln_f stage's outScales).
 */
export function quantizeLmHead(weight: Tensor, inScales: readonly number[]): LmHeadParams {
  const [vocab, d] = weight.shape;
  const folded = Float64Array.from(weight.data, (v, k) => v * inScales[k % d]);
  let m = 0;
  for (const v of folded) m = Math.max(m, Math.abs(v));
  if (!(m > 0)) fail("lmHead: all weights are zero");
  const s = m / WEIGHT_MAX;
  const w = Array.from(folded, (v) =>
    Math.max(-WEIGHT_MAX, Math.min(WEIGHT_MAX, roundHalfAway(v / s))),
  );
  return { vocabSize: vocab, dModel: d, w, logitScale: s };
}

/**
 * Integer reference: `logitAcc[t][v] = Σ_i xQ[t][i]·w[v][i]` (|v| ≤ D·127² < 2^20).
 * @param xQ [T][D] int8.
 * @returns logitAcc [T][V].
 * @throws `stages: ` error for a row of the wrong length.
 */
export function lmHeadRef(
  p: LmHeadParams,
  xQ: readonly (readonly number[])[],
): { logitAcc: number[][] } {
  return {
    logitAcc: xQ.map((row, t) => {
      if (row.length !== p.dModel)
        fail(`lmHead: row ${t} has ${row.length} values; expected ${p.dModel}`);
      return matVec(row as number[], p.w, undefined, p.vocabSize);
    }),
  };
}

/** Exact worst case over all int8 inputs: ±max_v 127·Σ_i |w[v][i]|. */
export function lmHeadOutputBound(p: LmHeadParams): Bound {
  let m = 0;
  for (let v = 0; v < p.vocabSize; v++) {
    let s = 0;
    for (let i = 0; i < p.dModel; i++) s += Math.abs(p.w[v * p.dModel + i]);
    m = Math.max(m, INT8_MAX * s);
  }
  return bound(BigInt(-m), BigInt(m));
}

/** Commitment elements: packSigned(w, 8). */
export function lmHeadCommitmentElements(p: LmHeadParams): bigint[] {
  return packSigned(p.w, 8);
}
