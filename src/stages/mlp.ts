/**
 * MLP stage: c_fc (int8 × int8 → int32 accumulators) → requantization to the GELU input's fixed
 * point → integer i-GELU (./gelu.ts) → requantization to int8 at per-channel scales → c_proj
 * (int8 × int8, wide accumulators handed to the residual add without rounding)
 * (docs/integer-model.md "MLP").
 */
import type { GptLayerWeights } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import {
  bound,
  clampBig,
  fail,
  fixedMultiplier,
  INT8_MAX,
  matVec,
  quantizeRowsInt8,
  requantize,
  roundHalfAway,
  signedBits,
  type Bound,
} from "./common.js";
import { GELU_COEF_BITS, GELU_IN_FRAC_BITS, GELU_OUT_SHIFT, geluInt } from "./gelu.js";

/** Quantized MLP parameters (D → 4D → D). */
export interface MlpParams {
  dModel: number;
  dHidden: number;
  /** c_fc int8 weights [4D][D], input scales (ln_2 output, per channel) folded into columns. */
  wFc: number[];
  /** c_fc bias at the accumulator scale s_fc[j] (length 4D). */
  bFc: number[];
  fcBiasBits: number;
  /** hQ[j] = clamp(round(fcAcc·hMult[j] / 2^hShift[j]), ±hMax): x = hQ / 2^GELU_IN_FRAC_BITS. */
  hMult: number[];
  hShift: number[];
  /** Clamp of the GELU input: 2^(hBits−1) − 1, hBits from calibration with a 2× margin. */
  hMax: number;
  /** gQ[j] = clamp(round(gAcc·gMult[j] / 2^gShift[j]), ±127): GELU output int8 at s_g[j]. */
  gMult: number[];
  gShift: number[];
  /** Float per-channel scales of gQ (length 4D). */
  gScales: number[];
  /** c_proj int8 weights [D][4D], gScales folded into columns. */
  wProj: number[];
  /** c_proj bias at the accumulator scale projScales[j] (length D). */
  bProj: number[];
  projBiasBits: number;
  /** Float scale of projAcc[j]: mlp[j] ≈ projAcc[j] · projScales[j] (length D). */
  projScales: number[];
}

/** Named intermediates of the MLP, each [T][...]. */
export interface MlpTrace {
  /** bFc + Σ_i xQ·wFc [T][4D] (|v| < 2^31). */
  fcAcc: number[][];
  /** GELU input [T][4D], |hQ| ≤ hMax. */
  hQ: number[][];
  /** min(|hQ|, GELU_CLIP_Q) [T][4D]. */
  hClip: number[][];
  /** ≈ erf(x/√2)·2^(2F+16) [T][4D]. */
  erfQ: bigint[][];
  /** ≈ GELU(x)·2^GELU_OUT_SHIFT [T][4D]. */
  gAcc: bigint[][];
  /** int8 GELU output [T][4D]. */
  gQ: number[][];
  /** bProj + Σ_i gQ·wProj [T][D] (|v| < 2^31). */
  projAcc: number[][];
}

/**
 * Quantizes an MLP from float weights and calibrated ranges.
 * @param w the layer's float weights (fc, mlp proj).
 * @param inScales per-channel scales of the int8 input (the ln_2 stage's outScales) [D].
 * @param fcMaxAbs calibrated max |c_fc output| per hidden channel [4D].
 * @param geluMaxAbs calibrated max |GELU output| per hidden channel [4D].
 * @throws `stages: ` error if a bias needs more than 31 bits.
 */
export function quantizeMlp(
  w: GptLayerWeights,
  inScales: readonly number[],
  fcMaxAbs: ArrayLike<number>,
  geluMaxAbs: ArrayLike<number>,
): MlpParams {
  const d = inScales.length;
  const dh = 4 * d;
  const fcFolded = Float64Array.from(w.fcWeight.data, (v, k) => v * inScales[k % d]);
  const fc = quantizeRowsInt8(fcFolded, dh, d);
  const bFc = fc.scales.map((s, j) => roundHalfAway(w.fcBias.data[j] / s));
  const hm = fc.scales.map((s) => fixedMultiplier(s * 2 ** GELU_IN_FRAC_BITS));
  let fcMax = 0;
  for (let j = 0; j < dh; j++) fcMax = Math.max(fcMax, fcMaxAbs[j]);
  const hBits = signedBits(0n, BigInt(Math.ceil(2 * fcMax * 2 ** GELU_IN_FRAC_BITS)));
  const gScales = Array.from(geluMaxAbs, (m) => (m > 0 ? m / INT8_MAX : 1));
  const gm = gScales.map((s) => fixedMultiplier(2 ** -GELU_OUT_SHIFT / s));
  const projFolded = Float64Array.from(w.mlpProjWeight.data, (v, k) => v * gScales[k % dh]);
  const proj = quantizeRowsInt8(projFolded, d, dh);
  const bProj = proj.scales.map((s, j) => roundHalfAway(w.mlpProjBias.data[j] / s));
  const fcBiasBits = bound(BigInt(Math.min(0, ...bFc)), BigInt(Math.max(0, ...bFc))).bits;
  const projBiasBits = bound(BigInt(Math.min(0, ...bProj)), BigInt(Math.max(0, ...bProj))).bits;
  if (fcBiasBits > 31 || projBiasBits > 31)
    fail(
      `mlp: a bias needs ${Math.max(fcBiasBits, projBiasBits)} bits (> 31); check the calibration`,
    );
  return {
    dModel: d,
    dHidden: dh,
    wFc: fc.q,
    bFc,
    fcBiasBits,
    hMult: hm.map((m) => m.multiplier),
    hShift: hm.map((m) => m.shift),
    hMax: 2 ** (hBits - 1) - 1,
    gMult: gm.map((m) => m.multiplier),
    gShift: gm.map((m) => m.shift),
    gScales,
    wProj: proj.q,
    bProj,
    projBiasBits,
    projScales: proj.scales,
  };
}

