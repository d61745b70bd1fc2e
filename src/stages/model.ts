/**
 * The whole integer model as a sequence of stages (docs/integer-model.md): embedding → per layer
 * [ln_1 → attention → residual add → ln_2 → MLP → residual add] → ln_f → lm_head → argmax.
 * Quantization from calibrated float activations, the integer forward pass with every named
 * intermediate per stage (the witness specification of the whole-model circuits), and greedy
 * generation checked by one causal pass.
 */
import type { GptModel } from "../model/stateDict.js";
import { quantizeAttentionLayer, type LayerCalibration } from "../quant/quantize.js";
import type { IntAttentionTrace, QuantizedAttentionLayer } from "../quant/types.js";
import {
  attentionCommitmentElements,
  attentionConstraints,
  attentionOutputBound,
  attentionPrivateInputValues,
  attentionRef,
  emitAttention,
} from "./attention.js";
import {
  argmaxConstraints,
  argmaxLowest,
  emitArgmax,
  greedyCheck,
  type ArgmaxParams,
} from "./argmax.js";
import type { ModelRanges } from "./calibrate.js";
import { stageId } from "./emit.js";
import { bound, fail, type Bound, type Stage } from "./common.js";
import {
  embeddingCommitmentElements,
  embeddingConstraints,
  embeddingPrivateInputValues,
  emitEmbedding,
  embeddingOutputBound,
  embeddingRef,
  quantizeEmbedding,
  type EmbeddingParams,
  type EmbeddingTrace,
} from "./embedding.js";
import {
  emitLayerNorm,
  int8Scales,
  layerNormBounds,
  layerNormCommitmentElements,
  layerNormConstraints,
  layerNormPrivateInputValues,
  layerNormRef,
  quantizeLayerNorm,
  type LayerNormParams,
  type LayerNormTrace,
} from "./layerNorm.js";
import {
  emitLmHead,
  lmHeadCommitmentElements,
  lmHeadConstraints,
  lmHeadOutputBound,
  lmHeadPrivateInputValues,
  lmHeadPrivateLogitMax,
  lmHeadRef,
  quantizeLmHead,
  type LmHeadParams,
} from "./lmHead.js";
import {
  emitMlp,
  mlpCommitmentElements,
  mlpConstraints,
  mlpPrivateInputValues,
  MLP_OUT_FRAC_BITS,
  mlpOutputBound,
  mlpRef,
  quantizeMlp,
  type MlpParams,
  type MlpTrace,
} from "./mlp.js";
import {
  emitResidual,
  quantizeResidual,
  residualConstraints,
  residualOutputBound,
  residualOutScale,
  residualRef,
  type ResidualParams,
  type ResidualTrace,
} from "./residual.js";

/** One transformer block's stages' parameters. */
export interface IntBlockParams {
  ln1: LayerNormParams;
  attention: QuantizedAttentionLayer;
  attnResid: ResidualParams;
  ln2: LayerNormParams;
  mlp: MlpParams;
  mlpResid: ResidualParams;
}

/** Parameters of every stage of the whole integer model. */
export interface IntModelParams {
  vocabSize: number;
  dModel: number;
  nHead: number;
  nLayer: number;
  blockSize: number;
  embedding: EmbeddingParams;
  layers: IntBlockParams[];
  lnF: LayerNormParams;
  lmHead: LmHeadParams;
}

/**
 * Quantizes the whole model from float weights and calibrated ranges.
 * The attention blocks come from the existing quantizer (src/quant/quantize.ts
 * `quantizeAttentionLayer`), so they equal quantized.json's layers; ln_1's output scales are the
 * attention block's `inputScales`.
 * @throws `stages: ` / `quantize: ` errors for degenerate calibration.
 */
export function quantizeIntModel(model: GptModel, ranges: ModelRanges): IntModelParams {
  const { vocabSize, nEmbd: d, nHead, nLayer, blockSize } = model.config;
  const embedding = quantizeEmbedding(model, ranges.x0);
  let resScale = embedding.scale;
  const layers: IntBlockParams[] = model.layers.map((w, l) => {
    const r = ranges.layers[l];
    const calib: LayerCalibration = { ln1MaxAbs: r.ln1, outMaxAbs: r.attnOut, rows: 0 };
    const attention = quantizeAttentionLayer(model, l, calib);
    const ln1 = quantizeLayerNorm(w.ln1, resScale, attention.inputScales);
    const attnResid = quantizeResidual(
      resScale,
      new Array<number>(d).fill(attention.outputScale),
      r.attnResid,
    );
    const ln2 = quantizeLayerNorm(w.ln2, attnResid.outScale, int8Scales(r.ln2));
    const mlp = quantizeMlp(
      w,
      ln2.outScales,
      residualOutScale(r.mlpResid) / 2 ** MLP_OUT_FRAC_BITS,
    );
    const mlpResid = quantizeResidual(
      attnResid.outScale,
      new Array<number>(d).fill(mlp.outScale),
      r.mlpResid,
    );
    resScale = mlpResid.outScale;
    return { ln1, attention, attnResid, ln2, mlp, mlpResid };
  });
  const lnF = quantizeLayerNorm(model.lnF, resScale, int8Scales(ranges.lnF));
  const lmHead = quantizeLmHead(model.lmHead, lnF.outScales);
  return { vocabSize, dModel: d, nHead, nLayer, blockSize, embedding, layers, lnF, lmHead };
}

