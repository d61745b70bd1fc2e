/**
 * Makes a model directory from a user's float checkpoint (issue 12 item 2, `npx hardhat
 * zkattn:import`): copies the source file, its licence and provenance, writes model.json
 * (src/model/description.ts) and the calibration prompts, calibrates, quantizes and writes
 * quantized-model.json (src/stages/file.ts). Deterministic (the outputs depend only on the input
 * files' bytes and the options) and atomic: everything is built in a temporary directory beside
 * the target and renamed into place; on any error nothing is left behind.
 *
 * Errors: where the user's file or options are wrong, a `ZkattnUserError` (src/errors.ts) whose
 * message starts with `import: `, or the prefix of the module that found the problem (`model: `,
 * `task: `, `stateDict: `, `onnx: `, and `stages: ` when the calibration prompts cannot calibrate
 * the model). Any other error is a bug.
 */
import { ZkattnUserError } from "../errors.js";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

import {
  MODEL_DESCRIPTION_FILE,
  MODEL_DESCRIPTION_FORMAT,
  readPromptsFile,
  renderModelDescription,
  renderPromptsFile,
  type ModelDirDescription,
} from "../model/description.js";
import { detectModelFormat, importGptModel } from "../model/import/index.js";
import { digitVocabulary, validateTask, type TaskKind, type TaskSpec } from "../model/task.js";
import { buildIntModel, INT_MODEL_FILE, renderIntModel } from "./file.js";

/** Licence file names looked for beside the source file, in this order. */
export const LICENSE_NAMES = ["LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING"];
/** Provenance files copied along when they sit beside the source file. */
export const PROVENANCE_NAMES = ["README.md", "config.json"];
/** File name of the calibration prompts inside the model directory. */
export const CALIBRATION_PROMPTS_FILE = "calibration-prompts.json";

/** Options of {@link importModelDir}. */
export interface ImportModelOptions {
  /** The float model file: PyTorch `.pt`, safetensors or llm-viz JSON (detected from content). */
  from: string;
  /** Directory name under `modelsDir`: letters, digits, `-`, `_`, `.`. */
  name: string;
  /** Parent of the model directory (the repository's `models/`). */
  modelsDir: string;
  nHead: number;
  promptLength: number;
  generate: number;
  /** Calibration prompts file ({"prompts": number[][]} or number[][]). */
  calibration: string;
  /** Task kind (default generic). */
  task?: TaskKind;
  /** Token names; default: the token ids "0" .. "V−1" (the digits, for sort and adder). */
  vocabulary?: string[];
  /**
   * The licence file; default: the first of {@link LICENSE_NAMES} beside the source. `null`:
   * import without a licence (the caller asserted the right to use the weights).
   */
  license?: string | null;
  /** Replace an existing model directory. */
  force?: boolean;
  /** Calibration progress, (done, total) sequences. */
  onProgress?: (done: number, total: number) => void;
}

/** What {@link importModelDir} wrote. */
export interface ImportModelResult {
  dir: string;
  /** Files written, relative to `dir`, sorted. */
  files: string[];
  description: ModelDirDescription;
  contentHash: string;
  calibrationSequences: number;
}

function fail(msg: string): never {
  throw new ZkattnUserError(`import: ${msg}`);
}

function findLicense(from: string, license: string | null | undefined): string | null {
  if (license === null) return null;
  if (license !== undefined) {
    if (!existsSync(license)) fail(`licence file ${license} does not exist`);
    return license;
  }
  const dir = path.dirname(from);
  for (const n of LICENSE_NAMES) if (existsSync(path.join(dir, n))) return path.join(dir, n);
  fail(
    `no licence beside ${from} (looked for ${LICENSE_NAMES.join(", ")}); pass --license <file>, or --no-license if you may use the weights without one`,
  );
}

