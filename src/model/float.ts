/**
 * Float64 reference of a minGPT transformer (Karpathy, github.com/karpathy/minGPT,
 * `mingpt/model.py`: `GPT`, `Block`, `CausalSelfAttention`, `NewGELU`), used for every bundled or
 * imported model (gpt-nano-sort, mingpt-adder; `src/model/import/`): sizes come from `model.config`.
 *
 * It reproduces the PyTorch intermediates of `models/gpt-nano-sort/source/gpt-nano-sort-t0-partials.json`
 * (test/model/float.test.ts measures the error) and is the accuracy baseline for quantization.
 *
 * Conventions:
 * - T = sequence length (1 .. blockSize), D = nEmbd, H = nHead, dh = D / H, V = vocabSize.
 * - Every tensor is a row-major {@link Tensor} of float64; "rows" of a [T, D] tensor are
 *   `Float64Array` views (subarrays) of length D, one per position.
 * - Linear layers use the PyTorch `nn.Linear` layout: weight [out, in], y = x W^T + b.
 *
 * Every error thrown by this module is an `Error` whose message starts with `float: `.
 */
import type { GptLayerWeights, GptModel, LayerNormWeights, Tensor } from "./stateDict.js";
import { shapeSize } from "./stateDict.js";

/** LayerNorm epsilon of minGPT (`nn.LayerNorm` default, 1e-5). */
export const LAYER_NORM_EPS = 1e-5;

/** sqrt(2 / pi), the constant of the tanh GELU approximation (Hendrycks & Gimpel 2016, arXiv:1606.08415; minGPT `NewGELU`). */
const GELU_SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** Cubic coefficient of the tanh GELU approximation (same source). */
const GELU_CUBIC = 0.044715;

function fail(msg: string): never {
  throw new Error(`float: ${msg}`);
}

function shapeStr(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

/**
 * Row kernel of {@link layerNorm}: normalizes x[xOff .. xOff+c) into out[outOff .. outOff+c).
 * Shared by the batch forward pass and the KV-cache decoder so both round identically.
 */
function layerNormRow(
  xs: Float64Array,
  xOff: number,
  c: number,
  w: Float64Array,
  b: Float64Array,
  eps: number,
  out: Float64Array,
  outOff: number,
): void {
  let mean = 0;
  for (let j = 0; j < c; j++) mean += xs[xOff + j];
  mean /= c;
  let variance = 0;
  for (let j = 0; j < c; j++) {
    const dlt = xs[xOff + j] - mean;
    variance += dlt * dlt;
  }
  variance /= c;
  const inv = 1 / Math.sqrt(variance + eps);
  for (let j = 0; j < c; j++) out[outOff + j] = (xs[xOff + j] - mean) * inv * w[j] + b[j];
}

/**
 * Row kernel of {@link linear}: out[outOff + o] = sum_j x[xOff + j] * W[o, j] + b[o] for o < nOut,
 * W row-major [nOut, nIn]. Shared by the batch forward pass and the KV-cache decoder.
 */
function linearRow(
  xs: Float64Array,
  xOff: number,
  w: Float64Array,
  nIn: number,
  nOut: number,
  b: Float64Array | undefined,
  out: Float64Array,
  outOff: number,
): void {
  for (let o = 0; o < nOut; o++) {
    const wo = o * nIn;
    let acc = 0;
    for (let j = 0; j < nIn; j++) acc += xs[xOff + j] * w[wo + j];
    out[outOff + o] = b === undefined ? acc : acc + b[o];
  }
}

/** GELU (tanh approximation) of one number; see {@link gelu}. */
function geluScalar(v: number): number {
  return 0.5 * v * (1 + Math.tanh(GELU_SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v)));
}

/**
 * Views of the rows of a matrix: for a tensor [R, C] returns R `Float64Array`s of length C that
 * share memory with `t.data` (no copy).
 */
export function rowsOf(t: Tensor): Float64Array[] {
  if (t.shape.length !== 2) fail(`rowsOf needs a matrix [R, C], got shape ${shapeStr(t.shape)}`);
  const [r, c] = t.shape;
  const out: Float64Array[] = new Array(r);
  for (let i = 0; i < r; i++) out[i] = t.data.subarray(i * c, (i + 1) * c);
  return out;
}

/**
 * Packs rows (each of length `cols`) into a new matrix [rows.length, cols].
 *
 * @throws `float: ` error naming the first row whose length is not `cols`.
 */
export function fromRows(rows: readonly Float64Array[], cols: number, what = "rows"): Tensor {
  const out = new Float64Array(rows.length * cols);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!(row instanceof Float64Array) || row.length !== cols) {
      fail(
        `${what}: row ${i} has length ${row?.length}; expected a Float64Array of length ${cols}`,
      );
    }
    out.set(row, i * cols);
  }
  return { shape: [rows.length, cols], data: out };
}

/**
 * LayerNorm over the last axis (PyTorch `nn.LayerNorm`): y = (x - mean) / sqrt(var + eps) * w + b,
 * with the biased variance (divide by C).
 *
 * @param x matrix [R, C].
 * @param p weight [C] and bias [C].
 * @returns a new matrix [R, C].
 */
