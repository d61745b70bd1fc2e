/**
 * Local parallel segment proving (src/prover/pool.ts): total wall-clock time of proving the same
 * jobs with 1 and with 2 proving processes, alternating, `--runs` times each; prints the medians
 * and their ratio. The total includes starting the processes (tsx, snarkjs' curve), as a user
 * of `workers: N` pays it. The jobs are the queue test's (test/prover/queue.test.ts): proofs of
 * circuits/test/setup/setup_small.circom with the development setup in build/setup_small/.
 *
 *   npx tsx bench/segments.ts [--jobs 4] [--runs 5] [--circuit setup_small|setup_bench_16]
 *
 * setup_bench_16 (64,000 constraints, power 16) shows the speed-up on proofs of seconds; its
 * first development setup takes a few minutes.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { proveSegmentsLocally } from "../src/prover/pool.js";
import { artifactHashes, type SegmentJob } from "../src/prover/segments.js";
import { setupCircuit } from "../src/setup/pipeline.js";
import { consoleLogger } from "../src/setup/progress.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "4" },
    runs: { type: "string", default: "5" },
    circuit: { type: "string", default: "setup_small" },
  },
});
const n = Number(values.jobs);
const runs = Number(values.runs);
const circuit = values.circuit!;
if (!["setup_small", "setup_bench_16"].includes(circuit))
  throw new Error(`--circuit must be setup_small or setup_bench_16, not ${circuit}`);

await setupCircuit({ root, circuit: `circuits/test/setup/${circuit}.circom` });
const buildDir = path.join(root, "build");
const artifacts = await artifactHashes(buildDir, circuit);
const jobs: SegmentJob[] = Array.from({ length: n }, (_, i) => ({
  index: i,
  artifacts,
  input: {
    x: String(3 + i),
    offset: String(10 + i),
    ...(circuit === "setup_small" ? { binding: String(100 + i) } : {}),
  },
}));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const totals: Record<1 | 2, number[]> = { 1: [], 2: [] };
const proveSums: Record<1 | 2, number[]> = { 1: [], 2: [] };
const log = consoleLogger();
for (let r = 0; r < runs; r++) {
  for (const workers of [1, 2] as const) {
    const t = performance.now();
    const results = await proveSegmentsLocally(jobs, { buildDir, workers });
    const total = (performance.now() - t) / 1000;
    totals[workers].push(total);
    proveSums[workers].push(results.reduce((s, x) => s + x.timings.witness + x.timings.prove, 0));
    log.info(`run ${r + 1}/${runs}, ${workers} worker(s): ${total.toFixed(2)} s`);
  }
}
console.log(`${circuit}: ${n} jobs, ${runs} runs each, medians:`);
for (const w of [1, 2] as const)
  console.log(
    `  ${w} worker(s): total ${median(totals[w]).toFixed(2)} s (sum of witness + prove per job ${median(proveSums[w]).toFixed(2)} s)`,
  );
console.log(`  ratio 2 workers / 1 worker: ${(median(totals[2]) / median(totals[1])).toFixed(2)}`);
