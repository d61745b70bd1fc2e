import { expect } from "chai";

import {
  allTaskPrompts,
  describeModelResult,
  describeResult,
  digitVocabulary,
  sampleTaskPrompts,
  taskAnswer,
  validateTask,
  type TaskSpec,
} from "../../src/model/task.js";
import { readModelDescription, loadModelDir } from "../../src/model/description.js";

const ADDER: TaskSpec = {
  kind: "adder",
  promptLength: 4,
  generate: 3,
  vocabulary: digitVocabulary(10),
};
const SORT: TaskSpec = {
  kind: "sort",
  promptLength: 6,
  generate: 6,
  vocabulary: digitVocabulary(3),
};

describe("model tasks and model.json", function () {
  it("the adder's answer is a + b, least significant digit first: 85 + 50 → 5 3 1", function () {
    expect(taskAnswer(ADDER, [8, 5, 5, 0])).to.deep.equal([5, 3, 1]);
    expect(taskAnswer(ADDER, [0, 7, 0, 4])).to.deep.equal([1, 1, 0]);
    expect(taskAnswer(ADDER, [9, 9, 9, 9])).to.deep.equal([8, 9, 1]);
    expect(describeResult(ADDER, [8, 5, 5, 0], [5, 3, 1])).to.equal("85 + 50 = 135");
  });

  it("the sort answer is the ascending digits", function () {
    expect(taskAnswer(SORT, [2, 0, 1, 0, 2, 1])).to.deep.equal([0, 0, 1, 1, 2, 2]);
    expect(describeResult(SORT, [2, 0, 1, 0, 2, 1], [0, 0, 1, 1, 2, 2])).to.equal(
      "sorted 2 0 1 0 2 1 → 0 0 1 1 2 2",
    );
  });

  it("says a model's result as a sentence: the model's name, the task's verb, its words", function () {
    expect(
      describeModelResult("gpt-nano-sort", SORT, [2, 0, 1, 1, 0, 2], [0, 0, 1, 1, 2, 2]),
    ).to.equal("gpt-nano-sort sorts 2 0 1 1 0 2 → 0 0 1 1 2 2");
    expect(describeModelResult("mingpt-adder", ADDER, [8, 5, 5, 0], [5, 3, 1])).to.equal(
      "mingpt-adder computes 85 + 50 = 135",
    );
    const generic = { ...SORT, kind: "generic" as const, vocabulary: ["a", "b", "c"] };
    expect(describeModelResult("m", generic, [0, 1], [2, 2])).to.equal("m generates a b → c c");
  });

  it("enumerates every prompt: 729 sorts, 10,000 additions (prompt i = the digits of i)", function () {
    expect(allTaskPrompts(SORT)).to.have.length(729);
    const adds = allTaskPrompts(ADDER);
    expect(adds).to.have.length(10_000);
    expect(adds[8550]).to.deep.equal([8, 5, 5, 0]);
  });

  it("a seeded sample is deterministic, distinct and depends on the seed", function () {
    const a = sampleTaskPrompts(ADDER, 1000, 1);
    expect(sampleTaskPrompts(ADDER, 1000, 1)).to.deep.equal(a);
    expect(new Set(a.map((p) => p.join())).size).to.equal(1000);
    expect(sampleTaskPrompts(ADDER, 1000, 2)).to.not.deep.equal(a);
  });

  it("rejects a task that does not fit the model, naming the limit", function () {
    expect(() => validateTask({ ...ADDER, generate: 4 }, 10, 16)).to.throw(
      "task: an adder of 2-digit numbers generates 3 digits",
    );
    expect(() => validateTask({ ...SORT, promptLength: 7, generate: 7 }, 3, 11)).to.throw(
      "task: prompt length 7 + generated 7 − 1 = 13 tokens exceed the model's block_size 11",
    );
    expect(() => validateTask(ADDER, 3, 6)).to.throw(
      "task: vocabulary has 10 entries; the model has 3 tokens",
    );
    expect(() => taskAnswer(ADDER, [1, 2, 3])).to.throw(
      "task: prompt 1,2,3 has 3 tokens; the task takes 4",
    );
  });

  it("gpt-nano-sort's model.json describes the sort task and its 729 calibration prompts", function () {
    const d = readModelDescription("models/gpt-nano-sort");
    expect(d.task).to.deep.equal(SORT);
    expect(d.source).to.deep.equal({
      file: "source/gpt-nano-sort-model.json",
      format: "llm-viz-json",
      license: "source/LICENSE",
    });
    const md = loadModelDir("models/gpt-nano-sort");
    expect(md.calibrationPrompts).to.deep.equal(allTaskPrompts(SORT));
    expect(md.float.config.blockSize).to.equal(11);
  });

  it("a missing model.json fails with the file named", function () {
    expect(() => readModelDescription("models/nope")).to.throw(
      /^model: cannot read models\/nope\/model\.json/,
    );
  });
});
