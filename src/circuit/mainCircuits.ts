/**
 * The generated main circuits committed under circuits/main/: one per quantized model directory
 * (models/<name>/quantized.json) and layer. scripts/gen-circuits.ts writes them; a test
 * regenerates them in memory and requires the committed files to be identical.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

import { loadQuantizedModel, QUANTIZED_MODEL_FILE } from "../quant/modelFile.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { generateLayerCircuit, type GeneratedCircuit } from "./generator.js";

/** One generated main circuit. */
export interface MainCircuit {
  /** Path relative to the repository root, e.g. `circuits/main/gpt-nano-sort-layer0.circom`. */
  file: string;
  /** Model directory name. */
  model: string;
  layer: QuantizedAttentionLayer;
  generated: GeneratedCircuit;
}

/** Circom template name for a model layer: `gpt-nano-sort`, 0 → `GptNanoSortLayer0`. */
export function templateNameFor(model: string, layer: number): string {
  const camel = model
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  return `${/^[0-9]/.test(camel) ? "M" : ""}${camel}Layer${layer}`;
}

/** Path of a layer's main circuit relative to the repository root. */
export function mainCircuitPath(model: string, layer: number): string {
  return `circuits/main/${model}-layer${layer}.circom`;
}

/**
 * Generates the main circuit of every layer of every quantized model under `<root>/models`.
 * @throws Error (`model file: ...`, `generator: ...`) for an invalid model file or parameters.
 */
export function generateMainCircuits(root: string): MainCircuit[] {
  const modelsDir = path.join(root, "models");
  if (!existsSync(modelsDir)) return [];
  const out: MainCircuit[] = [];
  for (const model of readdirSync(modelsDir).sort()) {
    const dir = path.join(modelsDir, model);
    if (!existsSync(path.join(dir, QUANTIZED_MODEL_FILE))) continue;
    const m = loadQuantizedModel(dir);
    for (const layer of m.layers) {
      const generated = generateLayerCircuit(layer, {
        source: `models/${model}/${QUANTIZED_MODEL_FILE} (${m.contentHash}), layer ${layer.layer}`,
        templateName: templateNameFor(model, layer.layer),
      });
      out.push({ file: mainCircuitPath(model, layer.layer), model, layer, generated });
    }
  }
  return out;
}
