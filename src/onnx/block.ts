/**
 * An ONNX nanoGPT block (src/onnx/graph.ts `matchGptBlock`) on zkattn's stages: the float
 * reference of the block from src/model/float.ts, and its attention quantized by the existing
 * attention quantizer (src/quant/quantize.ts) and run by the integer reference
 * (src/quant/intAttention.ts).
 */
import { add, attentionBlock, fromRows, gelu, layerNorm, linear, rowsOf } from "../model/float.js";
import type { GptModel, Tensor } from "../model/stateDict.js";
import { dequantizeOutput, quantizeAttentionLayer, quantizeInput } from "../quant/quantize.js";
import { intAttention } from "../quant/intAttention.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import type { OnnxGptBlock } from "./graph.js";

/**
 * The block as a one-layer {@link GptModel} with block size `t` (the stages' input type). Its
 * embeddings, ln_f and lm_head are placeholders (zeros / identity; vocab 1): only layer 0 is used.
 */
export function blockAsModel(b: OnnxGptBlock, t: number): GptModel {
  const d = b.nEmbd;
  const z = (shape: number[]): Tensor => ({
    shape,
    data: new Float64Array(shape[0] * (shape[1] ?? 1)),
  });
  return {
    config: { nLayer: 1, nHead: b.nHead, nEmbd: d, vocabSize: 1, blockSize: t },
    wte: z([1, d]),
    wpe: z([t, d]),
    layers: [b.weights],
    lnF: { weight: { shape: [d], data: new Float64Array(d).fill(1) }, bias: z([d]) },
    lmHead: z([1, d]),
    source: "onnx block",
  };
}

/** The float block's intermediates on x [T, D]. */
export interface BlockTrace {
  ln1: Tensor;
  /** Attention output before the residual add [T, D]. */
  attn: Tensor;
  /** The block output x + attn + mlp [T, D]. */
  out: Tensor;
}

/**
 * The block on x [T, D] through the stages: ln_1 → causal attention (masked positions excluded) →
 * residual → ln_2 → MLP (GELU, tanh approximation) → residual, in float64 (src/model/float.ts).
 * @param attention replaces the attention output given ln_1's rows (e.g. the integer reference).
 * @throws `float: ` errors for shapes that do not match the block.
 */
export function blockForward(
  b: OnnxGptBlock,
  x: Tensor,
  attention?: (ln1Rows: Float64Array[]) => Float64Array[],
): BlockTrace {
  const t = x.shape[0];
  const d = b.nEmbd;
  const model = blockAsModel(b, t);
  const ln1 = layerNorm(x, b.weights.ln1, b.eps[0]);
  const attn = attention
    ? fromRows(attention(rowsOf(ln1)), d)
    : attentionBlock(model, 0, rowsOf(ln1)).yProj;
  const x1 = add(x, attn);
  const ln2 = layerNorm(x1, b.weights.ln2, b.eps[1]);
  const h = gelu(linear(ln2, b.weights.fcWeight, b.weights.fcBias));
  const out = add(x1, linear(h, b.weights.mlpProjWeight, b.weights.mlpProjBias));
  return { ln1, attn, out };
}

/**
 * Quantizes the block's attention with the attention quantizer, calibrated on the float block
 * over `calibration` inputs (each [T, D]): per-channel max |ln_1| and max |attention output|.
 * @throws `quantize: ` error when the calibration output range is zero (e.g. constant rows, whose
 *   ln_1 output is the LayerNorm bias, zero here).
 */
export function quantizeBlockAttention(
  b: OnnxGptBlock,
  calibration: readonly Tensor[],
): QuantizedAttentionLayer {
  const d = b.nEmbd;
  const ln1MaxAbs = new Float64Array(d);
  let outMaxAbs = 0;
  let rows = 0;
  for (const x of calibration) {
    const tr = blockForward(b, x);
    tr.ln1.data.forEach((v, k) => (ln1MaxAbs[k % d] = Math.max(ln1MaxAbs[k % d], Math.abs(v))));
    tr.attn.data.forEach((v) => (outMaxAbs = Math.max(outMaxAbs, Math.abs(v))));
    rows += x.shape[0];
  }
  const t = Math.max(...calibration.map((x) => x.shape[0]));
  return quantizeAttentionLayer(blockAsModel(b, t), 0, { ln1MaxAbs, outMaxAbs, rows });
}

/** The integer attention (src/quant/intAttention.ts) as a float attention replacement. */
export function intBlockAttention(p: QuantizedAttentionLayer) {
  return (ln1Rows: Float64Array[]): Float64Array[] =>
    dequantizeOutput(p, intAttention(p, quantizeInput(p, ln1Rows)).outQ);
}
