import { expect } from "chai";

import { allSortInputs } from "../../src/model/tokens.js";
import { measureWholeModel } from "../../src/stages/accuracy.js";
import { fixtures } from "./fixtures.js";

describe("stages: whole-model accuracy (issue 11 item 7)", function () {
  it("the integer model sorts all 729 sort inputs by greedy decoding, logit cosine ≥ 0.999", function () {
    // ~25 s: 729 integer and float forward passes over 11 tokens.
    const { float, p } = fixtures();
    const r = measureWholeModel(float, p, allSortInputs());
    expect(r.wholeModelSorted729).to.equal(729);
    expect(r.logitCosine).to.be.at.least(0.999);
    expect(r.logitCosine).to.be.below(1); // integer logits are not the float ones
    expect(r.minSequenceLogitCosine).to.be.at.least(0.999);
  });
});