export function layerNorm(x: Tensor, p: LayerNormWeights, eps = LAYER_NORM_EPS): Tensor {
  const c = x.shape[x.shape.length - 1];
  if (p.weight.data.length !== c || p.bias.data.length !== c) {
    fail(
      `layerNorm over ${c} channels got weight ${shapeStr(p.weight.shape)} and bias ${shapeStr(p.bias.shape)}`,
    );
  }
  const r = x.data.length / c;
  const out = new Float64Array(x.data.length);
  for (let i = 0; i < r; i++)
    layerNormRow(x.data, i * c, c, p.weight.data, p.bias.data, eps, out, i * c);
  return { shape: [...x.shape], data: out };
}

/**
 * Linear layer in `nn.Linear` layout: y[r, o] = sum_i x[r, i] * W[o, i] + b[o].
 *
 * @param x matrix [R, in].
 * @param weight [out, in].
 * @param bias [out], or undefined for no bias (minGPT's lm_head).
 * @returns a new matrix [R, out].
 * @throws `float: ` error if the shapes disagree.
 */
export function linear(x: Tensor, weight: Tensor, bias?: Tensor): Tensor {
  if (x.shape.length !== 2 || weight.shape.length !== 2 || x.shape[1] !== weight.shape[1]) {
    fail(
      `linear: input ${shapeStr(x.shape)} does not match weight ${shapeStr(weight.shape)} (expected [R, in] and [out, in])`,
    );
  }
  const [r, nIn] = x.shape;
  const nOut = weight.shape[0];
  if (bias !== undefined && bias.data.length !== nOut) {
    fail(`linear: bias ${shapeStr(bias.shape)} does not match weight ${shapeStr(weight.shape)}`);
  }
  const out = new Float64Array(r * nOut);
  for (let i = 0; i < r; i++)
    linearRow(x.data, i * nIn, weight.data, nIn, nOut, bias?.data, out, i * nOut);
  return { shape: [r, nOut], data: out };
}

/**
 * GELU, tanh approximation (minGPT `NewGELU`, = PyTorch `gelu(approximate="tanh")`):
 * 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))). Elementwise; returns a new tensor.
 */
export function gelu(x: Tensor): Tensor {
  const out = new Float64Array(x.data.length);
  const xs = x.data;
  for (let i = 0; i < xs.length; i++) out[i] = geluScalar(xs[i]);
  return { shape: [...x.shape], data: out };
}

/** Elementwise a + b of two tensors of the same shape (residual add); returns a new tensor. */
export function add(a: Tensor, b: Tensor): Tensor {
  if (a.data.length !== b.data.length)
    fail(`add: shapes ${shapeStr(a.shape)} and ${shapeStr(b.shape)} differ`);
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < out.length; i++) out[i] = a.data[i] + b.data[i];
  return { shape: [...a.shape], data: out };
}

/**
 * Softmax along one axis: exp(x - max) / sum(exp(x - max)) (ONNX Softmax opset 13 semantics).
 * -Infinity entries give probability 0; a slice that is entirely -Infinity is rejected.
 *
 * @param x any tensor.
 * @param axis axis to normalize over; negative counts from the end (default -1).
 * @returns a new tensor of the same shape.
 * @throws `float: ` error for an axis out of range or a fully masked slice.
 */
export function softmax(x: Tensor, axis = -1): Tensor {
  const rank = x.shape.length;
  const ax = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(ax) || ax < 0 || ax >= rank)
    fail(`softmax: axis ${axis} is out of range for rank ${rank}`);
  const n = x.shape[ax];
  let inner = 1;
  for (let i = ax + 1; i < rank; i++) inner *= x.shape[i];
  const outer = x.data.length / (n * inner);
  const xs = x.data;
  const out = new Float64Array(xs.length);
  for (let o = 0; o < outer; o++) {
    for (let in_ = 0; in_ < inner; in_++) {
      const base = o * n * inner + in_;
      let m = -Infinity;
      for (let j = 0; j < n; j++) m = Math.max(m, xs[base + j * inner]);
      if (m === -Infinity)
        fail(`softmax: a slice along axis ${ax} is entirely -Infinity (every position masked)`);
      let s = 0;
      for (let j = 0; j < n; j++) {
        const e = Math.exp(xs[base + j * inner] - m);
        out[base + j * inner] = e;
        s += e;
      }
      for (let j = 0; j < n; j++) out[base + j * inner] /= s;
    }
  }
  return { shape: [...x.shape], data: out };
}

