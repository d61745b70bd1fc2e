import { mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

import { ZkattnUserError } from "../../src/errors.js";
import { argmax, attentionBlock, forward } from "../../src/model/float.js";
import { loadGptModel } from "../../src/model/stateDict.js";
import { decodeSortPrediction } from "../../src/prover/decode.js";
import { proveToFile } from "../../src/prover/proveFile.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";

const ROOT = process.cwd();
const TOKENS = [0, 0, 2, 1, 0, 1, 0, 0, 0, 1, 1];

describe("the prove task's job (src/prover/proveFile.ts) and the sort decoding", function () {
  let tmp: string;
  before(async function () {
    // A project root with the real models but no build/: no keys exist there.
    tmp = await mkdtemp(path.join(os.tmpdir(), "zkattn-prove-file-"));
    await symlink(path.join(ROOT, "models"), path.join(tmp, "models"));
  });
  after(async function () {
    await rm(tmp, { recursive: true, force: true });
  });

  it("names zkattn:setup (and prove-and-submit) when the circuit has no keys, before finding a submitter", async function () {
    let asked = false;
    let err: unknown;
    try {
      await proveToFile({
        root: tmp,
        model: "gpt-nano-sort",
        weights: "public",
        tokens: TOKENS.join(","),
        submitter: async () => {
          asked = true;
          return "0x0000000000000000000000000000000000000001";
        },
      });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ZkattnUserError);
    expect((err as Error).message).to.equal(
      "prove: no keys for circuit gpt-nano-sort-layer0-public-weights; run `npx hardhat zkattn:setup circuits/main/gpt-nano-sort-layer0-public-weights.circom --export-verifier` first (or `npx hardhat prove-and-submit`, which sets up on development chains)",
    );
    expect(asked).to.equal(false);
  });

  it("decodes a block output into the model's continuation: the float output gives the float model's", function () {
    const q = loadQuantizedModel(path.join(ROOT, "models/gpt-nano-sort"));
    const float = loadGptModel(path.join(ROOT, "models/gpt-nano-sort", q.source.file));
    const d = float.config.nEmbd;
    const v = float.config.vocabSize;
    const trace = forward(float, TOKENS);
    const ln1 = trace.layers[0].ln1.data;
    const ln1Rows = TOKENS.map((_, t) => ln1.slice(t * d, (t + 1) * d));
    const y = attentionBlock(float, 0, ln1Rows).yProj.data;
    const blockOutput = TOKENS.map((_, t) => Array.from(y.slice(t * d, (t + 1) * d)));
    // Independently: the plain float model's greedy predictions from position 5 on.
    const plain = TOKENS.map((_, t) => argmax(trace.lm_head.data.subarray(t * v, (t + 1) * v)));
    const r = decodeSortPrediction(ROOT, "gpt-nano-sort", 0, TOKENS, blockOutput);
    expect(r.given).to.deep.equal([0, 0, 2, 1, 0, 1]);
    expect(r.sorted).to.deep.equal([0, 0, 0, 1, 1, 2]);
    expect(r.predicted).to.deep.equal(plain.slice(5));
  });
});
