/**
 * MLP stage: c_fc (int8 × int8 → int32 accumulators at per-channel scales c/2^m[j]) → integer
 * i-GELU evaluated on the accumulator itself (./gelu.ts; no requantization before or after it) →
 * c_proj over the exact GELU accumulators (int8 weights, wide accumulators) → one rounding shift
 * per output to the MLP output at `outScale` (docs/integer-model.md "MLP").
 */
import type { GptLayerWeights } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import { packedCount, sponge } from "../circuit/constraints.js";

import { CHALLENGE_TAG } from "../circuit/generator.js";
import type { WeightsMode } from "../circuit/types.js";
import {
  bound,
  fail,
  INT8_MAX,
  matVec,
  quantizeRowsInt8,
  requantize,
  roundHalfAway,
  type Bound,
} from "./common.js";
import { constMatrixFn, constVectorFn, rowsOf, unsignedBits } from "./circomText.js";
import type { EmitContext, StageEmission } from "./emit.js";
import { GELU_A_Q, GELU_CLIP, GELU_ONE, GELU_ONE_BITS, GELU_POLY_BITS, geluInt } from "./gelu.js";

/**
 * Fractional bits of the MLP output below the residual stream it is added to: outScale =
 * (the mlpResid output scale) / 2^MLP_OUT_FRAC_BITS, so rounding the MLP output costs ≤ 1/8 of a
 * residual LSB before the residual add's own rounding.
 */
export const MLP_OUT_FRAC_BITS = 2;

/** Quantized MLP parameters (D → 4D → D). */
export interface MlpParams {
  dModel: number;
  dHidden: number;
  /**
   * c_fc int8 weights [4D][D], input scales (ln_2 output, per channel) folded into columns; row j
   * at scale s_fc[j] = GELU_CLIP / 2^clipExp[j] (the natural max|row|/127 rounded up to that form).
   */
  wFc: number[];
  /** c_fc bias at the accumulator scale s_fc[j] (length 4D). */
  bFc: number[];
  fcBiasBits: number;
  /** m[j]: fcAcc[j] = ±2^m[j] is x = ±c, GELU's clip point (length 4D). */
  clipExp: number[];
  /**
   * c_proj int8 weights [D][4D], the GELU accumulators' scales s_fc[j]/2^(E+1) folded into columns;
   * row j at scale projScales[j] = outScale / 2^outShift[j] (the natural max|row|/127 rounded up).
   */
  wProj: number[];
  /** c_proj bias at the accumulator scale projScales[j] (length D; wide, hence bigint). */
  bProj: bigint[];
  projBiasBits: number;
  /** Float scale of projAcc[j]: mlp[j] ≈ projAcc[j] · projScales[j] (length D). */
  projScales: number[];
  /** outQ[j] = floor((projAcc[j] + 2^(outShift[j]−1)) / 2^outShift[j]) (length D). */
  outShift: number[];
  /** Float scale of outQ (per tensor): mlp[j] ≈ outQ[j] · outScale. */
  outScale: number;
}

/** Named intermediates of the MLP, each [T][...]. */
export interface MlpTrace {
  /** bFc + Σ_i xQ·wFc [T][4D] (|v| < 2^31). */
  fcAcc: number[][];
  /** The i-GELU polynomial's input min(floor(|fcAcc|·2^n/2^m), 2^n) [T][4D]. */
  u: number[][];
  /** fcAcc·2^E·(1 + L) ≈ 2·GELU(x)·2^E/s_fc [T][4D]. */
  gAcc: bigint[][];
  /** bProj + Σ_i gAcc·wProj [T][D] (exact, wide). */
  projAcc: bigint[][];
  /** The MLP output at outScale [T][D]. */
  outQ: number[][];
}