/**
 * Matrix product with NumPy/ONNX MatMul semantics for rank >= 2: a [..., M, K] x b [..., K, N]
 * -> [..., M, N], leading (batch) dimensions broadcast.
 *
 * @throws `float: ` error for rank < 2, mismatched inner dimensions or non-broadcastable batches.
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const ra = a.shape.length;
  const rb = b.shape.length;
  if (ra < 2 || rb < 2)
    fail(`matmul: inputs must have rank >= 2, got ${shapeStr(a.shape)} and ${shapeStr(b.shape)}`);
  const [m, k] = a.shape.slice(ra - 2);
  const [k2, n] = b.shape.slice(rb - 2);
  if (k !== k2)
    fail(`matmul: inner dimensions differ: ${shapeStr(a.shape)} x ${shapeStr(b.shape)}`);
  const batchA = a.shape.slice(0, ra - 2);
  const batchB = b.shape.slice(0, rb - 2);
  const batchRank = Math.max(batchA.length, batchB.length);
  const batch: number[] = [];
  for (let i = 0; i < batchRank; i++) {
    const da = batchA[i - (batchRank - batchA.length)] ?? 1;
    const db = batchB[i - (batchRank - batchB.length)] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      fail(
        `matmul: batch dimensions of ${shapeStr(a.shape)} and ${shapeStr(b.shape)} do not broadcast`,
      );
    }
    batch.push(Math.max(da, db));
  }
  const nBatch = shapeSize(batch);
  const out = new Float64Array(nBatch * m * n);
  const offsetOf = (flat: number, dims: number[]): number => {
    // Index into a (right-aligned, broadcast) batch of `dims` for the output batch index `flat`.
    let off = 0;
    let stride = 1;
    let rem = flat;
    for (let i = batchRank - 1; i >= 0; i--) {
      const coord = rem % batch[i];
      rem = Math.floor(rem / batch[i]);
      const di = i - (batchRank - dims.length);
      if (di >= 0) {
        if (dims[di] !== 1) off += coord * stride;
        stride *= dims[di];
      }
    }
    return off;
  };
  for (let bi = 0; bi < nBatch; bi++) {
    const ao = offsetOf(bi, batchA) * m * k;
    const bo = offsetOf(bi, batchB) * k * n;
    const oo = bi * m * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let t = 0; t < k; t++) acc += a.data[ao + i * k + t] * b.data[bo + t * n + j];
        out[oo + i * n + j] = acc;
      }
    }
  }
  return { shape: [...batch, m, n], data: out };
}

/** Inputs of {@link scaledDotProductAttention}. */
export interface SdpaInputs {
  /** Queries [B, Hq, Sq, dk]. */
  q: Tensor;
  /** Keys [B, Hkv, Skv, dk]; Hq must be a multiple of Hkv (grouped-query attention). */
  k: Tensor;
  /** Values [B, Hkv, Skv, dv]. */
  v: Tensor;
  /**
   * Optional mask broadcastable (right-aligned) to [B, Hq, Sq, Skv]: either additive float
   * scores (`kind: "additive"`, e.g. 0 / -Infinity) or booleans (`kind: "boolean"`, 1 = attend).
   * Its last axis must be Skv: the ONNX padding of a shorter mask is not implemented.
   */
  mask?: { tensor: Tensor; kind: "additive" | "boolean" };
  /** Causal (upper-left aligned): query i may attend key j only if j <= i. */
  isCausal?: boolean;
  /** Score scale; default 1 / sqrt(dk). */
  scale?: number;
}

/** Outputs of {@link scaledDotProductAttention}. */
export interface SdpaResult {
  /** Scaled scores plus mask [B, Hq, Sq, Skv]; -Infinity where masked (causal or boolean mask). */
  scores: Tensor;
  /** Softmax of `scores` over the last axis [B, Hq, Sq, Skv]. */
  probs: Tensor;
  /** probs x V [B, Hq, Sq, dv]. */
  y: Tensor;
}

/**
 * Scaled dot-product attention following the ONNX Attention operator (opset 23, 4-D form, no
 * KV cache, no softcap): scores = scale * Q K^T (+ mask), causal positions j > i set to -Infinity,
 * softmax over keys, Y = softmax x V. Query head h uses KV head floor(h / (Hq / Hkv))
 * (ONNX interleaved repeat for grouped-query attention).
 * Source: onnx.ai/onnx/operators/onnx__Attention.html and onnx/reference/ops/op_attention.py.
 *
 * @throws `float: ` error for inconsistent shapes, a non-broadcastable mask, or a fully masked row.
 */
