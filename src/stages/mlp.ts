/**
 * MLP stage: c_fc (int8 × int8 → int32 accumulators) → requantization to the GELU input's fixed
 * point → integer i-GELU (./gelu.ts) → requantization to int8 at per-channel scales → c_proj
 * (int8 × int8, wide accumulators handed to the residual add without rounding)
 * (docs/integer-model.md "MLP").
 */
import type { GptLayerWeights } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import { packedCount, sponge } from "../circuit/constraints.js";

import { CHALLENGE_TAG, type WeightsMode } from "../circuit/generator.js";
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
import { constMatrixFn, constVectorFn, rowsOf, unsignedBits } from "./circomText.js";
import type { EmitContext, StageEmission } from "./emit.js";
import {
  GELU_A_Q,
  GELU_CLIP_Q,
  GELU_COEF_BITS,
  GELU_IN_FRAC_BITS,
  GELU_ONE,
  GELU_OUT_SHIFT,
  geluInt,
} from "./gelu.js";

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

/** Widths of the MLP circuit (circuits/lib/mlp.circom), per weights mode. */
export interface MlpCircuitWidths {
  /** `RequantClamp` quotient width of the GELU input: y + 2^(hBits−1) fits hyBits signed bits. */
  hyBits: number;
  /** |hQ| ≤ hMax = 2^(hBits−1) − 1. */
  hBits: number;
  /** `GeluInt` clip-comparison width: max(hBits − 1, bits(GELU_CLIP_Q − 1)). */
  cBits: number;
  /** `RequantClamp` quotient width of the GELU output: y + 128 fits gyBits signed bits. */
  gyBits: number;
}

/**
 * Widths of the MLP circuit from the bounds of its inputs: xQ int8 (±127, the ln_2 clamp); fcAcc
 * per channel from the constant weights (public: |bFc[j]| + 127·Σ_i|wFc[j][i]|, exact) or from
 * every value the commitment's packing admits (private: 2^(fcBiasBits−1) + D·127·128); the
 * quotients by the monotone requantization of ±bound; |gAcc| ≤ hMax·2·GELU_ONE in both modes.
 * @throws `stages: ` error when a division identity could exceed 2^250 (RequantClamp's
 *   precondition) or hMax is not 2^(h−1) − 1.
 */
export function mlpCircuitWidths(p: MlpParams, weights: WeightsMode): MlpCircuitWidths {
  const D = p.dModel;
  const hMax = BigInt(p.hMax);
  const hBits = unsignedBits(hMax) + 1;
  if (hMax !== (1n << BigInt(hBits - 1)) - 1n) fail(`mlp: hMax ${p.hMax} is not 2^(h−1) − 1`);
  const fcMax = Array.from({ length: p.dHidden }, (_, j) => {
    if (weights === "private") return (1n << BigInt(p.fcBiasBits - 1)) + BigInt(D * INT8_MAX * 128);
    let s = Math.abs(p.bFc[j]);
    for (let i = 0; i < D; i++) s += INT8_MAX * Math.abs(p.wFc[j * D + i]);
    return BigInt(s);
  });
  /** Signed width of y + 2^h over every channel's quotient range, at least h + 3 (RequantClamp). */
  const quotientBits = (accMax: bigint[], mult: number[], shift: number[], h: number) => {
    let lo = 0n;
    let hi = 0n;
    accMax.forEach((m, j) => {
      const a = requantize(-m, BigInt(mult[j]), shift[j]);
      const b = requantize(m, BigInt(mult[j]), shift[j]);
      if (a < lo) lo = a;
      if (b > hi) hi = b;
    });
    const off = 1n << BigInt(h);
    return Math.max(h + 3, bound(lo + off, hi + off).bits);
  };
  const hyBits = quotientBits(fcMax, p.hMult, p.hShift, hBits - 1);
  const gAccMax = hMax * 2n * GELU_ONE;
  const gAcc = new Array<bigint>(p.dHidden).fill(gAccMax);
  const gyBits = quotientBits(gAcc, p.gMult, p.gShift, 7);
  const cBits = Math.max(hBits - 1, unsignedBits(BigInt(GELU_CLIP_Q - 1)));
  const limit = 1n << 250n;
  for (let j = 0; j < p.dHidden; j++) {
    if (fcMax[j] * BigInt(p.hMult[j]) + (1n << BigInt(p.hShift[j] + hyBits + 1)) >= limit)
      fail(`mlp: GELU input requantization of channel ${j} may exceed 2^250`);
    if (gAccMax * BigInt(p.gMult[j]) + (1n << BigInt(p.gShift[j] + gyBits + 1)) >= limit)
      fail(`mlp: GELU output requantization of channel ${j} may exceed 2^250`);
  }
  return { hyBits, hBits, cBits, gyBits };
}

