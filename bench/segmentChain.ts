/**
 * Timing a chain of segment proofs with 1 and with 2 local proving processes
 * (src/prover/queue.ts `proveSegments` with `workers`, src/prover/pool.ts), and turning the runs
 * into the rows of `npm run bench -- --segments` (bench/run.ts, bench/README.md). No side effects
 * at import: bench/run.ts and bench/segments.ts use it, and test/bench/segmentChain.test.ts checks
 * the row assembly.
 */
import type { HardhatEthers } from "@nomicfoundation/hardhat-ethers/types";

import {
  type ChainGasReport,
  measureRegisteredChainGas,
} from "../scripts/fixtures/gasBenchmark.js";
import { modelIdFromLogs, toBytes32 } from "../src/contracts/calldata.js";
import type { ChainSegmentProof } from "../src/contracts/chain.js";
import { proveSegments } from "../src/prover/queue.js";
import type { SegmentJob, SegmentResult } from "../src/prover/segments.js";
import { renderVerifier, type SetupManifest } from "../src/setup/index.js";
import { compileVerifier } from "./solc.js";

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("bench: median of no values");
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One proving of every job with `workers` processes. */
export interface WorkerRun {
  workers: number;
  /** Wall clock of the whole `proveSegments` call, process start-up included, seconds. */
  totalSeconds: number;
  /** The results in segment order (each with the child's witness/prove seconds and peak RSS). */
  results: SegmentResult[];
}

/**
 * Proves `jobs` `runs` times with each worker count, alternating the counts within a run (so a
 * change of machine load hits both alike), each call timed from start to the last result.
 * @param check called on every call's results (e.g. to compare the public signals with the
 *   integer reference's); throw to stop.
 * @returns the runs in the order they were made.
 * @throws the errors of `proveSegments` or `check`.
 */
export async function timeWorkerCounts(
  jobs: readonly SegmentJob[],
  opts: {
    buildDir: string;
    runs: number;
    /** Runs `from` (default 0) .. `until − 1` (default `runs`) are made, numbered of `runs`. */
    from?: number;
    until?: number;
    workerCounts: readonly number[];
    log?: (line: string) => void;
    check?: (results: SegmentResult[]) => void;
    /** Progress lines of `proveSegments` (default: its `[prove]` lines on stderr). */
    progress?: Parameters<typeof proveSegments>[1]["progress"];
  },
): Promise<WorkerRun[]> {
  const out: WorkerRun[] = [];
  for (let r = opts.from ?? 0; r < (opts.until ?? opts.runs); r++)
    for (const workers of opts.workerCounts) {
      const t = performance.now();
      const results = await proveSegments(jobs, {
        buildDir: opts.buildDir,
        workers,
        progress: opts.progress,
      });
      const totalSeconds = (performance.now() - t) / 1000;
      opts.check?.(results);
      out.push({ workers, totalSeconds, results });
      opts.log?.(
        `run ${r + 1}/${opts.runs}, ${workers} worker(s): ${totalSeconds.toFixed(2)} s (prove ${results.map((x) => x.timings.prove.toFixed(1)).join(" + ")} s)`,
      );
    }
  return out;
}

/** One segment's medians over the runs with one worker count. */
export interface SegmentTimingSummary {
  /** Witness seconds in the proving process (circom's wasm, in memory), one per run. */
  witnessSecondsRuns: number[];
  witnessSeconds: number;
  /** Groth16 proving seconds in the proving process, one per run. */
  proveSecondsRuns: number[];
  proveSecondsMedian: number;
}

/** The totals of one worker count. */
export interface WorkerCountSummary {
  workers: number;
  /** `proveSegments` wall clock per run, seconds. */
  totalSecondsRuns: number[];
  totalSecondsMedian: number;
  /** Largest `peakRssMB` any proving process reported, over every run. */
  peakRssMB: number;
}

/** What {@link summarizeWorkerRuns} derives from the runs. */
export interface WorkerRunsSummary {
  /** Per segment, from the runs with `perSegmentWorkers` processes (nothing else proving beside it when 1). */
  segments: SegmentTimingSummary[];
  /** Per segment, the prove median under each other worker count (contended when > 1). */
  proveSecondsMedianByWorkers: Record<number, number[]>;
  /** Sum of the segments' prove medians ({@link segments}). */
  proveSecondsSum: number;
  byWorkers: WorkerCountSummary[];
  /** totalSecondsMedian with the second worker count / with the first (< 1: faster). */
  ratio: number;
}

/**
 * Medians of {@link timeWorkerCounts}' runs: per segment (witness and prove seconds reported by
 * the proving process, from the runs with `perSegmentWorkers` processes), the sum of the segments'
 * prove medians, and per worker count the median total and the peak RSS.
 * @param workerCounts the counts compared, in order; `ratio` is the second's median over the first's.
 * @throws Error `bench: ...` when a worker count has no run, runs have different segment counts,
 *   or fewer than two worker counts are given.
 */