export function scaledDotProductAttention(inp: SdpaInputs): SdpaResult {
  const { q, k, v } = inp;
  if (q.shape.length !== 4 || k.shape.length !== 4 || v.shape.length !== 4) {
    fail(
      `attention: Q, K, V must be 4-D, got ${shapeStr(q.shape)}, ${shapeStr(k.shape)}, ${shapeStr(v.shape)}`,
    );
  }
  const [bq, hq, sq, dk] = q.shape;
  const [bk, hkv, skv, dk2] = k.shape;
  const [bv, hv, sv, dv] = v.shape;
  if (bq !== bk || bq !== bv || dk !== dk2 || hkv !== hv || skv !== sv || hq % hkv !== 0) {
    fail(
      `attention: incompatible Q ${shapeStr(q.shape)}, K ${shapeStr(k.shape)}, V ${shapeStr(v.shape)} ` +
        `(need equal batch, equal head size of Q and K, K and V alike, Hq a multiple of Hkv)`,
    );
  }
  const scale = inp.scale ?? 1 / Math.sqrt(dk);
  const group = hq / hkv;
  const full = [bq, hq, sq, skv];
  let maskAt: ((b: number, h: number, i: number, j: number) => number) | undefined;
  if (inp.mask !== undefined) {
    const { tensor: mt, kind } = inp.mask;
    const r = mt.shape.length;
    if (r > 4 || mt.shape.some((d, i) => d !== 1 && d !== full[i + 4 - r])) {
      fail(`attention: mask ${shapeStr(mt.shape)} does not broadcast to ${shapeStr(full)}`);
    }
    const dims = [...new Array<number>(4 - r).fill(1), ...mt.shape];
    const strides = [dims[1] * dims[2] * dims[3], dims[2] * dims[3], dims[3], 1].map((s, i) =>
      dims[i] === 1 ? 0 : s,
    );
    maskAt = (b, h, i, j) => {
      const mv = mt.data[b * strides[0] + h * strides[1] + i * strides[2] + j * strides[3]];
      return kind === "additive" ? mv : mv !== 0 ? 0 : -Infinity;
    };
  }
  const scores = new Float64Array(bq * hq * sq * skv);
  for (let b = 0; b < bq; b++) {
    for (let h = 0; h < hq; h++) {
      const kvh = Math.floor(h / group);
      const qBase = (b * hq + h) * sq * dk;
      const kBase = (b * hkv + kvh) * skv * dk;
      for (let i = 0; i < sq; i++) {
        const sBase = ((b * hq + h) * sq + i) * skv;
        for (let j = 0; j < skv; j++) {
          if (inp.isCausal === true && j > i) {
            scores[sBase + j] = -Infinity;
            continue;
          }
          let acc = 0;
          for (let t = 0; t < dk; t++)
            acc += q.data[qBase + i * dk + t] * k.data[kBase + j * dk + t];
          let s = acc * scale;
          if (maskAt !== undefined) s += maskAt(b, h, i, j);
          scores[sBase + j] = s;
        }
      }
    }
  }
  const scoresT: Tensor = { shape: full, data: scores };
  const probs = softmax(scoresT, -1);
  const y = new Float64Array(bq * hq * sq * dv);
  for (let b = 0; b < bq; b++) {
    for (let h = 0; h < hq; h++) {
      const kvh = Math.floor(h / group);
      const vBase = (b * hkv + kvh) * skv * dv;
      for (let i = 0; i < sq; i++) {
        const pBase = ((b * hq + h) * sq + i) * skv;
        const yBase = ((b * hq + h) * sq + i) * dv;
        for (let j = 0; j < skv; j++) {
          const p = probs.data[pBase + j];
          if (p === 0) continue;
          for (let t = 0; t < dv; t++) y[yBase + t] += p * v.data[vBase + j * dv + t];
        }
      }
    }
  }
  return { scores: scoresT, probs, y: { shape: [bq, hq, sq, dv], data: y } };
}

/**
 * Splits the channels of [B, S, H*d] into heads: returns [B, H, S, d], where head h takes channels
 * h*d .. h*d+d-1 (minGPT `view(B, T, H, d).transpose(1, 2)`; ONNX Attention 3-D inputs).
 */
export function splitHeads(x: Tensor, heads: number): Tensor {
  if (x.shape.length !== 3 || x.shape[2] % heads !== 0) {
    fail(
      `splitHeads: expected [B, S, H*d] with H = ${heads} dividing the last axis, got ${shapeStr(x.shape)}`,
    );
  }
  const [b, s, hd] = x.shape;
  const d = hd / heads;
  const out = new Float64Array(x.data.length);
  for (let bi = 0; bi < b; bi++)
    for (let h = 0; h < heads; h++)
      for (let i = 0; i < s; i++)
        for (let t = 0; t < d; t++)
          out[((bi * heads + h) * s + i) * d + t] = x.data[(bi * s + i) * hd + h * d + t];
  return { shape: [b, heads, s, d], data: out };
}

/** Inverse of {@link splitHeads}: [B, H, S, d] -> [B, S, H*d] (minGPT `transpose(1, 2).view(B, T, C)`). */
export function mergeHeads(x: Tensor): Tensor {
  if (x.shape.length !== 4) fail(`mergeHeads: expected [B, H, S, d], got ${shapeStr(x.shape)}`);
  const [b, heads, s, d] = x.shape;
  const out = new Float64Array(x.data.length);
  for (let bi = 0; bi < b; bi++)
    for (let h = 0; h < heads; h++)
      for (let i = 0; i < s; i++)
        for (let t = 0; t < d; t++)
          out[(bi * s + i) * heads * d + h * d + t] = x.data[((bi * heads + h) * s + i) * d + t];
  return { shape: [b, s, heads * d], data: out };
}

/**
 * Intermediates of one minGPT attention block (`CausalSelfAttention.forward`, dropout off),
 * named as in the llm-viz partials file.
 */
export interface AttentionTrace {
  /** c_attn output [T, 3D] = ln1 Wc^T + bc, columns [q | k | v]. */
  qkv: Tensor;
  /** Queries per head [H, T, dh]. */
  q: Tensor;
  /** Keys per head [H, T, dh]. */
  k: Tensor;
  /** Values per head [H, T, dh]. */
  v: Tensor;
  /** Scores q k^T / sqrt(dh) [H, T, T]; -Infinity at masked entries (j > i), like PyTorch's masked_fill. */
  att: Tensor;
  /** Softmax of `att` over the last axis [H, T, T]; exactly 0 at masked entries. */
  attSm: Tensor;
  /** Heads concatenated [T, D]: channel h*dh + t is head h's output channel t. */
  y: Tensor;
  /** Output projection [T, D] = y Wp^T + bp (the block output before the residual add). */
  yProj: Tensor;
}

