/**
 * The whole-model quantized file `models/<name>/quantized-model.json`: every stage's parameters
 * (docs/integer-model.md). Written beside quantized.json (which keeps the layer-wise attention
 * blocks the existing circuits read, unchanged). Deterministic: the same source model gives a
 * byte-identical file, carrying `contentHash = "sha256:" + hex(sha256(text without the
 * contentHash line))` like quantized.json; the loader recomputes it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

import { loadModelDir } from "../model/description.js";
import { sha256Hex, stableJson } from "../quant/modelFile.js";
import type { GptConfig, GptModel } from "../model/stateDict.js";
import { calibrateModel, calibrationContexts } from "./calibrate.js";
import { fail, RESIDUAL_BITS, STAGE_MULTIPLIER_BITS } from "./common.js";
import { GELU_A_Q, GELU_ONE_BITS, GELU_POLY_BITS } from "./gelu.js";
import { MLP_OUT_FRAC_BITS } from "./mlp.js";
import { LN_COEF_BITS, LN_INV_BITS } from "./layerNorm.js";
import { RESIDUAL_MULTIPLIER_BITS } from "./residual.js";
import { quantizeIntModel, type IntModelParams } from "./model.js";
import { validateIntModel } from "./validate.js";

/** Format tag; bump on any incompatible change. */
export const INT_MODEL_FORMAT = "zkattn-quantized-int-model/1";
/** File name inside the model directory. */
export const INT_MODEL_FILE = "quantized-model.json";
/** gpt-nano-sort's float source inside its model directory (as src/quant/pipeline.ts). */
export const INT_MODEL_SOURCE = "source/gpt-nano-sort-model.json";
/** gpt-nano-sort's calibration description (its model.json says the same). */
export const INT_MODEL_CALIBRATION =
  "float model over all 729 length-6 sort prompts, each followed by its first 5 sorted tokens (11 tokens)";

/** The file's contents. */
export interface IntModelFile {
  name: string;
  source: { file: string; sha256: string };
  config: GptConfig;
  calibration: { sequences: number; description: string };
  params: IntModelParams;
  contentHash: string;
}

/**
 * The spec constants the integer reference reads from the code (not from the file); a file records
 * them so that one quantized under other widths (e.g. before LN_COEF_BITS went from 16 to 6) is
 * refused by {@link loadIntModel} instead of being evaluated with the wrong shifts.
 */
export function intModelConstants(): Record<string, number> {
  return {
    residualBits: RESIDUAL_BITS,
    stageMultiplierBits: STAGE_MULTIPLIER_BITS,
    residualMultiplierBits: RESIDUAL_MULTIPLIER_BITS,
    lnCoefBits: LN_COEF_BITS,
    lnInvBits: LN_INV_BITS,
    geluPolyBits: GELU_POLY_BITS,
    geluOneBits: GELU_ONE_BITS,
    geluA: GELU_A_Q,
    mlpOutFracBits: MLP_OUT_FRAC_BITS,
  };
}

/** Renders the file text (bigints as decimal strings) and its contentHash. */
export function renderIntModel(m: Omit<IntModelFile, "contentHash">): {
  text: string;
  contentHash: string;
} {
  const body = {
    format: INT_MODEL_FORMAT,
    name: m.name,
    source: m.source,
    config: m.config,
    calibration: m.calibration,
    constants: intModelConstants(),
    params: m.params,
  };
  const unhashed = stableJson(body);
  const contentHash = `sha256:${sha256Hex(unhashed)}`;
  const text = unhashed.replace(/\n}$/, `,\n  "contentHash": ${JSON.stringify(contentHash)}\n}\n`);
  return { text, contentHash };
}