/**
 * Integer reference of the MLP.
 * @param xQ [T][D] int8 input (the ln_2 stage's yQ).
 * @returns every named intermediate ({@link MlpTrace}); projAcc at scales projScales.
 * @throws `stages: ` error for a row of the wrong length or a non-int8 input.
 */
export function mlpRef(p: MlpParams, xQ: readonly (readonly number[])[]): MlpTrace {
  const tr: MlpTrace = { fcAcc: [], hQ: [], hClip: [], erfQ: [], gAcc: [], gQ: [], projAcc: [] };
  const hMax = BigInt(p.hMax);
  xQ.forEach((row, t) => {
    if (row.length !== p.dModel)
      fail(`mlp: row ${t} has ${row.length} values; expected ${p.dModel}`);
    if (row.some((v) => !Number.isInteger(v) || Math.abs(v) > INT8_MAX))
      fail(`mlp: row ${t} has a value outside int8 ±127`);
    // |fcAcc| ≤ 2^30 + D·127·127 < 2^31: Numbers exact.
    const fcAcc = matVec(row as number[], p.wFc, p.bFc, p.dHidden);
    const hQ = fcAcc.map((a, j) =>
      Number(clampBig(requantize(BigInt(a), BigInt(p.hMult[j]), p.hShift[j]), -hMax, hMax)),
    );
    const g = hQ.map(geluInt);
    const gQ = g.map((gi, j) =>
      Number(clampBig(requantize(gi.gAcc, BigInt(p.gMult[j]), p.gShift[j]), -127n, 127n)),
    );
    tr.fcAcc.push(fcAcc);
    tr.hQ.push(hQ);
    tr.hClip.push(g.map((gi) => gi.hClip));
    tr.erfQ.push(g.map((gi) => gi.erfQ));
    tr.gAcc.push(g.map((gi) => gi.gAcc));
    tr.gQ.push(gQ);
    tr.projAcc.push(matVec(gQ, p.wProj, p.bProj, p.dModel)); // |v| ≤ 2^30 + 4D·127² < 2^31
  });
  return tr;
}

/** Exact worst-case bound of projAcc[j] over all int8 gQ: |bProj[j]| + 127·Σ_i |wProj[j][i]|. */
export function mlpProjAccBound(p: MlpParams): bigint[] {
  return p.bProj.map((b, j) => {
    let s = 0;
    for (let i = 0; i < p.dHidden; i++) s += Math.abs(p.wProj[j * p.dHidden + i]);
    return BigInt(Math.abs(b) + INT8_MAX * s);
  });
}

/** Commitment elements: wFc (int8), bFc (fcBiasBits), wProj (int8), bProj (projBiasBits). */
export function mlpCommitmentElements(p: MlpParams): bigint[] {
  return [
    ...packSigned(p.wFc, 8),
    ...packSigned(p.bFc, p.fcBiasBits),
    ...packSigned(p.wProj, 8),
    ...packSigned(p.bProj, p.projBiasBits),
  ];
}

/**
 * Worst-case bounds of the MLP's intermediates over every int8 input (the circuit's widths):
 * fcAcc from the weights and biases; |hQ| ≤ hMax (clamp); hClip ∈ [0, GELU_CLIP_Q];
 * |erfQ| ≤ 2^(2F+16) (A·(hClip − c)² ∈ [A·c², 0] and A·c² = −9463·2562² > −2^(2F+16), so
 * A·(hClip − c)² + 2^(2F+16) ∈ [0, 2^(2F+16)]; test/stages/mlp.test.ts checks the constants);
 * |gAcc| ≤ hMax·2^(2F+17); gQ ∈ ±127.
 */
export function mlpBounds(p: MlpParams): {
  fcAcc: Bound;
  hQ: Bound;
  erfQ: Bound;
  gAcc: Bound;
  gQ: Bound;
  projAcc: Bound;
} {
  let fcMax = 0;
  for (let j = 0; j < p.dHidden; j++) {
    let s = Math.abs(p.bFc[j]);
    for (let i = 0; i < p.dModel; i++) s += INT8_MAX * Math.abs(p.wFc[j * p.dModel + i]);
    fcMax = Math.max(fcMax, s);
  }
  const one = 1n << BigInt(2 * GELU_IN_FRAC_BITS + GELU_COEF_BITS);
  const hMax = BigInt(p.hMax);
  const projMax = mlpProjAccBound(p).reduce((a, v) => (v > a ? v : a), 0n);
  return {
    fcAcc: bound(BigInt(-fcMax), BigInt(fcMax)),
    hQ: bound(-hMax, hMax),
    erfQ: bound(-one, one),
    gAcc: bound(-hMax * 2n * one, hMax * 2n * one),
    gQ: bound(-127n, 127n),
    projAcc: bound(-projMax, projMax),
  };
}