function layerAt(model: GptModel, layer: number): GptLayerWeights {
  const w = model.layers[layer];
  if (!Number.isInteger(layer) || w === undefined) {
    fail(`layer ${layer} does not exist; the model has layers 0 .. ${model.layers.length - 1}`);
  }
  return w;
}

/**
 * The float attention block of one layer on given LayerNorm-1 activations:
 * causal multi-head self-attention scaled by 1/sqrt(dh), then the output projection c_proj.
 *
 * @param model the loaded model.
 * @param layer layer index in [0, nLayer).
 * @param ln1Rows T rows of length D (T in 1 .. blockSize): the ln_1 output of that layer.
 * @returns every intermediate (see {@link AttentionTrace}); all are new arrays.
 * @throws `float: ` error for a bad layer index, T out of range, or a row of the wrong length.
 */
export function attentionBlock(
  model: GptModel,
  layer: number,
  ln1Rows: readonly Float64Array[],
): AttentionTrace {
  const w = layerAt(model, layer);
  const { nEmbd: d, nHead: h, blockSize } = model.config;
  const t = ln1Rows.length;
  if (t < 1 || t > blockSize)
    fail(`attention block of layer ${layer}: T = ${t} rows; expected 1 .. ${blockSize}`);
  const ln1 = fromRows(ln1Rows, d, `attention block of layer ${layer}: ln1`);
  return attentionFromLn1(w, ln1, h);
}

function attentionFromLn1(w: GptLayerWeights, ln1: Tensor, h: number): AttentionTrace {
  const [t, d] = ln1.shape;
  const qkv = linear(ln1, w.cAttnWeight, w.cAttnBias);
  // Columns of qkv: [0, D) queries, [D, 2D) keys, [2D, 3D) values; within each, head hh owns
  // channels hh*dh .. hh*dh+dh-1 (minGPT: split(n_embd, dim=2), view(B, T, H, dh).transpose(1, 2)).
  const dh = d / h;
  const q = new Float64Array(h * t * dh);
  const k = new Float64Array(h * t * dh);
  const v = new Float64Array(h * t * dh);
  for (let i = 0; i < t; i++) {
    const row = i * 3 * d;
    for (let hh = 0; hh < h; hh++) {
      const dst = (hh * t + i) * dh;
      const src = row + hh * dh;
      for (let c = 0; c < dh; c++) {
        q[dst + c] = qkv.data[src + c];
        k[dst + c] = qkv.data[src + d + c];
        v[dst + c] = qkv.data[src + 2 * d + c];
      }
    }
  }
  const sdpa = scaledDotProductAttention({
    q: { shape: [1, h, t, dh], data: q },
    k: { shape: [1, h, t, dh], data: k },
    v: { shape: [1, h, t, dh], data: v },
    isCausal: true,
    scale: 1 / Math.sqrt(dh),
  });
  const y = mergeHeads(sdpa.y);
  const yMat: Tensor = { shape: [t, d], data: y.data };
  const yProj = linear(yMat, w.attnProjWeight, w.attnProjBias);
  return {
    qkv,
    q: { shape: [h, t, dh], data: q },
    k: { shape: [h, t, dh], data: k },
    v: { shape: [h, t, dh], data: v },
    att: { shape: [h, t, t], data: sdpa.scores.data },
    attSm: { shape: [h, t, t], data: sdpa.probs.data },
    y: yMat,
    yProj,
  };
}

/**
 * Replaces the attention block of a layer (e.g. by a quantized implementation).
 *
 * @param layer layer index in [0, nLayer).
 * @param ln1Rows T rows of length D: that layer's ln_1 output (views; do not keep or mutate them).
 * @returns T rows of length D: the attention block output `yProj`, before the residual add.
 */
export type AttentionOverride = (layer: number, ln1Rows: Float64Array[]) => Float64Array[];

/** Options of {@link forward}. */
export interface ForwardOptions {
  /** If set, called instead of the float attention block of every layer. */
  attentionOverride?: AttentionOverride;
}

/**
 * Intermediates of one transformer block (minGPT `Block`), named as in the llm-viz partials file.
 * The attention fields (`qkv` .. `y`) are undefined when an {@link AttentionOverride} replaced
 * the block; `yProj` is then the override's output.
 */
