/**
 * Integer-only LayerNorm stage (docs/integer-model.md "LayerNorm"), after I-BERT (Kim et al.,
 * ICML 2021, "I-BERT: Integer-only BERT Quantization", §3.6 "Integer-only LayerNorm": integer
 * mean and variance, the standard deviation by an integer square root (Newton's method),
 * then integer arithmetic). Input: the int16 residual stream at one scale; output:
 * int8 at per-channel scales (the next matmul folds them into its weight columns).
 */
import type { LayerNormWeights } from "../model/stateDict.js";
import { LAYER_NORM_EPS } from "../model/float.js";
import { packSigned } from "../circuit/commitments.js";
import type { WeightsMode } from "../circuit/generator.js";
import type { EmitContext, StageEmission } from "./emit.js";
import {
  bitLength,
  constVector,
  packedLength,
  satQuotientBits,
  satSymConstraints,
} from "./emitHelpers.js";
import {
  bound,
  clampBig,
  fail,
  INT8_MAX,
  isqrt,
  RESIDUAL_BITS,
  RESIDUAL_MAX,
  roundHalfAway,
  type Bound,
} from "./common.js";

/** Fractional bits g of the folded affine coefficients gammaQ, betaQ. */
export const LN_COEF_BITS = 16;
/** invSd keeps at least this many bits for the largest possible sd (relative error ≤ 2^−20). */
export const LN_INV_BITS = 20;

/** Quantized LayerNorm parameters. */
export interface LayerNormParams {
  /** Channels D. */
  dModel: number;
  /** Float scale of the int16 input: x ≈ xQ · inScale. */
  inScale: number;
  /** Float per-channel output scales s_y[i] (length D): y[i] ≈ yQ[i] · outScales[i]. */
  outScales: number[];
  /** gammaQ[i] = round(γ[i]·sqrt(D)/s_y[i] · 2^LN_COEF_BITS) (length D). */
  gammaQ: number[];
  /** betaQ[i] = round(β[i]/s_y[i] · 2^LN_COEF_BITS) (length D). */
  betaQ: number[];
  /** Signed widths declared for gammaQ and betaQ (commitment packing). */
  gammaBits: number;
  betaBits: number;
  /** epsQ = max(1, round(D³·eps / inScale²)): eps in the units of varQ. */
  epsQ: number;
  /** K: invSd = floor(2^K / sd); K = bits(sdMax) + LN_INV_BITS. */
  invShift: number;
}

/** Named intermediates, per row t. */
export interface LayerNormTrace {
  /** Σ_i xQ[t][i] [T]. */
  sumX: number[];
  /** c[t][i] = D·xQ[t][i] − sumX[t] = D·(x − mean)/inScale [T][D], exact. */
  centered: number[][];
  /** varQ[t] = Σ_i c² + epsQ [T] (≈ D³(σ² + eps)/inScale²). */
  varQ: bigint[];
  /** sd[t] = floor(sqrt(varQ)) [T]. */
  sd: bigint[];
  /** invSd[t] = floor(2^K / sd) [T]. */
  invSd: bigint[];
  /** yAcc[t][i] = c·gammaQ[i]·invSd + betaQ[i]·2^K [T][D], scale 2^−(K+g)·s_y[i]. */
  yAcc: bigint[][];
  /** yQ = clamp(floor((yAcc + 2^(K+g−1)) / 2^(K+g)), −127, 127) [T][D]. */
  yQ: number[][];
}

/** Worst case of varQ: |c_i| = |D·x_i − Σx| < 2·D·R, so Σ_i c_i² + epsQ < D·(2DR)² + epsQ. */
function worstVarQ(d: number, epsQ: number): bigint {
  const c = 2n * BigInt(d) * BigInt(RESIDUAL_MAX);
  return BigInt(d) * c * c + BigInt(epsQ);
}

/**
 * Quantizes a LayerNorm.
 * @param w float weight γ and bias β [D].
 * @param inScale scale of the int16 input.
 * @param outMaxAbs per-channel calibrated max |LayerNorm output| [D]; s_y[i] = max/127
 *   (or pass `outScales` to reuse an existing stage's input scales).
 * @throws `stages: ` error for a zero input scale.
 */
