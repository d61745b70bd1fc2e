/**
 * The row assembly of `npm run bench -- --segments` (bench/segmentChain.ts): medians per segment
 * and per worker count, the sum of the segments' prove medians, the 2-to-1 ratio and the peak RSS,
 * on hand-made runs whose expected values are worked out by hand below.
 */
import { expect } from "chai";
import { network } from "hardhat";

import {
  measureSegmentChainGas,
  median,
  summarizeWorkerRuns,
  type WorkerRun,
} from "../../bench/segmentChain.js";
import { measureChainGas } from "../../scripts/fixtures/gasBenchmark.js";
import { CHAIN2, proveChain } from "../../scripts/fixtures/mockChain.js";
import { buildMockGenerationFixture } from "../../scripts/fixtures/mockGeneration.js";
import { buildMockInferenceFixture } from "../../scripts/fixtures/mockInference.js";
import { mockModelCommitment } from "../../scripts/fixtures/mockProofs.js";
import { directBinding } from "../../src/contracts/calldata.js";
import type { SegmentResult } from "../../src/prover/segments.js";

const PROOF = { pi_a: [], pi_b: [], pi_c: [], protocol: "groth16", curve: "bn128" };

/** A run of `workers` with the given total and per-segment [witness, prove, peak RSS]. */
function run(workers: number, totalSeconds: number, segs: [number, number, number][]): WorkerRun {
  return {
    workers,
    totalSeconds,
    results: segs.map(([witness, prove, peakRssMB], index): SegmentResult => ({
      index,
      proof: PROOF,
      publicSignals: [],
      timings: { witness, prove },
      peakRssMB,
      prover: "test:1",
    })),
  };
}

describe("bench --segments row assembly (bench/segmentChain.ts)", function () {
  it("median: the middle value, or the mean of the middle two; refuses an empty list", function () {
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(() => median([])).to.throw(/median of no values/);
  });

  it("summarizes per segment from the 1-worker runs, per worker count, and the ratio", function () {
    // Runs alternate 1 and 2 workers, as timeWorkerCounts makes them.
    const runs = [
      run(1, 100, [
        [5, 40, 900],
        [4, 30, 950],
      ]),
      run(2, 80, [
        [6, 70, 800],
        [7, 60, 820],
      ]),
      run(1, 110, [
        [3, 44, 1000],
        [6, 28, 1000],
      ]),
      run(2, 90, [
        [6, 74, 810],
        [7, 58, 830],
      ]),
      run(1, 90, [
        [4, 42, 990],
        [5, 35, 990],
      ]),
      run(2, 70, [
        [6, 66, 790],
        [7, 62, 840],
      ]),
    ];
    const s = summarizeWorkerRuns(runs, [1, 2]);
    // Segment 0, 1 worker: witness 5, 3, 4 -> 4; prove 40, 44, 42 -> 42.
    // Segment 1, 1 worker: witness 4, 6, 5 -> 5; prove 30, 28, 35 -> 30.
    expect(s.segments).to.deep.equal([
      {
        witnessSecondsRuns: [5, 3, 4],
        witnessSeconds: 4,
        proveSecondsRuns: [40, 44, 42],
        proveSecondsMedian: 42,
      },
      {
        witnessSecondsRuns: [4, 6, 5],
        witnessSeconds: 5,
        proveSecondsRuns: [30, 28, 35],
        proveSecondsMedian: 30,
      },
    ]);
    // 2 workers: segment 0 prove 70, 74, 66 -> 70; segment 1 60, 58, 62 -> 60.
    expect(s.proveSecondsMedianByWorkers).to.deep.equal({ 2: [70, 60] });
    expect(s.proveSecondsSum).to.equal(72);
    expect(s.byWorkers).to.deep.equal([
      { workers: 1, totalSecondsRuns: [100, 110, 90], totalSecondsMedian: 100, peakRssMB: 1000 },
      { workers: 2, totalSecondsRuns: [80, 90, 70], totalSecondsMedian: 80, peakRssMB: 840 },
    ]);
    expect(s.ratio).to.equal(0.8);
  });

  it("refuses a worker count without runs, runs of different lengths, and a single count", function () {
    const one = run(1, 10, [[1, 2, 3]]);
    expect(() => summarizeWorkerRuns([one], [1, 2])).to.throw(/no run with 2 worker/);
    expect(() => summarizeWorkerRuns([one, run(2, 9, [])], [1, 2])).to.throw(
      /different numbers of segments/,
    );
    expect(() => summarizeWorkerRuns([one], [1])).to.throw(/at least two worker counts/);
  });
});

describe("bench --segments chain gas (bench/segmentChain.ts measureSegmentChainGas)", function () {
  this.timeout(600_000);

  it("measures a mock 2-segment chain with the same execution gas as bench/gas.ts (verifiers from the zkeys, solc)", async function () {
    const { ethers } = await network.create();
    const fixtures = {
      generation: await buildMockGenerationFixture(),
      inference: await buildMockInferenceFixture(),
    };
    // bench/gas.ts's measurement: the committed mock verifiers, compiled by Hardhat.
    const reference = await measureChainGas(ethers, fixtures, CHAIN2);
    const [, prover] = await ethers.getSigners();
    const proofs = await proveChain(fixtures, CHAIN2, directBinding(prover.address));
    const got = await measureSegmentChainGas(
      ethers,
      CHAIN2.map((s) => ({
        zkeyPath: fixtures[s.kind].zkeyPath,
        manifest: { ...fixtures[s.kind], setupKind: "development" as const },
        modelCommitment: mockModelCommitment(s.model),
      })),
      proofs,
    );
    expect(got.segments).to.equal(2);
    expect(got.bareVerifiers.map((m) => m.executionGas)).to.deep.equal(
      reference.bareVerifiers.map((m) => m.executionGas),
    );
    expect(got.verifyInference.executionGas).to.equal(reference.verifyInference.executionGas);
    expect(got.executionOverheadPercent).to.equal(reference.executionOverheadPercent);
  });
});
