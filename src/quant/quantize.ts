/**
 * Post-training quantization of a minGPT attention block (ln1 output → Q/K/V → causal softmax
 * attention → output projection) into the integer form of docs/integer-attention.md.
 *
 * Scheme (gemmlowp/TFLite-style symmetric quantization, Jacob et al. 2018, "Quantization and
 * Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference", §2):
 * - inputs: symmetric int8 per input channel, `s_x[i] = max|ln1[:, i]| / 127` over the
 *   calibration set; the per-channel input scale is folded into the weight columns
 *   (`W'[j][i] = W[j][i]·s_x[i]`, the SmoothQuant-style migration of Xiao et al. 2023, §4), so the
 *   circuit sees one plain int8 matmul;
 * - weights: symmetric int8 per output channel, `s_w[j] = max_i |W'[j][i]| / 127`;
 * - biases: int at the accumulator scale `s_w[j]` (bias of the output projection: at `s_out[j]`);
 * - Q·K: per-channel scales `s_q[c]·s_k[c]` become compile-time multipliers
 *   `cQK[c] = round(2^8 · s_q[c]s_k[c] / max_c s_q s_k)` (free in the circuit: a constant times a
 *   signal is linear);
 * - V: the per-channel scale `s_v[c]` is folded into the columns of the output projection, so
 *   `cV` is all ones;
 * - scores: `1/sqrt(dh)` and `log2(e)` fold into the score multiplier (base-2 softmax);
 * - output: symmetric int8 per tensor, `s_y = max|yProj| / 127` over the calibration set.
 * Multipliers are normalized to `[2^14, 2^15)` with a power-of-two shift (gemmlowp's
 * `QuantizeMultiplier`); the output multipliers share one shift, so channels with smaller
 * scale ratios get proportionally smaller multipliers (≥ 2^10 for gpt-nano-sort).
 */
import { forward } from "../model/float.js";
import type { GptModel } from "../model/stateDict.js";
import {
  ACTIVATION_MAX,
  CHANNEL_MULTIPLIER_BITS,
  MULTIPLIER_BITS,
  PROB_BITS,
  SCORE_FRAC_BITS,
  WEIGHT_MAX,
} from "./constants.js";
import type { QuantizedAttentionLayer } from "./types.js";

function fail(msg: string): never {
  throw new Error(`quantize: ${msg}`);
}

/**
 * Calibration statistics of one layer, gathered from float forward passes.
 */
export interface LayerCalibration {
  /** max |ln1[t][i]| per input channel i over every calibration row (length D). */
  ln1MaxAbs: Float64Array;
  /** max |yProj[t][j]| over every calibration row and channel (the block output). */
  outMaxAbs: number;
  /** Number of calibration rows (tokens) seen. */
  rows: number;
}

/**
 * Runs the float model over calibration sequences and records, per layer, the input (ln1) and
 * output (yProj) ranges of the attention block.
 *
 * @param model the float model.
 * @param sequences token sequences (each 1 .. blockSize tokens). For gpt-nano-sort: the 729 sort
 *   inputs followed by their first 5 sorted tokens (the longest context greedy decoding sees;
 *   causal attention makes every shorter prefix's activations a prefix of these), plus the
 *   PyTorch sample sequences.
 * @returns one {@link LayerCalibration} per layer.
 * @throws `quantize: ` error for an empty calibration set; `float: ` errors for bad tokens.
 */
export function calibrate(
  model: GptModel,
  sequences: readonly (readonly number[])[],
): LayerCalibration[] {
  if (sequences.length === 0)
    fail("the calibration set is empty; pass at least one token sequence");
  const { nLayer, nEmbd: d } = model.config;
  const stats: LayerCalibration[] = Array.from({ length: nLayer }, () => ({
    ln1MaxAbs: new Float64Array(d),
    outMaxAbs: 0,
    rows: 0,
  }));
  for (const seq of sequences) {
    const trace = forward(model, seq);
    for (let l = 0; l < nLayer; l++) {
      const s = stats[l];
      const ln1 = trace.layers[l].ln1.data;
      for (let k = 0; k < ln1.length; k++) {
        const a = Math.abs(ln1[k]);
        if (a > s.ln1MaxAbs[k % d]) s.ln1MaxAbs[k % d] = a;
      }
      const y = trace.layers[l].yProj.data;
      for (let k = 0; k < y.length; k++) s.outMaxAbs = Math.max(s.outMaxAbs, Math.abs(y[k]));
      s.rows += seq.length;
    }
  }
  return stats;
}

