/**
 * Shared inputs of the stage tests: the float model, the committed whole integer model, and a
 * deterministic sample of sort contexts (every 7th of the 729, 105 contexts) with their integer
 * and float traces, computed once per process.
 */
import { forward, type ForwardTrace } from "../../src/model/float.js";
import { loadGptModel, type GptModel } from "../../src/model/stateDict.js";
import { allSortInputs, sortContext } from "../../src/model/tokens.js";
import { loadIntModel } from "../../src/stages/file.js";
import { intForward, type IntModelParams, type IntModelTrace } from "../../src/stages/model.js";

export const MODEL_DIR = "models/gpt-nano-sort";

let cache:
  | {
      float: GptModel;
      p: IntModelParams;
      samples: { tokens: number[]; int: IntModelTrace; float: ForwardTrace }[];
    }
  | undefined;

export function fixtures() {
  if (cache === undefined) {
    const float = loadGptModel(`${MODEL_DIR}/source/gpt-nano-sort-model.json`);
    const p = loadIntModel(MODEL_DIR).params;
    const samples = allSortInputs()
      .filter((_, i) => i % 7 === 0)
      .map(sortContext)
      .map((tokens) => ({ tokens, int: intForward(p, tokens), float: forward(float, tokens) }));
    cache = { float, p, samples };
  }
  return cache;
}
