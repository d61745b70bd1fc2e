/**
 * Types of a quantized attention block: the parameters the quantizer writes
 * (models/<name>/quantized.json) and the named intermediates of the integer reference.
 * Semantics: docs/integer-attention.md.
 */

/**
 * One layer's quantized attention block (ln1 output → Q/K/V → causal softmax attention →
 * output projection). Integer fields are exact; float fields are only for (de)quantization
 * outside the circuit.
 */
export interface QuantizedAttentionLayer {
  /** Layer index in the source model. */
  layer: number;
  /** d_model D. */
  dModel: number;
  /** Number of heads H; dHead = dModel / nHead. */
  nHead: number;
  /** Maximum sequence length T the block supports (the model's block size). */
  blockSize: number;
  /**
   * Per-input-channel scales s_x[i] (float, length D): `xQ[t][i] = clamp(round(ln1[t][i] /
   * s_x[i]), −127, 127)`. Per-channel input scales are folded into the weight columns.
   */
  inputScales: number[];
  /** int8 weights, row-major (out, in), length D·D, each in [−127, 127]. */
  wq: number[];
  wk: number[];
  wv: number[];
  wo: number[];
  /** Accumulator-scale biases (length D), each a signed `biasBits`-bit integer. */
  bq: number[];
  bk: number[];
  bv: number[];
  /** Signed bit width declared for bq, bk, bv (range-checked in the circuit). */
  biasBits: number;
  /** Output-accumulator-scale bias (length D), signed `outBiasBits`-bit; BigInt (may exceed 2^53). */
  bo: bigint[];
  /** Signed bit width declared for bo. */
  outBiasBits: number;
  /** Compile-time per-channel multipliers on qAcc·kAcc (length D), each in [1, 2^8]. */
  cQK: number[];
  /** Compile-time per-channel multipliers on av (length D), each in [1, 2^8]. */
  cV: number[];
  /** Score requantization: scoresQ = floor((scoresRaw·Ms + 2^(ks−1)) / 2^ks). */
  scoreMultiplier: number;
  scoreShift: number;
  /** Output requantization per output channel j: Mo[j] (length D) and the shared shift ko. */
  outMultipliers: number[];
  outShift: number;
  /** Float scale of outQ: the dequantized block output is outQ[t][j] · outputScale. */
  outputScale: number;
}

/**
 * Every value the circuit computes, by name (docs/integer-attention.md "Steps"). `[T][D]` arrays
 * are rows of tokens; ragged `[h][t][u]` arrays hold only causal pairs u ≤ t.
 */
export interface IntAttentionTrace {
  /** int8 input [T][D]. */
  xQ: number[][];
  /** Projection accumulators [T][D] (exact integers, |v| < 2^(biasBits+1)). */
  qAcc: number[][];
  kAcc: number[][];
  vAcc: number[][];
  /** Σ_c cQK[c]·qAcc[t][c]·kAcc[u][c] over head h's channels: [H][T][t+1]. */
  scoresRaw: bigint[][][];
  /** Requantized base-2 log-domain scores with SCORE_FRAC_BITS fractional bits: [H][T][t+1]. */
  scoresQ: bigint[][][];
  /** max_u scoresQ[h][t][u]: [H][T]. */
  rowMax: bigint[][];
  /** rowMax − scoresQ ≥ 0: [H][T][t+1]. */
  delta: bigint[][][];
  /** exp values in [0, 2^EXP_BITS]: [H][T][t+1]. */
  exp: number[][][];
  /** Σ_u exp: [H][T]. */
  rowSum: number[][];
  /** Probabilities in [0, 2^PROB_BITS]: [H][T][t+1]. */
  probs: number[][][];
  /** Σ_u probs·vAcc, heads concatenated: [T][D]. */
  av: number[][];
  /** bo + Σ_i cV[i]·av·wo: [T][D]. */
  outAcc: bigint[][];
  /** Saturated int8 output [T][D]. */
  outQ: number[][];
}
