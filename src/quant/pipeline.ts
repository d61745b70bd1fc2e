/**
 * The quantization job for a bundled model directory: calibrate on the sort task, quantize every
 * layer's attention block, write `<dir>/quantized.json`. Called by scripts/quantize.ts and tests.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { allSortInputs, sortContext } from "../model/tokens.js";
import { loadGptModel, type GptModel } from "../model/stateDict.js";
import { renderQuantizedModel, writeQuantizedModel, type QuantizedModel } from "./modelFile.js";
import { calibrate, quantizeAttentionLayer } from "./quantize.js";

/** Where the float source model lives inside a model directory. */
export const SOURCE_MODEL_FILE = "source/gpt-nano-sort-model.json";

/** Description recorded in quantized.json. */
export const CALIBRATION_DESCRIPTION =
  "float model over all 729 length-6 sort prompts, each followed by its first 5 sorted tokens (11 tokens)";

/**
 * Builds the quantized model of a model directory in memory.
 *
 * @param dir model directory holding `source/gpt-nano-sort-model.json`.
 * @returns the float model and the quantized model with its rendered file text.
 * @throws loader errors (`stateDict: ...`) for a missing or malformed source model.
 */
export function buildQuantizedModel(dir: string): {
  float: GptModel;
  model: Omit<QuantizedModel, "contentHash">;
  text: string;
} {
  const sourcePath = path.join(dir, SOURCE_MODEL_FILE);
  const float = loadGptModel(sourcePath);
  const sequences = allSortInputs().map(sortContext);
  const calib = calibrate(float, sequences);
  const layers = calib.map((c, l) => quantizeAttentionLayer(float, l, c));
  const model = {
    name: path.basename(path.resolve(dir)),
    source: {
      file: SOURCE_MODEL_FILE,
      sha256: createHash("sha256").update(readFileSync(sourcePath)).digest("hex"),
    },
    config: float.config,
    calibration: { sequences: sequences.length, description: CALIBRATION_DESCRIPTION },
    layers,
  };
  return { float, model, text: renderQuantizedModel(model).text };
}

/** Quantizes a model directory and writes its quantized.json atomically. */
export function quantizeModelDir(dir: string): { file: string; contentHash: string } {
  return writeQuantizedModel(dir, buildQuantizedModel(dir).model);
}
