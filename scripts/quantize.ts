/**
 * Quantizes a bundled model: `npm run quantize -- [--model-dir models/gpt-nano-sort]`.
 * Writes <model-dir>/quantized.json and <model-dir>/quantized-model.json (deterministic; commit them).
 */
import { parseArgs } from "node:util";

import { quantizeModelDir } from "../src/quant/pipeline.js";
import { writeIntModelDir } from "../src/stages/file.js";

const HELP = `Usage: npm run quantize -- [options]

Calibrates the float model in <model-dir>/source/ on all 729 sort prompts and writes the
quantized attention blocks of every layer to <model-dir>/quantized.json (int8 weights, int
biases, requantization multipliers and shifts, scales, contentHash), then every stage of the
whole integer model (embedding, LayerNorms, attention, residual adds, MLPs, lm_head;
docs/integer-model.md) to <model-dir>/quantized-model.json. Deterministic: the same source gives
byte-identical files.

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
const started = performance.now();
console.log(`quantize: calibrating ${values["model-dir"]} on 729 sort prompts...`);
const { file, contentHash } = quantizeModelDir(values["model-dir"]!);
const whole = writeIntModelDir(values["model-dir"]!);
console.log(
  `quantize: wrote ${file} (${contentHash}) and ${whole.file} (${whole.contentHash}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