/**
 * Circom emission of the MLP (src/stages/emit.ts): c_fc → RequantClamp to the GELU input → GeluInt
 * (I-BERT §3.4 i-GELU) → RequantClamp to int8 → c_proj, exactly as {@link mlpRef}.
 * Input (`ctx.inputs[0]`): xQ [T][D] int8 (ln_2's yQ, clamped to ±127 there). Output
 * `<id>_projAcc` [T][D] (unrounded c_proj accumulators for the residual add). Named signals (fields
 * of {@link MlpTrace}): `<id>_fcAcc`, `<id>_hQ`, `<id>_hClip`, `<id>_erfQ`, `<id>_gAcc`, `<id>_gQ`
 * [T][4D], `<id>_projAcc` [T][D]; components `<id>_hReq[t][j]`, `<id>_gelu[t][j]`, `<id>_gReq[t][j]`
 * hold the quotients, remainders, clamp flags and GELU sign/clip signals.
 * Public weights: `ConstDense` with constant functions `<id>_wFc()`, `<id>_bFc()`, `<id>_wProj()`,
 * `<id>_bProj()` (linear, no constraints). Private weights: private inputs `<id>_wFc` [4D][D],
 * `<id>_bFc` [4D], `<id>_wProj` [D][4D], `<id>_bProj` [D] (commitment order), their PackSigned
 * packings (the weights' range checks) concatenated into `<id>_commitment`
 * (= {@link mlpCommitmentElements}), and the products: `matmul = "freivalds"` (default)
 * claims fcAcc and projAcc (`ClaimedDense`) and checks both by `FreivaldsDense` with one challenge
 * `<id>_rho` = Sponge(tag 4) over the commitment elements, xQ packed as int8 (`<id>_packX`;
 * precondition: xQ is int8, as ln_2's clamp guarantees), fcAcc through its requantization's
 * range-checked (y, rem) (`<id>_packH`) and projAcc range-checked to the private worst case
 * (`<id>_packP`), docs/design.md "Soundness rules" 7; `"direct"` uses `Dense` (one constraint
 * per product). Multipliers and shifts are compile-time constants in both modes.
 * @param matmul private-weights products: "freivalds" (default) or "direct"; ignored in public mode.
 * @throws `stages: ` error for a wrong input count or unsafe widths ({@link mlpCircuitWidths}).
 */
