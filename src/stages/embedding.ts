/**
 * Embedding stage: token + position embedding into the int16 residual stream
 * (docs/integer-model.md "Embedding").
 */
import type { GptModel } from "../model/stateDict.js";
import { packSigned } from "../circuit/commitments.js";
import type { WeightsMode } from "../circuit/generator.js";
import type { EmitContext, StageEmission } from "./emit.js";
import { constMatrix, packedLength } from "./emitHelpers.js";
import { bound, fail, failCalibration, RESIDUAL_MAX, roundHalfAway, type Bound } from "./common.js";

/** Quantized embedding tables, both at the residual scale `scale` of layer 0's input. */
export interface EmbeddingParams {
  /** Token table wteQ [V][D] (row-major, length V·D), `round(wte / scale)`. */
  wteQ: number[];
  /** Position table wpeQ [blockSize][D], `round(wpe / scale)`. */
  wpeQ: number[];
  /** Signed width of every table entry. */
  tableBits: number;
  /** Float scale s_0 of x0Q: x0 ≈ x0Q · scale. */
  scale: number;
}

/** Named intermediates of the embedding stage. */
export interface EmbeddingTrace {
  /** wteQ[tokens[t]] [T][D]. */
  tokQ: number[][];
  /** wpeQ[t] [T][D]. */
  posQ: number[][];
  /** tokQ + posQ [T][D], exact (no rounding), |x0Q| ≤ RESIDUAL_MAX. */
  x0Q: number[][];
}

/**
 * Quantizes the embedding tables. Scale from calibration: `s_0 = max|x0| / (RESIDUAL_MAX − 1)`
 * (max over the calibration set of |tok_emb + pos_emb|); the −1 absorbs the two roundings, so
 * `|wteQ[v][i] + wpeQ[t][i]| ≤ |x0|/s_0 + 1 ≤ RESIDUAL_MAX` for every realized (v, t).
 * @throws ZkattnUserError `stages: ` when a (token, position) pair not seen in calibration
 *   overflows, or the calibration range is zero.
 */
export function quantizeEmbedding(model: GptModel, x0MaxAbs: number): EmbeddingParams {
  if (!(x0MaxAbs > 0)) failCalibration("embedding: calibration range of x0 is zero");
  const scale = x0MaxAbs / (RESIDUAL_MAX - 1);
  const wteQ = Array.from(model.wte.data, (v) => roundHalfAway(v / scale));
  const wpeQ = Array.from(model.wpe.data, (v) => roundHalfAway(v / scale));
  const p: EmbeddingParams = { wteQ, wpeQ, tableBits: 0, scale };
  let lo = 0;
  let hi = 0;
  for (const v of [...wteQ, ...wpeQ]) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  p.tableBits = bound(BigInt(lo), BigInt(hi)).bits;
  const b = embeddingOutputBound(p, model.config.vocabSize, model.config.nEmbd);
  if (b.max > BigInt(RESIDUAL_MAX) || b.min < BigInt(-RESIDUAL_MAX))
    failCalibration(
      `embedding: a token/position pair reaches ${b.min}..${b.max}, beyond ±${RESIDUAL_MAX}; calibrate on sequences covering every token at every position`,
    );
  return p;
}

/** Exact output bound: min/max over all tokens v, positions t, channels i of wteQ[v][i] + wpeQ[t][i]. */
export function embeddingOutputBound(p: EmbeddingParams, vocab: number, d: number): Bound {
  const rowsP = p.wpeQ.length / d;
  let lo = Infinity;
  let hi = -Infinity;
  for (let v = 0; v < vocab; v++)
    for (let t = 0; t < rowsP; t++)
      for (let i = 0; i < d; i++) {
        const s = p.wteQ[v * d + i] + p.wpeQ[t * d + i];
        lo = Math.min(lo, s);
        hi = Math.max(hi, s);
      }
  return bound(BigInt(lo), BigInt(hi));
}