export function quantizeLayerNorm(
  w: LayerNormWeights,
  inScale: number,
  outScales: readonly number[],
  eps = LAYER_NORM_EPS,
): LayerNormParams {
  const d = outScales.length;
  if (!(inScale > 0)) fail("layerNorm: input scale must be positive");
  const g = 2 ** LN_COEF_BITS;
  const gammaQ = outScales.map((s, i) =>
    roundHalfAway(((w.weight.data[i] * Math.sqrt(d)) / s) * g),
  );
  const betaQ = outScales.map((s, i) => roundHalfAway((w.bias.data[i] / s) * g));
  const epsQ = Math.max(1, Math.round((d ** 3 * eps) / (inScale * inScale)));
  const sdMax = isqrt(worstVarQ(d, epsQ));
  const invShift = sdMax.toString(2).length + LN_INV_BITS;
  const bits = (a: number[]) => bound(BigInt(Math.min(0, ...a)), BigInt(Math.max(0, ...a))).bits;
  return {
    dModel: d,
    inScale,
    outScales: [...outScales],
    gammaQ,
    betaQ,
    gammaBits: bits(gammaQ),
    betaBits: bits(betaQ),
    epsQ,
    invShift,
  };
}

/** Per-channel output scales from calibrated maxima: s_y[i] = max|y_i| / 127 (1 if zero). */
export function int8Scales(maxAbs: ArrayLike<number>): number[] {
  return Array.from(maxAbs, (m) => (m > 0 ? m / INT8_MAX : 1));
}

/**
 * Integer reference of LayerNorm over rows of the int16 residual stream.
 * @param xQ [T][D] integers in [−RESIDUAL_MAX, RESIDUAL_MAX].
 * @returns every named intermediate ({@link LayerNormTrace}); yQ int8 at scales outScales.
 * @throws `stages: ` error for a row of the wrong length or a value out of range.
 */
export function layerNormRef(
  p: LayerNormParams,
  xQ: readonly (readonly number[])[],
): LayerNormTrace {
  const D = p.dModel;
  const K = BigInt(p.invShift);
  const totalShift = BigInt(p.invShift + LN_COEF_BITS);
  const half = 1n << (totalShift - 1n);
  const tr: LayerNormTrace = {
    sumX: [],
    centered: [],
    varQ: [],
    sd: [],
    invSd: [],
    yAcc: [],
    yQ: [],
  };
  xQ.forEach((row, t) => {
    if (row.length !== D) fail(`layerNorm: row ${t} has ${row.length} values; expected ${D}`);
    let sumX = 0;
    for (const v of row) {
      if (!Number.isInteger(v) || Math.abs(v) > RESIDUAL_MAX)
        fail(`layerNorm: input ${v} in row ${t} is not an integer in ±${RESIDUAL_MAX}`);
      sumX += v; // |sumX| ≤ D·2^15: safe
    }
    const c = row.map((v) => D * v - sumX); // |c| < 2·D·2^15: safe
    let varQ = BigInt(p.epsQ);
    for (const ci of c) varQ += BigInt(ci) * BigInt(ci);
    const sd = isqrt(varQ); // ≥ 1 since epsQ ≥ 1
    const invSd = (1n << K) / sd; // floor (both positive)
    const yAcc = c.map(
      (ci, i) => BigInt(ci) * BigInt(p.gammaQ[i]) * invSd + (BigInt(p.betaQ[i]) << K),
    );
    const yQ = yAcc.map((a) => Number(clampBig((a + half) >> totalShift, -127n, 127n)));
    tr.sumX.push(sumX);
    tr.centered.push(c);
    tr.varQ.push(varQ);
    tr.sd.push(sd);
    tr.invSd.push(invSd);
    tr.yAcc.push(yAcc);
    tr.yQ.push(yQ);
  });
  return tr;
}

/**
 * Worst-case bounds over every input row in ±RESIDUAL_MAX (the circuit's widths): |c| < 2·D·R;
 * sd ∈ [isqrt(epsQ), isqrt(varQmax)] (sd ≥ 1); invSd ∈ [floor(2^K/sdMax), floor(2^K/sdMin)];
 * |yAcc| ≤ |c|max·|gammaQ|max·invSdMax + |betaQ|max·2^K; yQ ∈ ±127 (clamp).
 */
export function layerNormBounds(p: LayerNormParams): {
  centered: Bound;
  varQ: Bound;
  sd: Bound;
  invSd: Bound;
  yAcc: Bound;
  yQ: Bound;
} {
  const cMax = 2n * BigInt(p.dModel) * BigInt(RESIDUAL_MAX);
  const varMax = worstVarQ(p.dModel, p.epsQ);
  const sdMin = isqrt(BigInt(p.epsQ));
  const sdMax = isqrt(varMax);
  const K = BigInt(p.invShift);
  const invMax = (1n << K) / sdMin;
  const gMax = BigInt(Math.max(...p.gammaQ.map(Math.abs)));
  const bMax = BigInt(Math.max(...p.betaQ.map(Math.abs)));
  const yMax = cMax * gMax * invMax + (bMax << K);
  return {
    centered: bound(-cMax, cMax),
    varQ: bound(BigInt(p.epsQ), varMax),
    sd: bound(sdMin, sdMax),
    invSd: bound((1n << K) / sdMax, invMax),
    yAcc: bound(-yMax, yMax),
    yQ: bound(-127n, 127n),
  };
}