export function emitMlp(
  p: MlpParams,
  ctx: EmitContext,
  matmul: MlpMatmul = "freivalds",
): StageEmission {
  const { T, id } = ctx;
  if (ctx.inputs.length !== 1) fail(`mlp: expected one input, got ${ctx.inputs.length}`);
  const [x] = ctx.inputs;
  const { dModel: D, dHidden: DH } = p;
  const w = mlpCircuitWidths(p, ctx.weights);
  const pub = ctx.weights === "public";
  const n = (s: string) => `${id}_${s}`;
  const declarations = [
    `// ${id}: MLP requantization multipliers and shifts (compile-time in both weights modes).
${constVectorFn(n("hMult"), p.hMult)}

${constVectorFn(n("hShift"), p.hShift)}

${constVectorFn(n("gMult"), p.gMult)}

${constVectorFn(n("gShift"), p.gShift)}`,
  ];
  const privateInputs: { name: string; shape: number[] }[] = [];
  const body: string[] = [
    `    // ${id}: MLP c_fc -> i-GELU -> c_proj (src/stages/mlp.ts; widths hy ${w.hyBits}, h ${w.hBits}, c ${w.cBits}, gy ${w.gyBits}).`,
    ...["fcAcc", "hQ", "hClip", "erfQ", "gAcc", "gQ"].map(
      (s) => `    signal ${n(s)}[${T}][${DH}];`,
    ),
    `    signal ${n("projAcc")}[${T}][${D}];`,
  ];
  let commitment: StageEmission["commitment"];
  if (pub) {
    declarations.push(
      `// ${id}: MLP int8 weights and biases (public-weights mode).
${constMatrixFn(n("wFc"), p.wFc, DH, D)}

${constVectorFn(n("bFc"), p.bFc)}

${constMatrixFn(n("wProj"), p.wProj, D, DH)}

${constVectorFn(n("bProj"), p.bProj)}`,
    );
    body.push(
      `    component ${n("fc")} = ConstDense(${T}, ${D}, ${DH}, ${n("wFc")}(), ${n("bFc")}());`,
    );
  } else {
    if (p.fcBiasBits < 2 || p.projBiasBits < 2)
      fail(`mlp: bias widths ${p.fcBiasBits}, ${p.projBiasBits} must be ≥ 2 for PackSigned`);
    privateInputs.push(
      { name: n("wFc"), shape: [DH, D] },
      { name: n("bFc"), shape: [DH] },
      { name: n("wProj"), shape: [D, DH] },
      { name: n("bProj"), shape: [D] },
    );
    const parts = [
      ["packWFc", "wFc", DH, D, 8],
      ["packBFc", "bFc", DH, 0, p.fcBiasBits],
      ["packWProj", "wProj", D, DH, 8],
      ["packBProj", "bProj", D, 0, p.projBiasBits],
    ] as const;
    const m = parts.map(([, , r, cols, bits]) => packedCount(r * Math.max(cols, 1), bits));
    const total = m.reduce((a, v) => a + v, 0);
    body.push(
      `    // Private weights: the commitment's packings are their range checks (int8 weights, biases`,
      `    // to fcBiasBits = ${p.fcBiasBits} / projBiasBits = ${p.projBiasBits} signed bits).`,
      `    signal ${n("commitment")}[${total}];`,
    );
    let offset = 0;
    parts.forEach(([comp, sig, r, cols, bits], k) => {
      body.push(`    component ${n(comp)} = PackSigned(${r * Math.max(cols, 1)}, ${bits});`);
      if (cols === 0) body.push(`    ${n(comp)}.in <== ${n(sig)};`);
      else
        body.push(
          `    for (var ${n("r")} = 0; ${n("r")} < ${r}; ${n("r")}++) {`,
          `        for (var ${n("c")} = 0; ${n("c")} < ${cols}; ${n("c")}++) {`,
          `            ${n(comp)}.in[${n("r")} * ${cols} + ${n("c")}] <== ${n(sig)}[${n("r")}][${n("c")}];`,
          `        }`,
          `    }`,
        );
      offset += k === 0 ? 0 : m[k - 1];
      body.push(
        `    for (var ${n("e")} = 0; ${n("e")} < ${m[k]}; ${n("e")}++) {`,
        `        ${n("commitment")}[${offset} + ${n("e")}] <== ${n(comp)}.out[${n("e")}];`,
        `    }`,
      );
    });
    commitment = { signal: n("commitment"), length: total };
    body.push(
      `    component ${n("fc")} = ${matmul === "direct" ? "Dense" : "ClaimedDense"}(${T}, ${D}, ${DH});`,
      `    ${n("fc")}.w <== ${n("wFc")};`,
      `    ${n("fc")}.b <== ${n("bFc")};`,
    );
  }
  body.push(
    `    ${n("fc")}.x <== ${x};`,
    `    ${n("fcAcc")} <== ${n("fc")}.acc;`,
    `    var ${n("hm")}[${DH}] = ${n("hMult")}();`,
    `    var ${n("hs")}[${DH}] = ${n("hShift")}();`,
    `    var ${n("gm")}[${DH}] = ${n("gMult")}();`,
    `    var ${n("gs")}[${DH}] = ${n("gShift")}();`,
    `    component ${n("hReq")}[${T}][${DH}];`,
    `    component ${n("gelu")}[${T}][${DH}];`,
    `    component ${n("gReq")}[${T}][${DH}];`,
    `    for (var ${n("t")} = 0; ${n("t")} < ${T}; ${n("t")}++) {`,
    `        for (var ${n("j")} = 0; ${n("j")} < ${DH}; ${n("j")}++) {`,
    `            // GELU input: round(fcAcc * hMult / 2^hShift), clamped to +-${p.hMax}.`,
    `            ${n("hReq")}[${n("t")}][${n("j")}] = RequantClamp(${n("hm")}[${n("j")}], ${n("hs")}[${n("j")}], ${w.hyBits}, ${w.hBits - 1});`,
    `            ${n("hReq")}[${n("t")}][${n("j")}].in <== ${n("fcAcc")}[${n("t")}][${n("j")}];`,
    `            ${n("hQ")}[${n("t")}][${n("j")}] <== ${n("hReq")}[${n("t")}][${n("j")}].out;`,
    `            _ <== ${n("hReq")}[${n("t")}][${n("j")}].y;`,
    `            _ <== ${n("hReq")}[${n("t")}][${n("j")}].rem;`,
    `            // I-BERT i-GELU.`,
    `            ${n("gelu")}[${n("t")}][${n("j")}] = GeluInt(${w.hBits}, ${w.cBits}, ${GELU_A_Q}, ${GELU_CLIP_Q}, ${GELU_ONE});`,
    `            ${n("gelu")}[${n("t")}][${n("j")}].hQ <== ${n("hQ")}[${n("t")}][${n("j")}];`,
    `            ${n("hClip")}[${n("t")}][${n("j")}] <== ${n("gelu")}[${n("t")}][${n("j")}].hClip;`,
    `            ${n("erfQ")}[${n("t")}][${n("j")}] <== ${n("gelu")}[${n("t")}][${n("j")}].erfQ;`,
    `            ${n("gAcc")}[${n("t")}][${n("j")}] <== ${n("gelu")}[${n("t")}][${n("j")}].gAcc;`,
    `            // int8 GELU output: round(gAcc * gMult / 2^gShift), clamped to +-127.`,
    `            ${n("gReq")}[${n("t")}][${n("j")}] = RequantClamp(${n("gm")}[${n("j")}], ${n("gs")}[${n("j")}], ${w.gyBits}, 7);`,
    `            ${n("gReq")}[${n("t")}][${n("j")}].in <== ${n("gAcc")}[${n("t")}][${n("j")}];`,
    `            ${n("gQ")}[${n("t")}][${n("j")}] <== ${n("gReq")}[${n("t")}][${n("j")}].out;`,
    `            _ <== ${n("gReq")}[${n("t")}][${n("j")}].y;`,
    `            _ <== ${n("gReq")}[${n("t")}][${n("j")}].rem;`,
    `        }`,
    `    }`,
    pub
      ? `    component ${n("proj")} = ConstDense(${T}, ${DH}, ${D}, ${n("wProj")}(), ${n("bProj")}());`
      : `    component ${n("proj")} = ${matmul === "direct" ? "Dense" : "ClaimedDense"}(${T}, ${DH}, ${D});
    ${n("proj")}.w <== ${n("wProj")};
    ${n("proj")}.b <== ${n("bProj")};`,
    `    ${n("proj")}.x <== ${n("gQ")};`,
    `    ${n("projAcc")} <== ${n("proj")}.acc;`,
  );
  if (!pub && matmul === "freivalds") {
    const f = mlpFreivaldsWidths(p, T);
    const h = w.hBits - 1;
    body.push(
      `    // Freivalds (docs/design.md "Soundness rules" 7): the challenge is a Poseidon sponge over the`,
      `    // committed weights and biases (<id>_commitment), xQ (int8 by the upstream clamp, packed),`,
      `    // the claimed fcAcc through its requantization's range-checked (y, rem) (fcAcc = (y 2^k + rem`,
      `    // - 2^(k-1)) / M) and the claimed projAcc (range-checked to ${f.pBits} bits and packed); gQ is a`,
      `    // constrained function of fcAcc.`,
      `    component ${n("packX")} = PackOffset(${T * D}, 8);`,
      `    for (var ${n("t")} = 0; ${n("t")} < ${T}; ${n("t")}++) {`,
      `        for (var ${n("i")} = 0; ${n("i")} < ${D}; ${n("i")}++) {`,
      `            ${n("packX")}.in[${n("t")} * ${D} + ${n("i")}] <== ${x}[${n("t")}][${n("i")}];`,
      `        }`,
      `    }`,
      `    signal ${n("packH")}[${f.mH}];`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mH}; ${n("e")}++) {`,
      `        var ${n("lc")} = 0;`,
      `        for (var ${n("k")} = 0; ${n("k")} < ${f.perH}; ${n("k")}++) {`,
      `            var ${n("v")} = ${n("e")} * ${f.perH} + ${n("k")};`,
      `            if (${n("v")} < ${T * DH}) {`,
      `                var ${n("pt")} = ${n("v")} \\ ${DH};`,
      `                var ${n("pj")} = ${n("v")} % ${DH};`,
      `                ${n("lc")} += (${n("hReq")}[${n("pt")}][${n("pj")}].rem + 2 ** ${n("hs")}[${n("pj")}] * (${n("hReq")}[${n("pt")}][${n("pj")}].y + ${2n ** BigInt(h) + 2n ** BigInt(w.hyBits - 1)})) * 2 ** (${f.slotH} * ${n("k")});`,
      `            }`,
      `        }`,
      `        ${n("packH")}[${n("e")}] <== ${n("lc")};`,
      `    }`,
      `    component ${n("packP")} = PackSigned(${T * D}, ${f.pBits});`,
      `    for (var ${n("t")} = 0; ${n("t")} < ${T}; ${n("t")}++) {`,
      `        for (var ${n("i")} = 0; ${n("i")} < ${D}; ${n("i")}++) {`,
      `            ${n("packP")}.in[${n("t")} * ${D} + ${n("i")}] <== ${n("projAcc")}[${n("t")}][${n("i")}];`,
      `        }`,
      `    }`,
      `    component ${n("challenge")} = Sponge(${f.hashInputs}, ${CHALLENGE_TAG});`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mC}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${n("e")}] <== ${n("commitment")}[${n("e")}];`,
      `    }`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mX}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${f.mC} + ${n("e")}] <== ${n("packX")}.out[${n("e")}];`,
      `    }`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mH}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${f.mC + f.mX} + ${n("e")}] <== ${n("packH")}[${n("e")}];`,
      `    }`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mP}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${f.mC + f.mX + f.mH} + ${n("e")}] <== ${n("packP")}.out[${n("e")}];`,
      `    }`,
      `    signal ${n("rho")};`,
      `    ${n("rho")} <== ${n("challenge")}.out;`,
      `    // Why: the two private-weight products, each checked by one random linear combination per row.`,
      `    component ${n("checkFc")} = FreivaldsDense(${T}, ${D}, ${DH});`,
      `    ${n("checkFc")}.x <== ${x};`,
      `    ${n("checkFc")}.w <== ${n("wFc")};`,
      `    ${n("checkFc")}.b <== ${n("bFc")};`,
      `    ${n("checkFc")}.acc <== ${n("fcAcc")};`,
      `    ${n("checkFc")}.rho <== ${n("rho")};`,
      `    component ${n("checkProj")} = FreivaldsDense(${T}, ${DH}, ${D});`,
      `    ${n("checkProj")}.x <== ${n("gQ")};`,
      `    ${n("checkProj")}.w <== ${n("wProj")};`,
      `    ${n("checkProj")}.b <== ${n("bProj")};`,
      `    ${n("checkProj")}.acc <== ${n("projAcc")};`,
      `    ${n("checkProj")}.rho <== ${n("rho")};`,
    );
  }
  return {
    includes: ["circuits/lib/mlp.circom", ...(pub ? [] : ["circuits/lib/pack.circom"])],
    declarations,
    privateInputs,
    body,
    output: n("projAcc"),
    signals: ["fcAcc", "hQ", "hClip", "erfQ", "gAcc", "gQ", "projAcc"].map((f) => ({
      signal: n(f),
      traceField: f,
    })),
    commitment,
  };
}

