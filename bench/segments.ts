/**
 * Local parallel segment proving (src/prover/queue.ts `proveSegments`, src/prover/pool.ts): total wall-clock time of proving the same
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

import { artifactHashes, type SegmentJob } from "../src/prover/segments.js";
import { setupCircuit } from "../src/setup/pipeline.js";
import { consoleLogger } from "../src/setup/progress.js";
import { median, summarizeWorkerRuns, timeWorkerCounts } from "./segmentChain.js";

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

const log = consoleLogger();
const workerCounts = [1, 2] as const;
const made = await timeWorkerCounts(jobs, {
  buildDir,
  runs,
  workerCounts,
  log: (l) => log.info(l),
});
const summary = summarizeWorkerRuns(made, workerCounts);
console.log(`${circuit}: ${n} jobs, ${runs} runs each, medians:`);
for (const w of summary.byWorkers) {
  const sums = made
    .filter((r) => r.workers === w.workers)
    .map((r) => r.results.reduce((s, x) => s + x.timings.witness + x.timings.prove, 0));
  console.log(
    `  ${w.workers} worker(s): total ${w.totalSecondsMedian.toFixed(2)} s (sum of witness + prove per job ${median(sums).toFixed(2)} s)`,
  );
}
console.log(`  ratio 2 workers / 1 worker: ${summary.ratio.toFixed(2)}`);
