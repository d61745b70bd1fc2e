/**
 * The generated main circuits committed under circuits/main/: two per quantized model directory
 * (models/<name>/quantized.json) and layer, one with private committed weights and one in
 * public-weights mode (weights as compile-time constants). scripts/gen-circuits.ts writes them; a test
 * regenerates them in memory and requires the committed files to be identical.
 */
import { existsSync } from "node:fs";
import path from "node:path";

import { MAIN_CIRCUITS_DIR } from "../artifacts.js";
import { loadQuantizedModel, QUANTIZED_MODEL_FILE } from "../quant/modelFile.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { ZkattnUserError } from "../errors.js";
import { INT_MODEL_FILE, loadIntModel } from "../stages/file.js";
import {
  attentionBlockLayer,
  circuitNameOf,
  loadDescriptions,
  mainFileOf,
  recordNameOf,
  segmentCount,
  templateNameOf,
  type CircuitDescription,
} from "./descriptions.js";
import { generateLayerCircuit, type GeneratedCircuit } from "./generator.js";
import { generateModelCircuit, type GeneratedModelCircuit } from "./modelGenerator.js";
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

/**
 * Parses a `--weights` option whose empty value means "the default of the proof kind" (whole
 * model: public; attention block: private).
 * @returns undefined for "", else {@link parseWeightsMode}'s value.
 * @throws ZkattnUserError naming the accepted values.
 */
export function parseWeightsOption(value: string): WeightsMode | undefined {
  return value === "" ? undefined : parseWeightsMode(value);
}

/**
 * The description of one attention block's circuit (names derive from it in
 * src/circuit/descriptions.ts; T does not enter the names).
 */
export function layerDescription(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
  T = 0,
): CircuitDescription {
  const stage = `h${layer}.attention`;
  return { model, stages: { from: stage, to: stage }, T, weights };
}

/**
 * Circom template name for a model layer: `gpt-nano-sort`, 0 → `GptNanoSortLayer0`
 * (`GptNanoSortLayer0PublicWeights` in public-weights mode).
 */
export function templateNameFor(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
): string {
  return templateNameOf(layerDescription(model, layer, weights));
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
  return circuitNameOf(layerDescription(model, layer, weights));
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
  return recordNameOf(layerDescription(model, layer, weights));
}

/** Path of a layer's main circuit relative to the repository root (src/artifacts.ts layout). */
export function mainCircuitPath(
  model: string,
  layer: number,
  weights: WeightsMode = "private",
): string {
  return mainFileOf(layerDescription(model, layer, weights));
}

/**
 * The weights mode of a generated main circuit, from its path relative to the root
 * (`circuits/main/<model>-layer<L>[-public-weights].circom`, `<model>-model[-public-weights].circom`
 * or a segment's `<model>-model-seg<i>of<n>[-public-weights].circom`); undefined for any other file.
 */
export function mainCircuitWeights(file: string): WeightsMode | undefined {
  const rel = file.split(path.sep).join("/");
  if (path.posix.dirname(rel) !== MAIN_CIRCUITS_DIR) return undefined;
  const m = /^[^/]+-(layer\d+|model|model-seg\d+of\d+)(-public-weights)?\.circom$/.exec(
    path.posix.basename(rel),
  );
  if (!m) return undefined;
  return m[2] ? "public" : "private";
}

/**
 * Generates the attention-block main circuits that circuits/circuits.json describes (for models
 * with a models/<name>/quantized.json).
 * @throws Error (`descriptions: `, `model file: ...`, `generator: ...`) for an invalid
 *   description, model file or parameters, or a description whose T is not the layer's blockSize.
 */
export function generateMainCircuits(root: string): MainCircuit[] {
  const out: MainCircuit[] = [];
  for (const d of loadDescriptions(root)) {
    const layerIndex = attentionBlockLayer(d);
    if (layerIndex === undefined) continue;
    const dir = path.join(root, "models", d.model);
    if (!existsSync(path.join(dir, QUANTIZED_MODEL_FILE))) continue;
    const m = loadQuantizedModel(dir);
    const layer = m.layers.find((l) => l.layer === layerIndex);
    if (!layer) throw new Error(`descriptions: ${d.model} has no layer ${layerIndex}`);
    if (d.T !== layer.blockSize)
      throw new Error(
        `descriptions: ${circuitNameOf(d)}: T = ${d.T}, but the block circuits are built for block_size ${layer.blockSize}`,
      );
    const generated = generateLayerCircuit(layer, {
      source: `models/${d.model}/${QUANTIZED_MODEL_FILE} (${m.contentHash}), layer ${layer.layer}`,
      templateName: templateNameOf(d),
      weights: d.weights,
    });
    out.push({ file: mainFileOf(d), model: d.model, layer, weights: d.weights, generated });
  }
  return out;
}

/** One generated whole-model main circuit (or one segment of a cut description). */
export interface ModelMainCircuit {
  /** Path relative to the repository root. */
  file: string;
  description: CircuitDescription;
  /** 0-based segment index (0 for an uncut description); `generated.segment` has the count. */
  segment: number;
  generated: GeneratedModelCircuit;
}

/**
 * Generates one whole-model main circuit (`stages: "all"`) from models/<name>/quantized-model.json
 * (the committed file's source, and what a whole-model prover needs: its stages' emissions);
 * `segment` (0-based) selects one segment of a cut description (0 for an uncut one).
 * @throws Error (`stages: `, `model generator: `) for a missing or invalid model file or parameters.
 */
export function generateModelMainCircuit(
  root: string,
  d: CircuitDescription,
  segment = 0,
): ModelMainCircuit {
  const m = loadIntModel(path.join(root, "models", d.model));
  const generated = generateModelCircuit(m.params, {
    T: d.T,
    promptLength: d.promptLength!,
    weights: d.weights,
    templateName: templateNameOf(d, segment),
    source: `models/${d.model}/${INT_MODEL_FILE} (${m.contentHash})`,
    cuts: d.cuts ?? [],
    segment,
  });
  return { file: mainFileOf(d, segment), description: d, segment, generated };
}

/**
 * Generates the whole-model main circuits (`stages: "all"`) that circuits/circuits.json
 * describes, one per segment of a cut description, from models/<name>/quantized-model.json.
 * @throws Error (`descriptions: `, `stages: `, `model generator: `) for an invalid description,
 *   model file or parameters.
 */
export function generateModelMainCircuits(root: string): ModelMainCircuit[] {
  const out: ModelMainCircuit[] = [];
  for (const d of loadDescriptions(root)) {
    if (d.stages !== "all") continue;
    if (!existsSync(path.join(root, "models", d.model, INT_MODEL_FILE))) continue;
    for (let segment = 0; segment < segmentCount(d); segment++)
      out.push(generateModelMainCircuit(root, d, segment));
  }
  return out;
}
