import { readFileSync } from "node:fs";
import path from "node:path";

import { expect } from "chai";

import { loadModelDir } from "../../src/model/description.js";
import { sampleTaskPrompts, taskAnswer } from "../../src/model/task.js";
import { measureTask } from "../../src/stages/accuracy.js";
import { buildIntModel, INT_MODEL_FILE, loadIntModel } from "../../src/stages/file.js";
import { generateGreedyInt } from "../../src/stages/model.js";

const ADDER_DIR = "models/mingpt-adder";

describe("stages: the whole integer mingpt-adder (issue 12 item 4)", function () {
  const md = loadModelDir(ADDER_DIR);
  const p = loadIntModel(ADDER_DIR).params;
  const task = md.description.task;

  it("model.json describes the adder: prompt 4 digits, 3 generated, T = 6 = block_size", function () {
    expect(task).to.deep.include({ kind: "adder", promptLength: 4, generate: 3 });
    expect(md.description.nHead).to.equal(3);
    expect(p.blockSize).to.equal(6);
    expect(md.calibrationPrompts).to.have.length(1000);
  });

  it("quantized-model.json is deterministic: re-quantizing gives the committed bytes", function () {
    const committed = readFileSync(path.join(ADDER_DIR, INT_MODEL_FILE), "utf8");
    expect(buildIntModel(ADDER_DIR).text).to.equal(committed);
  });

  it("generates 85 + 50 = 135 (prompt 8 5 5 0 → 5 3 1) in one causal pass of 6 tokens", function () {
    const g = generateGreedyInt(p, [8, 5, 5, 0], task.generate);
    expect(g.generated).to.deep.equal([5, 3, 1]);
    expect(g.tokens).to.have.length(6);
  });

  it("solves all of a seeded sample of 2,000 additions, logit cosine ≥ 0.999", function () {
    // ~35 s. `npm run accuracy -- --model mingpt-adder` measures all 10,000 (10,000 solved).
    const prompts = sampleTaskPrompts(task, 2000, 12);
    // The expected answers are the digits of a + b, computed from the prompt alone.
    expect(taskAnswer(task, [9, 9, 0, 1])).to.deep.equal([0, 0, 1]);
    const r = measureTask(md.float, p, task, prompts);
    expect(r.prompts).to.equal(2000);
    expect(r.floatSolved).to.equal(2000);
    expect(r.failures).to.deep.equal([]);
    expect(r.solved).to.equal(2000);
    expect(r.logitCosine).to.be.at.least(0.999);
    expect(r.logitCosine).to.be.below(1);
  });
});