export interface LayerTrace {
  /** ln_1(x) [T, D]. */
  ln1: Tensor;
  /** c_attn output [T, 3D] (see {@link AttentionTrace.qkv}); undefined under an override. */
  qkv?: Tensor;
  /** Queries [H, T, dh]; undefined under an override. */
  q?: Tensor;
  /** Keys [H, T, dh]; undefined under an override. */
  k?: Tensor;
  /** Values [H, T, dh]; undefined under an override. */
  v?: Tensor;
  /** Scaled scores [H, T, T], -Infinity where masked; undefined under an override. */
  att?: Tensor;
  /** Attention probabilities [H, T, T]; undefined under an override. */
  attSm?: Tensor;
  /** Heads concatenated [T, D]; undefined under an override. */
  y?: Tensor;
  /** Attention block output [T, D] (see {@link AttentionTrace.yProj}). */
  yProj: Tensor;
  /** x + yProj [T, D]. */
  attnResid: Tensor;
  /** ln_2(attnResid) [T, D]. */
  ln2: Tensor;
  /** c_fc output [T, 4D]. */
  fc: Tensor;
  /** GELU(fc) [T, 4D]. */
  gelu: Tensor;
  /** MLP output (c_proj of gelu) [T, D]. */
  mlp: Tensor;
  /** attnResid + mlp [T, D]: the block output (the partials file's `block<L>`). */
  mlpResid: Tensor;
}

/**
 * Everything the forward pass computes, for one sequence of T tokens. Field names follow the
 * llm-viz partials file (`tok_emb`, `pos_emb`, `x`, per-layer names in `layers`, `ln_f`,
 * `lm_head`, `probs`); {@link partialsTensor} resolves a partials key to one of these.
 */
export interface ForwardTrace {
  /** The input token ids (length T). */
  tokens: number[];
  /** wte[tokens] [T, D]. */
  tok_emb: Tensor;
  /** wpe[0 .. T-1] [T, D]. */
  pos_emb: Tensor;
  /** tok_emb + pos_emb [T, D] (the residual stream entering layer 0; dropout off). */
  x: Tensor;
  /** One trace per layer. */
  layers: LayerTrace[];
  /** ln_f(last block output) [T, D]. */
  ln_f: Tensor;
  /** Logits [T, V] = ln_f lm_head^T (no bias). */
  lm_head: Tensor;
  /** Softmax of the logits over the vocabulary [T, V]. */
  probs: Tensor;
}

/** Keys of the partials file that are per-layer intermediates (stored there for layer 0 only). */
export const PARTIALS_LAYER_KEYS = [
  "ln1",
  "qkv",
  "q",
  "k",
  "v",
  "att",
  "attSm",
  "y",
  "yProj",
  "attnResid",
  "ln2",
  "fc",
  "gelu",
  "mlp",
  "mlpResid",
] as const;

/**
 * Resolves a key of the llm-viz partials file to the matching tensor of a trace: `tok_emb`,
 * `pos_emb`, `x`, `ln_f`, `lm_head`, `probs` directly; `block<L>` to `layers[L].mlpResid`; the
 * per-layer keys of {@link PARTIALS_LAYER_KEYS} to layer `layer` (default 0: the partials file
 * stores layer 0's). Returns undefined for an unknown key or an overridden attention field.
 */
export function partialsTensor(trace: ForwardTrace, key: string, layer = 0): Tensor | undefined {
  switch (key) {
    case "tok_emb":
    case "pos_emb":
    case "x":
    case "ln_f":
    case "lm_head":
    case "probs":
      return trace[key];
  }
  const block = /^block(\d+)$/.exec(key);
  if (block !== null) return trace.layers[Number(block[1])]?.mlpResid;
  if ((PARTIALS_LAYER_KEYS as readonly string[]).includes(key)) {
    return trace.layers[layer]?.[key as (typeof PARTIALS_LAYER_KEYS)[number]];
  }
  return undefined;
}

function checkTokens(model: GptModel, tokens: readonly number[]): void {
  const { vocabSize, blockSize } = model.config;
  if (tokens.length < 1 || tokens.length > blockSize) {
    fail(`forward: ${tokens.length} tokens; expected 1 .. ${blockSize} (block_size)`);
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!Number.isInteger(tok) || tok < 0 || tok >= vocabSize) {
      fail(`forward: token ${tok} at position ${i} is not a token id in [0, ${vocabSize})`);
    }
  }
}

/**
 * Forward pass of minGPT `GPT` in inference mode (dropout off) on one sequence:
 * x = wte[tokens] + wpe[0..T-1]; per block x += attn(ln_1(x)); x += mlp(ln_2(x)) with
 * mlp = c_proj(GELU(c_fc(.))); logits = ln_f(x) lm_head^T; probs = softmax(logits).
 *
 * @param model the loaded model.
 * @param tokens T token ids in [0, V), 1 <= T <= blockSize.
 * @param options optional attention override.
 * @returns every intermediate (see {@link ForwardTrace}); all tensors are newly allocated.
 * @throws `float: ` error for bad tokens, or an override returning the wrong number or length of rows.
 */
