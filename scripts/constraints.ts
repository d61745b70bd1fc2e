/**
 * Prints the constraint breakdown of every generated layer circuit (src/circuit/constraints.ts
 * formulas) and, for the circuits named on the command line (default: layer 0 of every model),
 * compiles them with --O2 (the production setting) and checks the measured total equals the sum.
 *
 * Usage: `npx tsx scripts/constraints.ts [circuits/main/<model>-layer<i>.circom ...]`
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

import { BUILD_DIR } from "../src/artifacts.js";
import { compileCircuit } from "../src/circom/compile.js";
import { breakdownTotal, layerBreakdown } from "../src/circuit/constraints.js";
import { generateMainCircuits } from "../src/circuit/mainCircuits.js";
import { readR1cs } from "../src/circuit/r1cs.js";

const TARGET = 150_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const circuits = generateMainCircuits(root);
const requested = process.argv.slice(2);
const toCompile =
  requested.length > 0 ? requested : circuits.filter((c) => c.layer.layer === 0).map((c) => c.file);

const fmt = (n: number) => n.toLocaleString("en-US");
let failed = false;
for (const c of circuits) {
  const b = layerBreakdown(c.layer, c.generated.widths, c.generated.matmul);
  const total = breakdownTotal(b);
  const w = c.generated.widths;
  console.log(
    `\n${c.file}  (${c.generated.matmul} matmuls; T ${w.T}, D ${c.layer.dModel}, H ${c.layer.nHead}; accBits ${w.accBits}, qBits ${w.qBits}, dBits ${w.dBits}, yBits ${w.yBits}, ks ${c.layer.scoreShift}, ko ${c.layer.outShift})`,
  );
  const width = Math.max(...Object.keys(b).map((k) => k.length));
  for (const [name, n] of Object.entries(b).sort((x, y) => y[1] - x[1])) {
    console.log(
      `  ${name.padEnd(width)}  ${fmt(n).padStart(8)}  ${((100 * n) / total).toFixed(1).padStart(5)}%`,
    );
  }
  console.log(
    `  ${"total (formula)".padEnd(width)}  ${fmt(total).padStart(8)}  target ${fmt(TARGET)} (${total > TARGET ? `${fmt(total - TARGET)} over` : "met"})`,
  );
  if (toCompile.includes(c.file)) {
    const outDir = path.join(BUILD_DIR, "constraints", path.basename(c.file, ".circom"));
    const r = await compileCircuit({ circuit: c.file, outDir, root, optimization: 2 });
    const measured = (await readR1cs(r.r1csPath)).constraints.length;
    console.log(
      `  ${"total (circom --O2)".padEnd(width)}  ${fmt(measured).padStart(8)}  compiled in ${r.seconds.toFixed(1)} s`,
    );
    if (measured !== total) {
      console.error(
        `constraints: ${c.file}: measured ${measured} ≠ formula ${total}; update src/circuit/constraints.ts`,
      );
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
