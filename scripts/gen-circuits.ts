/**
 * Regenerates the generated circom files: circuits/lib/constants.circom (constants shared with
 * TypeScript, src/circuit/circomConstants.ts) and every main circuit circuits/circuits.json
 * describes (src/circuit/descriptions.ts, src/circuit/mainCircuits.ts): the attention-block
 * circuits circuits/main/<model>-layer<i>[-public-weights].circom, the whole-model circuits
 * circuits/main/<model>-model[-public-weights].circom and the segments of cut descriptions
 * circuits/main/<model>-model-seg<i>of<n>[-public-weights].circom.
 *   npx tsx scripts/gen-circuits.ts          # write
 *   npx tsx scripts/gen-circuits.ts --check  # exit 1 if a committed file drifted
 * Files are written atomically (temp file + rename) and only when their content changed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { CIRCOM_CONSTANTS_FILE, renderCircomConstants } from "../src/circuit/circomConstants.js";
import { generateMainCircuits, generateModelMainCircuits } from "../src/circuit/mainCircuits.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const circuits = generateMainCircuits(root);
if (circuits.length === 0) {
  console.error(
    "gen-circuits: no models/<name>/quantized.json found; run `npm run quantize` first",
  );
  process.exit(1);
}
const outputs: { file: string; source: string; note: string }[] = [
  { file: CIRCOM_CONSTANTS_FILE, source: renderCircomConstants(), note: "" },
  ...circuits.map((c) => {
    const w = c.generated.widths;
    return {
      file: c.file,
      source: c.generated.source,
      note: ` (T ${w.T}, qBits ${w.qBits}, dBits ${w.dBits}, yBits ${w.yBits})`,
    };
  }),
  ...generateModelMainCircuits(root).map((c) => ({
    file: c.file,
    source: c.generated.source,
    note: ` (${c.generated.segment.count === 1 ? "whole model" : `segment ${c.segment + 1} of ${c.generated.segment.count}`}, T ${c.description.T}, ${c.generated.stages.length} stages)`,
  })),
];
for (const o of outputs) {
  const file = path.join(root, o.file);
  if (existsSync(file) && readFileSync(file, "utf8") === o.source) {
    console.log(`gen-circuits: ${o.file} is up to date`);
    continue;
  }
  if (check) {
    console.error(`gen-circuits: ${o.file} is out of date; run npx tsx scripts/gen-circuits.ts`);
    process.exitCode = 1;
    continue;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, o.source);
  renameSync(tmp, file);
  console.log(`gen-circuits: wrote ${o.file}${o.note}`);
}
