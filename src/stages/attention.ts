/**
 * Attention stage: a wrapper around the existing integer reference of one causal multi-head
 * attention block (src/quant/intAttention.ts, docs/integer-attention.md), unchanged.
 */
import { packSigned } from "../circuit/commitments.js";
import { intAttention } from "../quant/intAttention.js";
import type { IntAttentionTrace, QuantizedAttentionLayer } from "../quant/types.js";
import { bound, type Bound } from "./common.js";

export type { QuantizedAttentionLayer as AttentionParams };

/**
 * Integer reference: {@link intAttention} on the int8 ln_1 output (scales p.inputScales).
 * @returns its trace; outQ int8 at scale p.outputScale.
 */
export function attentionRef(
  p: QuantizedAttentionLayer,
  xQ: readonly (readonly number[])[],
): IntAttentionTrace {
  return intAttention(p, xQ);
}

/** outQ is saturated int8. */
export function attentionOutputBound(): Bound {
  return bound(-128n, 127n);
}

/**
 * Commitment elements in docs/integer-attention.md "Commitments" order: wq, wk, wv, wo (int8),
 * bq, bk, bv (biasBits), bo (outBiasBits).
 */
export function attentionCommitmentElements(p: QuantizedAttentionLayer): bigint[] {
  return [
    ...packSigned(p.wq, 8),
    ...packSigned(p.wk, 8),
    ...packSigned(p.wv, 8),
    ...packSigned(p.wo, 8),
    ...packSigned(p.bq, p.biasBits),
    ...packSigned(p.bk, p.biasBits),
    ...packSigned(p.bv, p.biasBits),
    ...packSigned(p.bo, p.outBiasBits),
  ];
}
