import path from "node:path";

import { expect } from "chai";

import { mainCircuitPath, WEIGHTS_MODES } from "../../src/circuit/mainCircuits.js";
import { PUBLIC_SIGNALS } from "../../src/circuit/publicSignals.js";
import { seededRandom } from "../../src/circuit/synthetic.js";
import { circuitInput, publicSignalsFor } from "../../src/circuit/witness.js";
import { loadGptModel, loadPartials } from "../../src/model/stateDict.js";
import { blockInputFromTokens } from "../../src/prover/input.js";
import { intAttention } from "../../src/quant/intAttention.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";
import { SOURCE_MODEL_FILE } from "../../src/quant/pipeline.js";

import { compileTester, expectNamedSignals, ROOT, type CircuitTester } from "./harness.js";

const MODEL_DIR = path.join(ROOT, "models/gpt-nano-sort");
const PARTIALS = path.join(MODEL_DIR, "source/gpt-nano-sort-t0-partials.json");

/** 20 seeded sort prompts: 6 tokens from {0, 1, 2}, then their first 5 sorted tokens (T = 11). */
function sortPrompts(count: number, seed: number): number[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const six = Array.from({ length: 6 }, () => Math.floor(rand() * 3));
    return [...six, ...[...six].sort((a, b) => a - b).slice(0, 5)];
  });
}

for (const weights of WEIGHTS_MODES) {
  const mode = weights === "public" ? ", public-weights mode (weights as constants)" : "";
  describe(`gpt-nano-sort layer 0 attention circuit${mode} (T = 11, d_model = 48, 3 heads)`, function () {
    const quantized = loadQuantizedModel(MODEL_DIR);
    const layer = quantized.layers[0];
    const float = loadGptModel(path.join(MODEL_DIR, SOURCE_MODEL_FILE));
    let c: CircuitTester;
    before(async function () {
      // One --O1 compile per weights mode for the whole suite (≈ 25 s private, ≈ 16 s public on
      // 2 cores), cached in build/ by content hash.
      c = await compileTester(mainCircuitPath("gpt-nano-sort", 0, weights), 1);
    });

    async function check(tokens: number[], fullR1csCheck: boolean) {
      const xQ = blockInputFromTokens(float, layer, tokens).xQ;
      const trace = intAttention(layer, xQ);
      const salt = 1234567n + BigInt(tokens.join(""));
      const pub = publicSignalsFor(layer, trace, salt, 0xdeadbeefn);
      const input = circuitInput(layer, pub, xQ, salt, weights);
      const w = fullR1csCheck ? await c.expectPass(input) : await c.witness(input);
      expect(expectNamedSignals(c, w, trace)).to.be.greaterThan(3000);
      PUBLIC_SIGNALS.forEach((name) => expect(c.read(w, `main.${name}`), name).to.equal(pub[name]));
    }

    it("equals the integer reference on every named signal for the three PyTorch sample inputs (full R1CS check)", async () => {
      const partials = loadPartials(PARTIALS);
      expect(partials.idx).to.have.length(3);
      for (const tokens of partials.idx) await check(tokens, true);
    });

    it("equals the integer reference on every named signal for 20 other sort inputs", async () => {
      for (const tokens of sortPrompts(20, 2026)) await check(tokens, false);
    });
  });
}
