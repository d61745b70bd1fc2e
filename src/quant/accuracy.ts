/**
 * Accuracy of the quantized attention block against the float model (issue 2, item 7).
 */
import { attentionBlock, forward, type AttentionOverride } from "../model/float.js";
import { teacherForcedSort } from "../model/tokens.js";
import type { GptModel } from "../model/stateDict.js";
import { PROB_BITS } from "./constants.js";
import { intAttention } from "./intAttention.js";
import { dequantizeOutput, quantizeInput } from "./quantize.js";
import type { QuantizedAttentionLayer } from "./types.js";

/** Metrics of {@link measureAccuracy}. */
export interface AccuracyReport {
  /** Cosine similarity of the dequantized block output vs the float yProj, all rows of all sequences concatenated. */
  cosine: number;
  /** max |dequantized − float| of the block output (units of the residual stream). */
  maxAbsError: number;
  /** max over heads, rows and causal columns of |probs / 2^PROB_BITS − float softmax|. */
  maxProbError: number;
  /** How many of the sort inputs the model still sorts with every layer's attention quantized. */
  sorted729: number;
  /** Lowest per-sequence cosine (a stricter view of `cosine`). */
  minSequenceCosine: number;
  /** Number of sequences measured for the block metrics. */
  sequences: number;
}

/**
 * The attention override that replaces a layer's float attention with the quantized integer
 * reference: quantize ln1 to int8, run {@link intAttention}, dequantize outQ.
 */
export function quantizedAttentionOverride(
  layers: readonly QuantizedAttentionLayer[],
): AttentionOverride {
  return (layer, ln1Rows) => {
    const p = layers[layer];
    return dequantizeOutput(p, intAttention(p, quantizeInput(p, ln1Rows)).outQ);
  };
}

/**
 * Measures one layer's quantized block against the float block on `sequences` (block metrics),
 * and greedy sorting with all layers quantized on `sortInputs`.
 *
 * @param model float model.
 * @param layers quantized attention blocks, one per layer (index = layer).
 * @param layer the layer whose block metrics are reported.
 * @param sequences full token sequences (1 .. blockSize tokens) for the block metrics.
 * @param sortInputs prompts (6 tokens each for gpt-nano-sort); a prompt counts as sorted when
 *   greedy decoding of prompt.length tokens yields the sorted prompt. Measured by one
 *   teacher-forced forward pass per prompt ({@link teacherForcedSort}), which is equivalent to
 *   greedy decoding because the quantized override is causal: static per-channel input scales,
 *   and output row t of the integer block reads only rows 0 .. t.
 */
export function measureAccuracy(
  model: GptModel,
  layers: readonly QuantizedAttentionLayer[],
  layer: number,
  sequences: readonly (readonly number[])[],
  sortInputs: readonly (readonly number[])[],
): AccuracyReport {
  const p = layers[layer];
  let dot = 0;
  let nq = 0;
  let nf = 0;
  let maxAbsError = 0;
  let maxProbError = 0;
  let minSequenceCosine = 1;
  const h = p.nHead;
  for (const seq of sequences) {
    const trace = forward(model, seq);
    const ln1 = trace.layers[layer].ln1;
    const rows = Array.from({ length: seq.length }, (_, t) =>
      ln1.data.subarray(t * p.dModel, (t + 1) * p.dModel),
    );
    const float = attentionBlock(model, layer, rows);
    const q = intAttention(p, quantizeInput(p, rows));
    const y = dequantizeOutput(p, q.outQ);
    let sdot = 0;
    let sq = 0;
    let sf = 0;
    for (let t = 0; t < seq.length; t++) {
      for (let j = 0; j < p.dModel; j++) {
        const a = y[t][j];
        const b = float.yProj.data[t * p.dModel + j];
        sdot += a * b;
        sq += a * a;
        sf += b * b;
        maxAbsError = Math.max(maxAbsError, Math.abs(a - b));
      }
      for (let hh = 0; hh < h; hh++) {
        for (let u = 0; u <= t; u++) {
          const pf = float.attSm.data[(hh * seq.length + t) * seq.length + u];
          const pq = q.probs[hh][t][u] / 2 ** PROB_BITS;
          maxProbError = Math.max(maxProbError, Math.abs(pq - pf));
        }
      }
    }
    dot += sdot;
    nq += sq;
    nf += sf;
    minSequenceCosine = Math.min(minSequenceCosine, sdot / Math.sqrt(sq * sf));
  }
  const override = quantizedAttentionOverride(layers);
  let sorted729 = 0;
  for (const prompt of sortInputs) {
    if (teacherForcedSort(model, prompt, { attentionOverride: override }).correct) sorted729++;
  }
  return {
    cosine: dot / Math.sqrt(nq * nf),
    maxAbsError,
    maxProbError,
    sorted729,
    minSequenceCosine,
    sequences: sequences.length,
  };
}
