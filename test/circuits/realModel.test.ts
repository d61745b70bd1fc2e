/**
 * The REAL gpt-nano-sort whole model in public-weights mode (circuits/main/gpt-nano-sort-model-
 * public-weights.circom, T = 11: 6 prompt tokens, 6 generated): compiled once at --O1 (cached in
 * build/ by content hash), bit-exact against the integer reference on the three PyTorch sample
 * inputs and 20 seeded sort prompts. The compile is long on 2 cores (see the log line it prints).
 */
import path from "node:path";

import { expect } from "chai";

import { generatedOutput, modelCommitmentOfStages } from "../../src/circuit/commitments.js";
import { generateModelMainCircuits } from "../../src/circuit/mainCircuits.js";
import { modelNamedSignals, modelWitnessInput } from "../../src/circuit/modelWitness.js";
import { PUBLIC_SIGNALS } from "../../src/circuit/publicSignals.js";
import { seededRandom } from "../../src/circuit/synthetic.js";
import { loadPartials } from "../../src/model/stateDict.js";
import { loadIntModel } from "../../src/stages/file.js";
import { intModelStages } from "../../src/stages/model.js";

import { compileTester, ROOT, type CircuitTester } from "./harness.js";
import { aliasOf, expectModelSignals } from "./modelHarness.js";

const MODEL_DIR = path.join(ROOT, "models/gpt-nano-sort");
const PARTIALS = path.join(MODEL_DIR, "source/gpt-nano-sort-t0-partials.json");

/**
 * The real whole model is 961,777 constraints at --O1 (compile ~4 minutes and ~3 GB on 2 cores,
 * shared with the whole-model e2e through the compile cache); checking every named signal of
 * 23 witnesses against the full R1CS would take CI past its time budget. Run it with `npm run test:real-model`
 * (ZKATTN_REAL_MODEL=1); the suite reports it as pending otherwise.
 */
const RUN_REAL_MODEL = process.env.ZKATTN_REAL_MODEL === "1";

describe("gpt-nano-sort whole model, public weights (T = 11, 22 stages)", function () {
  this.timeout(24 * 3600_000);
  before(function () {
    if (!RUN_REAL_MODEL) {
      console.log(
        "      skipped: the real whole-model circuit compiles for ~10 minutes; run `npm run test:real-model`",
      );
      this.skip();
    }
  });
  const m = loadIntModel(MODEL_DIR);
  const circuit = generateModelMainCircuits(ROOT).find(
    (c) => c.description.weights === "public" && c.description.model === "gpt-nano-sort",
  )!;
  const { T, promptLength: P } = { T: circuit.description.T, promptLength: 6 };
  const modelCommitment = modelCommitmentOfStages(intModelStages(m.params));
  let c: CircuitTester;

  before(async function () {
    expect(circuit.description.promptLength).to.equal(P);
    const t0 = Date.now();
    c = await compileTester(circuit.file, 1);
    console.log(
      `      compiled ${circuit.file} at --O1 in ${c.compileSeconds.toFixed(0)} s (0 = cached; load ${((Date.now() - t0) / 1000).toFixed(0)} s): ${c.constraintCount} constraints`,
    );
  });

  async function check(prompt: number[], fullR1csCheck: boolean): Promise<number[]> {
    const wi = modelWitnessInput(m.params, circuit.generated, prompt, {
      T,
      promptLength: P,
      salt: 987654321n + BigInt(prompt.join("")),
      binding: 0xdeadbeefn,
      modelCommitment,
    });
    const t0 = Date.now();
    const w = fullR1csCheck
      ? await c.expectPass(wi.input as never)
      : await c.witness(wi.input as never);
    console.log(`      witness ${prompt.join("")} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const expected = modelNamedSignals(circuit.generated, wi.trace, P);
    const [compared] = expectModelSignals(c, w, expected, aliasOf(m.params, expected, T, P));
    expect(compared).to.be.greaterThan(10_000);
    PUBLIC_SIGNALS.forEach((name) =>
      expect(c.read(w, `main.${name}`), name).to.equal(wi.publicSignals[name]),
    );
    expect(wi.publicSignals.outputCommitment).to.equal(generatedOutput(wi.generated));
    return wi.generated;
  }

  it("equals the integer reference on every named signal for the three PyTorch sample inputs", async function () {
    const partials = loadPartials(PARTIALS);
    expect(partials.idx).to.have.length(3);
    for (const idx of partials.idx) {
      // The sample contexts are a 6-token prompt followed by zeros; the prompt is what is proven.
      const prompt = idx.slice(0, P);
      const generated = await check(prompt, true);
      expect(generated).to.deep.equal([...prompt].sort((a, b) => a - b));
    }
  });

  it("equals the integer reference on every named signal for 20 seeded sort prompts", async function () {
    const rand = seededRandom(2027);
    for (let i = 0; i < 20; i++) {
      const prompt = Array.from({ length: P }, () => Math.floor(rand() * 3));
      const generated = await check(prompt, false);
      expect(generated).to.deep.equal([...prompt].sort((a, b) => a - b));
    }
  });
});