/** Round half away from zero (the usual quantization rounding; deterministic for ties). */
function roundHalfAway(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r; // never −0: it would not survive a JSON round trip
}

/** Smallest w such that every value lies in [−2^(w−1), 2^(w−1)). */
export function signedBitsFor(values: readonly (number | bigint)[]): number {
  let w = 1;
  for (const v of values) {
    const b = BigInt(v);
    while (b < -(1n << BigInt(w - 1)) || b >= 1n << BigInt(w - 1)) w++;
  }
  return w;
}

/**
 * Multiplier M in [2^(MULTIPLIER_BITS−1), 2^MULTIPLIER_BITS) and shift k with M / 2^k ≈ factor
 * (gemmlowp `QuantizeMultiplier`, restricted to positive factors).
 * @throws `quantize: ` error for a factor that is not finite and positive.
 */
export function quantizeMultiplier(factor: number): { multiplier: number; shift: number } {
  if (!(factor > 0) || !Number.isFinite(factor))
    fail(`multiplier factor ${factor} is not a positive finite number`);
  let shift = Math.ceil(Math.log2(2 ** (MULTIPLIER_BITS - 1) / factor));
  let multiplier = Math.round(factor * 2 ** shift);
  if (multiplier >= 2 ** MULTIPLIER_BITS) {
    shift -= 1;
    multiplier = Math.round(factor * 2 ** shift);
  }
  if (shift < 1)
    fail(
      `multiplier factor ${factor} is too large for a right shift (shift ${shift}); rescale the activations`,
    );
  return { multiplier, shift };
}

/** Per-output-channel symmetric int8 quantization of a [rows, cols] weight (already folded). */
function quantizeRows(
  w: Float64Array,
  rows: number,
  cols: number,
): { q: number[]; scales: number[] } {
  const q: number[] = new Array(rows * cols);
  const scales: number[] = new Array(rows);
  for (let j = 0; j < rows; j++) {
    let m = 0;
    for (let i = 0; i < cols; i++) m = Math.max(m, Math.abs(w[j * cols + i]));
    const s = m > 0 ? m / WEIGHT_MAX : 1;
    scales[j] = s;
    for (let i = 0; i < cols; i++) {
      q[j * cols + i] = Math.max(
        -WEIGHT_MAX,
        Math.min(WEIGHT_MAX, roundHalfAway(w[j * cols + i] / s)),
      );
    }
  }
  return { q, scales };
}

/**
 * Quantizes one layer's attention block from its float weights and calibration statistics.
 *
 * @param model the float model (weights in `nn.Linear` layout (out, in)).
 * @param layer layer index.
 * @param calib that layer's calibration statistics ({@link calibrate}).
 * @returns the integer parameters (docs/integer-attention.md "Parameters").
 * @throws `quantize: ` error for a bad layer index or degenerate calibration (zero output range).
 */