export function forward(
  model: GptModel,
  tokens: readonly number[],
  options: ForwardOptions = {},
): ForwardTrace {
  checkTokens(model, tokens);
  const { nEmbd: d, nHead: h } = model.config;
  const t = tokens.length;
  const tokEmb = new Float64Array(t * d);
  const posEmb = new Float64Array(t * d);
  const x0 = new Float64Array(t * d);
  for (let i = 0; i < t; i++) {
    tokEmb.set(model.wte.data.subarray(tokens[i] * d, (tokens[i] + 1) * d), i * d);
    posEmb.set(model.wpe.data.subarray(i * d, (i + 1) * d), i * d);
    for (let c = 0; c < d; c++) x0[i * d + c] = tokEmb[i * d + c] + posEmb[i * d + c];
  }
  const x: Tensor = { shape: [t, d], data: x0 };
  let resid = x;
  const layers: LayerTrace[] = [];
  for (let l = 0; l < model.layers.length; l++) {
    const w = model.layers[l];
    const ln1 = layerNorm(resid, w.ln1);
    let attn: Partial<AttentionTrace> & { yProj: Tensor };
    if (options.attentionOverride !== undefined) {
      const out = options.attentionOverride(l, rowsOf(ln1));
      if (!Array.isArray(out) || out.length !== t) {
        fail(
          `attentionOverride for layer ${l} returned ${Array.isArray(out) ? out.length : typeof out} rows; expected ${t}`,
        );
      }
      attn = { yProj: fromRows(out, d, `attentionOverride for layer ${l}`) };
    } else {
      attn = attentionFromLn1(w, ln1, h);
    }
    const attnResid = add(resid, attn.yProj);
    const ln2 = layerNorm(attnResid, w.ln2);
    const fc = linear(ln2, w.fcWeight, w.fcBias);
    const g = gelu(fc);
    const mlp = linear(g, w.mlpProjWeight, w.mlpProjBias);
    const mlpResid = add(attnResid, mlp);
    layers.push({ ln1, ...attn, attnResid, ln2, fc, gelu: g, mlp, mlpResid });
    resid = mlpResid;
  }
  const lnF = layerNorm(resid, model.lnF);
  const logits = linear(lnF, model.lmHead);
  return {
    tokens: [...tokens],
    tok_emb: { shape: [t, d], data: tokEmb },
    pos_emb: { shape: [t, d], data: posEmb },
    x,
    layers,
    ln_f: lnF,
    lm_head: logits,
    probs: softmax(logits, -1),
  };
}

/** Index of the largest element of `row` (the first one on ties, like `torch.argmax`). */
export function argmax(row: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i] > row[best]) best = i;
  return best;
}

/**
 * Incremental (KV-cache) evaluation of the same float model, one position at a time: feeding
 * tokens t_0 .. t_{T-1} through {@link KvCacheDecoder.step} yields, at step i, exactly (bit for bit)
 * row i of `forward(model, [t_0 .. t_{T-1}]).lm_head`. It uses the same row kernels and summation
 * order as {@link forward}, and a causal model's position i depends only on positions <= i.
 * About T times cheaper than re-running {@link forward} on every prefix; used by {@link generate}.
 *
 * Scratch buffers are allocated once per decoder; `step` allocates nothing but its result.
 */
export class KvCacheDecoder {
  private readonly model: GptModel;
  /** Per layer: keys [H, blockSize, dh] and values [H, blockSize, dh] of the positions seen. */
  private readonly keys: Float64Array[];
  private readonly values: Float64Array[];
  private readonly resid: Float64Array;
  private readonly norm: Float64Array;
  private readonly qkv: Float64Array;
  private readonly probs: Float64Array;
  private readonly y: Float64Array;
  private readonly proj: Float64Array;
  private readonly hidden: Float64Array;
  private position = 0;

  constructor(model: GptModel) {
    this.model = model;
    const { nEmbd: d, blockSize, nLayer } = model.config;
    this.keys = Array.from({ length: nLayer }, () => new Float64Array(blockSize * d));
    this.values = Array.from({ length: nLayer }, () => new Float64Array(blockSize * d));
    this.resid = new Float64Array(d);
    this.norm = new Float64Array(d);
    this.qkv = new Float64Array(3 * d);
    this.probs = new Float64Array(blockSize);
    this.y = new Float64Array(d);
    this.proj = new Float64Array(d);
    this.hidden = new Float64Array(4 * d);
  }

  /** Number of positions consumed since construction or the last {@link reset}. */
  get length(): number {
    return this.position;
  }

  /** Forgets every cached position. */
  reset(): void {
    this.position = 0;
  }

