/**
 * Whole-model circuits (src/circuit/modelGenerator.ts) on a TINY model (test/circuits/
 * modelHarness.ts `tinyIntModel`: 1 layer, D = 4, 2 heads, V = 3, block_size 3), T = 3 (prompt 2,
 * generated 2). Expected values come from
 * the integer reference (intForward / generateGreedyInt), never from the circuit.
 */
import { expect } from "chai";

import {
  generatedOutput,
  modelCommitmentOfStages,
  promptCommitment,
  unpackGeneratedOutput,
} from "../../src/circuit/commitments.js";
import {
  generateModelCircuit,
  modelConstraintBreakdown,
  type GeneratedModelCircuit,
} from "../../src/circuit/modelGenerator.js";
import { modelNamedSignals, modelWitnessInput } from "../../src/circuit/modelWitness.js";
import type { WeightsMode } from "../../src/circuit/types.js";
import { generateGreedyInt, intModelStages } from "../../src/stages/model.js";

import { compileTester, type CircuitTester } from "./harness.js";
import {
  aliasOf,
  allSequences,
  expectModelSignals,
  TINY_CONFIG,
  TINY_T,
  tinyIntModel,
  writeBuildCircuit,
} from "./modelHarness.js";

const CONFIG = TINY_CONFIG;
const T = TINY_T;
const P = 2;
const G = T - P + 1;

const PROMPTS: number[][] = allSequences(P, CONFIG.vocabSize);
const SALT = 123456789n;
const BINDING = 0xabcdefn;

