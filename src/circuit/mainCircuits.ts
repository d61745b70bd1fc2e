/**
 * The generated main circuits committed under circuits/main/: two per quantized model directory
 * (models/<name>/quantized.json) and layer, one with private committed weights and one in
 * public-weights mode (weights as compile-time constants). scripts/gen-circuits.ts writes them; a test
 * regenerates them in memory and requires the committed files to be identical.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

import { MAIN_CIRCUITS_DIR, mainCircuitFile } from "../artifacts.js";
import { loadQuantizedModel, QUANTIZED_MODEL_FILE } from "../quant/modelFile.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { ZkattnUserError } from "../errors.js";
import { generateLayerCircuit, type GeneratedCircuit } from "./generator.js";
import type { WeightsMode } from "./types.js";

/** One generated main circuit. */
export interface MainCircuit {
  /** Path relative to the repository root, e.g. `circuits/main/gpt-nano-sort-layer0.circom`. */
  file: string;
  /** Model directory name. */
  model: string;
  layer: QuantizedAttentionLayer;
  weights: WeightsMode;
  generated: GeneratedCircuit;
}

/** Every weights mode, in the order circuits are generated. */
export const WEIGHTS_MODES: readonly WeightsMode[] = ["private", "public"];

/**
 * Parses a `--weights` value.
 * @throws ZkattnUserError naming the accepted values.
 */
export function parseWeightsMode(value: string): WeightsMode {
  if (value === "private" || value === "public") return value;
  throw new ZkattnUserError(
    `--weights must be "private" (committed private weights) or "public" (public-weights mode: weights compiled into the circuit), not "${value}"`,
  );
}

/** Suffix of circuit, file and template names in public-weights mode. */
const PUBLIC_SUFFIX = "-public-weights";

/**
 * Circom template name for a model layer: `gpt-nano-sort`, 0 → `GptNanoSortLayer0`
 * (`GptNanoSortLayer0PublicWeights` in public-weights mode).
 */
export function templateNameFor(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
): string {
  const camel = model
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  return `${/^[0-9]/.test(camel) ? "M" : ""}${camel}Layer${layer}${weights === "public" ? "PublicWeights" : ""}`;
}

/**
 * Circuit name of a model layer (also its build/ subdirectory and main file's base name):
 * `gpt-nano-sort-layer0`, or `gpt-nano-sort-layer0-public-weights` in public-weights mode.
 */
export function circuitName(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
): string {
  return `${model}-layer${layer}${weights === "public" ? PUBLIC_SUFFIX : ""}`;
}

/**
 * Name under which a layer's circuit is registered (deployment record) and its default ERC-7992
 * uri suffix: `gpt-nano-sort/layer0`, or `gpt-nano-sort/layer0/public-weights`. The two circuits
 * of a layer commit to the same modelHash; this name keeps their registrations apart.
 */
export function modelRecordName(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
): string {
  return `${model}/layer${layer}${weights === "public" ? "/public-weights" : ""}`;
}

/** Path of a layer's main circuit relative to the repository root (src/artifacts.ts layout). */
export function mainCircuitPath(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
): string {
  return mainCircuitFile(circuitName(model, layer, weights));
}

/**
 * The weights mode of a generated main circuit, from its path relative to the root
 * (`circuits/main/<model>-layer<L>[-public-weights].circom`); undefined for any other file.
 */
export function mainCircuitWeights(file: string): WeightsMode | undefined {
  const rel = file.split(path.sep).join("/");
  if (path.posix.dirname(rel) !== MAIN_CIRCUITS_DIR) return undefined;
  const m = /^[^/]+-layer\d+(-public-weights)?\.circom$/.exec(path.posix.basename(rel));
  if (!m) return undefined;
  return m[1] ? "public" : "private";
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
      for (const weights of WEIGHTS_MODES) {
        const generated = generateLayerCircuit(layer, {
          source: `models/${model}/${QUANTIZED_MODEL_FILE} (${m.contentHash}), layer ${layer.layer}`,
          templateName: templateNameFor(model, layer.layer, weights),
          weights,
        });
        out.push({
          file: mainCircuitPath(model, layer.layer, weights),
          model,
          layer,
          weights,
          generated,
        });
      }
    }
  }
  return out;
}
