/**
 * The quantized model directory (`models/<name>/quantized.json`): what the quantizer writes and
 * every later stage (integer reference, circuit generator, prover) reads.
 *
 * The file is deterministic (same source model and calibration set → byte-identical file) and
 * carries `contentHash = "sha256:" + hex(sha256(file text without the contentHash line))`, which
 * the loader recomputes, so a hand-edited or truncated file is rejected.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { GptConfig } from "../model/stateDict.js";
import {
  ACTIVATION_BITS,
  CHANNEL_MULTIPLIER_BITS,
  EXP_BITS,
  MULTIPLIER_BITS,
  PROB_BITS,
  SCORE_FRAC_BITS,
  WEIGHT_MAX,
} from "./constants.js";
import type { QuantizedAttentionLayer } from "./types.js";

/** Format tag of quantized.json; bump on any incompatible change. */
export const QUANTIZED_MODEL_FORMAT = "zkattn-quantized-model/1";
/** File name of the quantized model inside its directory. */
export const QUANTIZED_MODEL_FILE = "quantized.json";

/** A quantized model directory's contents. */
export interface QuantizedModel {
  /** Model name (directory name), e.g. "gpt-nano-sort". */
  name: string;
  /** Float source model, relative to the model directory, and its sha256 (hex). */
  source: { file: string; sha256: string };
  /** Architecture of the source model. */
  config: GptConfig;
  /** How the scales were calibrated (free text plus the number of sequences). */
  calibration: { sequences: number; description: string };
  /** One quantized attention block per layer, index = layer. */
  layers: QuantizedAttentionLayer[];
  /** "sha256:<hex>" of the file (see module docs). */
  contentHash: string;
}

function fail(file: string, msg: string): never {
  throw new Error(`model file: ${file}: ${msg}`);
}

/**
 * JSON with objects indented and arrays of primitives on one line (stable, diff-friendly); BigInts
 * are written as decimal strings. Shared by every generated model file (quantized.json,
 * quantized-model.json) so their bytes follow one rule.
 */
