import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";

import { outputCommitment } from "../../src/circuit/commitments.js";
import { loadGptModel } from "../../src/model/stateDict.js";
import { blockInputFromTokens, parseTokens } from "../../src/prover/input.js";
import { proveAndSubmit } from "../../src/prover/job.js";
import { intAttention } from "../../src/quant/intAttention.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";
import { killChildren, runChild } from "../helpers/childProcess.js";

const ROOT = process.cwd();
const TOKENS = "0,0,2,1,0,1,0,0,0,1,1";

describe("prove-and-submit on gpt-nano-sort layer 0 (the README's main job)", function () {
  // The real-model end-to-end proofs, once per CI run and weights mode: compile, development
  // setup (2^17 for public weights, 2^18 for private), witness + Groth16 proof, deploy, submit.
  // Later runs reuse build/<circuit>/ (compile output and keys) and take ~20 s. A first run,
  // measured on an idle 2-core machine (bench/results.json): private ~510 s (compile 30 s,
  // setup 453 s, witness + proof 15 s, deploy and submit), public ~110 s (12 s, 83 s, 6 s); a
  // loaded 2-core machine measured 2-4x that, and the public first run took 546 s here at load
  // average ~10 (5x). Timeouts: ~6-10x the idle first run, i.e. about twice the worst seen.
  const modes = [
    {
      weights: "private",
      flags: [],
      verifier: "GptNanoSortLayer0Verifier",
      timeoutMs: 3_600_000,
    },
    {
      weights: "public",
      flags: ["--weights", "public"],
      verifier: "GptNanoSortLayer0PublicWeightsVerifier",
      timeoutMs: 1_200_000,
    },
  ] as const;

  // A failed or timed-out test must not leave `prove-and-submit` running.
  afterEach(async function () {
    await killChildren();
  });

  for (const mode of modes) {
    it(`proves the real attention block with ${mode.weights} weights, verifies it on the in-process network, and prints one JSON line last`, async function () {
      this.timeout(mode.timeoutMs);
      const { stdout } = await runChild(
        "npx",
        [
          "hardhat",
          "prove-and-submit",
          "--model",
          "gpt-nano-sort",
          "--tokens",
          TOKENS,
          ...mode.flags,
          "--json",
        ],
        { cwd: ROOT },
      );
      // The deterministic development setup must reproduce the committed verifier: the job
      // re-exports it and says so when it changed (then regenerate and commit it).
      expect(
        stdout,
        `contracts/verifiers/generated/${mode.verifier}.sol drifted: commit the regenerated file`,
      ).to.not.include("(new verification key)");
      const lines = stdout.trim().split("\n");
      const r = JSON.parse(lines[lines.length - 1]) as {
        verified: boolean;
        modelId: string;
        txHash: string;
        gasUsed: number;
        outputCommitment: string;
        output: number[][];
        outputQuantized: number[][];
        timings: Record<string, number>;
      };
      expect(r.verified).to.equal(true);
      expect(r.txHash).to.match(/^0x[0-9a-f]{64}$/);
      expect(r.gasUsed).to.be.within(202_000, 250_000);
      expect(r.output.length).to.equal(11);
      expect(r.output.every((row) => row.length === 48)).to.equal(true);
      expect(Object.keys(r.timings)).to.include.members([
        "input",
        "compile",
        "setup",
        "deploy",
        "prove",
        "submit",
        "total",
      ]);

      // The proved output is the integer reference's, computed here independently of the CLI.
      const q = loadQuantizedModel(path.join(ROOT, "models/gpt-nano-sort"));
      const float = loadGptModel(path.join(ROOT, "models/gpt-nano-sort", q.source.file));
      const input = blockInputFromTokens(float, q.layers[0], parseTokens(TOKENS, q.config));
      const trace = intAttention(q.layers[0], input.xQ);
      expect(r.outputQuantized).to.deep.equal(trace.outQ);
      expect(r.outputCommitment).to.equal(outputCommitment(trace.outQ).toString());
      expect(r.output[4][7]).to.equal(trace.outQ[4][7] * q.layers[0].outputScale);
    });
  }

  it("names the fix for an unknown model and for a token outside the vocabulary (before any proving)", async function () {
    const conn = await network.create();
    const deps = {
      root: ROOT,
      ignitionDir: path.join(ROOT, "ignition"),
      conn,
      buildContracts: async () => {},
      log: () => {},
    };
    let err: Error | undefined;
    try {
      await proveAndSubmit(deps, { model: "gpt-giant", tokens: TOKENS });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.equal(
      'prove-and-submit: unknown model "gpt-giant": no models/gpt-giant/quantized.json (known models: gpt-nano-sort; make one with `npm run quantize -- --model-dir models/gpt-giant`)',
    );
    err = undefined;
    try {
      await proveAndSubmit(deps, { model: "gpt-nano-sort", tokens: "0,0,2,1,0,5,0,0,0,1,1" });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.equal(
      'input: token 5 is "5"; tokens are integers in [0, 2] (the vocabulary)',
    );
    err = undefined;
    try {
      await proveAndSubmit(deps, { model: "gpt-nano-sort" });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.equal(
      "prove-and-submit: pass --prompt <token ids> (the whole model's greedy generation), or --tokens (comma-separated token ids) or --input (an activations file) for one attention block",
    );
  });
});