/** How the private-weights MLP constrains its two matrix products. */
export type MlpMatmul = "direct" | "freivalds";

/**
 * Sizes of the Freivalds challenge's inputs (private weights): the commitment elements (mC),
 * xQ packed as int8 (mX), fcAcc bound through its requantization's (y, rem) in slots of
 * max(hShift) + hyBits bits (perH per element, mH elements), projAcc range-checked to pBits
 * (its private worst case 2^(projBiasBits−1) + 4D·127·128) and packed (mP).
 */
export function mlpFreivaldsWidths(
  p: MlpParams,
  T: number,
): {
  mC: number;
  mX: number;
  slotH: number;
  perH: number;
  mH: number;
  pBits: number;
  mP: number;
  hashInputs: number;
} {
  const { dModel: D, dHidden: DH } = p;
  const w = mlpCircuitWidths(p, "private");
  const mC = mlpCommitmentElements(p).length;
  const mX = packedCount(T * D, 8);
  const slotH = Math.max(...p.hShift) + w.hyBits;
  if (slotH > 253) fail(`mlp: a (y, rem) slot of ${slotH} bits does not fit a field element`);
  const perH = Math.floor(253 / slotH);
  const mH = Math.ceil((T * DH) / perH);
  const pMax = (1n << BigInt(p.projBiasBits - 1)) + BigInt(DH * INT8_MAX * 128);
  const pBits = bound(-pMax, pMax).bits;
  const mP = packedCount(T * D, pBits);
  return { mC, mX, slotH, perH, mH, pBits, mP, hashInputs: mC + mX + mH + mP };
}