/** Named intermediates of one block, per stage. */
export interface IntBlockTrace {
  ln1: LayerNormTrace;
  attention: IntAttentionTrace;
  attnResid: ResidualTrace;
  ln2: LayerNormTrace;
  mlp: MlpTrace;
  mlpResid: ResidualTrace;
}

/** Every named intermediate of the integer forward pass, per stage (the witness specification). */
export interface IntModelTrace {
  tokens: number[];
  embedding: EmbeddingTrace;
  layers: IntBlockTrace[];
  lnF: LayerNormTrace;
  lmHead: { logitAcc: number[][] };
  /** argmax per position, lowest index on ties [T]. */
  argmax: number[];
}

/**
 * Integer forward pass of the whole model (integer-only; floats appear only in parameters'
 * documentation fields, never on this path).
 * @param p the quantized model.
 * @param tokens T token ids in [0, V), 1 ≤ T ≤ blockSize.
 * @returns every stage's named intermediates; logits are `lmHead.logitAcc` [T][V] at scale
 *   `p.lmHead.logitScale`.
 * @throws `stages: ` / `intAttention: ` errors for bad tokens or lengths.
 */
export function intForward(p: IntModelParams, tokens: readonly number[]): IntModelTrace {
  const embedding = embeddingRef(p.embedding, tokens, p.dModel);
  let x = embedding.x0Q;
  const layers: IntBlockTrace[] = p.layers.map((b) => {
    const ln1 = layerNormRef(b.ln1, x);
    const attention = attentionRef(b.attention, ln1.yQ);
    const attnResid = residualRef(b.attnResid, x, attention.outQ);
    const ln2 = layerNormRef(b.ln2, attnResid.outQ);
    const mlp = mlpRef(b.mlp, ln2.yQ);
    const mlpResid = residualRef(b.mlpResid, attnResid.outQ, mlp.outQ);
    x = mlpResid.outQ;
    return { ln1, attention, attnResid, ln2, mlp, mlpResid };
  });
  const lnF = layerNormRef(p.lnF, x);
  const lmHead = lmHeadRef(p.lmHead, lnF.yQ);
  return {
    tokens: [...tokens],
    embedding,
    layers,
    lnF,
    lmHead,
    argmax: lmHead.logitAcc.map(argmaxLowest),
  };
}

/**
 * Greedy generation by the integer model, checked in one causal pass (issue 11 item 3): generates
 * `count` tokens one at a time (each a fresh integer forward pass over the context so far), then
 * runs one pass over prompt + the first count−1 generated tokens and checks that from the last
 * prompt position on every argmax equals the next token.
 * @param p the quantized model.
 * @param prompt prompt token ids (1 ≤ length).
 * @param count tokens to generate (default: prompt.length, the sort task's answer length).
 * @returns `generated` (count tokens), `tokens` (prompt + first count−1 generated: the circuit's
 *   input of length prompt.length + count − 1) and the trace of that one pass.
 * @throws `stages: ` error when prompt.length + count − 1 > blockSize (the fix: a shorter prompt
 *   or fewer tokens), a token outside the vocabulary, or (an internal error) when the single pass
 *   disagrees with the step-by-step generation.
 */
export function generateGreedyInt(
  p: IntModelParams,
  prompt: readonly number[],
  count = prompt.length,
): { generated: number[]; tokens: number[]; trace: IntModelTrace } {
  if (prompt.length < 1) fail("generate: the prompt is empty");
  if (!Number.isInteger(count) || count < 1) fail(`generate: count ${count} must be ≥ 1`);
  if (prompt.length + count - 1 > p.blockSize)
    fail(
      `generate: prompt (${prompt.length}) + generated (${count}) − 1 = ${prompt.length + count - 1} tokens exceed block_size ${p.blockSize}; shorten the prompt or generate fewer tokens`,
    );
  for (const [i, tok] of prompt.entries())
    if (!Number.isInteger(tok) || tok < 0 || tok >= p.vocabSize)
      fail(`generate: prompt token ${tok} at position ${i} is not in [0, ${p.vocabSize})`);
  const ctx = [...prompt];
  const generated: number[] = [];
  for (let i = 0; i < count; i++) {
    const tr = intForward(p, ctx);
    const next = tr.argmax[ctx.length - 1];
    generated.push(next);
    if (i < count - 1) ctx.push(next);
  }
  const trace = intForward(p, ctx);
  const check = greedyCheck(ctx, trace.argmax, prompt.length);
  if (!check.consistent || check.generated.join() !== generated.join())
    fail("generate: the single causal pass disagrees with step-by-step generation (not causal?)");
  return { generated, tokens: ctx, trace };
}

