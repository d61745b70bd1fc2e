/**
 * Models by name: the quantized model directories under models/ (src/artifacts.ts layout).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

import { MODELS_DIR, modelDir } from "./artifacts.js";
import { ZkattnUserError } from "./errors.js";
import {
  loadQuantizedModel,
  QUANTIZED_MODEL_FILE,
  type QuantizedModel,
} from "./quant/modelFile.js";

/**
 * Loads `<root>/models/<name>/quantized.json` (see src/quant/modelFile.ts).
 * @param command prefix of the error message, e.g. `prove-and-submit`.
 * @throws ZkattnUserError `<command>: unknown model ...` listing the models that exist and the
 *   quantize command when the directory has no quantized.json; `model file: ...` errors for an
 *   invalid file.
 */
export function loadModelByName(
  root: string,
  name: string,
  command = "prove-and-submit",
): QuantizedModel {
  const dir = modelDir(root, name);
  if (!existsSync(path.join(dir, QUANTIZED_MODEL_FILE))) {
    const modelsDir = path.join(root, MODELS_DIR);
    const known = existsSync(modelsDir)
      ? readdirSync(modelsDir).filter((m) =>
          existsSync(path.join(modelsDir, m, QUANTIZED_MODEL_FILE)),
        )
      : [];
    throw new ZkattnUserError(
      `${command}: unknown model "${name}": no ${MODELS_DIR}/${name}/${QUANTIZED_MODEL_FILE} (known models: ${known.join(", ") || "none"}; make one with \`npm run quantize -- --model-dir ${MODELS_DIR}/${name}\`)`,
    );
  }
  return loadQuantizedModel(dir);
}
