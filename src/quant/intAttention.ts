/**
 * Integer reference of one quantized attention block: the executable specification of the circuit
 * (docs/integer-attention.md; docs/design.md "The data path"). Every named intermediate returned here
 * must equal the circuit's witness bit for bit.
 *
 * Arithmetic is integer-only. JavaScript Numbers are used only where every operand, product and
 * partial sum is an integer of magnitude < 2^53 (so float64 arithmetic on it is exact), as proved
 * from the declared parameter ranges (validateLayer, src/quant/bounds.ts). Wide dot products
 * (scores, output accumulators) split their operands into 24-bit limbs, accumulate the limb
 * products exactly in Numbers and combine them once in BigInt ({@link exactDot}). Divisions by
 * powers of two use BigInt shifts (`>>` floors toward −∞) or exact power-of-two Number scaling.
 *
 * Every error thrown here is an `Error` whose message starts with `intAttention: `.
 */
import { attentionBounds } from "./bounds.js";
import {
  ACTIVATION_MAX,
  ACTIVATION_MIN,
  CHANNEL_MULTIPLIER_BITS,
  EXP_COEF_BITS,
  EXP_MAX_INT,
  EXP_POLY_COEFFS,
  EXP_SHIFT,
  MULTIPLIER_BITS,
  PROB_BITS,
  SCORE_FRAC_BITS,
  WEIGHT_MAX,
} from "./constants.js";
import type { IntAttentionTrace, QuantizedAttentionLayer } from "./types.js";

function fail(msg: string): never {
  throw new Error(`intAttention: ${msg}`);
}

function checkIntArray(
  name: string,
  a: unknown,
  len: number,
  min: number,
  max: number,
  fix: string,
): void {
  if (!Array.isArray(a) || a.length !== len) {
    fail(
      `${name} must be an array of length ${len}, got ${Array.isArray(a) ? `length ${a.length}` : typeof a}; ${fix}`,
    );
  }
  for (let i = 0; i < len; i++) {
    const v = a[i];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      fail(`${name}[${i}] = ${String(v)} is not an integer in [${min}, ${max}]; ${fix}`);
    }
  }
}

function checkInt(name: string, v: unknown, min: number, max: number, fix: string): void {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    fail(`${name} = ${String(v)} is not an integer in [${min}, ${max}]; ${fix}`);
  }
}

/**
 * Checks that a layer's parameters have the shapes and ranges docs/integer-attention.md
 * "Parameters" declares, and that the integer reference's Number arithmetic stays exact for them.
 * @throws Error (`intAttention: ...`) naming the first offending field, index and value.
 */
export function validateLayer(p: QuantizedAttentionLayer): void {
  const fix = 're-run the quantizer (docs/integer-attention.md "Parameters")';
  checkInt("dModel", p.dModel, 1, 4096, fix);
  checkInt("nHead", p.nHead, 1, p.dModel, fix);
  if (p.dModel % p.nHead !== 0)
    fail(`dModel ${p.dModel} is not divisible by nHead ${p.nHead}; ${fix}`);
  checkInt("blockSize", p.blockSize, 1, 4096, fix);
  const D = p.dModel;
  for (const w of ["wq", "wk", "wv", "wo"] as const)
    checkIntArray(w, p[w], D * D, -WEIGHT_MAX, WEIGHT_MAX, fix);
  // biasBits ≤ 40 keeps |qAcc| < 2^41: Numbers exact, and within exactDot's operand limits.
  checkInt("biasBits", p.biasBits, 2, 40, fix);
  const bMin = -(2 ** (p.biasBits - 1));
  const bMax = 2 ** (p.biasBits - 1) - 1;
  for (const b of ["bq", "bk", "bv"] as const) checkIntArray(b, p[b], D, bMin, bMax, fix);
  checkInt("outBiasBits", p.outBiasBits, 2, 250, fix);
  if (!Array.isArray(p.bo) || p.bo.length !== D)
    fail(`bo must be an array of ${D} bigints; ${fix}`);
  const boMin = -(1n << BigInt(p.outBiasBits - 1));
  const boMax = (1n << BigInt(p.outBiasBits - 1)) - 1n;
  p.bo.forEach((v, i) => {
    if (typeof v !== "bigint" || v < boMin || v > boMax) {
      fail(
        `bo[${i}] = ${String(v)} is not a bigint in [${boMin}, ${boMax}] (outBiasBits ${p.outBiasBits}); ${fix}`,
      );
    }
  });
  const cMax = 2 ** CHANNEL_MULTIPLIER_BITS;
  checkIntArray("cQK", p.cQK, D, 1, cMax, fix);
  checkIntArray("cV", p.cV, D, 1, cMax, fix);
  const mLo = 2 ** (MULTIPLIER_BITS - 1);
  const mHi = 2 ** MULTIPLIER_BITS - 1;
  checkInt("scoreMultiplier", p.scoreMultiplier, mLo, mHi, fix);
  checkInt("scoreShift", p.scoreShift, 1, 200, fix);
  // The output channels share one shift ko, so only the largest Mo[j] is normalized to
  // [2^14, 2^15); the others may be smaller (docs/integer-attention.md "Parameters").
  checkIntArray("outMultipliers", p.outMultipliers, D, 1, mHi, fix);
  checkInt("outShift", p.outShift, 1, 200, fix);
  const b = attentionBounds(p, p.blockSize);
  if (b.av.max >= 1n << 50n) {
    fail(
      `av can reach ${b.av.max} ≥ 2^50 with biasBits ${p.biasBits} and T = ${p.blockSize}; lower biasBits`,
    );
  }
}