export function summarizeWorkerRuns(
  runs: readonly WorkerRun[],
  workerCounts: readonly number[],
  perSegmentWorkers = workerCounts[0],
): WorkerRunsSummary {
  if (workerCounts.length < 2) throw new Error("bench: compare at least two worker counts");
  const of = (w: number) => {
    const rs = runs.filter((r) => r.workers === w);
    if (rs.length === 0) throw new Error(`bench: no run with ${w} worker(s)`);
    return rs;
  };
  const n = runs[0]?.results.length ?? 0;
  if (runs.some((r) => r.results.length !== n))
    throw new Error("bench: runs with different numbers of segments");
  const perSegment = (w: number) =>
    Array.from({ length: n }, (_, k): SegmentTimingSummary => {
      const witnessSecondsRuns = of(w).map((r) => r.results[k].timings.witness);
      const proveSecondsRuns = of(w).map((r) => r.results[k].timings.prove);
      return {
        witnessSecondsRuns,
        witnessSeconds: median(witnessSecondsRuns),
        proveSecondsRuns,
        proveSecondsMedian: median(proveSecondsRuns),
      };
    });
  const segments = perSegment(perSegmentWorkers);
  const byWorkers = workerCounts.map((workers): WorkerCountSummary => {
    const rs = of(workers);
    const totalSecondsRuns = rs.map((r) => r.totalSeconds);
    return {
      workers,
      totalSecondsRuns,
      totalSecondsMedian: median(totalSecondsRuns),
      peakRssMB: Math.max(...rs.flatMap((r) => r.results.map((x) => x.peakRssMB))),
    };
  });
  return {
    segments,
    proveSecondsMedianByWorkers: Object.fromEntries(
      workerCounts
        .filter((w) => w !== perSegmentWorkers)
        .map((w) => [w, perSegment(w).map((s) => s.proveSecondsMedian)]),
    ),
    proveSecondsSum: segments.reduce((a, s) => a + s.proveSecondsMedian, 0),
    byWorkers,
    ratio: byWorkers[1].totalSecondsMedian / byWorkers[0].totalSecondsMedian,
  };
}

/** One segment's keys for {@link measureSegmentChainGas}. */
export interface ChainSegmentKeys {
  /** The segment's proving key: its verifier is rendered from it (`renderVerifier`). */
  zkeyPath: string;
  manifest: Pick<SetupManifest, "circuitHash" | "vkHash" | "setupKind">;
  /** The segment's modelCommitment public signal (its registered model hash). */
  modelCommitment: bigint;
}

/**
 * Gas of verifying a chain of real segment proofs: each segment's generated verifier (rendered
 * from its zkey, compiled with the npm solc, {@link compileVerifier}) deployed and registered in a
 * fresh ModelRegistry, the chain registered with `registerModelChain`, then
 * `measureRegisteredChainGas` (scripts/fixtures/gasBenchmark.ts, as bench/gas.ts measures mock
 * chains): each proof alone at its bare verifier, and the whole chain in one `verifyInference`.
 * @param proofs the segments' proofs in chain order, bound to the second signer
 *   (`directBinding(address)`), which sends the measured transactions.
 * @throws Error when a transaction reverts or solc fails.
 */
export async function measureSegmentChainGas(
  ethers: HardhatEthers,
  segments: readonly ChainSegmentKeys[],
  proofs: readonly ChainSegmentProof[],
): Promise<ChainGasReport> {
  const [admin, prover] = await ethers.getSigners();
  const registry = await ethers.deployContract("ModelRegistry", [admin.address]);
  const verifiers = [];
  for (const s of segments) {
    const contractName = "Groth16Verifier";
    const { abi, bytecode } = compileVerifier(
      await renderVerifier(s.zkeyPath, contractName),
      contractName,
    );
    const verifier = await new ethers.ContractFactory(abi as never, bytecode, admin).deploy();
    await verifier.waitForDeployment();
    await (
      await registry.registerVerifier(
        s.manifest.circuitHash,
        s.manifest.vkHash,
        await verifier.getAddress(),
        s.manifest.setupKind === "development",
      )
    ).wait();
    verifiers.push(verifier);
  }
  const registration = await (
    await registry.registerModelChain(
      segments.map((s) => ({
        modelHash: toBytes32(s.modelCommitment),
        circuitHash: s.manifest.circuitHash,
        vkHash: s.manifest.vkHash,
      })),
      "",
    )
  ).wait();
  const modelId = modelIdFromLogs(registration!.logs, await registry.getAddress());
  return measureRegisteredChainGas(registry, modelId, verifiers, proofs, prover);
}