/**
 * Integer reference: `x0Q[t][i] = wteQ[tokens[t]][i] + wpeQ[t][i]` (exact integer add).
 * @param tokens T token ids in [0, V), 1 ≤ T ≤ blockSize.
 * @throws `stages: ` error for a bad token or length.
 */
export function embeddingRef(
  p: EmbeddingParams,
  tokens: readonly number[],
  d: number,
): EmbeddingTrace {
  const vocab = p.wteQ.length / d;
  const blockSize = p.wpeQ.length / d;
  if (tokens.length < 1 || tokens.length > blockSize)
    fail(`embedding: ${tokens.length} tokens; expected 1 .. ${blockSize} (block_size)`);
  const tokQ: number[][] = [];
  const posQ: number[][] = [];
  const x0Q: number[][] = [];
  tokens.forEach((tok, t) => {
    if (!Number.isInteger(tok) || tok < 0 || tok >= vocab)
      fail(`embedding: token ${tok} at position ${t} is not in [0, ${vocab})`);
    const a = p.wteQ.slice(tok * d, (tok + 1) * d);
    const b = p.wpeQ.slice(t * d, (t + 1) * d);
    tokQ.push(a);
    posQ.push(b);
    x0Q.push(a.map((v, i) => v + b[i]));
  });
  return { tokQ, posQ, x0Q };
}

/** Commitment elements: packSigned(wteQ, tableBits) then packSigned(wpeQ, tableBits). */
export function embeddingCommitmentElements(p: EmbeddingParams): bigint[] {
  return [...packSigned(p.wteQ, p.tableBits), ...packSigned(p.wpeQ, p.tableBits)];
}

/**
 * Constraint count of an embedding stage after `--O2` (pinned by test/circuits/stages/
 * embedding.test.ts). Derivation: per position the one-hot selector's V booleanity constraints
 * (its two sums are linear and substituted away); public mode selects with constant tables
 * (linear: 0 more); private mode adds one product per (position, channel, token value), T·D·V,
 * and the commitment's range checks of both tables, (V + blockSize)·D·tableBits.
 * @param vocab V; d D; blockSize rows of wpeQ.
 */
export function embeddingConstraints(
  p: EmbeddingParams,
  vocab: number,
  d: number,
  T: number,
  weights: WeightsMode,
): number {
  const blockSize = p.wpeQ.length / d;
  return weights === "public"
    ? T * vocab
    : T * vocab + T * d * vocab + (vocab + blockSize) * d * p.tableBits;
}

/**
 * Circom emitter of the embedding stage (contract: src/stages/emit.ts). Input `ctx.inputs[0]`:
 * the token ids [T] (each must lie in [0, V): the one-hot selection rejects anything else).
 * Declares `<id>_tokQ`, `<id>_posQ` and the output `<id>_x0Q`, all [T][D]. Public mode: the
 * tables are constant functions `<id>_wte()` [V][D] and `<id>_wpe()` (its first T rows); the
 * output lies in `embeddingOutputBound` (⊆ ±RESIDUAL_MAX, checked by the quantizer). Private
 * mode: private inputs `<id>_wte` [V][D] and `<id>_wpe` [blockSize][D] (the whole table, as
 * committed) and `<id>_commitment` = PackSigned(wteQ, tableBits) ++ PackSigned(wpeQ, tableBits)
 * (= {@link embeddingCommitmentElements}); the output then lies in ±2^tableBits.
 * @throws `stages: ` error for a bad input count or T beyond the block size.
 */
