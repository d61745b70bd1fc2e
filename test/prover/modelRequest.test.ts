import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

import {
  generatedOutput,
  modelCommitmentOfStages,
  promptCommitment,
  unpackGeneratedOutput,
} from "../../src/circuit/commitments.js";
import { generateModelMainCircuit } from "../../src/circuit/mainCircuits.js";
import { modelWitnessInput } from "../../src/circuit/modelWitness.js";
import { decodeOutput, encodeOutput } from "../../src/contracts/calldata.js";
import { ZkattnUserError } from "../../src/errors.js";
import { readModelDescription } from "../../src/model/description.js";
import {
  parsePrompt,
  resolveModelRequest,
  wholeModelChain,
  wholeModelDescription,
  wholeModelWeights,
} from "../../src/prover/modelRequest.js";
import { requestKind } from "../../src/prover/resolve.js";
import { loadIntModel } from "../../src/stages/file.js";
import { intModelStages } from "../../src/stages/model.js";

const ROOT = process.cwd();

/** Runs `f` and returns what it threw (fails the test if it did not throw). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, but the call succeeded");
}

describe("resolving a whole-model proving request (src/prover/modelRequest.ts)", function () {
  const sortTask = readModelDescription(path.join(ROOT, "models/gpt-nano-sort")).task;
  const adderTask = readModelDescription(path.join(ROOT, "models/mingpt-adder")).task;

  it("resolves gpt-nano-sort and mingpt-adder to their public-weights whole-model circuits and commitments", function () {
    const sort = resolveModelRequest(ROOT, { model: "gpt-nano-sort", prompt: "2,0,1,1,0,2" });
    expect(sort.prompt).to.deep.equal([2, 0, 1, 1, 0, 2]);
    expect(sort.circuit).to.equal("gpt-nano-sort-model-public-weights");
    expect(sort.recordName).to.equal("gpt-nano-sort/model/public-weights");
    expect(sort.description).to.include({ T: 11, promptLength: 6, generated: 6 });
    const adder = resolveModelRequest(ROOT, { model: "mingpt-adder", prompt: " 8, 5,5 ,0" });
    expect(adder.prompt).to.deep.equal([8, 5, 5, 0]);
    expect(adder.circuit).to.equal("mingpt-adder-model-public-weights");
    // T = prompt + generated − 1 = 4 + 3 − 1.
    expect(adder.description).to.include({ T: 6, promptLength: 4, generated: 3 });
    // The commitment registered is the one the generated circuit pins (public weights).
    const pinned = generateModelMainCircuit(ROOT, adder.description).generated.modelCommitment;
    expect(adder.modelCommitment).to.equal(pinned);
    const m = loadIntModel(path.join(ROOT, "models/mingpt-adder"));
    expect(adder.modelCommitment).to.equal(modelCommitmentOfStages(intModelStages(m.params)));
  });

  it("rejects a prompt of the wrong length, naming the task's prompt length and an example", function () {
    const e = thrown(() => parsePrompt("2,0,1", sortTask, 11, "gpt-nano-sort", "prove"));
    expect(ZkattnUserError.is(e)).to.equal(true);
    expect(e.message).to.equal(
      "prove: --prompt has 3 token ids, but gpt-nano-sort's sort task takes a prompt of exactly 6 (models/gpt-nano-sort/model.json task.promptLength); pass exactly 6 comma-separated token ids, e.g. --prompt 0,1,2,0,1,2",
    );
    expect(thrown(() => parsePrompt("2,0,,1,0,2", sortTask, 11, "s", "prove")).message).to.match(
      /--prompt has 5 token ids/,
    );
  });

  it("rejects a prompt whose generation would not fit in block_size, naming it", function () {
    // mingpt-adder: block_size 6, 3 generated: a 5-token prompt needs 7 positions.
    const e = thrown(() => parsePrompt("1,2,3,4,5", adderTask, 6, "mingpt-adder", "prove"));
    expect(ZkattnUserError.is(e)).to.equal(true);
    expect(e.message).to.equal(
      "prove: a prompt of 5 tokens + 3 generated − 1 = 7 tokens exceed mingpt-adder's block_size 6; pass exactly 4 comma-separated token ids, e.g. --prompt 0,1,2,3",
    );
  });

  it("rejects a token outside the vocabulary or not an integer, naming the position and the range", function () {
    for (const [text, bad, pos] of [
      ["8,5,5,10", "10", 3],
      ["8,-1,5,0", "-1", 1],
      ["8,5,x,0", "x", 2],
      ["8,5,1.5,0", "1.5", 2],
    ] as const) {
      const e = thrown(() => parsePrompt(text, adderTask, 6, "mingpt-adder", "prove"));
      expect(ZkattnUserError.is(e)).to.equal(true);
      expect(e.message).to.equal(
        `prove: prompt token ${pos} is "${bad}"; mingpt-adder's tokens are integers in [0, 9] (its vocabulary: 0 1 2 3 4 5 6 7 8 9)`,
      );
    }
  });

  it("proves whole models with public weights by default and with private weights as a chain", function () {
    expect(wholeModelWeights(undefined)).to.equal("public");
    expect(wholeModelWeights("private")).to.equal("private");
    expect(wholeModelChain("public", undefined, "prove")).to.equal(false);
    expect(wholeModelChain("private", undefined, "prove")).to.equal(true);
    expect(wholeModelChain("public", true, "prove")).to.equal(true);
    const e = thrown(() => wholeModelChain("private", false, "prove"));
    expect(ZkattnUserError.is(e)).to.equal(true);
    expect(e.message).to.match(/^prove: one private-weights circuit for the whole model .* 2\^22/);
  });

  it("resolves --weights private to gpt-nano-sort's cut description: 4 segment circuits, each with its stages' commitment", function () {
    const req = resolveModelRequest(ROOT, {
      model: "gpt-nano-sort",
      prompt: "2,0,1,1,0,2",
      weights: "private",
    });
    expect(req.chain).to.equal(true);
    expect(req.description.cuts).to.deep.equal(["h0.mlpResid", "h1.mlpResid", "h2.mlpResid"]);
    expect(req.circuits).to.deep.equal([1, 2, 3, 4].map((i) => `gpt-nano-sort-model-seg${i}of4`));
    expect(req.circuit).to.equal(req.circuits[0]);
    expect(req.recordName).to.equal("gpt-nano-sort/model/chain4");
    // Each segment's commitment is that of the stages its generated circuit emits (the
    // modelCommitment public signal segmentWitnessInputs expects), and they differ.
    const fromCircuits = req.circuits.map((_, k) =>
      modelCommitmentOfStages(
        generateModelMainCircuit(ROOT, req.description, k).generated.stages.map((x) => x.stage),
      ),
    );
    expect(req.modelCommitments).to.deep.equal(fromCircuits);
    expect(new Set(req.modelCommitments).size).to.equal(4);
    // The uncut public-weights request stays one circuit.
    const one = resolveModelRequest(ROOT, { model: "gpt-nano-sort", prompt: "2,0,1,1,0,2" });
    expect(one.chain).to.equal(false);
    expect(one.modelCommitments).to.deep.equal([one.modelCommitment]);
  });

  it("names the circuits.json entry to add when a model's task has no whole-model description", async function () {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "zkattn-model-request-"));
    try {
      await mkdir(path.join(tmp, "circuits"));
      await writeFile(path.join(tmp, "circuits/circuits.json"), '{"circuits": []}\n');
      const e = thrown(() => wholeModelDescription(tmp, "mingpt-adder", adderTask, "public", "p"));
      expect(ZkattnUserError.is(e)).to.equal(true);
      expect(e.message).to.equal(
        'p: circuits/circuits.json describes no whole-model circuit for mingpt-adder (prompt 4, generated 3, weights public); add {"model": "mingpt-adder", "stages": "all", "T": 6, "promptLength": 4, "generated": 3, "weights": "public", "cuts": []} and run `npx tsx scripts/gen-circuits.ts`',
      );
      const c = thrown(() =>
        wholeModelDescription(tmp, "mingpt-adder", adderTask, "private", "p", true),
      );
      expect(ZkattnUserError.is(c)).to.equal(true);
      expect(c.message).to.equal(
        'p: circuits/circuits.json describes no whole-model chain for mingpt-adder (prompt 4, generated 3, weights private); add {"model": "mingpt-adder", "stages": "all", "T": 6, "promptLength": 4, "generated": 3, "weights": "private", "cuts": ["h0.mlpResid", "h1.mlpResid"]} (cuts: residual adds h<L>.attnResid or h<L>.mlpResid after which the chain is cut, e.g. one segment per layer) and run `npx tsx scripts/gen-circuits.ts`',
      );
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it("tells the two proof kinds apart and refuses both or neither", function () {
    expect(requestKind({ prompt: "1" }, "p")).to.equal("model");
    expect(requestKind({ tokens: "1" }, "p")).to.equal("block");
    expect(requestKind({ inputFile: "f" }, "p")).to.equal("block");
    expect(thrown(() => requestKind({ prompt: "1", inputFile: "f" }, "p")).message).to.equal(
      "p: --prompt proves the whole model's greedy generation, --tokens/--input one attention block (--layer); pass one of them, not both",
    );
    expect(thrown(() => requestKind({}, "p")).message).to.match(/^p: pass --prompt <token ids>/);
  });
});

describe("decoding a verified whole-model output (registry bytes → generated tokens)", function () {
  it("the registry output of the witness's public signals decodes to the integer reference's greedy tokens", function () {
    const req = resolveModelRequest(ROOT, { model: "mingpt-adder", prompt: "8,5,5,0" });
    const circuit = generateModelMainCircuit(ROOT, req.description);
    const wi = modelWitnessInput(req.intModel.params, circuit.generated, req.prompt, {
      T: 6,
      promptLength: 4,
      salt: 5n,
      binding: 7n,
      modelCommitment: req.modelCommitment,
    });
    // 85 + 50 = 135, least significant digit first (the adder task's answer).
    expect(wi.generated).to.deep.equal([5, 3, 1]);
    expect(wi.publicSignals.inputCommitment).to.equal(promptCommitment([8, 5, 5, 0], 5n));
    const bytes = encodeOutput(wi.publicSignals.outputCommitment);
    // 16 bits per token, token i at bits 16i: 5 + 3·2^16 + 1·2^32.
    expect(decodeOutput(bytes)).to.equal(5n + (3n << 16n) + (1n << 32n));
    expect(unpackGeneratedOutput(decodeOutput(bytes), 3)).to.deep.equal([5, 3, 1]);
    expect(generatedOutput([5, 3, 1])).to.equal(decodeOutput(bytes));
  });
});