/**
 * Imports a float model into `<modelsDir>/<name>/`:
 * `source/<basename of from>`, `source/LICENSE` (unless `license: null`), `source/README.md` and
 * `source/config.json` when present beside `from`, `model.json`, `calibration-prompts.json` and
 * `quantized-model.json` (calibrated on the float model's greedy contexts of the prompts).
 *
 * @throws `import: ` errors for a missing source or licence, a bad name, an existing directory
 *   without `force`, a source that is not a model file; the importers' errors naming a truncated
 *   file, an unknown pickled class or a missing / mis-shaped tensor; `task: ` errors for a task
 *   that does not fit the model (prompt + generated − 1 > block_size, vocabulary size); `model: `
 *   errors for a bad calibration prompts file. Nothing is written when it throws.
 */
export function importModelDir(o: ImportModelOptions): ImportModelResult {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(o.name))
    fail(`name ${JSON.stringify(o.name)} must be letters, digits, ".", "_" or "-"`);
  if (!existsSync(o.from)) fail(`source file ${o.from} does not exist`);
  if (!existsSync(o.calibration)) fail(`calibration prompts file ${o.calibration} does not exist`);
  const target = path.join(o.modelsDir, o.name);
  if (existsSync(target) && !o.force) fail(`${target} exists; pass --force to replace it`);
  const license = findLicense(o.from, o.license);
  const format = detectModelFormat(readFileSync(o.from));
  // Load once up front so that a bad file fails before anything is written.
  const float = importGptModel(o.from, { nHead: o.nHead });
  const kind = o.task ?? "generic";
  const task: TaskSpec = {
    kind,
    promptLength: o.promptLength,
    generate: o.generate,
    vocabulary: o.vocabulary ?? digitVocabulary(float.config.vocabSize),
  };
  validateTask(task, float.config.vocabSize, float.config.blockSize);
  const prompts = readPromptsFile(o.calibration, task);

  const sourceName = path.basename(o.from);
  const description: ModelDirDescription = {
    format: MODEL_DESCRIPTION_FORMAT,
    name: o.name,
    source: { file: `source/${sourceName}`, format, license: license ? "source/LICENSE" : null },
    nHead: o.nHead,
    task,
    calibration: {
      prompts: CALIBRATION_PROMPTS_FILE,
      description: `float model over the ${prompts.prompts.length} prompts of ${CALIBRATION_PROMPTS_FILE}${prompts.description ? ` (${prompts.description})` : ""}, each followed by the first ${task.generate - 1} tokens it generates greedily (${task.promptLength + task.generate - 1} tokens)`,
    },
  };

  mkdirSync(o.modelsDir, { recursive: true });
  const tmp = path.join(o.modelsDir, `.${o.name}.tmp-${process.pid}`);
  const old = path.join(o.modelsDir, `.${o.name}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(path.join(tmp, "source"), { recursive: true });
    copyFileSync(o.from, path.join(tmp, "source", sourceName));
    if (license) copyFileSync(license, path.join(tmp, "source/LICENSE"));
    for (const n of PROVENANCE_NAMES) {
      const f = path.join(path.dirname(o.from), n);
      if (existsSync(f) && n !== sourceName) copyFileSync(f, path.join(tmp, "source", n));
    }
    writeFileSync(path.join(tmp, MODEL_DESCRIPTION_FILE), renderModelDescription(description));
    writeFileSync(path.join(tmp, CALIBRATION_PROMPTS_FILE), renderPromptsFile(prompts));
    const built = buildIntModel(tmp, o.onProgress);
    const { text, contentHash } = renderIntModel(built.file);
    writeFileSync(path.join(tmp, INT_MODEL_FILE), text);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
    const files = [
      MODEL_DESCRIPTION_FILE,
      CALIBRATION_PROMPTS_FILE,
      INT_MODEL_FILE,
      `source/${sourceName}`,
      ...(license ? ["source/LICENSE"] : []),
      ...PROVENANCE_NAMES.filter(
        (n) => n !== sourceName && existsSync(path.join(target, "source", n)),
      ).map((n) => `source/${n}`),
    ].sort();
    return {
      dir: target,
      files,
      description,
      contentHash,
      calibrationSequences: built.file.calibration.sequences,
    };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw e;
  }
}