/** Commitment elements: packSigned(gammaQ, gammaBits) then packSigned(betaQ, betaBits). */
export function layerNormCommitmentElements(p: LayerNormParams): bigint[] {
  return [...packSigned(p.gammaQ, p.gammaBits), ...packSigned(p.betaQ, p.betaBits)];
}

/** Bit widths of a LayerNorm circuit (circuits/lib/layernorm.circom parameters). */
export interface LayerNormWidths {
  /** Signed width of the input range check (RESIDUAL_BITS = 16), 0 when the caller proves it. */
  inBits: number;
  /** sd < 2^sdBits; also r and sd − 1 − r (the invSd division's remainder checks). */
  sdBits: number;
  /** varQ − sd² and 2·sd − (varQ − sd²) < 2^loBits (the isqrt checks). */
  loBits: number;
  /** invSd < 2^invBits. */
  invBits: number;
  /** Width of the output quotient before the ±127 clamp (SatSym). */
  yBits: number;
}

/**
 * Circuit widths of a LayerNorm, worst case over every input row in [−2^15, 2^15) (the signed
 * 16-bit range the circuit accepts, a superset of ±RESIDUAL_MAX): |c| ≤ 2·D·2^15, varQ ≤
 * D·cMax² + epsQ, sd ≤ isqrt(varQmax), invSd ≤ floor(2^K / isqrt(epsQ)). The output quotient
 * uses |c_i| ≤ sd (c_i² ≤ varQ < (sd+1)²), so |c·invSd| ≤ 2^K and |y| ≤ (Gmax + Bmax)/2^g + 1,
 * with Gmax, Bmax the actual max |gammaQ|, |betaQ| in public-weights mode (sound: they are
 * constants) and 2^(gammaBits−1), 2^(betaBits−1) in private mode.
 * @param inputsRangeChecked the caller proves the input range (inBits = 0).
 */
export function layerNormWidths(
  p: LayerNormParams,
  weights: WeightsMode,
  inputsRangeChecked = false,
): LayerNormWidths {
  const D = BigInt(p.dModel);
  const cMax = 2n * D * (1n << BigInt(RESIDUAL_BITS - 1));
  const sdMax = isqrt(D * cMax * cMax + BigInt(p.epsQ));
  const sdMin = isqrt(BigInt(p.epsQ));
  const invMax = (1n << BigInt(p.invShift)) / sdMin;
  const absMax = (a: number[]) => BigInt(Math.max(0, ...a.map(Math.abs)));
  const gMax = weights === "public" ? absMax(p.gammaQ) : 1n << BigInt(p.gammaBits - 1);
  const bMax = weights === "public" ? absMax(p.betaQ) : 1n << BigInt(p.betaBits - 1);
  const yMax = ((gMax + bMax) >> BigInt(LN_COEF_BITS)) + 1n;
  return {
    inBits: inputsRangeChecked ? 0 : RESIDUAL_BITS,
    sdBits: bitLength(sdMax),
    loBits: bitLength(2n * sdMax),
    invBits: bitLength(invMax),
    yBits: satQuotientBits(yMax, 8),
  };
}

/**
 * Constraint count of a LayerNorm stage after `--O2` (pinned by test/circuits/stages/
 * layerNorm.test.ts). Derivation, per row (LayerNormStats): D·inBits input checks, D squares
 * c_i², 1 product sd², range checks of sd, lo, hi (sdBits + 2·loBits), 1 product invSd·sd and
 * range checks of r, sd − 1 − r, invSd (2·sdBits + invBits); per value: the product c·invSd
 * (public; private adds ·gamma: 2), the remainder of the K+g shift (K + g) and SatSym(yBits)
 * (yBits + 6). sumX, c, varQ, yAcc and the remainder identity are linear (substituted away).
 * Private mode adds PackSigned of gammaQ and betaQ: D·(gammaBits + betaBits).
 */
export function layerNormConstraints(
  p: LayerNormParams,
  T: number,
  weights: WeightsMode,
  inputsRangeChecked = false,
): number {
  const D = p.dModel;
  const w = layerNormWidths(p, weights, inputsRangeChecked);
  const products = weights === "public" ? 1 : 2;
  const row =
    D * w.inBits +
    D +
    1 +
    w.sdBits +
    2 * w.loBits +
    1 +
    2 * w.sdBits +
    w.invBits +
    D * (products + p.invShift + LN_COEF_BITS + satSymConstraints(w.yBits));
  const pack = weights === "private" ? D * (p.gammaBits + p.betaBits) : 0;
  return T * row + pack;
}