/**
 * Quantizes an MLP from float weights.
 * @param w the layer's float weights (fc, mlp proj).
 * @param inScales per-channel scales of the int8 input (the ln_2 stage's outScales) [D].
 * @param outScale float scale of the MLP output outQ (the mlpResid output scale /
 *   2^MLP_OUT_FRAC_BITS).
 * @throws `stages: ` error if c_fc's bias needs more than 31 bits or a row's clip exponent is < 1.
 */
export function quantizeMlp(
  w: GptLayerWeights,
  inScales: readonly number[],
  outScale: number,
): MlpParams {
  const d = inScales.length;
  const dh = 4 * d;
  const fcFolded = Float64Array.from(w.fcWeight.data, (v, k) => v * inScales[k % d]);
  const clipExp: number[] = [];
  // Why: the row scale rounded up to c/2^m puts GELU's clip point at |fcAcc| = 2^m exactly.
  const fc = quantizeRowsInt8(fcFolded, dh, d, (s) => {
    const m = Math.floor(Math.log2(GELU_CLIP / s));
    if (m < 1) fail(`mlp: c_fc row scale ${s} is too large for a clip exponent ≥ 1`);
    clipExp.push(m);
    return GELU_CLIP / 2 ** m;
  });
  const bFc = fc.scales.map((s, j) => roundHalfAway(w.fcBias.data[j] / s));
  const gScale = fc.scales.map((s) => s / 2 ** (GELU_ONE_BITS + 1));
  const projFolded = Float64Array.from(w.mlpProjWeight.data, (v, k) => v * gScale[k % dh]);
  const outShift: number[] = [];
  // Why: the row scale rounded up to outScale/2^k makes the output rounding a pure shift (no
  // multiplier bits in the remainder check).
  const proj = quantizeRowsInt8(projFolded, d, dh, (s) => {
    const k = Math.floor(Math.log2(outScale / s));
    if (k < 1) fail(`mlp: c_proj row scale ${s} is not below outScale ${outScale}`);
    outShift.push(k);
    return outScale / 2 ** k;
  });
  const bProj = proj.scales.map((s, j) => BigInt(roundHalfAway(w.mlpProjBias.data[j] / s)));
  const fcBiasBits = bound(BigInt(Math.min(0, ...bFc)), BigInt(Math.max(0, ...bFc))).bits;
  const projBiasBits = bound(
    bProj.reduce((a, v) => (v < a ? v : a), 0n),
    bProj.reduce((a, v) => (v > a ? v : a), 0n),
  ).bits;
  if (fcBiasBits > 31)
    fail(`mlp: the c_fc bias needs ${fcBiasBits} bits (> 31); check the calibration`);
  return {
    dModel: d,
    dHidden: dh,
    wFc: fc.q,
    bFc,
    fcBiasBits,
    clipExp,
    wProj: proj.q,
    bProj,
    projBiasBits,
    projScales: proj.scales,
    outShift,
    outScale,
  };
}

/** c_proj of one row: bProj[j] + Σ_i g[i]·wProj[j][i] (exact BigInt). */
function projRow(p: MlpParams, g: readonly bigint[]): bigint[] {
  return p.bProj.map((b, j) => {
    let s = b;
    for (let i = 0; i < p.dHidden; i++) s += g[i] * BigInt(p.wProj[j * p.dHidden + i]);
    return s;
  });
}

/**
 * Integer reference of the MLP.
 * @param xQ [T][D] int8 input (the ln_2 stage's yQ).
 * @returns every named intermediate ({@link MlpTrace}); outQ at outScale.
 * @throws `stages: ` error for a row of the wrong length or a non-int8 input.
 */
