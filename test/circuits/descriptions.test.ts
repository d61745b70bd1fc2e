import { expect } from "chai";

import {
  buildDirOf,
  circuitNameOf,
  loadDescriptions,
  mainFileOf,
  recordNameOf,
  registryUriOf,
  templateNameOf,
  validateDescription,
  verifierContractOf,
  type CircuitDescription,
} from "../../src/circuit/descriptions.js";

import { ROOT } from "./harness.js";

describe("circuit descriptions (circuits/circuits.json)", () => {
  const all = loadDescriptions(ROOT);

  it("keep the six attention-block circuits' names, files, templates, verifiers and record names", () => {
    const blocks = all.filter((d) => d.stages !== "all");
    expect(blocks.map(circuitNameOf)).to.deep.equal([
      "gpt-nano-sort-layer0",
      "gpt-nano-sort-layer0-public-weights",
      "gpt-nano-sort-layer1",
      "gpt-nano-sort-layer1-public-weights",
      "gpt-nano-sort-layer2",
      "gpt-nano-sort-layer2-public-weights",
    ]);
    expect(blocks.map(templateNameOf).slice(0, 2)).to.deep.equal([
      "GptNanoSortLayer0",
      "GptNanoSortLayer0PublicWeights",
    ]);
    expect(blocks.map(verifierContractOf).slice(0, 2)).to.deep.equal([
      "GptNanoSortLayer0Verifier",
      "GptNanoSortLayer0PublicWeightsVerifier",
    ]);
    expect(blocks.map(recordNameOf).slice(0, 2)).to.deep.equal([
      "gpt-nano-sort/layer0",
      "gpt-nano-sort/layer0/public-weights",
    ]);
    expect(mainFileOf(blocks[0])).to.equal("circuits/main/gpt-nano-sort-layer0.circom");
  });

  it("derive the whole-model circuit's names from its description", () => {
    const d = all.find((x) => x.stages === "all" && x.weights === "public")!;
    expect(circuitNameOf(d)).to.equal("gpt-nano-sort-model-public-weights");
    expect(templateNameOf(d)).to.equal("GptNanoSortModelPublicWeights");
    expect(verifierContractOf(d)).to.equal("GptNanoSortModelPublicWeightsVerifier");
    expect(registryUriOf(d)).to.equal("zkattn:gpt-nano-sort/model/public-weights");
    expect(buildDirOf("/r", d)).to.equal("/r/build/gpt-nano-sort-model-public-weights");
    expect([d.T, d.promptLength, d.generated]).to.deep.equal([11, 6, 6]);
  });

  it("represent cuts but refuse to generate them yet; reject inconsistent counts", () => {
    const base: CircuitDescription = {
      model: "gpt-nano-sort",
      stages: "all",
      T: 11,
      promptLength: 6,
      generated: 6,
      weights: "public",
    };
    expect(circuitNameOf({ ...base, cuts: ["h0.mlpResid"] })).to.equal(
      "gpt-nano-sort-model-cut-h0_mlpResid-public-weights",
    );
    expect(() => validateDescription({ ...base, cuts: ["h0.mlpResid"] })).to.throw(
      /segment circuits are not generated yet/,
    );
    expect(() => validateDescription({ ...base, generated: 5 })).to.throw(/T − promptLength \+ 1/);
    expect(() => validateDescription({ ...base, promptLength: 12 })).to.throw(/promptLength/);
    expect(() =>
      validateDescription({ ...base, stages: { from: "h0.ln1", to: "h0.mlp" } }),
    ).to.throw(/only "all" or one attention block/);
  });
});
