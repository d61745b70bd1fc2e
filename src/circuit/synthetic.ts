/**
 * Deterministic synthetic attention layers and inputs (seeded PRNG) for tests and benchmarks of
 * the integer reference and the circuits: small configurations whose parameters cover the declared
 * ranges of docs/integer-attention.md "Parameters". They are NOT calibrated models.
 */
import {
  CHANNEL_MULTIPLIER_BITS,
  MULTIPLIER_BITS,
  SCORE_FRAC_BITS,
  WEIGHT_MAX,
} from "../quant/constants.js";
import { intAttention } from "../quant/intAttention.js";
import { seededRandom } from "../random.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";

export { seededRandom };

/** Uniform integer in [lo, hi] from a PRNG. */
export function randomInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** Options of {@link syntheticLayer}. */
export interface SyntheticLayerOptions {
  dModel: number;
  nHead: number;
  blockSize: number;
  seed: number;
  /** Declared bias width (default 20). Biases are drawn from a quarter of the range. */
  biasBits?: number;
  /** Declared output-bias width (default 48). */
  outBiasBits?: number;
  /** Score shift ks (default 34: scores of a few hundred to a few thousand, i.e. exps spread over [0, 2^16]). */
  scoreShift?: number;
  /** Output shift ko (default 40). */
  outShift?: number;
  /** Largest |weight| drawn (default WEIGHT_MAX). */
  weightMax?: number;
}

/**
 * A random layer with the shapes of {@link QuantizedAttentionLayer}, every field in its declared
 * range, reproducible from `seed`.
 */
export function syntheticLayer(o: SyntheticLayerOptions): QuantizedAttentionLayer {
  const rand = seededRandom(o.seed);
  const D = o.dModel;
  const biasBits = o.biasBits ?? 20;
  const outBiasBits = o.outBiasBits ?? 48;
  const wMax = o.weightMax ?? WEIGHT_MAX;
  const ints = (n: number, lo: number, hi: number) =>
    Array.from({ length: n }, () => randomInt(rand, lo, hi));
  // Biases comparable to the products they are added to (a few int8·int8 terms), within their widths.
  const bRange = 2 ** Math.min(biasBits - 3, 15);
  const boRange = 2 ** Math.min(outBiasBits - 3, 40);
  const mLo = 2 ** (MULTIPLIER_BITS - 1);
  const mHi = 2 ** MULTIPLIER_BITS - 1;
  return {
    layer: 0,
    dModel: D,
    nHead: o.nHead,
    blockSize: o.blockSize,
    inputScales: Array.from({ length: D }, () => 0.05),
    wq: ints(D * D, -wMax, wMax),
    wk: ints(D * D, -wMax, wMax),
    wv: ints(D * D, -wMax, wMax),
    wo: ints(D * D, -wMax, wMax),
    bq: ints(D, -bRange, bRange),
    bk: ints(D, -bRange, bRange),
    bv: ints(D, -bRange, bRange),
    biasBits,
    bo: ints(D, -boRange, boRange).map(BigInt),
    outBiasBits,
    cQK: ints(D, 1, 2 ** CHANNEL_MULTIPLIER_BITS),
    cV: ints(D, 1, 2 ** CHANNEL_MULTIPLIER_BITS),
    scoreMultiplier: randomInt(rand, mLo, mHi),
    scoreShift: o.scoreShift ?? 34,
    outMultipliers: ints(D, mLo, mHi),
    outShift: o.outShift ?? 40,
    outputScale: 0.05,
  };
}

/** A random int8 input [T][D] in [lo, hi] (default the full int8 range). */
export function syntheticInput(
  T: number,
  D: number,
  seed: number,
  lo = -128,
  hi = 127,
): number[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: T }, () => Array.from({ length: D }, () => randomInt(rand, lo, hi)));
}

/**
 * A synthetic layer whose shifts are set from calibration inputs like a quantizer would, so the
 * softmax is neither one-hot nor uniform and outputs mostly stay inside int8: ks makes the largest
 * |scoresRaw·Ms| about 2^(F+3) (eight doublings of spread), ko makes the largest |outAcc·Mo| about
 * 2^7 (int8 edge). Uses the integer reference to measure.
 */
export function calibratedSyntheticLayer(
  o: SyntheticLayerOptions,
  calibration: readonly (readonly number[])[][],
): QuantizedAttentionLayer {
  const base = syntheticLayer({ ...o, scoreShift: 60, outShift: 60 });
  const maxAbs = (vals: Iterable<bigint>) => {
    let m = 1n;
    for (const v of vals) if ((v < 0n ? -v : v) > m) m = v < 0n ? -v : v;
    return m;
  };
  const log2 = (v: bigint) => v.toString(2).length;
  const raw = maxAbs(calibration.flatMap((x) => intAttention(base, x).scoresRaw.flat(2)));
  const scoreShift = Math.max(1, log2(raw * BigInt(base.scoreMultiplier)) - (SCORE_FRAC_BITS + 3));
  const withScores = { ...base, scoreShift };
  const acc = maxAbs(calibration.flatMap((x) => intAttention(withScores, x).outAcc.flat()));
  const outShift = Math.max(1, log2(acc * BigInt(2 ** MULTIPLIER_BITS)) - 7);
  return { ...withScores, outShift };
}