for (const weights of ["public", "private"] as WeightsMode[]) {
  describe(`whole-model circuit, tiny model, ${weights} weights`, function () {
    this.timeout(1_800_000);
    const p = tinyIntModel(5);
    const stages = intModelStages(p);
    let gen: GeneratedModelCircuit;
    let o1: CircuitTester;
    let o2: CircuitTester;
    const modelCommitment = modelCommitmentOfStages(stages);
    const build = (prompt: number[]) =>
      modelWitnessInput(p, gen, prompt, {
        T,
        promptLength: P,
        salt: SALT,
        binding: BINDING,
        modelCommitment,
      });

    before(async function () {
      gen = generateModelCircuit(p, {
        T,
        promptLength: P,
        weights,
        templateName: `TinyModel_${weights}`,
        source: "test/circuits/model.test.ts tiny model seed 5",
      });
      const rel = await writeBuildCircuit(`tiny-model-${weights}`, gen.source);
      o1 = await compileTester(rel, 1);
      o2 = await compileTester(rel, 2);
    });

    it("every named intermediate of every stage equals intForward, and the output is the greedy tokens", async function () {
      let total = 0;
      const outputs = new Set<string>();
      for (const prompt of PROMPTS) {
        const wi = build(prompt);
        const ref = generateGreedyInt(p, prompt, G);
        expect(wi.generated).to.deep.equal(ref.generated);
        expect(wi.publicSignals.outputCommitment).to.equal(generatedOutput(ref.generated));
        expect(unpackGeneratedOutput(wi.publicSignals.outputCommitment, G)).to.deep.equal(
          ref.generated,
        );
        expect(wi.publicSignals.inputCommitment).to.equal(promptCommitment(prompt, SALT));
        const w = await o1.expectPass(wi.input as never);
        const expected = modelNamedSignals(gen, ref.trace, P);
        const [compared] = expectModelSignals(o1, w, expected, aliasOf(p, expected, T, P));
        total += compared;
        expect(o1.read(w, "main.outputCommitment")).to.equal(generatedOutput(ref.generated));
        outputs.add(ref.generated.join());
      }
      expect(total).to.be.greaterThan(PROMPTS.length * 100);
      // The random model must not be degenerate (always the same answer) for the test to mean much.
      expect(outputs.size, "distinct generations").to.be.greaterThan(1);
    });

    it("non-greedy generated tokens cannot be proven; a tampered output or another model's commitment fails", async function () {
      for (const prompt of PROMPTS.slice(0, 4)) {
        const wi = build(prompt);
        // Feed a non-greedy token back (and claim it in the output): the greedy check fails.
        const tokens = [...wi.tokens];
        const bad = (tokens[P] + 1) % CONFIG.vocabSize;
        tokens[P] = bad;
        const claimed = [...wi.generated];
        claimed[0] = bad;
        await o1.expectFail(
          {
            ...wi.input,
            tokens: tokens.map(String),
            outputCommitment: generatedOutput(claimed).toString(),
          } as never,
          "Assert Failed",
        );
        // Claim other generated tokens for the true input tokens.
        for (let g = 0; g < G; g++) {
          const other = [...wi.generated];
          other[g] = (other[g] + 1) % CONFIG.vocabSize;
          await o1.expectFail(
            { ...wi.input, outputCommitment: generatedOutput(other).toString() } as never,
            "Assert Failed",
          );
        }
        await o1.expectFail(
          {
            ...wi.input,
            outputCommitment: (wi.publicSignals.outputCommitment + 1n).toString(),
          } as never,
          "Assert Failed",
        );
        const otherModel = modelCommitmentOfStages(intModelStages(tinyIntModel(8)));
        expect(otherModel).to.not.equal(modelCommitment);
        await o1.expectFail(
          { ...wi.input, modelCommitment: otherModel.toString() } as never,
          "Assert Failed",
        );
        await o1.expectFail(
          { ...wi.input, inputCommitment: promptCommitment(prompt, SALT + 1n).toString() } as never,
          "Assert Failed",
        );
      }
    });

    it("a witness whose argmax token is edited violates a constraint", async function () {
      const wi = build(PROMPTS[1]);
      const w = await o1.expectPass(wi.input as never);
      const g = "main.argmax_generated[0]";
      if (o1.symbols.has(g)) {
        o1.expectConstraintFail(
          o1.editWitness(w, { [g]: (o1.read(w, g) + 1n) % BigInt(CONFIG.vocabSize) }),
        );
      }
      const tok = `main.tokens[${P}]`;
      o1.expectConstraintFail(o1.editWitness(w, { [tok]: (o1.read(w, tok) + 1n) % 3n }));
    });

    it("constraint count (--O2) = sum of the stage formulas + the glue formula", function () {
      const b = modelConstraintBreakdown(p, T, P, weights);
      const total = Object.values(b).reduce((a, v) => a + v, 0);
      console.log(`      tiny ${weights}: ${o2.constraintCount} constraints; ${JSON.stringify(b)}`);
      expect(o2.constraintCount).to.equal(total);
    });
  });
}

describe("whole-model witness input: bad prompts", function () {
  const p = tinyIntModel(5);
  const gen = generateModelCircuit(p, {
    T,
    promptLength: P,
    weights: "public",
    templateName: "TinyModel_public",
    source: "test",
  });
  const opts = {
    T,
    promptLength: P,
    salt: 1n,
    binding: 2n,
    modelCommitment: gen.modelCommitment!,
  };

  it("names the prompt length, the vocabulary and block_size limits", function () {
    expect(() => modelWitnessInput(p, gen, [0, 1, 2], opts)).to.throw(
      /the prompt has 3 tokens but the circuit takes 2; pass 2 tokens/,
    );
    expect(() => modelWitnessInput(p, gen, [0, 3], opts)).to.throw(/is not in \[0, 3\)/);
    expect(() => modelWitnessInput(p, gen, [0, 1], { ...opts, T: 4 })).to.throw(
      /exceed block_size 3/,
    );
    expect(() =>
      generateModelCircuit(p, { ...opts, weights: "public", templateName: "X", source: "", T: 4 }),
    ).to.throw(/T = 4 must be in 1..block_size 3/);
  });
});