/**
 * The model as its list of stages, in forward order, each with its parameters, output bound and
 * commitment elements (issue 11 item 1; the circuit step adds emitters and constraint formulas).
 */
export function intModelStages(p: IntModelParams): Stage[] {
  const stages: Stage[] = [
    {
      kind: "embedding",
      name: "embedding",
      params: p.embedding,
      outputBound: embeddingOutputBound(p.embedding, p.vocabSize, p.dModel),
      commitmentElements: () => embeddingCommitmentElements(p.embedding),
      emitCircom: (ctx) => emitEmbedding(p.embedding, p.vocabSize, p.dModel, ctx),
      constraints: (T, weights) =>
        embeddingConstraints(p.embedding, p.vocabSize, p.dModel, T, weights),
      privateInputValues: () =>
        embeddingPrivateInputValues(p.embedding, p.dModel, stageId("embedding")),
    },
  ];
  const ln = (name: string, q: LayerNormParams): Stage => ({
    kind: "layerNorm",
    name,
    params: q,
    outputBound: layerNormBounds(q).yQ,
    commitmentElements: () => layerNormCommitmentElements(q),
    emitCircom: (ctx) => emitLayerNorm(q, ctx),
    constraints: (T, weights, _promptLength, inputsRangeChecked = false) =>
      layerNormConstraints(q, T, weights, inputsRangeChecked),
    privateInputValues: () => layerNormPrivateInputValues(q, stageId(name)),
  });
  /** A residual add; `bBound` is the branch's (the previous stage's) output bound. */
  const res = (name: string, q: ResidualParams, bBound: Bound): Stage => ({
    kind: "residual",
    name,
    params: q,
    outputBound: residualOutputBound(),
    commitmentElements: () => [],
    emitCircom: (ctx) => emitResidual(q, bBound, ctx),
    constraints: (T, weights, _promptLength, inputsRangeChecked = false) =>
      residualConstraints(q, bBound, T, weights, inputsRangeChecked),
    privateInputValues: () => ({}),
  });
  p.layers.forEach((b, l) => {
    const mlpBound = mlpOutputBound(b.mlp);
    stages.push(
      ln(`h${l}.ln1`, b.ln1),
      {
        kind: "attention",
        name: `h${l}.attention`,
        params: b.attention,
        outputBound: attentionOutputBound(),
        commitmentElements: () => attentionCommitmentElements(b.attention),
        emitCircom: (ctx) => emitAttention(b.attention, ctx),
        constraints: (T, weights) => attentionConstraints(b.attention, T, weights),
        privateInputValues: () =>
          attentionPrivateInputValues(b.attention, stageId(`h${l}.attention`)),
      },
      res(`h${l}.attnResid`, b.attnResid, attentionOutputBound()),
      ln(`h${l}.ln2`, b.ln2),
      {
        kind: "mlp",
        name: `h${l}.mlp`,
        params: b.mlp,
        outputBound: mlpBound,
        commitmentElements: () => mlpCommitmentElements(b.mlp),
        emitCircom: (ctx) => emitMlp(b.mlp, ctx),
        constraints: (T, weights) => mlpConstraints(b.mlp, T, weights),
        privateInputValues: () => mlpPrivateInputValues(b.mlp, stageId(`h${l}.mlp`)),
      },
      res(`h${l}.mlpResid`, b.mlpResid, mlpBound),
    );
  });
  const lmHeadBound = lmHeadOutputBound(p.lmHead);
  stages.push(ln("lnF", p.lnF), {
    kind: "lmHead",
    name: "lmHead",
    params: p.lmHead,
    outputBound: lmHeadBound,
    commitmentElements: () => lmHeadCommitmentElements(p.lmHead),
    emitCircom: (ctx) => emitLmHead(p.lmHead, ctx),
    constraints: (T, weights) => lmHeadConstraints(p.lmHead, T, weights),
    privateInputValues: () => lmHeadPrivateInputValues(p.lmHead, stageId("lmHead")),
  });
  const argmaxParams: ArgmaxParams = {
    vocabSize: p.vocabSize,
    tieRule: "lowest index",
    logitMax: { public: Number(lmHeadBound.max), private: lmHeadPrivateLogitMax(p.lmHead) },
  };
  stages.push({
    kind: "argmax",
    name: "argmax",
    params: argmaxParams,
    outputBound: bound(0n, BigInt(p.vocabSize - 1)),
    commitmentElements: () => [],
    emitCircom: (ctx) => emitArgmax(argmaxParams, ctx),
    constraints: (T, weights, promptLength) =>
      argmaxConstraints(argmaxParams, T, weights, promptLength),
    privateInputValues: () => ({}),
  });
  return stages;
}

/** Concatenated commitment elements of every stage, in stage order. */
export function intModelCommitmentElements(p: IntModelParams): bigint[] {
  return intModelStages(p).flatMap((s) => s.commitmentElements());
}
