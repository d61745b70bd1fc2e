import { expect } from "chai";

import { loadPartials } from "../../src/model/stateDict.js";
import { argmaxLowest, greedyCheck } from "../../src/stages/argmax.js";
import { embeddingRef } from "../../src/stages/embedding.js";
import { lmHeadOutputBound, lmHeadRef } from "../../src/stages/lmHead.js";
import { fixtures, MODEL_DIR } from "./fixtures.js";

describe("stages: embedding, lm_head, argmax", function () {
  it("embedding: x0Q·s_0 equals PyTorch's x = tok_emb + pos_emb within s_0 (two roundings of s_0/2) on the 3 samples", function () {
    const { p } = fixtures();
    const part = loadPartials(`${MODEL_DIR}/source/gpt-nano-sort-t0-partials.json`);
    const x = part.tensors.get("x")!;
    const d = p.dModel;
    part.idx.forEach((tokens, b) => {
      const tr = embeddingRef(p.embedding, tokens, d);
      tr.x0Q.forEach((row, t) =>
        row.forEach((v, i) => {
          const ref = x.data[(b * tokens.length + t) * d + i];
          // PyTorch stores float32: allow its rounding (2^−24 relative) on top of s_0.
          expect(Math.abs(v * p.embedding.scale - ref)).to.be.at.most(
            p.embedding.scale + Math.abs(ref) * 2 ** -23,
          );
        }),
      );
    });
    expect(() => embeddingRef(p.embedding, [0, 3], d)).to.throw(
      /token 3 at position 1 is not in \[0, 3\)/,
    );
    expect(() => embeddingRef(p.embedding, new Array(12).fill(0), d)).to.throw(
      /12 tokens; expected 1 \.\. 11/,
    );
  });

  it("lm_head: logitAcc is the exact int matmul, and logitAcc·s equals float lm_head of the dequantized input within the weight-rounding bound", function () {
    // Weight rounding: |w·s − W[v][i]·s_x[i]| ≤ s/2, so |Δlogit| ≤ s/2·Σ_i |yQ_i| (+1e−9 float).
    const { float, p, samples } = fixtures();
    const q = p.lmHead;
    const D = p.dModel;
    const b = lmHeadOutputBound(q);
    for (const s of samples) {
      const y = s.int.lnF.yQ;
      const acc = lmHeadRef(q, y).logitAcc;
      expect(acc).to.deep.equal(s.int.lmHead.logitAcc);
      y.forEach((row, t) => {
        for (let v = 0; v < p.vocabSize; v++) {
          let exact = 0n;
          let f = 0;
          for (let i = 0; i < D; i++) {
            exact += BigInt(row[i]) * BigInt(q.w[v * D + i]);
            f += row[i] * p.lnF.outScales[i] * float.lmHead.data[v * D + i];
          }
          expect(BigInt(acc[t][v])).to.equal(exact);
          expect(exact >= b.min && exact <= b.max).to.equal(true);
          const tol = (q.logitScale / 2) * row.reduce((a, x) => a + Math.abs(x), 0) + 1e-9;
          expect(Math.abs(acc[t][v] * q.logitScale - f)).to.be.at.most(tol);
        }
      });
    }
    expect(b.bits).to.be.at.most(32); // int32 accumulators
  });

  it("argmax: ties go to the lowest index", function () {
    expect(argmaxLowest([5, 5, 1])).to.equal(0);
    expect(argmaxLowest([1, 5, 5])).to.equal(1);
    expect(argmaxLowest([2, 1, 2])).to.equal(0);
    expect(argmaxLowest([-3, -3, -3])).to.equal(0);
    expect(argmaxLowest([0n, 7n, 7n])).to.equal(1);
    expect(argmaxLowest([1, 2, 3])).to.equal(2);
    expect(() => argmaxLowest([])).to.throw(/empty/);
  });

  it("greedy check: argmax at t must equal token t+1 from the last prompt position on", function () {
    const tokens = [2, 0, 1, 0, 1, 2];
    // prompt of 3: positions 2, 3, 4 must predict tokens 3, 4, 5; position 5 is the last generated.
    expect(greedyCheck(tokens, [9, 9, 0, 1, 2, 2], 3)).to.deep.equal({
      generated: [0, 1, 2, 2],
      consistent: true,
    });
    expect(greedyCheck(tokens, [9, 9, 0, 1, 1, 2], 3).consistent).to.equal(false);
    expect(greedyCheck(tokens, [9, 9, 0, 1, 2, 2], 3).generated).to.deep.equal([0, 1, 2, 2]);
    expect(() => greedyCheck(tokens, [0], 3)).to.throw(/prompt length 3/);
  });
});
