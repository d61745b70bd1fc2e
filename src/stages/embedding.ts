/**
 * Embedding stage: token + position embedding into the int16 residual stream
 * (docs/integer-model.md "Embedding").
 */
import type { GptModel } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import { bound, fail, RESIDUAL_MAX, roundHalfAway, type Bound } from "./common.js";

/** Quantized embedding tables, both at the residual scale `scale` of layer 0's input. */
export interface EmbeddingParams {
  /** Token table wteQ [V][D] (row-major, length V·D), `round(wte / scale)`. */
  wteQ: number[];
  /** Position table wpeQ [blockSize][D], `round(wpe / scale)`. */
  wpeQ: number[];
  /** Signed width of every table entry. */
  tableBits: number;
  /** Float scale s_0 of x0Q: x0 ≈ x0Q · scale. */
  scale: number;
}

/** Named intermediates of the embedding stage. */
export interface EmbeddingTrace {
  /** wteQ[tokens[t]] [T][D]. */
  tokQ: number[][];
  /** wpeQ[t] [T][D]. */
  posQ: number[][];
  /** tokQ + posQ [T][D], exact (no rounding), |x0Q| ≤ RESIDUAL_MAX. */
  x0Q: number[][];
}

/**
 * Quantizes the embedding tables. Scale from calibration: `s_0 = max|x0| / (RESIDUAL_MAX − 1)`
 * (max over the calibration set of |tok_emb + pos_emb|); the −1 absorbs the two roundings, so
 * `|wteQ[v][i] + wpeQ[t][i]| ≤ |x0|/s_0 + 1 ≤ RESIDUAL_MAX` for every realized (v, t).
 * @throws `stages: ` error when a (token, position) pair not seen in calibration overflows.
 */
export function quantizeEmbedding(model: GptModel, x0MaxAbs: number): EmbeddingParams {
  if (!(x0MaxAbs > 0)) fail("embedding: calibration range of x0 is zero");
  const scale = x0MaxAbs / (RESIDUAL_MAX - 1);
  const wteQ = Array.from(model.wte.data, (v) => roundHalfAway(v / scale));
  const wpeQ = Array.from(model.wpe.data, (v) => roundHalfAway(v / scale));
  const p: EmbeddingParams = { wteQ, wpeQ, tableBits: 0, scale };
  let lo = 0;
  let hi = 0;
  for (const v of [...wteQ, ...wpeQ]) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  p.tableBits = bound(BigInt(lo), BigInt(hi)).bits;
  const b = embeddingOutputBound(p, model.config.vocabSize, model.config.nEmbd);
  if (b.max > BigInt(RESIDUAL_MAX) || b.min < BigInt(-RESIDUAL_MAX))
    fail(
      `embedding: a token/position pair reaches ${b.min}..${b.max}, beyond ±${RESIDUAL_MAX}; calibrate on sequences covering every token at every position`,
    );
  return p;
}

/** Exact output bound: min/max over all tokens v, positions t, channels i of wteQ[v][i] + wpeQ[t][i]. */
export function embeddingOutputBound(p: EmbeddingParams, vocab: number, d: number): Bound {
  const rowsP = p.wpeQ.length / d;
  let lo = Infinity;
  let hi = -Infinity;
  for (let v = 0; v < vocab; v++)
    for (let t = 0; t < rowsP; t++)
      for (let i = 0; i < d; i++) {
        const s = p.wteQ[v * d + i] + p.wpeQ[t * d + i];
        lo = Math.min(lo, s);
        hi = Math.max(hi, s);
      }
  return bound(BigInt(lo), BigInt(hi));
}

/**
 * Integer reference: `x0Q[t][i] = wteQ[tokens[t]][i] + wpeQ[t][i]` (exact integer add).
 * @param tokens T token ids in [0, V), 1 ≤ T ≤ blockSize.
 * @throws `stages: ` error for a bad token or length.
 */
export function embeddingRef(
  p: EmbeddingParams,
  tokens: readonly number[],
  d: number,
): EmbeddingTrace {
  const vocab = p.wteQ.length / d;
  const blockSize = p.wpeQ.length / d;
  if (tokens.length < 1 || tokens.length > blockSize)
    fail(`embedding: ${tokens.length} tokens; expected 1 .. ${blockSize} (block_size)`);
  const tokQ: number[][] = [];
  const posQ: number[][] = [];
  const x0Q: number[][] = [];
  tokens.forEach((tok, t) => {
    if (!Number.isInteger(tok) || tok < 0 || tok >= vocab)
      fail(`embedding: token ${tok} at position ${t} is not in [0, ${vocab})`);
    const a = p.wteQ.slice(tok * d, (tok + 1) * d);
    const b = p.wpeQ.slice(t * d, (t + 1) * d);
    tokQ.push(a);
    posQ.push(b);
    x0Q.push(a.map((v, i) => v + b[i]));
  });
  return { tokQ, posQ, x0Q };
}

/** Commitment elements: packSigned(wteQ, tableBits) then packSigned(wpeQ, tableBits). */
export function embeddingCommitmentElements(p: EmbeddingParams): bigint[] {
  return [...packSigned(p.wteQ, p.tableBits), ...packSigned(p.wpeQ, p.tableBits)];
}
