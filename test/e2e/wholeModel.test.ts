import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

import { generatedOutput } from "../../src/circuit/commitments.js";
import { readModelDescription } from "../../src/model/description.js";
import { taskAnswer } from "../../src/model/task.js";
import { loadIntModel } from "../../src/stages/file.js";
import { generateGreedyInt } from "../../src/stages/model.js";
import { killChildren, runChild, startChild } from "../helpers/childProcess.js";

const ROOT = process.cwd();

describe("prove-and-submit --prompt: the whole model's greedy generation (the README's main command)", function () {
  // The whole-model end-to-end proofs, once per model and CI run: compile, development setup
  // (the proving key computed directly from the toxic waste, src/setup/devZkey.ts), witness +
  // Groth16 proof(s), deploy, verifyInference. Later runs reuse build/<circuit>/ (compile output
  // and keys).
  // - gpt-nano-sort, public weights, one proof (the README's command). Measured on the 2-core
  //   machine at load average ~6 (a CI dry run beside it): the first run (961,777 constraints at
  //   --O1, domain 2^20) took 596 s (compile 224 s, setup 211 s, witness + proof 160 s, peak RSS
  //   3.0 GB), a second run 158 s.
  // - mingpt-adder, private weights: a chain of 6 segment proofs (circuits/circuits.json cuts after
  //   every residual add but the last; 1,720,680 constraints by formula, domains 2^18 and 2^19),
  //   proven by two `zkattn:worker`s on the BullMQ queue when ZKATTN_TEST_REDIS names a Redis (CI
  //   always: .ci/run starts one), else in two local proving processes, and verified in one
  //   verifyInference call.
  // Timeouts: about 6x the measured first runs at load, the margin the attention-block e2e keeps.
  const cases = [
    {
      model: "gpt-nano-sort",
      prompt: [2, 0, 1, 1, 0, 2],
      sentence: "gpt-nano-sort sorts 2 0 1 1 0 2 → 0 0 1 1 2 2",
      weights: "public",
      circuits: ["gpt-nano-sort-model-public-weights"],
      // Also `prove --prompt` with the keys the job made, and `zkattn:verify` on its file.
      proofFile: true,
      timeoutMs: 3_600_000,
    },
    {
      model: "mingpt-adder",
      prompt: [8, 5, 5, 0],
      sentence: "mingpt-adder computes 85 + 50 = 135",
      weights: "private",
      circuits: [1, 2, 3, 4, 5, 6].map((i) => `mingpt-adder-model-seg${i}of6`),
      proofFile: false,
      timeoutMs: 4_800_000,
    },
    {
      // gpt-nano-sort with private weights: 4 segments of ~2^20 (777,864 / 765,682 / 765,010 /
      // 48,739 by formula). Its first run (3 setups at 2^20) is too long for CI's budget, so it runs
      // only with ZKATTN_E2E_SORT_CHAIN=1 (`npm run test:e2e-sort-chain`); the measured run is in
      // docs/prover.md.
      model: "gpt-nano-sort",
      prompt: [2, 0, 1, 1, 0, 2],
      sentence: "gpt-nano-sort sorts 2 0 1 1 0 2 → 0 0 1 1 2 2",
      weights: "private",
      circuits: [1, 2, 3, 4].map((i) => `gpt-nano-sort-model-seg${i}of4`),
      proofFile: false,
      gate: "ZKATTN_E2E_SORT_CHAIN",
      timeoutMs: 14_400_000,
    },
  ] as const;
  const REDIS = process.env.ZKATTN_TEST_REDIS;

  let tmp: string;
  before(async function () {
    tmp = await mkdtemp(path.join(os.tmpdir(), "zkattn-whole-model-e2e-"));
  });
  after(async function () {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  // A failed or timed-out test must not leave `prove-and-submit` running.
  afterEach(async function () {
    await killChildren();
  });

  for (const c of cases) {
    it(`${c.model} (${c.weights} weights${c.circuits.length > 1 ? `, a chain of ${c.circuits.length} segment proofs` : ""}): proves the generation on ${c.prompt.join(",")}, verifies it on the in-process network, and prints the result in the task's words and one JSON line last`, async function () {
      this.timeout(c.timeoutMs);
      if ("gate" in c && process.env[c.gate] !== "1") {
        console.log(
          `      skipped: the ${c.model} ${c.weights}-weights chain's first run takes ~45 min on 2 cores; run it with ${c.gate}=1 (npm run test:e2e-sort-chain)`,
        );
        this.skip();
      }
      const chain = c.circuits.length > 1;
      const proving: string[] = [];
      if (chain && REDIS) {
        // Two workers on a queue of this run's own; they prove from this checkout's build/.
        const queueName = `zkattn-e2e-${process.pid}-${Date.now()}`;
        const workers = [0, 1].map(() =>
          startChild(
            "npx",
            ["hardhat", "zkattn:worker", "--queue", REDIS, "--queue-name", queueName],
            { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } },
          ),
        );
        for (const w of workers) await w.waitFor(/worker \S+: ready/);
        proving.push("--queue", REDIS, "--queue-name", queueName);
      } else if (chain) proving.push("--workers", "2");
      const { stdout } = await runChild(
        "npx",
        [
          "hardhat",
          "prove-and-submit",
          "--model",
          c.model,
          "--prompt",
          c.prompt.join(","),
          "--weights",
          c.weights,
          ...proving,
          "--json",
        ],
        { cwd: ROOT },
      );
      const lines = stdout.trim().split("\n");
      expect(lines).to.include(`verified on chain: ${c.sentence}`);
      const r = JSON.parse(lines[lines.length - 1]) as {
        verified: boolean;
        modelId: string;
        txHash: string;
        gasUsed: number;
        circuit: string;
        prompt: number[];
        generated: number[];
        output: string;
        outputCommitment: string;
        circuits: string[];
        segments?: { circuit: string; prover: string; witness: number; prove: number }[];
        timings: Record<string, number>;
      };
      console.log(
        `      ${c.model} ${c.weights} weights: gas ${r.gasUsed}; seconds ${JSON.stringify(r.timings)}${r.segments ? `; segments ${JSON.stringify(r.segments)}` : ""}`,
      );
      expect(r.verified).to.equal(true);
      expect(r.txHash).to.match(/^0x[0-9a-f]{64}$/);
      expect(r.circuits).to.deep.equal(c.circuits);
      expect(r.circuit).to.equal(
        chain ? `${c.circuits[0]} .. ${c.circuits.at(-1)}` : c.circuits[0],
      );
      // One Groth16 pairing check per proof: ~0.2 M gas each (the single proof's target is
      // 250,000; a chain's overhead over its bare verifiers is ≤ 5 %, bench/gas.ts).
      expect(r.gasUsed).to.be.within(150_000 * c.circuits.length, 250_000 * c.circuits.length);
      if (chain) {
        // Every segment proved once, by the processes asked for, in chain order.
        expect(r.segments!.map((g) => g.circuit)).to.deep.equal(c.circuits);
        for (const g of r.segments!) expect(g.prove).to.be.greaterThan(0);
        expect(stdout).to.match(
          REDIS
            ? new RegExp(`prove: ${c.circuits.length} segments on the queue at `)
            : new RegExp(`prove: ${c.circuits.length} segments in 2 local process`),
        );
      } else expect(r.segments).to.equal(undefined);
      expect(r.prompt).to.deep.equal(c.prompt);
      expect(r.output).to.equal(c.sentence);
      expect(Object.keys(r.timings)).to.include.members([
        "input",
        "compile",
        "setup",
        "deploy",
        "prove",
        "submit",
        "total",
      ]);

      // The generated tokens (decoded by the CLI from the verified on-chain output) are the
      // integer reference's greedy tokens, computed here independently of the CLI, and the
      // task's answer.
      const dir = path.join(ROOT, "models", c.model);
      const task = readModelDescription(dir).task;
      const reference = generateGreedyInt(loadIntModel(dir).params, c.prompt, task.generate);
      expect(r.generated).to.deep.equal(reference.generated);
      expect(r.generated).to.deep.equal(taskAnswer(task, c.prompt));
      expect(r.outputCommitment).to.equal(generatedOutput(reference.generated).toString());

      if (!c.proofFile) return;
      // `prove --prompt` writes a whole-model proof file; `zkattn:verify` checks every field.
      const file = path.join(tmp, `${c.model}.proof.json`);
      const proved = await runChild(
        "npx",
        ["hardhat", "prove", "--model", c.model, "--prompt", c.prompt.join(","), "--out", file],
        { cwd: ROOT },
      );
      expect(proved.stdout).to.include(`proved: ${c.sentence}`);
      const verified = await runChild("npx", ["hardhat", "zkattn:verify", file], { cwd: ROOT });
      expect(verified.stdout).to.include(`OK: ${file} verifies for ${r.circuit}`);
      expect(verified.stdout).to.include(`proved: ${c.sentence}`);
      // A file whose generated tokens were edited is refused, naming the field.
      const edited = JSON.parse(await readFile(file, "utf8")) as { generated: number[] };
      edited.generated = [...edited.generated].reverse();
      const editedFile = path.join(tmp, "edited.proof.json");
      await writeFile(editedFile, JSON.stringify(edited));
      const refused = await runChild("npx", ["hardhat", "zkattn:verify", editedFile], {
        cwd: ROOT,
      }).catch((e: Error) => e);
      expect(refused).to.be.instanceOf(Error);
      expect((refused as Error).message).to.include(
        `zkattn:verify: ${editedFile}: field "generated" is not what publicSignals.outputCommitment`,
      );
    });
  }
});
