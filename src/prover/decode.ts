/**
 * Reading a proved attention-block output back into model terms: run the float model with the
 * proved layer's attention output substituted, and report its next-token predictions.
 */
import { argmax, attentionBlock, forward } from "../model/float.js";
import type { GptModel } from "../model/stateDict.js";

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