/**
 * Checks the quantized input: T rows (1 ≤ T ≤ blockSize) of D integers in [−128, 127].
 * @throws Error (`intAttention: ...`) naming the offending row/column and value.
 */
export function validateInput(
  p: QuantizedAttentionLayer,
  xQ: readonly (readonly number[])[],
): void {
  if (!Array.isArray(xQ) || xQ.length < 1 || xQ.length > p.blockSize) {
    fail(
      `xQ must have 1..${p.blockSize} rows (tokens), got ${Array.isArray(xQ) ? xQ.length : typeof xQ}; pass a [T][${p.dModel}] int8 array`,
    );
  }
  xQ.forEach((row, t) => {
    if (!Array.isArray(row) || row.length !== p.dModel) {
      fail(
        `xQ[${t}] must have ${p.dModel} entries (d_model), got ${Array.isArray(row) ? row.length : typeof row}`,
      );
    }
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (!Number.isInteger(v) || v < ACTIVATION_MIN || v > ACTIVATION_MAX) {
        fail(
          `xQ[${t}][${i}] = ${v} is not an int8 in [${ACTIVATION_MIN}, ${ACTIVATION_MAX}]; quantize (and clamp) the input first`,
        );
      }
    }
  });
}

const LIMB = 2 ** 24;

/** Integers v = hi·2^24 + lo with lo ∈ [0, 2^24) (hi signed), for exact Number products. */
interface Split {
  hi: number[];
  lo: number[];
}

/** Splits integers |v| < 2^53 into 24-bit limbs (division by 2^24 is exact in float64). */
function split(v: readonly number[]): Split {
  const hi = v.map((x) => Math.floor(x / LIMB));
  return { hi, lo: v.map((x, i) => x - hi[i] * LIMB) };
}

/**
 * Exact Σ_{i<len} a[start+i]·b[start+i] as a BigInt, from 24-bit limbs, with every Number
 * intermediate an integer below 2^53. Preconditions: |a| < 2^50 and |b| < 2^42 (so
 * |a.hi·b.hi| < 2^44, |a.hi·b.lo| < 2^50), which validateLayer guarantees for both uses (scores:
 * a = cQK·qAcc < 2^48, b = kAcc < 2^41; outAcc: a = av < 2^50, b = cV·wo < 2^15). The low and
 * middle limb sums are renormalized to [0, 2^24) after every term; the high sum is flushed to
 * BigInt every 64 terms.
 */
function exactDot(a: Split, b: Split, start: number, len: number): bigint {
  let lo = 0;
  let mid = 0;
  let hi = 0;
  let big = 0n;
  for (let i = start; i < start + len; i++) {
    lo += a.lo[i] * b.lo[i];
    let carry = Math.floor(lo / LIMB);
    lo -= carry * LIMB;
    mid += a.hi[i] * b.lo[i] + a.lo[i] * b.hi[i] + carry;
    carry = Math.floor(mid / LIMB);
    mid -= carry * LIMB;
    hi += a.hi[i] * b.hi[i] + carry;
    if ((i - start) % 64 === 63) {
      big += BigInt(hi);
      hi = 0;
    }
  }
  return ((big + BigInt(hi)) << 48n) + (BigInt(mid) << 24n) + BigInt(lo);
}

/**
 * Step 1: `acc[t][j] = b[j] + Σ_i xQ[t][i]·w[j][i]` (no rounding, no saturation).
 * Exact in Numbers: |acc| ≤ 2^(biasBits−1) + D·128·127 < 2^53 (validateLayer).
 */
function project(
  xQ: readonly (readonly number[])[],
  w: readonly number[],
  b: readonly number[],
  D: number,
): number[][] {
  return xQ.map((x) => {
    const out = new Array<number>(D);
    for (let j = 0; j < D; j++) {
      let s = b[j];
      const off = j * D;
      for (let i = 0; i < D; i++) s += x[i] * w[off + i];
      out[j] = s;
    }
    return out;
  });
}