/**
 * Quantizes a model directory into the whole integer model, in memory: reads `<dir>/model.json`
 * (src/model/description.ts), imports the float source it names, calibrates on the float model's
 * greedy contexts of the calibration prompts it names ({@link calibrationContexts}), quantizes
 * every stage ({@link quantizeIntModel}).
 * @param dir model directory with model.json, the source file and the calibration prompts file.
 * @param onProgress calibration progress, (done, total) sequences.
 * @returns the float model, the file contents (without hash) and the rendered text.
 * @throws `model: `, `task: `, `import: ` errors naming the bad file, field, tensor or prompt;
 *   `stages: ` errors of the quantizer.
 */
export function buildIntModel(
  dir: string,
  onProgress?: (done: number, total: number) => void,
): {
  float: GptModel;
  file: Omit<IntModelFile, "contentHash">;
  text: string;
} {
  const md = loadModelDir(dir);
  const { float, description } = md;
  const sequences = calibrationContexts(float, md.calibrationPrompts, description.task.generate);
  const params = quantizeIntModel(float, calibrateModel(float, sequences, onProgress));
  const file = {
    name: description.name,
    source: { file: description.source.file, sha256: sha256Hex(readFileSync(md.sourcePath)) },
    config: float.config,
    calibration: { sequences: sequences.length, description: description.calibration.description },
    params,
  };
  return { float, file, text: renderIntModel(file).text };
}

/** Quantizes a model directory and writes `<dir>/quantized-model.json` atomically. */
export function writeIntModelDir(
  dir: string,
  onProgress?: (done: number, total: number) => void,
): { file: string; contentHash: string } {
  const { file } = buildIntModel(dir, onProgress);
  const { text, contentHash } = renderIntModel(file);
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, INT_MODEL_FILE);
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, out);
  return { file: out, contentHash };
}

/**
 * Loads `<dir>/quantized-model.json`, checking its format tag, contentHash, its spec constants
 * (= {@link intModelConstants}) and every parameter's shape and range ({@link validateIntModel}).
 * @throws `stages: ` error naming the file for a missing file, another format, a hash mismatch or
 *   a constant of another spec (re-run `npm run quantize`); `stages: ` / `intAttention: ` errors for a parameter out of range.
 */
export function loadIntModel(dir: string): IntModelFile {
  const file = path.join(dir, INT_MODEL_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    fail(`${file} does not exist; run \`npm run quantize\``);
  }
  const raw = JSON.parse(text) as Record<string, unknown> & { params: IntModelParams };
  if (raw.format !== INT_MODEL_FORMAT)
    fail(
      `${file}: format ${String(raw.format)} is not ${INT_MODEL_FORMAT}; run \`npm run quantize\``,
    );
  const { contentHash, ...rest } = raw;
  void rest;
  const unhashed = text.replace(/,\n {2}"contentHash": "[^"]*"\n}\n$/, "\n}");
  const expected = `sha256:${sha256Hex(unhashed)}`;
  if (contentHash !== expected)
    fail(
      `${file}: contentHash ${String(contentHash)} does not match the content (${expected}); run \`npm run quantize\``,
    );
  const constants = intModelConstants();
  for (const [k, v] of Object.entries(constants)) {
    const got = (raw.constants as Record<string, unknown> | undefined)?.[k];
    if (got !== v)
      fail(
        `${file}: constant ${k} is ${String(got)}, this code uses ${v} (the file was quantized under another spec); run \`npm run quantize\``,
      );
  }
  for (const l of raw.params.layers) {
    l.attention.bo = l.attention.bo.map((v) => BigInt(v));
    // Why: a non-array bProj is left for validateIntModel to reject with its message.
    if (Array.isArray(l.mlp.bProj))
      l.mlp.bProj = l.mlp.bProj.map((v) => (typeof v === "string" ? BigInt(v) : v));
  }
  validateIntModel(raw.params);
  return {
    name: raw.name as string,
    source: raw.source as IntModelFile["source"],
    config: raw.config as GptConfig,
    calibration: raw.calibration as IntModelFile["calibration"],
    params: raw.params,
    contentHash: contentHash as string,
  };
}