export function mlpRef(p: MlpParams, xQ: readonly (readonly number[])[]): MlpTrace {
  const tr: MlpTrace = { fcAcc: [], u: [], gAcc: [], projAcc: [], outQ: [] };
  xQ.forEach((row, t) => {
    if (row.length !== p.dModel)
      fail(`mlp: row ${t} has ${row.length} values; expected ${p.dModel}`);
    if (row.some((v) => !Number.isInteger(v) || Math.abs(v) > INT8_MAX))
      fail(`mlp: row ${t} has a value outside int8 ±127`);
    // |fcAcc| ≤ 2^30 + D·127·127 < 2^31: Numbers exact.
    const fcAcc = matVec(row as number[], p.wFc, p.bFc, p.dHidden);
    const g = fcAcc.map((f, j) => geluInt(f, p.clipExp[j]));
    const gAcc = g.map((gi) => gi.gAcc);
    const projAcc = projRow(p, gAcc);
    tr.fcAcc.push(fcAcc);
    tr.u.push(g.map((gi) => gi.u));
    tr.gAcc.push(gAcc);
    tr.projAcc.push(projAcc);
    tr.outQ.push(projAcc.map((a, j) => Number(requantize(a, 1n, p.outShift[j]))));
  });
  return tr;
}

/** Per channel: |bFc[j]| + 127·Σ_i |wFc[j][i]| (exact worst case of |fcAcc[j]| over int8 inputs). */
function fcAccMax(p: MlpParams): bigint[] {
  return p.bFc.map((b, j) => {
    let s = Math.abs(b);
    for (let i = 0; i < p.dModel; i++) s += INT8_MAX * Math.abs(p.wFc[j * p.dModel + i]);
    return BigInt(s);
  });
}

/** Per output channel: |bProj[j]| + Σ_i |wProj[j][i]|·gMax[i] (worst case of |projAcc[j]|). */
function projAccMax(p: MlpParams, gMax: readonly bigint[], wAbs = false): bigint[] {
  return p.bProj.map((b, j) => {
    let s = b < 0n ? -b : b;
    for (let i = 0; i < p.dHidden; i++)
      s += BigInt(wAbs ? 128 : Math.abs(p.wProj[j * p.dHidden + i])) * gMax[i];
    return s;
  });
}

/** Largest of a non-empty list of bigints. */
const maxOf = (v: readonly bigint[]) => v.reduce((a, x) => (x > a ? x : a), v[0]);

/**
 * Worst-case bounds of the MLP's intermediates over every int8 input: fcAcc from the weights and
 * biases; u ∈ [0, 2^n]; |gAcc[j]| ≤ fcMax[j]·2·GELU_ONE (the polynomial lies in [0, GELU_ONE]);
 * projAcc from those and c_proj's weights; outQ by the monotone requantization of ±projMax.
 */
export function mlpBounds(p: MlpParams): {
  fcAcc: Bound;
  u: Bound;
  gAcc: Bound;
  projAcc: Bound;
  outQ: Bound;
} {
  const fc = fcAccMax(p);
  const g = fc.map((m) => m * 2n * GELU_ONE);
  const proj = projAccMax(p, g);
  const fcMax = maxOf(fc);
  const gMax = maxOf(g);
  const projMax = maxOf(proj);
  return {
    fcAcc: bound(-fcMax, fcMax),
    u: bound(0n, 1n << BigInt(GELU_POLY_BITS)),
    gAcc: bound(-gMax, gMax),
    projAcc: bound(-projMax, projMax),
    outQ: mlpOutputBound(p),
  };
}