/** FreivaldsDense(T, nIn, nOut) after --O2 (circuits/lib/dense.circom). */
export function freivaldsDenseConstraints(T: number, nIn: number, nOut: number): number {
  return nOut - 2 + nIn * (nOut - 1) + (nOut - 1) + T * (nOut - 1 + nIn);
}

/**
 * Constraint count of the MLP (after --O2). Per hidden value (T·4D of them):
 * RequantClamp(hMult[j], hShift[j], hy, hBits − 1) = hShift[j] + hy + 6;
 * GeluInt = hBits + cBits + 9; RequantClamp(gMult[j], gShift[j], gy, 7) = gShift[j] + gy + 6.
 * So public: T·Σ_j (hShift[j] + gShift[j]) + T·4D·(21 + hy + gy + hBits + cBits)
 * (c_fc and c_proj are linear). Private adds the packing range checks
 * 8·4D·D + 4D·fcBiasBits + 8·D·4D + D·projBiasBits (computed with the private widths) and either
 * the direct products T·(4D·D + D·4D), or (Freivalds) the projAcc range checks T·D·pBits, the
 * challenge sponge over mC + mX + mH + mP elements ({@link mlpFreivaldsWidths}) and
 * FreivaldsDense(T, D, 4D) + FreivaldsDense(T, 4D, D) ({@link freivaldsDenseConstraints}).
 */