  /**
   * Consumes the token at the next position and returns the logits [V] for that position.
   *
   * @throws `float: ` error for a token outside [0, V) or when blockSize positions are already used.
   */
  step(token: number): Float64Array {
    const { nEmbd: d, nHead: h, vocabSize, blockSize } = this.model.config;
    if (!Number.isInteger(token) || token < 0 || token >= vocabSize) {
      fail(`decoder: token ${token} is not a token id in [0, ${vocabSize})`);
    }
    const p = this.position;
    if (p >= blockSize)
      fail(`decoder: all ${blockSize} positions (block_size) are used; reset() first`);
    const { resid, norm, qkv, probs, y, proj, hidden } = this;
    const wte = this.model.wte.data;
    const wpe = this.model.wpe.data;
    for (let c = 0; c < d; c++) resid[c] = wte[token * d + c] + wpe[p * d + c];
    const dh = d / h;
    const scale = 1 / Math.sqrt(dh);
    for (let l = 0; l < this.model.layers.length; l++) {
      const w = this.model.layers[l];
      const kc = this.keys[l];
      const vc = this.values[l];
      layerNormRow(resid, 0, d, w.ln1.weight.data, w.ln1.bias.data, LAYER_NORM_EPS, norm, 0);
      linearRow(norm, 0, w.cAttnWeight.data, d, 3 * d, w.cAttnBias.data, qkv, 0);
      // Cache layout per head hh: [hh][position][dh], like the [H, T, dh] tensors of forward().
      for (let hh = 0; hh < h; hh++) {
        const dst = (hh * blockSize + p) * dh;
        for (let c = 0; c < dh; c++) {
          kc[dst + c] = qkv[d + hh * dh + c];
          vc[dst + c] = qkv[2 * d + hh * dh + c];
        }
      }
      for (let hh = 0; hh < h; hh++) {
        const qo = hh * dh;
        const base = hh * blockSize * dh;
        // Same operations, in the same order, as scaledDotProductAttention + softmax for row p.
        let m = -Infinity;
        for (let j = 0; j <= p; j++) {
          let acc = 0;
          for (let t = 0; t < dh; t++) acc += qkv[qo + t] * kc[base + j * dh + t];
          const sc = acc * scale;
          probs[j] = sc;
          m = Math.max(m, sc);
        }
        let s = 0;
        for (let j = 0; j <= p; j++) {
          const e = Math.exp(probs[j] - m);
          probs[j] = e;
          s += e;
        }
        for (let j = 0; j <= p; j++) probs[j] /= s;
        for (let t = 0; t < dh; t++) y[qo + t] = 0;
        for (let j = 0; j <= p; j++) {
          const pr = probs[j];
          if (pr === 0) continue;
          for (let t = 0; t < dh; t++) y[qo + t] += pr * vc[base + j * dh + t];
        }
      }
      linearRow(y, 0, w.attnProjWeight.data, d, d, w.attnProjBias.data, proj, 0);
      for (let c = 0; c < d; c++) resid[c] = resid[c] + proj[c];
      layerNormRow(resid, 0, d, w.ln2.weight.data, w.ln2.bias.data, LAYER_NORM_EPS, norm, 0);
      linearRow(norm, 0, w.fcWeight.data, d, 4 * d, w.fcBias.data, hidden, 0);
      for (let c = 0; c < 4 * d; c++) hidden[c] = geluScalar(hidden[c]);
      linearRow(hidden, 0, w.mlpProjWeight.data, 4 * d, d, w.mlpProjBias.data, proj, 0);
      for (let c = 0; c < d; c++) resid[c] = resid[c] + proj[c];
    }
    layerNormRow(
      resid,
      0,
      d,
      this.model.lnF.weight.data,
      this.model.lnF.bias.data,
      LAYER_NORM_EPS,
      norm,
      0,
    );
    const logits = new Float64Array(vocabSize);
    linearRow(norm, 0, this.model.lmHead.data, d, vocabSize, undefined, logits, 0);
    this.position = p + 1;
    return logits;
  }
}

/**
 * Greedy decoding (minGPT `GPT.generate` with do_sample=False): n times, take the logits of the
 * last position of the last min(len, blockSize) tokens and append their argmax.
 *
 * Without an override (and while the sequence fits in blockSize) it runs a {@link KvCacheDecoder};
 * with `options.attentionOverride` it re-runs {@link forward} on the whole context at every step,
 * since the override sees all T ln_1 rows of a layer. Both give identical tokens.
 *
 * @param tokens the prompt (token ids in [0, V), 1 .. blockSize of them).
 * @param n number of tokens to generate (integer >= 0).
 * @returns the prompt followed by the n generated tokens (length tokens.length + n).
 * @throws `float: ` errors of {@link forward}, or for a negative / non-integer n.
 */
export function generate(
  model: GptModel,
  tokens: readonly number[],
  n: number,
  options: ForwardOptions = {},
): number[] {
  if (!Number.isInteger(n) || n < 0) fail(`generate: n = ${n}; expected a non-negative integer`);
  checkTokens(model, tokens);
  const seq = [...tokens];
  const { blockSize, vocabSize } = model.config;
  if (options.attentionOverride === undefined) {
    const decoder = new KvCacheDecoder(model);
    let logits: Float64Array<ArrayBufferLike> = new Float64Array(0);
    for (const tok of seq) logits = decoder.step(tok);
    for (let s = 0; s < n; s++) {
      const next = argmax(logits);
      seq.push(next);
      if (s + 1 === n) break;
      if (seq.length <= blockSize) {
        logits = decoder.step(next);
      } else {
        // Past blockSize minGPT crops the context, which shifts every position: no cache reuse.
        const ctx = seq.slice(seq.length - blockSize);
        logits = forward(model, ctx).lm_head.data.subarray((blockSize - 1) * vocabSize);
      }
    }
    return seq;
  }
  for (let s = 0; s < n; s++) {
    const ctx = seq.length <= blockSize ? seq : seq.slice(seq.length - blockSize);
    const trace = forward(model, ctx, options);
    const last = ctx.length - 1;
    seq.push(argmax(trace.lm_head.data.subarray(last * vocabSize, (last + 1) * vocabSize)));
  }
  return seq;
}