/** Bound of the MLP output outQ over every int8 input (the residual add's branch bound). */
export function mlpOutputBound(p: MlpParams): Bound {
  const proj = projAccMax(
    p,
    fcAccMax(p).map((m) => m * 2n * GELU_ONE),
  );
  let lo = 0n;
  let hi = 0n;
  proj.forEach((m, j) => {
    const a = requantize(-m, 1n, p.outShift[j]);
    const b = requantize(m, 1n, p.outShift[j]);
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  });
  return bound(lo, hi);
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

/** Widths of the MLP circuit (circuits/lib/mlp.circom), per weights mode. */
export interface MlpCircuitWidths {
  /** Per hidden channel: `GeluPow2`'s |fcAcc| width, max(bits(fcMax[j]), clipExp[j] + 1). */
  aBits: number[];
  /** Per output channel: signed width of outQ's range check (`SignedBits`). */
  yBits: number[];
}

/**
 * Widths of the MLP circuit from the bounds of its inputs: xQ int8 (±127, the ln_2 clamp); fcAcc
 * per channel from the constant weights (public: |bFc[j]| + 127·Σ_i|wFc[j][i]|, exact) or from
 * every value the commitment's packing admits (private: 2^(fcBiasBits−1) + D·127·128); |gAcc[j]| <
 * 2^aBits[j]·2·GELU_ONE; projAcc from those and c_proj's weights (public: exact; private: |w| ≤
 * 128, |bProj| ≤ 2^(projBiasBits−1)); outQ's width by the monotone requantization of ±projMax.
 * @throws `stages: ` error when a value could reach 2^250 (the templates' preconditions).
 */
export function mlpCircuitWidths(p: MlpParams, weights: WeightsMode): MlpCircuitWidths {
  const D = p.dModel;
  const priv = weights === "private";
  const fc = priv
    ? new Array<bigint>(p.dHidden).fill(
        (1n << BigInt(p.fcBiasBits - 1)) + BigInt(D * INT8_MAX * 128),
      )
    : fcAccMax(p);
  const aBits = fc.map((m, j) => Math.max(unsignedBits(m), p.clipExp[j] + 1));
  const g = aBits.map((a) => (1n << BigInt(a)) * 2n * GELU_ONE);
  const proj = priv
    ? projAccMax({ ...p, bProj: p.bProj.map(() => 1n << BigInt(p.projBiasBits - 1)) }, g, true)
    : projAccMax(p, g);
  const limit = 1n << 250n;
  const yBits = proj.map((m, j) => {
    const y = requantize(m, 1n, p.outShift[j]) + 1n;
    const b = bound(-y, y).bits;
    if (m + (1n << BigInt(p.outShift[j] + b + 1)) >= limit)
      fail(`mlp: the output requantization of channel ${j} may exceed 2^250`);
    return b;
  });
  return { aBits, yBits };
}

/**
 * Circom emission of the MLP (src/stages/emit.ts): c_fc → GeluPow2 (I-BERT §3.4 i-GELU on the
 * accumulator) → c_proj over the exact gAcc → RoundShift(1, outShift) + RangeCheck to outQ, exactly as
 * {@link mlpRef}. Input (`ctx.inputs[0]`): xQ [T][D] int8 (ln_2's yQ, clamped to ±127 there).
 * Output `<id>_outQ` [T][D] (range-checked to yBits[j] signed bits). Named signals (fields of
 * {@link MlpTrace}): `<id>_fcAcc`, `<id>_u`, `<id>_gAcc` [T][4D], `<id>_projAcc`, `<id>_outQ`
 * [T][D]; components `<id>_gelu[t][j]` (|fcAcc| and its bits), `<id>_outReq[t][j]` (remainder),
 * `<id>_outRange[t][j]` (the quotient's range check).
 * Public weights: `ConstDense` with constant functions `<id>_wFc()`, `<id>_bFc()`, `<id>_wProj()`,
 * `<id>_bProj()` (linear, no constraints). Private weights: private inputs `<id>_wFc` [4D][D],
 * `<id>_bFc` [4D], `<id>_wProj` [D][4D], `<id>_bProj` [D] (commitment order), their PackSigned
 * packings (the weights' range checks) concatenated into `<id>_commitment`
 * (= {@link mlpCommitmentElements}), and the products: `matmul = "freivalds"` (default)
 * claims fcAcc and projAcc (`ClaimedDense`) and checks both by `FreivaldsDense` with one challenge
 * `<id>_rho` = Sponge(tag 4) over the commitment elements, xQ packed as int8 (`<id>_packX`;
 * precondition: xQ is int8, as ln_2's clamp guarantees), fcAcc + 2^aBits[j] (range-checked by
 * GeluPow2, `<id>_packF`) and projAcc through its requantization's range-checked (y, rem)
 * (`<id>_packP`: rem + 2^k·(y + 2^(yBits−1)) = projAcc + const), docs/design.md "Soundness
 * rules" 7; `"direct"` uses `Dense` (one constraint per product). The clip exponents and
 * shifts are compile-time constants in both modes.
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
    `// ${id}: MLP clip exponents, GeluPow2 widths, output shifts and widths (compile-time in both
// weights modes).
${constVectorFn(n("clipExp"), p.clipExp)}

${constVectorFn(n("aBits"), w.aBits)}

${constVectorFn(n("outShift"), p.outShift)}

${constVectorFn(n("yBits"), w.yBits)}`,
  ];
  const privateInputs: { name: string; shape: number[] }[] = [];
  const body: string[] = [
    `    // ${id}: MLP c_fc -> i-GELU on the accumulator -> c_proj -> output requantization (src/stages/mlp.ts).`,
    ...["fcAcc", "u", "gAcc"].map((s) => `    signal ${n(s)}[${T}][${DH}];`),
    `    signal ${n("projAcc")}[${T}][${D}];`,
    `    signal ${n("outQ")}[${T}][${D}];`,
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
    `    var ${n("cm")}[${DH}] = ${n("clipExp")}();`,
    `    var ${n("ab")}[${DH}] = ${n("aBits")}();`,
    `    var ${n("os")}[${D}] = ${n("outShift")}();`,
    `    var ${n("yb")}[${D}] = ${n("yBits")}();`,
    `    component ${n("gelu")}[${T}][${DH}];`,
    `    for (var ${n("t")} = 0; ${n("t")} < ${T}; ${n("t")}++) {`,
    `        for (var ${n("j")} = 0; ${n("j")} < ${DH}; ${n("j")}++) {`,
    `            // I-BERT i-GELU on the accumulator: the clip point is |fcAcc| = 2^clipExp[j].`,
    `            ${n("gelu")}[${n("t")}][${n("j")}] = GeluPow2(${n("ab")}[${n("j")}], ${n("cm")}[${n("j")}], ${GELU_POLY_BITS}, ${GELU_A_Q}, ${GELU_ONE});`,
    `            ${n("gelu")}[${n("t")}][${n("j")}].f <== ${n("fcAcc")}[${n("t")}][${n("j")}];`,
    `            ${n("u")}[${n("t")}][${n("j")}] <== ${n("gelu")}[${n("t")}][${n("j")}].u;`,
    `            ${n("gAcc")}[${n("t")}][${n("j")}] <== ${n("gelu")}[${n("t")}][${n("j")}].gAcc;`,
    `        }`,
    `    }`,
    pub
      ? `    component ${n("proj")} = ConstDense(${T}, ${DH}, ${D}, ${n("wProj")}(), ${n("bProj")}());`
      : `    component ${n("proj")} = ${matmul === "direct" ? "Dense" : "ClaimedDense"}(${T}, ${DH}, ${D});
    ${n("proj")}.w <== ${n("wProj")};
    ${n("proj")}.b <== ${n("bProj")};`,
    `    ${n("proj")}.x <== ${n("gAcc")};`,
    `    ${n("projAcc")} <== ${n("proj")}.acc;`,
    `    component ${n("outReq")}[${T}][${D}];`,
    `    component ${n("outRange")}[${T}][${D}];`,
    `    for (var ${n("t")} = 0; ${n("t")} < ${T}; ${n("t")}++) {`,
    `        for (var ${n("j")} = 0; ${n("j")} < ${D}; ${n("j")}++) {`,
    `            // MLP output: round(projAcc / 2^outShift), its quotient range-checked.`,
    `            ${n("outReq")}[${n("t")}][${n("j")}] = RoundShift(1, ${n("os")}[${n("j")}]);`,
    `            ${n("outReq")}[${n("t")}][${n("j")}].in <== ${n("projAcc")}[${n("t")}][${n("j")}];`,
    `            ${n("outQ")}[${n("t")}][${n("j")}] <== ${n("outReq")}[${n("t")}][${n("j")}].out;`,
    `            ${n("outRange")}[${n("t")}][${n("j")}] = RangeCheck(${n("yb")}[${n("j")}]);`,
    `            ${n("outRange")}[${n("t")}][${n("j")}].in <== ${n("outQ")}[${n("t")}][${n("j")}] + 2 ** (${n("yb")}[${n("j")}] - 1);`,
    `        }`,
    `    }`,
  );
  if (!pub && matmul === "freivalds") {
    const f = mlpFreivaldsWidths(p, T);
    body.push(
      `    // Freivalds (docs/design.md "Soundness rules" 7): the challenge is a Poseidon sponge over the`,
      `    // committed weights and biases (<id>_commitment), xQ (int8 by the upstream clamp, packed),`,
      `    // the claimed fcAcc (fcAcc + 2^aBits in [0, 2^(aBits+1)) by GeluPow2's |fcAcc| bits) and the`,
      `    // claimed projAcc through its requantization's range-checked (y, rem): rem + 2^k (y + 2^(yBits-1))`,
      `    // = projAcc + 2^(k-1) + 2^(k+yBits-1) in [0, 2^(k+yBits)). gAcc is a constrained function of fcAcc.`,
      `    component ${n("packX")} = PackOffset(${T * D}, 8);`,
      `    for (var ${n("t")} = 0; ${n("t")} < ${T}; ${n("t")}++) {`,
      `        for (var ${n("i")} = 0; ${n("i")} < ${D}; ${n("i")}++) {`,
      `            ${n("packX")}.in[${n("t")} * ${D} + ${n("i")}] <== ${x}[${n("t")}][${n("i")}];`,
      `        }`,
      `    }`,
      `    signal ${n("packF")}[${f.mF}];`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mF}; ${n("e")}++) {`,
      `        var ${n("lc")} = 0;`,
      `        for (var ${n("k")} = 0; ${n("k")} < ${f.perF}; ${n("k")}++) {`,
      `            var ${n("v")} = ${n("e")} * ${f.perF} + ${n("k")};`,
      `            if (${n("v")} < ${T * DH}) {`,
      `                var ${n("pt")} = ${n("v")} \\ ${DH};`,
      `                var ${n("pj")} = ${n("v")} % ${DH};`,
      `                ${n("lc")} += (${n("fcAcc")}[${n("pt")}][${n("pj")}] + 2 ** ${n("ab")}[${n("pj")}]) * 2 ** (${f.slotF} * ${n("k")});`,
      `            }`,
      `        }`,
      `        ${n("packF")}[${n("e")}] <== ${n("lc")};`,
      `    }`,
      `    signal ${n("packP")}[${f.mP}];`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mP}; ${n("e")}++) {`,
      `        var ${n("lc")} = 0;`,
      `        for (var ${n("k")} = 0; ${n("k")} < ${f.perP}; ${n("k")}++) {`,
      `            var ${n("v")} = ${n("e")} * ${f.perP} + ${n("k")};`,
      `            if (${n("v")} < ${T * D}) {`,
      `                var ${n("pt")} = ${n("v")} \\ ${D};`,
      `                var ${n("pj")} = ${n("v")} % ${D};`,
      `                ${n("lc")} += (${n("projAcc")}[${n("pt")}][${n("pj")}] + 2 ** (${n("os")}[${n("pj")}] - 1) + 2 ** (${n("os")}[${n("pj")}] + ${n("yb")}[${n("pj")}] - 1)) * 2 ** (${f.slotP} * ${n("k")});`,
      `            }`,
      `        }`,
      `        ${n("packP")}[${n("e")}] <== ${n("lc")};`,
      `    }`,
      `    component ${n("challenge")} = Sponge(${f.hashInputs}, ${CHALLENGE_TAG});`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mC}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${n("e")}] <== ${n("commitment")}[${n("e")}];`,
      `    }`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mX}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${f.mC} + ${n("e")}] <== ${n("packX")}.out[${n("e")}];`,
      `    }`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mF}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${f.mC + f.mX} + ${n("e")}] <== ${n("packF")}[${n("e")}];`,
      `    }`,
      `    for (var ${n("e")} = 0; ${n("e")} < ${f.mP}; ${n("e")}++) {`,
      `        ${n("challenge")}.in[${f.mC + f.mX + f.mF} + ${n("e")}] <== ${n("packP")}[${n("e")}];`,
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
      `    ${n("checkProj")}.x <== ${n("gAcc")};`,
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
    output: n("outQ"),
    signals: ["fcAcc", "u", "gAcc", "projAcc", "outQ"].map((f) => ({
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
 * xQ packed as int8 (mX), fcAcc + 2^aBits[j] in slots of max(aBits) + 1 bits (perF per element,
 * mF elements), projAcc through its requantization's (y, rem) in slots of max(outShift + yBits)
 * bits (perP per element, mP elements).
 */
export function mlpFreivaldsWidths(
  p: MlpParams,
  T: number,
): {
  mC: number;
  mX: number;
  slotF: number;
  perF: number;
  mF: number;
  slotP: number;
  perP: number;
  mP: number;
  hashInputs: number;
} {
  const { dModel: D, dHidden: DH } = p;
  const w = mlpCircuitWidths(p, "private");
  const mC = mlpCommitmentElements(p).length;
  const mX = packedCount(T * D, 8);
  const slotF = Math.max(...w.aBits) + 1;
  const slotP = Math.max(...p.outShift.map((k, j) => k + w.yBits[j]));
  if (slotP > 253) fail(`mlp: a (y, rem) slot of ${slotP} bits does not fit a field element`);
  const perF = Math.floor(253 / slotF);
  const mF = Math.ceil((T * DH) / perF);
  const perP = Math.floor(253 / slotP);
  const mP = Math.ceil((T * D) / perP);
  return { mC, mX, slotF, perF, mF, slotP, perP, mP, hashInputs: mC + mX + mF + mP };
}

/** FreivaldsDense(T, nIn, nOut) after --O2 (circuits/lib/dense.circom). */
export function freivaldsDenseConstraints(T: number, nIn: number, nOut: number): number {
  return nOut - 2 + nIn * (nOut - 1) + (nOut - 1) + T * (nOut - 1 + nIn);
}

/**
 * Constraint count of the MLP (after --O2). Per hidden value: GeluPow2 = aBits[j] + 6; per output
 * value: RoundShift (outShift[j]) + RangeCheck (yBits[j]). So public:
 * T·Σ_j (aBits[j] + 6) + T·Σ_o (outShift[o] + yBits[o]) (c_fc and c_proj are linear). Private
 * (with the private widths) adds the packing range checks 8·4D·D + 4D·fcBiasBits + 8·D·4D +
 * D·projBiasBits and either the direct products T·(4D·D + D·4D), or (Freivalds) the challenge
 * sponge over mC + mX + mF + mP elements ({@link mlpFreivaldsWidths}) and
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
  let perRow = 0;
  for (let j = 0; j < DH; j++) perRow += w.aBits[j] + 6;
  for (let o = 0; o < D; o++) perRow += p.outShift[o] + w.yBits[o];
  const pub = T * perRow;
  if (weights === "public") return pub;
  const packing = 16 * DH * D + DH * p.fcBiasBits + D * p.projBiasBits;
  if (matmul === "direct") return pub + T * 2 * DH * D + packing;
  const f = mlpFreivaldsWidths(p, T);
  return (
    pub +
    packing +
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
