import { expect } from "chai";

import {
  buildDirOf,
  chainRecordNameOf,
  chainUriOf,
  type CircuitDescription,
  circuitNameOf,
  loadDescriptions,
  mainFileOf,
  recordNameOf,
  registryUriOf,
  segmentCount,
  templateNameOf,
  validateDescription,
  verifierContractOf,
} from "../../src/circuit/descriptions.js";

import { ROOT } from "./harness.js";

describe("circuit descriptions (circuits/circuits.json)", () => {
  const all = loadDescriptions(ROOT);

  it("keep the six attention-block circuits' names, files, templates, verifiers and record names", () => {
    const blocks = all.filter((d) => d.stages !== "all");
    expect(blocks.map((d) => circuitNameOf(d))).to.deep.equal([
      "gpt-nano-sort-layer0",
      "gpt-nano-sort-layer0-public-weights",
      "gpt-nano-sort-layer1",
      "gpt-nano-sort-layer1-public-weights",
      "gpt-nano-sort-layer2",
      "gpt-nano-sort-layer2-public-weights",
    ]);
    expect(blocks.map((d) => templateNameOf(d)).slice(0, 2)).to.deep.equal([
      "GptNanoSortLayer0",
      "GptNanoSortLayer0PublicWeights",
    ]);
    expect(blocks.map((d) => verifierContractOf(d)).slice(0, 2)).to.deep.equal([
      "GptNanoSortLayer0Verifier",
      "GptNanoSortLayer0PublicWeightsVerifier",
    ]);
    expect(blocks.map((d) => recordNameOf(d)).slice(0, 2)).to.deep.equal([
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

  it("derive one circuit per segment of a cut description; the uncut one keeps its names", () => {
    const d = all.find((x) => x.model === "gpt-nano-sort" && (x.cuts?.length ?? 0) > 0)!;
    expect(d.cuts).to.deep.equal(["h0.mlpResid", "h1.mlpResid", "h2.mlpResid"]);
    // The chain as a whole is one registry record (registerModelChain).
    expect(chainRecordNameOf(d)).to.equal("gpt-nano-sort/model/chain4");
    expect(chainUriOf(d)).to.equal("zkattn:gpt-nano-sort/model/chain4");
    expect(segmentCount(d)).to.equal(4);
    expect([0, 1, 2, 3].map((k) => circuitNameOf(d, k))).to.deep.equal([
      "gpt-nano-sort-model-seg1of4",
      "gpt-nano-sort-model-seg2of4",
      "gpt-nano-sort-model-seg3of4",
      "gpt-nano-sort-model-seg4of4",
    ]);
    expect(templateNameOf(d, 1)).to.equal("GptNanoSortModelSeg2of4");
    expect(verifierContractOf(d, 3)).to.equal("GptNanoSortModelSeg4of4Verifier");
    expect(registryUriOf(d, 0)).to.equal("zkattn:gpt-nano-sort/model/seg1of4");
    expect(mainFileOf(d, 2)).to.equal("circuits/main/gpt-nano-sort-model-seg3of4.circom");
    expect(buildDirOf("/r", d, 2)).to.equal("/r/build/gpt-nano-sort-model-seg3of4");
    const pub: CircuitDescription = { ...d, weights: "public", cuts: ["h0.attnResid"] };
    expect(circuitNameOf(pub, 1)).to.equal("gpt-nano-sort-model-seg2of2-public-weights");
    expect(recordNameOf(pub, 1)).to.equal("gpt-nano-sort/model/seg2of2/public-weights");
    expect(chainRecordNameOf(pub)).to.equal("gpt-nano-sort/model/chain2/public-weights");
    const uncut = all.find(
      (x) => x.stages === "all" && x.weights === "private" && !x.cuts?.length,
    )!;
    expect(segmentCount(uncut)).to.equal(1);
    expect(circuitNameOf(uncut)).to.equal("gpt-nano-sort-model");
    expect(() => circuitNameOf(uncut, 1)).to.throw(/segment index 1 is not in 0..0 \(1 segment\)/);
    expect(() => chainRecordNameOf(uncut)).to.throw(
      /^descriptions: gpt-nano-sort "all": not a cut whole-model description, so not a chain$/,
    );
    expect(() => circuitNameOf(d, 4)).to.throw(/segment index 4 is not in 0..3 \(4 segments\)/);
  });

  it("reject cuts that are not residual adds in forward order, and inconsistent counts", () => {
    const base: CircuitDescription = {
      model: "gpt-nano-sort",
      stages: "all",
      T: 11,
      promptLength: 6,
      generated: 6,
      weights: "public",
    };
    expect(() => validateDescription({ ...base, cuts: ["h0.mlp"] })).to.throw(
      /cut "h0.mlp" is not a residual add \(h<L>.attnResid or h<L>.mlpResid\)/,
    );
    expect(() => validateDescription({ ...base, cuts: ["h1.attnResid", "h0.mlpResid"] })).to.throw(
      /distinct and in forward order; "h0.mlpResid" comes too late/,
    );
    expect(() => validateDescription({ ...base, cuts: ["h0.mlpResid", "h0.mlpResid"] })).to.throw(
      /distinct and in forward order/,
    );
    const block: CircuitDescription = {
      model: "gpt-nano-sort",
      stages: { from: "h0.attention", to: "h0.attention" },
      T: 11,
      weights: "private",
    };
    expect(() => validateDescription({ ...block, cuts: ["h0.attnResid"] })).to.throw(
      /cuts are only supported on whole-model \("all"\) descriptions/,
    );
    expect(() => validateDescription({ ...base, generated: 5 })).to.throw(/T − promptLength \+ 1/);
    expect(() => validateDescription({ ...base, promptLength: 12 })).to.throw(/promptLength/);
    expect(() =>
      validateDescription({ ...base, stages: { from: "h0.ln1", to: "h0.mlp" } }),
    ).to.throw(/only "all" or one attention block/);
  });
});