/**
 * Circom emitter of a LayerNorm stage (contract: src/stages/emit.ts). Input `ctx.inputs[0]`:
 * [T][D] residual-stream values (16-bit signed; range-checked here unless
 * `ctx.inputsRangeChecked`). Declares the named intermediates `<id>_sumX[T]`,
 * `<id>_centered[T][D]`, `<id>_varQ[T]`, `<id>_sd[T]`, `<id>_invSd[T]`, `<id>_yAcc[T][D]` and the
 * output `<id>_yQ[T][D]` (int8 in ±127). Public mode: gammaQ, betaQ are circom constant functions
 * `<id>_gammaQ()`, `<id>_betaQ()`. Private mode: private inputs `<id>_gammaQ[D]`, `<id>_betaQ[D]`
 * and the commitment array `<id>_commitment` = PackSigned(gammaQ, gammaBits) ++
 * PackSigned(betaQ, betaBits) (= {@link layerNormCommitmentElements}).
 * @throws `stages: ` error when ctx has no input.
 */
export function emitLayerNorm(p: LayerNormParams, ctx: EmitContext): StageEmission {
  if (ctx.inputs.length !== 1) fail(`layerNorm: expected 1 input, got ${ctx.inputs.length}`);
  const { id, T } = ctx;
  const D = p.dModel;
  const x = ctx.inputs[0];
  const w = layerNormWidths(p, ctx.weights, ctx.inputsRangeChecked);
  const K = p.invShift;
  const g = LN_COEF_BITS;
  const names = ["sumX", "centered", "varQ", "sd", "invSd", "yAcc", "yQ"] as const;
  const shapes: Record<(typeof names)[number], string> = {
    sumX: `[${T}]`,
    centered: `[${T}][${D}]`,
    varQ: `[${T}]`,
    sd: `[${T}]`,
    invSd: `[${T}]`,
    yAcc: `[${T}][${D}]`,
    yQ: `[${T}][${D}]`,
  };
  const common = `${D}, ${p.epsQ}, ${K}, ${g}`;
  const widths = `${w.inBits}, ${w.sdBits}, ${w.loBits}, ${w.invBits}, ${w.yBits}`;
  const body: string[] = [
    `    // ${id}: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).`,
    ...names.map((n) => `    signal ${id}_${n}${shapes[n]};`),
  ];
  const declarations: string[] = [];
  const privateInputs: StageEmission["privateInputs"] = [];
  let commitment: StageEmission["commitment"];
  if (ctx.weights === "public") {
    declarations.push(constVector(`${id}_gammaQ`, p.gammaQ), constVector(`${id}_betaQ`, p.betaQ));
    body.push(
      `    component ${id}_ln = LayerNormConst(${T}, ${common}, ${id}_gammaQ(), ${id}_betaQ(), ${widths});`,
    );
  } else {
    privateInputs.push({ name: `${id}_gammaQ`, shape: [D] }, { name: `${id}_betaQ`, shape: [D] });
    const mG = packedLength(D, p.gammaBits);
    const mB = packedLength(D, p.betaBits);
    commitment = { signal: `${id}_commitment`, length: mG + mB };
    body.push(
      `    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.`,
      `    component ${id}_packGamma = PackSigned(${D}, ${p.gammaBits});`,
      `    ${id}_packGamma.in <== ${id}_gammaQ;`,
      `    component ${id}_packBeta = PackSigned(${D}, ${p.betaBits});`,
      `    ${id}_packBeta.in <== ${id}_betaQ;`,
      `    signal ${id}_commitment[${mG + mB}];`,
      `    for (var e = 0; e < ${mG}; e++) {`,
      `        ${id}_commitment[e] <== ${id}_packGamma.out[e];`,
      `    }`,
      `    for (var e = 0; e < ${mB}; e++) {`,
      `        ${id}_commitment[${mG} + e] <== ${id}_packBeta.out[e];`,
      `    }`,
      `    component ${id}_ln = LayerNorm(${T}, ${common}, ${widths});`,
      `    ${id}_ln.gamma <== ${id}_gammaQ;`,
      `    ${id}_ln.beta <== ${id}_betaQ;`,
    );
  }
  body.push(`    ${id}_ln.x <== ${x};`, ...names.map((n) => `    ${id}_${n} <== ${id}_ln.${n};`));
  return {
    includes: [
      "circuits/lib/layernorm.circom",
      ...(ctx.weights === "private" ? ["circuits/lib/pack.circom"] : []),
    ],
    declarations,
    privateInputs,
    body,
    output: `${id}_yQ`,
    signals: names.map((n) => ({ signal: `${id}_${n}`, traceField: n })),
    commitment,
  };
}

/** Private-mode input values of {@link emitLayerNorm} for stage id `id`: gammaQ, betaQ [D]. */
export function layerNormPrivateInputValues(
  p: LayerNormParams,
  id: string,
): Record<string, number[]> {
  return { [`${id}_gammaQ`]: [...p.gammaQ], [`${id}_betaQ`]: [...p.betaQ] };
}