export function quantizeAttentionLayer(
  model: GptModel,
  layer: number,
  calib: LayerCalibration,
): QuantizedAttentionLayer {
  const w = model.layers[layer];
  if (w === undefined)
    fail(`layer ${layer} does not exist; the model has ${model.layers.length} layers`);
  const { nEmbd: d, nHead: h, blockSize } = model.config;
  const dh = d / h;
  if (!(calib.outMaxAbs > 0))
    fail(`layer ${layer}: the calibration output range is zero; calibrate on real inputs`);

  const inputScales = Array.from(calib.ln1MaxAbs, (m) => (m > 0 ? m / ACTIVATION_MAX : 1));
  // Fold the per-input-channel scales into the weight columns: W'[j][i] = W[j][i]·s_x[i].
  const folded = (rowOffset: number): Float64Array => {
    const out = new Float64Array(d * d);
    for (let j = 0; j < d; j++) {
      for (let i = 0; i < d; i++)
        out[j * d + i] = w.cAttnWeight.data[(rowOffset + j) * d + i] * inputScales[i];
    }
    return out;
  };
  const q = quantizeRows(folded(0), d, d);
  const k = quantizeRows(folded(d), d, d);
  const v = quantizeRows(folded(2 * d), d, d);
  const bias = (offset: number, scales: number[]) =>
    Array.from({ length: d }, (_, j) => roundHalfAway(w.cAttnBias.data[offset + j] / scales[j]));
  const bq = bias(0, q.scales);
  const bk = bias(d, k.scales);
  const bv = bias(2 * d, v.scales);

  // Q·K^T: real score = Σ_c s_q[c]s_k[c]·qAcc·kAcc / sqrt(dh) ≈ σ·Σ_c cQK[c]·qAcc·kAcc / sqrt(dh).
  const qk = q.scales.map((sq, c) => sq * k.scales[c]);
  const qkMax = Math.max(...qk);
  const cQK = qk.map((s) => Math.max(1, Math.round((2 ** CHANNEL_MULTIPLIER_BITS * s) / qkMax)));
  const sigma = qkMax / 2 ** CHANNEL_MULTIPLIER_BITS;
  const score = quantizeMultiplier((sigma * Math.LOG2E * 2 ** SCORE_FRAC_BITS) / Math.sqrt(dh));

  // Output projection: fold the per-channel V scale into its columns: Wo'[j][c] = Wo[j][c]·s_v[c];
  // av[c] has scale 2^−P·s_v[c], so outAcc[j] has scale s_out[j] = 2^−P·s_wo'[j].
  const woFolded = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    for (let c = 0; c < d; c++)
      woFolded[j * d + c] = w.attnProjWeight.data[j * d + c] * v.scales[c];
  }
  const o = quantizeRows(woFolded, d, d);
  const outAccScales = o.scales.map((s) => s / 2 ** PROB_BITS);
  const bo = outAccScales.map((s, j) => BigInt(roundHalfAway(w.attnProjBias.data[j] / s)));
  const outputScale = calib.outMaxAbs / ACTIVATION_MAX;
  const ratios = outAccScales.map((s) => s / outputScale);
  const { shift: outShift } = quantizeMultiplier(Math.max(...ratios));
  const outMultipliers = ratios.map((r) => Math.round(r * 2 ** outShift));
  if (outMultipliers.some((m) => m < 1))
    fail(
      `layer ${layer}: an output multiplier rounds to 0; the output channel scales differ by more than 2^15`,
    );

  return {
    layer,
    dModel: d,
    nHead: h,
    blockSize,
    inputScales,
    wq: q.q,
    wk: k.q,
    wv: v.q,
    wo: o.q,
    bq,
    bk,
    bv,
    // At least 2 (here and for outBiasBits), the validator's minimum: a model without c_attn biases (nanoGPT bias=False)
    // has all-zero biases, which fit in 1 bit.
    biasBits: Math.max(2, signedBitsFor([...bq, ...bk, ...bv])),
    bo,
    outBiasBits: Math.max(2, signedBitsFor(bo)),
    cQK,
    cV: new Array(d).fill(1),
    scoreMultiplier: score.multiplier,
    scoreShift: score.shift,
    outMultipliers,
    outShift,
    outputScale,
  };
}

/**
 * Quantizes ln1 activations to the block's int8 input: `xQ[t][i] = clamp(round(ln1[t][i] /
 * s_x[i]), −127, 127)` (round half away from zero; symmetric, so −128 is never produced).
 *
 * @param p the quantized layer (its `inputScales`).
 * @param ln1Rows T rows of length D (float ln1 output).
 * @returns xQ [T][D], int8.
 * @throws `quantize: ` error for a row of the wrong length or a non-finite value.
 */
export function quantizeInput(
  p: QuantizedAttentionLayer,
  ln1Rows: readonly ArrayLike<number>[],
): number[][] {
  return ln1Rows.map((row, t) => {
    if (row.length !== p.dModel)
      fail(`input row ${t} has ${row.length} values; expected d_model = ${p.dModel}`);
    return Array.from({ length: p.dModel }, (_, i) => {
      const x = row[i];
      if (!Number.isFinite(x))
        fail(`input row ${t}, channel ${i} is ${x}; activations must be finite`);
      return Math.max(
        -ACTIVATION_MAX,
        Math.min(ACTIVATION_MAX, roundHalfAway(x / p.inputScales[i])),
      );
    });
  });
}

/**
 * Dequantizes the int8 block output: `y[t][j] = outQ[t][j] · outputScale`.
 * @returns T rows of length D (Float64Array, same units as the float block's yProj).
 */
export function dequantizeOutput(
  p: QuantizedAttentionLayer,
  outQ: readonly (readonly number[])[],
): Float64Array[] {
  return outQ.map((row) => Float64Array.from(row, (v) => v * p.outputScale));
}
