/**
 * Reading a proved attention-block output back into model terms: run the float model with the
 * proved layer's attention output substituted, and report its next-token predictions.
 */
import path from "node:path";

import { modelDir } from "../artifacts.js";
import { argmax, attentionBlock, forward } from "../model/float.js";
import { loadGptModel, type GptModel } from "../model/stateDict.js";
import { loadModelByName } from "../models.js";

/**
 * Greedy next-token predictions at every position when layer `layer`'s attention block output
 * is replaced by `blockOutput` ([T][D], the dequantized proved output) and every other layer
 * runs in float64.
 *
 * @returns one predicted token id per position (length T).
 * @throws `float: ` errors for bad tokens or a block output of the wrong shape.
 */
export function predictionsWithBlockOutput(
  model: GptModel,
  tokens: readonly number[],
  layer: number,
  blockOutput: readonly (readonly number[])[],
): number[] {
  const rows = blockOutput.map((r) => Float64Array.from(r));
  const trace = forward(model, tokens, {
    attentionOverride: (l, ln1) => {
      if (l === layer) return rows;
      const y = attentionBlock(model, l, ln1).yProj;
      const d = model.config.nEmbd;
      return Array.from({ length: ln1.length }, (_, t) => y.data.slice(t * d, (t + 1) * d));
    },
  });
  const v = model.config.vocabSize;
  return Array.from({ length: tokens.length }, (_, t) =>
    argmax(trace.lm_head.data.subarray(t * v, (t + 1) * v)),
  );
}

/** What {@link decodeSortPrediction} reports for the sort task. */
export interface SortDecoding {
  /** The tokens to sort: the first half (rounded up) of the context. */
  given: number[];
  /** The model's predictions from the last given token on (the sorted sequence it produces). */
  predicted: number[];
  /** `given`, sorted: what a correct model predicts. */
  sorted: number[];
}

/**
 * Decodes a proved block output of the bundled sort task (src/model/tokens.ts): the float model of
 * `models/<model>/` predicts with layer `layer`'s attention output replaced by `blockOutput`.
 *
 * @param tokens the T token ids that were proved (to sort, then the sorted prefix).
 * @throws ZkattnUserError for an unknown model; `float: ` errors for a wrong shape.
 */
export function decodeSortPrediction(
  root: string,
  model: string,
  layer: number,
  tokens: readonly number[],
  blockOutput: readonly (readonly number[])[],
): SortDecoding {
  const q = loadModelByName(root, model);
  const float = loadGptModel(path.join(modelDir(root, model), q.source.file));
  const pred = predictionsWithBlockOutput(float, tokens, layer, blockOutput);
  const half = Math.floor((tokens.length + 1) / 2);
  const given = tokens.slice(0, half);
  return { given, predicted: pred.slice(half - 1), sorted: [...given].sort((a, b) => a - b) };
}
