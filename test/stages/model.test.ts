import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";

import { modelCommitmentElements } from "../../src/circuit/commitments.js";
import { argmax as floatArgmax } from "../../src/model/float.js";
import { loadPartials } from "../../src/model/stateDict.js";
import { allSortInputs, modelSort, sortedDigits } from "../../src/model/tokens.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";
import {
  buildIntModel,
  INT_MODEL_FILE,
  loadIntModel,
  renderIntModel,
} from "../../src/stages/file.js";
import {
  generateGreedyInt,
  intForward,
  intModelCommitmentElements,
  intModelStages,
} from "../../src/stages/model.js";
import { LN_COEF_BITS } from "../../src/stages/layerNorm.js";
import { fixtures, MODEL_DIR } from "./fixtures.js";

/** Scratch folders of the loader tests, removed when the run ends. */
const scratchDirs: string[] = [];
function scratchDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "zkattn-intmodel-"));
  scratchDirs.push(d);
  return d;
}
after(function () {
  for (const d of scratchDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

describe("stages: the whole integer model", function () {
  it("agrees with PyTorch on the 3 sample inputs: same argmax at every generated position, logit cosine ≥ 0.999", function () {
    const { p } = fixtures();
    const part = loadPartials(`${MODEL_DIR}/source/gpt-nano-sort-t0-partials.json`);
    const logits = part.tensors.get("lm_head")!;
    const V = p.vocabSize;
    part.idx.forEach((tokens, b) => {
      const T = tokens.length;
      const tr = intForward(p, tokens);
      let dot = 0;
      let nq = 0;
      let nf = 0;
      for (let t = 0; t < T; t++) {
        const f = logits.data.subarray((b * T + t) * V, (b * T + t + 1) * V);
        if (t >= 5) expect(tr.argmax[t], `sample ${b} position ${t}`).to.equal(floatArgmax(f));
        for (let v = 0; v < V; v++) {
          const q = tr.lmHead.logitAcc[t][v] * p.lmHead.logitScale;
          dot += q * f[v];
          nq += q * q;
          nf += f[v] * f[v];
        }
      }
      expect(dot / Math.sqrt(nq * nf)).to.be.at.least(0.999);
    });
  });

  it("generateGreedyInt generates the sorted prompt, like the float model, on 24 prompts; its one pass has T = 11", function () {
    const { float, p } = fixtures();
    const prompts = allSortInputs().filter((_, i) => i % 31 === 3);
    expect(prompts.length).to.equal(24);
    for (const prompt of prompts) {
      const g = generateGreedyInt(p, prompt);
      expect(g.generated).to.deep.equal(sortedDigits(prompt));
      expect(g.generated).to.deep.equal(modelSort(float, prompt));
      expect(g.tokens).to.deep.equal([...prompt, ...g.generated.slice(0, 5)]);
      expect(g.trace.argmax.slice(5)).to.deep.equal(g.generated);
    }
    expect(generateGreedyInt(p, [2, 0, 1, 1, 0, 2]).generated).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it("bad prompts fail with the limit and the fix", function () {
    const { p } = fixtures();
    expect(() => generateGreedyInt(p, [0, 1, 2, 0, 1, 2, 0])).to.throw(
      /13 tokens exceed block_size 11; shorten the prompt/,
    );
    expect(() => generateGreedyInt(p, [0, 1, 3, 0, 1, 2])).to.throw(
      /prompt token 3 at position 2 is not in \[0, 3\)/,
    );
    expect(() => generateGreedyInt(p, [])).to.throw(/prompt is empty/);
  });

  it("is organised as named stages with output bounds and commitment elements; attention's elements equal src/circuit's", function () {
    const { p } = fixtures();
    const stages = intModelStages(p);
    expect(stages.map((s) => s.name)).to.deep.equal([
      "embedding",
      ...[0, 1, 2].flatMap((l) =>
        ["ln1", "attention", "attnResid", "ln2", "mlp", "mlpResid"].map((n) => `h${l}.${n}`),
      ),
      "lnF",
      "lmHead",
      "argmax",
    ]);
    p.layers.forEach((b, l) => {
      const st = stages.find((s) => s.name === `h${l}.attention`)!;
      expect(st.commitmentElements()).to.deep.equal(modelCommitmentElements(b.attention));
    });
    const all = intModelCommitmentElements(p);
    expect(all.length).to.be.above(0);
    for (const e of all) expect(e >= 0n && e < FIELD).to.equal(true);
    // Residual and argmax stages carry no weights.
    expect(
      stages
        .filter((s) => s.kind === "residual" || s.kind === "argmax")
        .every((s) => s.commitmentElements().length === 0),
    ).to.equal(true);
  });

  it("every named intermediate stays within its stage's output bound on the sample", function () {
    const { p, samples } = fixtures();
    const stages = new Map(intModelStages(p).map((s) => [s.name, s.outputBound]));
    const within = (name: string, rows: readonly (readonly (number | bigint)[])[]) => {
      const b = stages.get(name)!;
      for (const row of rows)
        for (const v of row)
          if (BigInt(v) < b.min || BigInt(v) > b.max)
            expect.fail(`${name}: ${v} outside [${b.min}, ${b.max}]`);
    };
    for (const s of samples) {
      within("embedding", s.int.embedding.x0Q);
      s.int.layers.forEach((b, l) => {
        within(`h${l}.ln1`, b.ln1.yQ);
        within(`h${l}.attention`, b.attention.outQ);
        within(`h${l}.attnResid`, b.attnResid.outQ);
        within(`h${l}.ln2`, b.ln2.yQ);
        within(`h${l}.mlp`, b.mlp.outQ);
        within(`h${l}.mlpResid`, b.mlpResid.outQ);
      });
      within("lnF", s.int.lnF.yQ);
      within("lmHead", s.int.lmHead.logitAcc);
      within("argmax", [s.int.argmax]);
    }
  });

  it("quantized-model.json is deterministic: re-quantizing gives the committed bytes", function () {
    const committed = readFileSync(path.join(MODEL_DIR, INT_MODEL_FILE), "utf8");
    expect(buildIntModel(MODEL_DIR).text).to.equal(committed);
    expect(buildIntModel(MODEL_DIR).text).to.equal(committed);
  });

  it("its attention blocks equal quantized.json's layers (the existing circuits' parameters)", function () {
    const { p } = fixtures();
    const layerwise = loadQuantizedModel(MODEL_DIR).layers;
    p.layers.forEach((b, l) => expect(b.attention).to.deep.equal(layerwise[l]));
  });

  it("the loader rejects an edited file", function () {
    const dir = scratchDir();
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(path.join(MODEL_DIR, INT_MODEL_FILE), "utf8");
    writeFileSync(path.join(dir, INT_MODEL_FILE), text.replace('"epsQ": ', '"epsQ": 1'));
    expect(() => loadIntModel(dir)).to.throw(/contentHash .* does not match/);
    expect(() => loadIntModel(path.join(dir, "missing"))).to.throw(
      /does not exist; run `npm run quantize`/,
    );
  });

  it("the loader rejects a file quantized under other spec constants, even with a valid hash", function () {
    const dir = scratchDir();
    const text = readFileSync(path.join(MODEL_DIR, INT_MODEL_FILE), "utf8");
    const unhashed = text.replace(/,\n {2}"contentHash": "[^"]*"\n}\n$/, "\n}");
    // The same file under another LN_COEF_BITS (e.g. the previous spec's 16), contentHash
    // recomputed as the loader recomputes it.
    const other = LN_COEF_BITS + 10;
    const old = unhashed.replace(`"lnCoefBits": ${LN_COEF_BITS},`, `"lnCoefBits": ${other},`);
    expect(old).to.not.equal(unhashed);
    const hash = `sha256:${createHash("sha256").update(old).digest("hex")}`;
    writeFileSync(
      path.join(dir, INT_MODEL_FILE),
      old.replace(/\n}$/, `,\n  "contentHash": ${JSON.stringify(hash)}\n}\n`),
    );
    expect(() => loadIntModel(dir)).to.throw(
      new RegExp(
        `constant lnCoefBits is ${other}, this code uses ${LN_COEF_BITS} .*run \`npm run quantize\``,
      ),
    );
  });

  it("the loader reads the wide c_proj biases back as BigInt and rejects one outside projBiasBits", function () {
    const dir = scratchDir();
    const built = buildIntModel(MODEL_DIR).file;
    writeFileSync(path.join(dir, INT_MODEL_FILE), renderIntModel(built).text);
    const q = built.params.layers[1].mlp;
    expect(loadIntModel(dir).params.layers[1].mlp.bProj).to.deep.equal(q.bProj);
    const over = 1n << BigInt(q.projBiasBits - 1);
    q.bProj[2] = over;
    writeFileSync(path.join(dir, INT_MODEL_FILE), renderIntModel(built).text);
    expect(() => loadIntModel(dir)).to.throw(
      new RegExp(
        `h1\\.mlp\\.bProj\\[2\\] = ${over} is not an integer of ${q.projBiasBits} signed bits`,
      ),
    );
  });

  it("the loader rejects a weight outside int8 even when the hash was recomputed", function () {
    const dir = scratchDir();
    const built = buildIntModel(MODEL_DIR).file;
    built.params.layers[1].mlp.wProj[5] = 128;
    writeFileSync(path.join(dir, INT_MODEL_FILE), renderIntModel(built).text);
    expect(() => loadIntModel(dir)).to.throw(
      /h1\.mlp\.wProj\[5\] = 128 is not an integer in \[-127, 127\]/,
    );
  });
});