export function mlpConstraints(
  p: MlpParams,
  T: number,
  weights: WeightsMode,
  matmul: MlpMatmul = "freivalds",
): number {
  const w = mlpCircuitWidths(p, weights);
  const { dModel: D, dHidden: DH } = p;
  let shifts = 0;
  for (let j = 0; j < DH; j++) shifts += p.hShift[j] + p.gShift[j];
  const pub = T * shifts + T * DH * (21 + w.hyBits + w.gyBits + w.hBits + w.cBits);
  if (weights === "public") return pub;
  const packing = 16 * DH * D + DH * p.fcBiasBits + D * p.projBiasBits;
  if (matmul === "direct") return pub + T * 2 * DH * D + packing;
  const f = mlpFreivaldsWidths(p, T);
  return (
    pub +
    packing +
    T * D * f.pBits +
    sponge(f.hashInputs) +
    freivaldsDenseConstraints(T, D, DH) +
    freivaldsDenseConstraints(T, DH, D)
  );
}

/** Private-weights values of {@link emitMlp}'s private inputs, keyed `<id>_wFc`, `<id>_bFc`, `<id>_wProj`, `<id>_bProj`. */
export function mlpPrivateInputValues(p: MlpParams, id: string): Record<string, unknown> {
  return {
    [`${id}_wFc`]: rowsOf(p.wFc, p.dModel),
    [`${id}_bFc`]: [...p.bFc],
    [`${id}_wProj`]: rowsOf(p.wProj, p.dHidden),
    [`${id}_bProj`]: [...p.bProj],
  };
}