/** floor((v·m + 2^(k−1)) / 2^k): multiply, add half, arithmetic shift (round half up, floor for negatives). */
function requantize(v: bigint, m: bigint, k: bigint): bigint {
  return (v * m + (1n << (k - 1n))) >> k;
}

const EXP_A0 = 2 ** EXP_COEF_BITS;
const [EXP_A1, EXP_A2, EXP_A3] = EXP_POLY_COEFFS;
const FRAC_MASK = (1n << BigInt(SCORE_FRAC_BITS)) - 1n;

/**
 * Step 5, the base-2 exp of `−delta / 2^F` at EXP_BITS output bits:
 * `n = floor(delta / 2^F)`, `f = delta mod 2^F`; `exp = 0` if `n ≥ EXP_MAX_INT`, else
 * `poly = A0·2^(3F) + A1·f·2^(2F) + A2·f²·2^F + A3·f³` and `exp = floor(poly·2^(15−n) / 2^K)`
 * (K = EXP_SHIFT; rounding: floor). Exact in Numbers: |poly| < 2^42 and dividing an integer
 * below 2^53 by a power of two is exact in float64, so Math.floor gives the integer floor.
 * @param delta rowMax − scoresQ ≥ 0.
 * @returns exp in [0, 2^EXP_BITS]; exp(0) = 2^EXP_BITS.
 */
export function expBase2(delta: bigint): number {
  if (delta < 0n) fail(`expBase2: delta ${delta} is negative`);
  const n = delta >> BigInt(SCORE_FRAC_BITS);
  if (n >= BigInt(EXP_MAX_INT)) return 0;
  const f = Number(delta & FRAC_MASK);
  const F = SCORE_FRAC_BITS;
  const poly =
    EXP_A0 * 2 ** (3 * F) +
    EXP_A1 * f * 2 ** (2 * F) +
    EXP_A2 * f * f * 2 ** F +
    EXP_A3 * f * f * f;
  // floor(poly · 2^(15−n) / 2^K) = floor(poly / 2^(K − 15 + n)).
  return Math.floor(poly / 2 ** (EXP_SHIFT - (EXP_MAX_INT - 1) + Number(n)));
}

/**
 * Step 7: `floor((exp·2^(P+1) + rowSum) / (2·rowSum))`, probability rounded half up, in [0, 2^P].
 * Integer division of Numbers < 2^53 with an exact correction of the float quotient.
 */
export function probability(exp: number, rowSum: number): number {
  const num = exp * 2 ** (PROB_BITS + 1) + rowSum;
  const den = 2 * rowSum;
  let q = Math.floor(num / den);
  while (q * den > num) q--;
  while ((q + 1) * den <= num) q++;
  return q;
}

/**
 * Runs one quantized attention block on int8 input activations, exactly as
 * docs/integer-attention.md "Steps" 1–10 specify, and returns every named intermediate.
 *
 * Per step (rounding / saturation):
 * 1. qAcc/kAcc/vAcc = bias + xQ·Wᵀ: exact, no rounding, no saturation.
 * 2. scoresRaw[h][t][u ≤ t] = Σ_{c∈h} cQK[c]·qAcc·kAcc: exact; masked pairs (u > t) are absent.
 * 3. scoresQ = floor((scoresRaw·Ms + 2^(ks−1)) / 2^ks): round half up (toward +∞ on ties), no saturation.
 * 4. rowMax = max_u scoresQ; delta = rowMax − scoresQ ≥ 0: exact.
 * 5. exp: see {@link expBase2} (floor; 0 once delta ≥ EXP_MAX_INT·2^F).
 * 6. rowSum = Σ_u exp: exact, ≥ 2^EXP_BITS.
 * 7. probs: see {@link probability} (round half up), in [0, 2^PROB_BITS].
 * 8. av[t][h·dh+d] = Σ_u probs·vAcc: exact.
 * 9. outAcc = bo + Σ_i cV[i]·av·wo: exact (BigInt).
 * 10. outQ = clamp(floor((outAcc·Mo[j] + 2^(ko−1)) / 2^ko), −128, 127): round half up, then saturate.
 *
 * @param p one layer's quantized parameters (validated by {@link validateLayer}).
 * @param xQ int8 input activations [T][D], 1 ≤ T ≤ blockSize, row-major tokens.
 * @returns the trace of all named intermediates (shapes in {@link IntAttentionTrace}).
 * @throws Error (`intAttention: ...`) on parameters or input out of their declared shapes/ranges.
 */
