/**
 * Prints the constraint breakdown of every generated layer circuit (src/circuit/constraints.ts
 * formulas) and of every whole-model circuit (per stage: each stage's formula; plus the glue) in
 * both weights modes, against the targets (layer 150,000; whole model in public-weights mode
 * 2^19 = 524,288); a cut description prints each segment's circuit, then the chain's total. For the circuits named on the command line (default: layer 0 of every model;
 * a whole-model file only when named, its --O2 compile is long) it compiles them with --O2 (the
 * production setting) and checks the measured total equals the sum.
 *
 * Usage: `npx tsx scripts/constraints.ts [circuits/main/<model>-layer<i>.circom ...]
 *   [circuits/main/<model>-model[-public-weights].circom]`
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

import { BUILD_DIR } from "../src/artifacts.js";
import { compileCircuit } from "../src/circom/compile.js";
import { breakdownTotal, layerBreakdown } from "../src/circuit/constraints.js";
import { generateMainCircuits, generateModelMainCircuits } from "../src/circuit/mainCircuits.js";
import { modelConstraintBreakdown } from "../src/circuit/modelGenerator.js";
import { loadIntModel } from "../src/stages/file.js";
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

const MODEL_TARGET = 2 ** 19;
let chainTotal = 0;
for (const c of generateModelMainCircuits(root)) {
  const d = c.description;
  const m = loadIntModel(path.join(root, "models", d.model));
  const b = modelConstraintBreakdown(
    m.params,
    d.T,
    d.promptLength!,
    d.weights,
    d.cuts ?? [],
    c.segment,
  );
  const total = breakdownTotal(b);
  const { index, count } = c.generated.segment;
  const what = count === 1 ? "whole model" : `segment ${index + 1} of ${count}`;
  console.log(
    `\n${c.file}  (${what}, ${d.weights} weights; T ${d.T}, prompt ${d.promptLength}, generated ${d.generated}; ${c.generated.stages.length} stages)`,
  );
  const width = Math.max(...Object.keys(b).map((k) => k.length));
  for (const [name, n] of Object.entries(b))
    console.log(
      `  ${name.padEnd(width)}  ${fmt(n).padStart(9)}  ${((100 * n) / total).toFixed(1).padStart(5)}%`,
    );
  const byKind = new Map<string, number>();
  for (const e of c.generated.stages)
    byKind.set(e.stage.kind, (byKind.get(e.stage.kind) ?? 0) + (b[e.stage.name] ?? 0));
  console.log(
    `  by kind: ${[...byKind]
      .sort((x, y) => y[1] - x[1])
      .map(([k, n]) => `${k} ${fmt(n)}`)
      .join(", ")}`,
  );
  const target = d.weights === "public" || count > 1 ? MODEL_TARGET : undefined;
  console.log(
    `  ${"total (formula)".padEnd(width)}  ${fmt(total).padStart(9)}${target ? `  target 2^19 = ${fmt(target)} (${total > target ? `${fmt(total - target)} over, ×${(total / target).toFixed(2)}` : "met"})` : ""}`,
  );
  chainTotal = index === 0 ? total : chainTotal + total;
  if (count > 1 && index === count - 1)
    console.log(
      `\n  chain of ${count} segments (${(d.cuts ?? []).join(", ")}): ${fmt(chainTotal)} constraints in all`,
    );
  if (requested.includes(c.file)) {
    const outDir = path.join(BUILD_DIR, "constraints", path.basename(c.file, ".circom"));
    const r = await compileCircuit({ circuit: c.file, outDir, root, optimization: 2 });
    const measured = (await readR1cs(r.r1csPath)).constraints.length;
    console.log(
      `  ${"total (circom --O2)".padEnd(width)}  ${fmt(measured).padStart(9)}  compiled in ${r.seconds.toFixed(1)} s`,
    );
    if (measured !== total) {
      console.error(`constraints: ${c.file}: measured ${measured} ≠ formula ${total}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