export function emitEmbedding(
  p: EmbeddingParams,
  vocab: number,
  d: number,
  ctx: EmitContext,
): StageEmission {
  if (ctx.inputs.length !== 1) fail(`embedding: expected 1 input, got ${ctx.inputs.length}`);
  const { id, T } = ctx;
  const blockSize = p.wpeQ.length / d;
  if (T < 1 || T > blockSize) fail(`embedding: T = ${T} is not in 1 .. ${blockSize} (block_size)`);
  const tokens = ctx.inputs[0];
  const body = [
    `    // ${id}: token + position embedding (circuits/lib/embedding.circom; src/stages/embedding.ts).`,
    `    signal ${id}_tokQ[${T}][${d}];`,
    `    signal ${id}_posQ[${T}][${d}];`,
    `    signal ${id}_x0Q[${T}][${d}];`,
  ];
  const declarations: string[] = [];
  const privateInputs: StageEmission["privateInputs"] = [];
  let commitment: StageEmission["commitment"];
  if (ctx.weights === "public") {
    declarations.push(
      constMatrix(`${id}_wte`, p.wteQ, vocab, d),
      constMatrix(`${id}_wpe`, p.wpeQ.slice(0, T * d), T, d),
    );
    body.push(
      `    component ${id}_emb = EmbeddingConst(${T}, ${vocab}, ${d}, ${id}_wte(), ${id}_wpe());`,
    );
  } else {
    const w = p.tableBits;
    privateInputs.push(
      { name: `${id}_wte`, shape: [vocab, d] },
      { name: `${id}_wpe`, shape: [blockSize, d] },
    );
    const mT = packedLength(vocab * d, w);
    const mP = packedLength(blockSize * d, w);
    commitment = { signal: `${id}_commitment`, length: mT + mP };
    body.push(
      `    // Why: the packing range-checks every table entry (injective commitment) and binds it.`,
      `    component ${id}_packWte = PackSigned(${vocab * d}, ${w});`,
      `    for (var v = 0; v < ${vocab}; v++) {`,
      `        for (var i = 0; i < ${d}; i++) {`,
      `            ${id}_packWte.in[v * ${d} + i] <== ${id}_wte[v][i];`,
      `        }`,
      `    }`,
      `    component ${id}_packWpe = PackSigned(${blockSize * d}, ${w});`,
      `    for (var u = 0; u < ${blockSize}; u++) {`,
      `        for (var i = 0; i < ${d}; i++) {`,
      `            ${id}_packWpe.in[u * ${d} + i] <== ${id}_wpe[u][i];`,
      `        }`,
      `    }`,
      `    signal ${id}_commitment[${mT + mP}];`,
      `    for (var e = 0; e < ${mT}; e++) {`,
      `        ${id}_commitment[e] <== ${id}_packWte.out[e];`,
      `    }`,
      `    for (var e = 0; e < ${mP}; e++) {`,
      `        ${id}_commitment[${mT} + e] <== ${id}_packWpe.out[e];`,
      `    }`,
      `    component ${id}_emb = Embedding(${T}, ${vocab}, ${d});`,
      `    ${id}_emb.wte <== ${id}_wte;`,
      `    for (var t = 0; t < ${T}; t++) {`,
      `        ${id}_emb.wpe[t] <== ${id}_wpe[t];`,
      `    }`,
    );
  }
  body.push(
    `    ${id}_emb.tokens <== ${tokens};`,
    `    ${id}_tokQ <== ${id}_emb.tokQ;`,
    `    ${id}_posQ <== ${id}_emb.posQ;`,
    `    ${id}_x0Q <== ${id}_emb.x0Q;`,
  );
  return {
    includes: [
      "circuits/lib/embedding.circom",
      ...(ctx.weights === "private" ? ["circuits/lib/pack.circom"] : []),
    ],
    declarations,
    privateInputs,
    body,
    output: `${id}_x0Q`,
    signals: [
      { signal: `${id}_tokQ`, traceField: "tokQ" },
      { signal: `${id}_posQ`, traceField: "posQ" },
      { signal: `${id}_x0Q`, traceField: "x0Q" },
    ],
    commitment,
  };
}

/** Private-mode input values of {@link emitEmbedding} for stage id `id`: wte [V][D], wpe [blockSize][D]. */
export function embeddingPrivateInputValues(
  p: EmbeddingParams,
  d: number,
  id: string,
): Record<string, number[][]> {
  const rows = (a: number[]) =>
    Array.from({ length: a.length / d }, (_, r) => a.slice(r * d, (r + 1) * d));
  return { [`${id}_wte`]: rows(p.wteQ), [`${id}_wpe`]: rows(p.wpeQ) };
}
