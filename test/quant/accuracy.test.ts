import { expect } from "chai";

import { generate } from "../../src/model/float.js";
import { loadGptModel } from "../../src/model/stateDict.js";
import { allSortInputs, sortedDigits, teacherForcedSort } from "../../src/model/tokens.js";
import { quantizedAttentionOverride } from "../../src/quant/accuracy.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";
import { killChildren, runChild } from "../helpers/childProcess.js";

describe("accuracy report (npm run accuracy -- --json)", function () {
  afterEach(async function () {
    await killChildren();
  });

  it("meets the issue's targets on gpt-nano-sort layer 0: cosine >= 0.999, maxProbError <= 1/128, sorted729 >= 722", async function () {
    // Runs the real CLI: 732 float + integer attention blocks and 729 greedy decodings with every
    // layer's attention quantized (~12 s here).
    const { stdout } = await runChild(process.execPath, [
      "--import",
      "tsx",
      "scripts/accuracy.ts",
      "--json",
    ]);
    const lines = stdout.trim().split("\n");
    expect(lines.length, `expected exactly one JSON line, got:\n${stdout}`).to.equal(1);
    const r = JSON.parse(lines[0]) as Record<string, number>;
    expect(Object.keys(r)).to.include.members([
      "cosine",
      "maxAbsError",
      "maxProbError",
      "sorted729",
    ]);
    expect(r.cosine).to.be.at.least(0.999);
    expect(r.maxProbError).to.be.at.most(1 / 128);
    expect(r.sorted729).to.be.at.least(722);
    expect(r.sorted729).to.be.at.most(729);
    expect(r.maxAbsError).to.be.above(0); // quantization is lossy: an exact 0 would mean the float block was compared with itself
    expect(r.sequences).to.equal(732);
  });
});

describe("the quantized attention override", function () {
  it("is causal, so the teacher-forced sort check equals greedy decoding (first 40 prompts)", function () {
    const q = loadQuantizedModel("models/gpt-nano-sort");
    const float = loadGptModel("models/gpt-nano-sort/source/gpt-nano-sort-model.json");
    const attentionOverride = quantizedAttentionOverride(q.layers);
    for (const input of allSortInputs().slice(0, 40)) {
      const greedy = generate(float, input, input.length, { attentionOverride }).slice(
        input.length,
      );
      const forced = teacherForcedSort(float, input, { attentionOverride });
      const greedyCorrect = greedy.every((tok, i) => tok === sortedDigits(input)[i]);
      expect(forced.correct, `input ${input.join("")}`).to.equal(greedyCorrect);
      if (greedyCorrect) expect(forced.predicted).to.deep.equal(greedy);
    }
  });
});
