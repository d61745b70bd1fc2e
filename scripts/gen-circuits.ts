/**
 * Regenerates circuits/main/<model>-layer<i>.circom for every quantized model directory under
 * models/ (src/circuit/mainCircuits.ts). Usage: `npx tsx scripts/gen-circuits.ts`.
 * Files are written atomically (temp file + rename) and only when their content changed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { generateMainCircuits } from "../src/circuit/mainCircuits.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const circuits = generateMainCircuits(root);
if (circuits.length === 0) {
  console.error(
    "gen-circuits: no models/<name>/quantized.json found; run `npm run quantize` first",
  );
  process.exit(1);
}
for (const c of circuits) {
  const file = path.join(root, c.file);
  mkdirSync(path.dirname(file), { recursive: true });
  if (existsSync(file) && readFileSync(file, "utf8") === c.generated.source) {
    console.log(`gen-circuits: ${c.file} is up to date`);
    continue;
  }
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, c.generated.source);
  renameSync(tmp, file);
  const w = c.generated.widths;
  console.log(
    `gen-circuits: wrote ${c.file} (T ${w.T}, qBits ${w.qBits}, dBits ${w.dBits}, yBits ${w.yBits})`,
  );
}
