import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";

import { loadGptModel, loadPartials } from "../../src/model/stateDict.js";
import { blockInputFromTokens, parseTokens, readBlockInputFile } from "../../src/prover/input.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";

const DIR = "models/gpt-nano-sort";
const q = loadQuantizedModel(DIR);
const float = loadGptModel(path.join(DIR, q.source.file));
const layer0 = q.layers[0];

describe("prover input from tokens", function () {
  it("parses 11 comma-separated tokens", function () {
    expect(parseTokens("0,0,2,1,0,1, 0,0,0,1,1", q.config)).to.deep.equal([
      0, 0, 2, 1, 0, 1, 0, 0, 0, 1, 1,
    ]);
  });

  it("rejects the wrong number of tokens and names the circuit's T", function () {
    expect(() => parseTokens("0,1,2", q.config)).to.throw(
      'input: --tokens needs exactly 11 comma-separated token ids (the circuit\'s T = block size), got 3: "0,1,2"',
    );
  });

  it("rejects a token outside the vocabulary", function () {
    expect(() => parseTokens("0,0,2,1,0,3,0,0,0,1,1", q.config)).to.throw(
      'input: token 5 is "3"; tokens are integers in [0, 2] (the vocabulary)',
    );
    expect(() => parseTokens("0,0,2,1,0,-1,0,0,0,1,1", q.config)).to.throw(
      'input: token 5 is "-1"',
    );
  });

  it("takes ln1 from the float model: on the PyTorch sample it matches the stored ln1 within 1e-5", function () {
    const partials = loadPartials(path.join(DIR, "source/gpt-nano-sort-t0-partials.json"));
    const stored = partials.tensors.get("ln1")!; // [B, T, D]
    const input = blockInputFromTokens(float, layer0, partials.idx[1]);
    const d = layer0.dModel;
    const T = partials.idx[1].length;
    let worst = 0;
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < d; i++)
        worst = Math.max(worst, Math.abs(input.ln1![t][i] - stored.data[(T + t) * d + i]));
    }
    expect(worst).to.be.below(1e-5);
    // xQ is ln1 / s_x rounded: check one value by hand.
    expect(input.xQ[3][7]).to.equal(Math.round(input.ln1![3][7] / layer0.inputScales[7]));
  });
});

describe("prover input from an activations file", function () {
  const dir = mkdtempSync(path.join(tmpdir(), "zkattn-input-"));
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });
  const file = (name: string, body: unknown) => {
    const p = path.join(dir, name);
    writeFileSync(p, typeof body === "string" ? body : JSON.stringify(body));
    return p;
  };
  const tokens = [2, 1, 0, 0, 1, 2, 0, 0, 1, 1, 2];
  const fromTokens = blockInputFromTokens(float, layer0, tokens);

  it("quantizes float ln1 activations exactly like the token path", function () {
    const p = file("ln1.json", { ln1: fromTokens.ln1!.map((r) => Array.from(r)) });
    expect(readBlockInputFile(p, layer0).xQ).to.deep.equal(fromTokens.xQ);
  });

  it("accepts int8 xQ as is", function () {
    const p = file("xq.json", { xQ: fromTokens.xQ });
    expect(readBlockInputFile(p, layer0).xQ).to.deep.equal(fromTokens.xQ);
  });

  it("rejects an xQ value outside int8", function () {
    const bad = fromTokens.xQ.map((r) => [...r]);
    bad[2][5] = 128;
    expect(() => readBlockInputFile(file("bad.json", { xQ: bad }), layer0)).to.throw(
      '"xQ"[2][5] = 128 is not an int8 in [-128, 127]',
    );
  });

  it("rejects a file with the wrong number of rows", function () {
    expect(() =>
      readBlockInputFile(file("short.json", { xQ: fromTokens.xQ.slice(0, 4) }), layer0),
    ).to.throw('"xQ" must have 11 rows (the circuit\'s T), got 4');
  });

  it("rejects invalid JSON and a file with neither key", function () {
    expect(() => readBlockInputFile(file("broken.json", "{"), layer0)).to.throw(
      "input: cannot read activations file",
    );
    expect(() => readBlockInputFile(file("empty.json", {}), layer0)).to.throw(
      'expected exactly one of "ln1" (float activations) or "xQ" (int8)',
    );
  });
});