export function intAttention(
  p: QuantizedAttentionLayer,
  xQ: readonly (readonly number[])[],
): IntAttentionTrace {
  validateLayer(p);
  validateInput(p, xQ);
  const D = p.dModel;
  const H = p.nHead;
  const dh = D / H;
  const T = xQ.length;

  const qAcc = project(xQ, p.wq, p.bq, D);
  const kAcc = project(xQ, p.wk, p.bk, D);
  const vAcc = project(xQ, p.wv, p.bv, D);

  // Step 2 operands, split into 24-bit limbs once per token: a = cQK[c]·qAcc[t][c], b = kAcc[u][c].
  const qSplit = qAcc.map((row) => split(row.map((v, c) => v * p.cQK[c])));
  const kSplit = kAcc.map(split);

  const Ms = BigInt(p.scoreMultiplier);
  const ks = BigInt(p.scoreShift);
  const scoresRaw: bigint[][][] = [];
  const scoresQ: bigint[][][] = [];
  const rowMax: bigint[][] = [];
  const delta: bigint[][][] = [];
  const exp: number[][][] = [];
  const rowSum: number[][] = [];
  const probs: number[][][] = [];
  for (let h = 0; h < H; h++) {
    const c0 = h * dh;
    const rawH: bigint[][] = [];
    const sqH: bigint[][] = [];
    const maxH: bigint[] = [];
    const deltaH: bigint[][] = [];
    const expH: number[][] = [];
    const sumH: number[] = [];
    const probsH: number[][] = [];
    for (let t = 0; t < T; t++) {
      const raw: bigint[] = [];
      for (let u = 0; u <= t; u++) {
        raw.push(exactDot(qSplit[t], kSplit[u], c0, dh));
      }
      const sq = raw.map((r) => requantize(r, Ms, ks));
      let m = sq[0];
      for (const v of sq) if (v > m) m = v;
      const dl = sq.map((v) => m - v);
      const ex = dl.map(expBase2);
      let sum = 0;
      for (const e of ex) sum += e;
      rawH.push(raw);
      sqH.push(sq);
      maxH.push(m);
      deltaH.push(dl);
      expH.push(ex);
      sumH.push(sum);
      probsH.push(ex.map((e) => probability(e, sum)));
    }
    scoresRaw.push(rawH);
    scoresQ.push(sqH);
    rowMax.push(maxH);
    delta.push(deltaH);
    exp.push(expH);
    rowSum.push(sumH);
    probs.push(probsH);
  }

  // Step 8: |av| ≤ (2^P + T)·max|vAcc| < 2^53 (validateLayer), so Numbers are exact.
  const av: number[][] = [];
  for (let t = 0; t < T; t++) {
    const row = new Array<number>(D).fill(0);
    for (let h = 0; h < H; h++) {
      const pr = probs[h][t];
      for (let d = h * dh; d < (h + 1) * dh; d++) {
        let s = 0;
        for (let u = 0; u <= t; u++) s += pr[u] * vAcc[u][d];
        row[d] = s;
      }
    }
    av.push(row);
  }

  // Step 9: Σ_i av[t][i]·(cV[i]·wo[j][i]) by exact limb arithmetic (|av| < 2^50, |cV·wo| < 2^15),
  // the bias added in BigInt.
  const cwSplit: Split[] = [];
  for (let j = 0; j < D; j++)
    cwSplit.push(split(p.wo.slice(j * D, (j + 1) * D).map((w, i) => w * p.cV[i])));
  const outAcc: bigint[][] = [];
  const outQ: number[][] = [];
  const ko = BigInt(p.outShift);
  const outHalf = 1n << (ko - 1n);
  const Mo = p.outMultipliers.map(BigInt);
  const yMin = BigInt(ACTIVATION_MIN);
  const yMax = BigInt(ACTIVATION_MAX);
  for (let t = 0; t < T; t++) {
    const a = split(av[t]);
    const accRow: bigint[] = [];
    const outRow: number[] = [];
    for (let j = 0; j < D; j++) {
      const acc = p.bo[j] + exactDot(a, cwSplit[j], 0, D);
      accRow.push(acc);
      const y = (acc * Mo[j] + outHalf) >> ko; // requantize: round half up
      outRow.push(y < yMin ? ACTIVATION_MIN : y > yMax ? ACTIVATION_MAX : Number(y)); // saturate
    }
    outAcc.push(accRow);
    outQ.push(outRow);
  }

  return {
    xQ: xQ.map((r) => [...r]),
    qAcc,
    kAcc,
    vAcc,
    scoresRaw,
    scoresQ,
    rowMax,
    delta,
    exp,
    rowSum,
    probs,
    av,
    outAcc,
    outQ,
  };
}
