/**
 * lm_head stage: int8 input (ln_f output, per-channel scales folded into the columns) times int8
 * weights with one per-tensor scale, int32 accumulators, no bias (minGPT). One scale for all
 * vocabulary rows keeps the accumulators comparable, so the argmax reads them directly
 * (docs/integer-model.md "lm_head").
 */
import type { Tensor } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import { packedCount } from "../circuit/constraints.js";
import type { WeightsMode } from "../circuit/generator.js";
import { constMatrixFn, rowsOf } from "./circomText.js";
import type { EmitContext, StageEmission } from "./emit.js";
import { bound, fail, INT8_MAX, matVec, roundHalfAway, WEIGHT_MAX, type Bound } from "./common.js";

/** Quantized lm_head. */
export interface LmHeadParams {
  vocabSize: number;
  dModel: number;
  /** int8 weights [V][D], folded with the input scales, one per-tensor scale. */
  w: number[];
  /** Float scale of the accumulators: logit ≈ logitAcc · logitScale. */
  logitScale: number;
}

/**
 * Quantizes lm_head: W'[v][i] = W[v][i]·s_x[i]; s = max|W'| / 127; w = round(W'/s).
 * @param weight lm_head.weight [V, D].
 * @param inScales per-channel scales of the int8 input (the ln_f stage's outScales).
 */
export function quantizeLmHead(weight: Tensor, inScales: readonly number[]): LmHeadParams {
  const [vocab, d] = weight.shape;
  const folded = Float64Array.from(weight.data, (v, k) => v * inScales[k % d]);
  let m = 0;
  for (const v of folded) m = Math.max(m, Math.abs(v));
  if (!(m > 0)) fail("lmHead: all weights are zero");
  const s = m / WEIGHT_MAX;
  const w = Array.from(folded, (v) =>
    Math.max(-WEIGHT_MAX, Math.min(WEIGHT_MAX, roundHalfAway(v / s))),
  );
  return { vocabSize: vocab, dModel: d, w, logitScale: s };
}

/**
 * Integer reference: `logitAcc[t][v] = Σ_i xQ[t][i]·w[v][i]` (|v| ≤ D·127² < 2^20).
 * @param xQ [T][D] int8.
 * @returns logitAcc [T][V].
 * @throws `stages: ` error for a row of the wrong length.
 */
export function lmHeadRef(
  p: LmHeadParams,
  xQ: readonly (readonly number[])[],
): { logitAcc: number[][] } {
  return {
    logitAcc: xQ.map((row, t) => {
      if (row.length !== p.dModel)
        fail(`lmHead: row ${t} has ${row.length} values; expected ${p.dModel}`);
      return matVec(row as number[], p.w, undefined, p.vocabSize);
    }),
  };
}

/** Exact worst case over all int8 inputs: ±max_v 127·Σ_i |w[v][i]|. */
export function lmHeadOutputBound(p: LmHeadParams): Bound {
  let m = 0;
  for (let v = 0; v < p.vocabSize; v++) {
    let s = 0;
    for (let i = 0; i < p.dModel; i++) s += Math.abs(p.w[v * p.dModel + i]);
    m = Math.max(m, INT8_MAX * s);
  }
  return bound(BigInt(-m), BigInt(m));
}

/** Commitment elements: packSigned(w, 8). */
export function lmHeadCommitmentElements(p: LmHeadParams): bigint[] {
  return packSigned(p.w, 8);
}

/** Worst case of |logitAcc| over all int8 inputs and every weight the 8-bit packing admits: D·127·128. */
export function lmHeadPrivateLogitMax(p: LmHeadParams): number {
  return p.dModel * INT8_MAX * 128;
}

/**
 * Circom emission of lm_head (src/stages/emit.ts). Input (`ctx.inputs[0]`): xQ [T][D] int8 (ln_f's
 * yQ, clamped to ±127 there). Output `<id>_logitAcc` [T][V] (named signal, trace field
 * `logitAcc`), exact accumulators with |·| ≤ `lmHeadOutputBound` (public) or D·127·128 (private).
 * Public weights: `ConstLmHead` with the weights as the constant function `<id>_w()` (linear, no
 * constraints). Private weights: private input `<id>_w` [V][D], `PackSigned(V·D, 8)` (which is
 * the weights' range check) into `<id>_commitment` (= {@link lmHeadCommitmentElements}), and
 * `LmHead` (direct products: Freivalds would save little for V = 3 rows).
 * @throws `stages: ` error for a wrong input count.
 */
export function emitLmHead(p: LmHeadParams, ctx: EmitContext): StageEmission {
  const { T, id } = ctx;
  if (ctx.inputs.length !== 1) fail(`lmHead: expected one input, got ${ctx.inputs.length}`);
  const [x] = ctx.inputs;
  const { vocabSize: V, dModel: D } = p;
  const out = `${id}_logitAcc`;
  const signals = [{ signal: out, traceField: "logitAcc" }];
  if (ctx.weights === "public")
    return {
      includes: ["circuits/lib/lmhead.circom"],
      declarations: [
        `// ${id}: lm_head int8 weights [${V}][${D}] (public-weights mode).\n${constMatrixFn(`${id}_w`, p.w, V, D)}`,
      ],
      privateInputs: [],
      body: [
        `    // ${id}: lm_head with constant weights (linear combinations, no constraints).`,
        `    signal ${out}[${T}][${V}];`,
        `    component ${id}_head = ConstLmHead(${T}, ${D}, ${V}, ${id}_w());`,
        `    ${id}_head.xQ <== ${x};`,
        `    ${out} <== ${id}_head.logitAcc;`,
      ],
      output: out,
      signals,
    };
  const m = packedCount(V * D, 8);
  return {
    includes: ["circuits/lib/lmhead.circom", "circuits/lib/pack.circom"],
    declarations: [],
    privateInputs: [{ name: `${id}_w`, shape: [V, D] }],
    body: [
      `    // ${id}: lm_head with private weights: the commitment's packing range-checks them to int8.`,
      `    component ${id}_packW = PackSigned(${V * D}, 8);`,
      `    for (var ${id}_v = 0; ${id}_v < ${V}; ${id}_v++) {`,
      `        for (var ${id}_i = 0; ${id}_i < ${D}; ${id}_i++) {`,
      `            ${id}_packW.in[${id}_v * ${D} + ${id}_i] <== ${id}_w[${id}_v][${id}_i];`,
      `        }`,
      `    }`,
      `    signal ${id}_commitment[${m}];`,
      `    ${id}_commitment <== ${id}_packW.out;`,
      `    signal ${out}[${T}][${V}];`,
      `    component ${id}_head = LmHead(${T}, ${D}, ${V});`,
      `    ${id}_head.xQ <== ${x};`,
      `    ${id}_head.w <== ${id}_w;`,
      `    ${out} <== ${id}_head.logitAcc;`,
    ],
    output: out,
    signals,
    commitment: { signal: `${id}_commitment`, length: m },
  };
}

/**
 * Constraint count of lm_head (after --O2): public 0 (linear combinations of the inputs);
 * private T·V·D (one per product, `Dot`) + V·D·8 (the packing's range checks).
 */
export function lmHeadConstraints(p: LmHeadParams, T: number, weights: WeightsMode): number {
  const VD = p.vocabSize * p.dModel;
  return weights === "public" ? 0 : T * VD + VD * 8;
}

/** Private-weights values of {@link emitLmHead}'s private inputs, keyed `<id>_w` ([V][D]). */
export function lmHeadPrivateInputValues(p: LmHeadParams, id: string): Record<string, unknown> {
  return { [`${id}_w`]: rowsOf(p.w, p.dModel) };
}
