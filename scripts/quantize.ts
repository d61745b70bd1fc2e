/**
 * Quantizes a model directory: `npm run quantize -- [--model-dir models/gpt-nano-sort]`.
 * Writes <model-dir>/quantized-model.json, and <model-dir>/quantized.json when the directory has
 * one (the layer-wise attention blocks of gpt-nano-sort's layer circuits). Deterministic; commit them.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { readModelDescription } from "../src/model/description.js";
import { quantizeModelDir } from "../src/quant/pipeline.js";
import { writeIntModelDir } from "../src/stages/file.js";

const HELP = `Usage: npm run quantize -- [options]

Reads <model-dir>/model.json (source file, n_head, task, calibration prompts; docs/integer-model.md
"Model directories"), calibrates the float model on the greedy contexts of the calibration
prompts and writes every stage of the whole integer model (embedding, LayerNorms, attention,
residual adds, MLPs, lm_head) to <model-dir>/quantized-model.json. When <model-dir>/quantized.json
exists (gpt-nano-sort: the attention blocks its layer circuits read), it is rewritten too.
Deterministic: the same source gives byte-identical files.

Options:
  --model-dir <dir>  model directory (default: models/gpt-nano-sort)
  -h, --help         show this help`;

const { values } = parseArgs({
  options: {
    "model-dir": { type: "string", default: "models/gpt-nano-sort" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const dir = values["model-dir"]!;
const started = performance.now();
const d = readModelDescription(dir);
console.log(`quantize: calibrating ${dir} on ${d.calibration.prompts}...`);
if (existsSync(path.join(dir, "quantized.json"))) {
  const { file, contentHash } = quantizeModelDir(dir);
  console.log(`quantize: wrote ${file} (${contentHash})`);
}
const whole = writeIntModelDir(dir);
console.log(
  `quantize: wrote ${whole.file} (${whole.contentHash}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