export function stableJson(value: unknown, indent = ""): string {
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object"))
      return `[${value.map((v) => stableJson(v)).join(",")}]`;
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + stableJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const inner = indent + "  ";
    const entries = Object.entries(value).map(
      ([k, v]) => `${inner}${JSON.stringify(k)}: ${stableJson(v, inner)}`,
    );
    return `{\n${entries.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** Hex SHA-256 of a text or buffer (the content hashes of generated model files). */
export function sha256Hex(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Serialized layer: `bo` as decimal strings (it may exceed 2^53). */
function layerToJson(p: QuantizedAttentionLayer): Record<string, unknown> {
  return { ...p, bo: p.bo.map((b) => b.toString()) };
}

/**
 * Renders a quantized model as file text, computing its contentHash.
 * @returns the text and the hash.
 */
export function renderQuantizedModel(m: Omit<QuantizedModel, "contentHash">): {
  text: string;
  contentHash: string;
} {
  const body = {
    format: QUANTIZED_MODEL_FORMAT,
    name: m.name,
    source: m.source,
    config: m.config,
    calibration: m.calibration,
    constants: {
      activationBits: ACTIVATION_BITS,
      weightMax: WEIGHT_MAX,
      scoreFracBits: SCORE_FRAC_BITS,
      expBits: EXP_BITS,
      probBits: PROB_BITS,
      multiplierBits: MULTIPLIER_BITS,
      channelMultiplierBits: CHANNEL_MULTIPLIER_BITS,
    },
    layers: m.layers.map(layerToJson),
  };
  const unhashed = stableJson(body);
  const contentHash = `sha256:${sha256Hex(unhashed)}`;
  const text = unhashed.replace(/\n}$/, `,\n  "contentHash": ${JSON.stringify(contentHash)}\n}\n`);
  return { text, contentHash };
}

/**
 * Writes `<dir>/quantized.json` atomically (temp file + rename).
 * @returns the written path and contentHash.
 */
export function writeQuantizedModel(
  dir: string,
  m: Omit<QuantizedModel, "contentHash">,
): { file: string; contentHash: string } {
  const { text, contentHash } = renderQuantizedModel(m);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, QUANTIZED_MODEL_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return { file, contentHash };
}

function intArray(
  file: string,
  what: string,
  v: unknown,
  len: number,
  lo: number,
  hi: number,
): number[] {
  if (!Array.isArray(v) || v.length !== len) {
    fail(
      file,
      `${what} must be an array of ${len} integers, got ${Array.isArray(v) ? `${v.length} values` : typeof v}`,
    );
  }
  v.forEach((x, i) => {
    if (!Number.isSafeInteger(x) || x < lo || x > hi)
      fail(file, `${what}[${i}] = ${JSON.stringify(x)} is not an integer in [${lo}, ${hi}]`);
  });
  return v as number[];
}

function positive(file: string, what: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
    fail(file, `${what} = ${JSON.stringify(v)} must be a positive finite number`);
  return v;
}

function parseLayer(
  file: string,
  raw: unknown,
  index: number,
  config: GptConfig,
): QuantizedAttentionLayer {
  if (raw === null || typeof raw !== "object") fail(file, `layers[${index}] is not an object`);
  const r = raw as Record<string, unknown>;
  const at = (k: string) => `layers[${index}].${k}`;
  const d = config.nEmbd;
  if (r.layer !== index)
    fail(file, `${at("layer")} = ${JSON.stringify(r.layer)}; expected ${index}`);
  if (r.dModel !== d || r.nHead !== config.nHead || r.blockSize !== config.blockSize) {
    fail(
      file,
      `${at("dModel/nHead/blockSize")} = ${r.dModel}/${r.nHead}/${r.blockSize} disagree with config ${d}/${config.nHead}/${config.blockSize}`,
    );
  }
  const biasBits = intArray(file, at("biasBits"), [r.biasBits], 1, 2, 48)[0];
  const outBiasBits = intArray(file, at("outBiasBits"), [r.outBiasBits], 1, 2, 200)[0];
  const biasLim = 2 ** (biasBits - 1);
  if (!Array.isArray(r.bo) || r.bo.length !== d)
    fail(file, `${at("bo")} must be an array of ${d} decimal strings`);
  const bo = (r.bo as unknown[]).map((s, i) => {
    if (typeof s !== "string" || !/^-?\d+$/.test(s))
      fail(file, `${at("bo")}[${i}] = ${JSON.stringify(s)} is not a decimal integer string`);
    const b = BigInt(s);
    const lim = 1n << BigInt(outBiasBits - 1);
    if (b < -lim || b >= lim)
      fail(file, `${at("bo")}[${i}] = ${s} does not fit outBiasBits = ${outBiasBits}`);
    return b;
  });
  const inputScales = r.inputScales;
  if (!Array.isArray(inputScales) || inputScales.length !== d)
    fail(file, `${at("inputScales")} must be ${d} positive numbers`);
  inputScales.forEach((s, i) => positive(file, `${at("inputScales")}[${i}]`, s));
  const mulMax = 2 ** MULTIPLIER_BITS - 1;
  return {
    layer: index,
    dModel: d,
    nHead: config.nHead,
    blockSize: config.blockSize,
    inputScales: inputScales as number[],
    wq: intArray(file, at("wq"), r.wq, d * d, -WEIGHT_MAX, WEIGHT_MAX),
    wk: intArray(file, at("wk"), r.wk, d * d, -WEIGHT_MAX, WEIGHT_MAX),
    wv: intArray(file, at("wv"), r.wv, d * d, -WEIGHT_MAX, WEIGHT_MAX),
    wo: intArray(file, at("wo"), r.wo, d * d, -WEIGHT_MAX, WEIGHT_MAX),
    bq: intArray(file, at("bq"), r.bq, d, -biasLim, biasLim - 1),
    bk: intArray(file, at("bk"), r.bk, d, -biasLim, biasLim - 1),
    bv: intArray(file, at("bv"), r.bv, d, -biasLim, biasLim - 1),
    biasBits,
    bo,
    outBiasBits,
    cQK: intArray(file, at("cQK"), r.cQK, d, 1, 2 ** CHANNEL_MULTIPLIER_BITS),
    cV: intArray(file, at("cV"), r.cV, d, 1, 2 ** CHANNEL_MULTIPLIER_BITS),
    scoreMultiplier: intArray(file, at("scoreMultiplier"), [r.scoreMultiplier], 1, 1, mulMax)[0],
    scoreShift: intArray(file, at("scoreShift"), [r.scoreShift], 1, 1, 128)[0],
    outMultipliers: intArray(file, at("outMultipliers"), r.outMultipliers, d, 1, mulMax),
    outShift: intArray(file, at("outShift"), [r.outShift], 1, 1, 128)[0],
    outputScale: positive(file, at("outputScale"), r.outputScale),
  };
}

/**
 * Loads and validates `<dir>/quantized.json`.
 *
 * @param dir the model directory (e.g. models/gpt-nano-sort).
 * @returns the model, every integer range checked against docs/integer-attention.md.
 * @throws `model file: <path>: ...` for a missing or unparsable file, another format, a
 *   contentHash mismatch (the file was edited or truncated: re-run `npm run quantize`), or any
 *   field out of range (naming the field and index).
 */
export function loadQuantizedModel(dir: string): QuantizedModel {
  const file = path.join(dir, QUANTIZED_MODEL_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    fail(
      file,
      "cannot be read; create it with `npm run quantize` (or pass the right model directory)",
    );
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    fail(
      file,
      `is not valid JSON (${(e as Error).message}); regenerate it with \`npm run quantize\``,
    );
  }
  if (raw.format !== QUANTIZED_MODEL_FORMAT) {
    fail(
      file,
      `format ${JSON.stringify(raw.format)} is not ${QUANTIZED_MODEL_FORMAT}; regenerate it with \`npm run quantize\``,
    );
  }
  const idx = text.lastIndexOf(',\n  "contentHash": ');
  const expected = idx >= 0 ? `sha256:${sha256Hex(text.slice(0, idx) + "\n}")}` : undefined;
  if (expected === undefined || raw.contentHash !== expected) {
    fail(
      file,
      `contentHash ${JSON.stringify(raw.contentHash)} does not match the file contents (${expected ?? "no contentHash line"}); the file was edited or truncated — regenerate it with \`npm run quantize\``,
    );
  }
  const c = raw.config as Record<string, unknown> | undefined;
  const config: GptConfig = {
    nLayer: Number(c?.nLayer),
    nHead: Number(c?.nHead),
    nEmbd: Number(c?.nEmbd),
    vocabSize: Number(c?.vocabSize),
    blockSize: Number(c?.blockSize),
  };
  for (const [k, v] of Object.entries(config)) {
    if (!Number.isSafeInteger(v) || v <= 0)
      fail(file, `config.${k} = ${JSON.stringify(c?.[k])} must be a positive integer`);
  }
  if (config.nEmbd % config.nHead !== 0)
    fail(file, `config.nEmbd ${config.nEmbd} is not divisible by nHead ${config.nHead}`);
  if (!Array.isArray(raw.layers) || raw.layers.length !== config.nLayer) {
    fail(file, `layers must hold ${config.nLayer} entries (config.nLayer)`);
  }
  return {
    name: String(raw.name),
    source: raw.source as QuantizedModel["source"],
    config,
    calibration: raw.calibration as QuantizedModel["calibration"],
    layers: raw.layers.map((l, i) => parseLayer(file, l, i, config)),
    contentHash: expected,
  };
}
