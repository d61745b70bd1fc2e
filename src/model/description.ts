/**
 * A model directory's description, `models/<name>/model.json`: one schema for every model zkattn
 * quantizes (the bundled gpt-nano-sort and mingpt-adder, and whatever `zkattn:import` makes).
 * It names the float source file and its format, the number of heads (the one architectural
 * number a state_dict's shapes do not give), the task (prompt length, tokens generated, how
 * tokens print) and the calibration prompts file. Everything else comes from the tensors' shapes.
 *
 * ```json
 * {
 *   "format": "zkattn-model/1",
 *   "name": "mingpt-adder",
 *   "source": { "file": "source/model.pt", "format": "pytorch", "license": "source/LICENSE" },
 *   "nHead": 3,
 *   "task": { "kind": "adder", "promptLength": 4, "generate": 3, "vocabulary": ["0", ..., "9"] },
 *   "calibration": { "prompts": "calibration-prompts.json", "description": "..." }
 * }
 * ```
 *
 * The calibration prompts file: `{"description": string, "prompts": number[][]}` (each prompt
 * `task.promptLength` token ids), or a bare `number[][]`.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `model: `.
 */
import { ZkattnUserError } from "../errors.js";
import { readFileSync } from "node:fs";
import path from "node:path";

import { detectModelFormat, importGptModel, type ModelFormat } from "./import/index.js";
import type { GptModel } from "./stateDict.js";
import { checkPrompt, validateTask, type TaskSpec } from "./task.js";

/** Format tag of model.json. */
export const MODEL_DESCRIPTION_FORMAT = "zkattn-model/1";
/** File name of the description inside a model directory. */
export const MODEL_DESCRIPTION_FILE = "model.json";

/** The contents of `models/<name>/model.json`. */
export interface ModelDirDescription {
  format: typeof MODEL_DESCRIPTION_FORMAT;
  name: string;
  source: {
    /** Float model file, relative to the model directory. */
    file: string;
    format: ModelFormat;
    /** Licence file of the source, relative to the model directory; null when none shipped. */
    license: string | null;
  };
  nHead: number;
  task: TaskSpec;
  calibration: {
    /** Calibration prompts file, relative to the model directory. */
    prompts: string;
    /** What the calibration sequences are, recorded in quantized-model.json. */
    description: string;
  };
}

function fail(msg: string): never {
  throw new ZkattnUserError(`model: ${msg}`);
}

/**
 * Reads and checks `<dir>/model.json` (fields present and typed; the task is checked against the
 * model in {@link loadModelDir}).
 * @throws `model: ` error naming the file and the missing or malformed field.
 */
export function readModelDescription(dir: string): ModelDirDescription {
  const file = path.join(dir, MODEL_DESCRIPTION_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const d = raw as ModelDirDescription;
  if (d === null || typeof d !== "object") fail(`${file} is not a JSON object`);
  if (d.format !== MODEL_DESCRIPTION_FORMAT)
    fail(`${file}: format ${String(d.format)} is not ${MODEL_DESCRIPTION_FORMAT}`);
  const str = (v: unknown, what: string) => {
    if (typeof v !== "string" || v === "") fail(`${file}: ${what} must be a non-empty string`);
  };
  str(d.name, "name");
  str(d.source?.file, "source.file");
  str(d.source?.format, "source.format");
  if (d.source.license !== null) str(d.source.license, "source.license (or null)");
  if (!Number.isInteger(d.nHead) || d.nHead < 1) fail(`${file}: nHead must be an integer ≥ 1`);
  if (d.task === null || typeof d.task !== "object") fail(`${file}: task is missing`);
  str(d.calibration?.prompts, "calibration.prompts");
  str(d.calibration?.description, "calibration.description");
  return d;
}

/** The calibration prompts file's contents. */
export interface PromptsFile {
  description: string;
  prompts: number[][];
}

/**
 * Reads a prompts file and checks every prompt against the task.
 * @throws `model: ` error naming the file; `task: ` errors naming the prompt's bad token.
 */
export function readPromptsFile(file: string, task: TaskSpec): PromptsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(`cannot read the prompts file ${file}: ${(e as Error).message}`);
  }
  const obj = Array.isArray(raw) ? { description: "", prompts: raw } : (raw as PromptsFile);
  if (!Array.isArray(obj?.prompts) || obj.prompts.length === 0)
    fail(`${file}: expected {"prompts": [[token ids], ...]} with at least one prompt`);
  obj.prompts.forEach((p, i) => {
    if (!Array.isArray(p)) fail(`${file}: prompt ${i} is not an array of token ids`);
    try {
      checkPrompt(task, p);
    } catch (e) {
      fail(`${file}: prompt ${i}: ${(e as Error).message}`);
    }
  });
  return {
    description: typeof obj.description === "string" ? obj.description : "",
    prompts: obj.prompts,
  };
}

/**
 * Renders a prompts file deterministically: one prompt per line.
 */
export function renderPromptsFile(p: PromptsFile): string {
  const lines = p.prompts.map((q) => `    [${q.join(",")}]`).join(",\n");
  return `{\n  "description": ${JSON.stringify(p.description)},\n  "prompts": [\n${lines}\n  ]\n}\n`;
}

/** Renders model.json deterministically (2-space JSON, key order of {@link ModelDirDescription}). */
export function renderModelDescription(d: ModelDirDescription): string {
  const ordered: ModelDirDescription = {
    format: d.format,
    name: d.name,
    source: { file: d.source.file, format: d.source.format, license: d.source.license },
    nHead: d.nHead,
    task: {
      kind: d.task.kind,
      promptLength: d.task.promptLength,
      generate: d.task.generate,
      vocabulary: d.task.vocabulary,
    },
    calibration: { prompts: d.calibration.prompts, description: d.calibration.description },
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}

/** A model directory loaded: its description, float model and calibration prompts. */
export interface ModelDir {
  dir: string;
  description: ModelDirDescription;
  float: GptModel;
  /** Absolute-or-relative path of the source file (dir + source.file). */
  sourcePath: string;
  calibrationPrompts: number[][];
}

/**
 * Loads a model directory: model.json, the float model from its source file (through
 * src/model/import, which detects the format; it must match `source.format`), and the
 * calibration prompts, checking the task against the model's vocab and block sizes.
 * @throws `model: ` / `task: ` errors above; `import: ` / `stateDict: ` errors of the importers.
 */
export function loadModelDir(dir: string): ModelDir {
  const description = readModelDescription(dir);
  const sourcePath = path.join(dir, description.source.file);
  let detected: ModelFormat | undefined;
  try {
    detected = detectModelFormat(readFileSync(sourcePath));
  } catch {
    // importGptModel names the unreadable file
  }
  if (detected !== undefined && detected !== description.source.format)
    fail(
      `${sourcePath} is a ${detected} file but ${path.join(dir, MODEL_DESCRIPTION_FILE)} says source.format ${description.source.format}`,
    );
  const float = importGptModel(sourcePath, { nHead: description.nHead });
  validateTask(description.task, float.config.vocabSize, float.config.blockSize);
  const calibrationPrompts = readPromptsFile(
    path.join(dir, description.calibration.prompts),
    description.task,
  ).prompts;
  return { dir, description, float, sourcePath, calibrationPrompts };
}
