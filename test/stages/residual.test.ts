import { expect } from "chai";

import { RESIDUAL_MAX } from "../../src/stages/common.js";
import { mlpOutputBound } from "../../src/stages/mlp.js";
import { residualRef, residualSumBound } from "../../src/stages/residual.js";
import { fixtures } from "./fixtures.js";

describe("stages: residual add (requantization to a common scale)", function () {
  it("equals (aQ·s_a + bQ·s_b)/s_out within 1/2 + multiplier error on every residual add of 105 sort contexts", function () {
    // s_a, s_b, s_out are the stages' float scales (independent of the integer multipliers).
    // Error: the final rounding (≤ 1/2) plus the multipliers' rounding |ma − s_a/s_out·2^k| ≤ 1/2,
    // |mb − s_b/s_out·2^k| ≤ 1/2, i.e. (|aQ| + |bQ|)/2^(k+1); plus 1e−9 for float evaluation.
    const { p, samples } = fixtures();
    let worst = 0;
    let n = 0;
    for (const s of samples) {
      s.int.layers.forEach((b, l) => {
        const q = p.layers[l];
        const aScale = l === 0 ? p.embedding.scale : p.layers[l - 1].mlpResid.outScale;
        const aIn = l === 0 ? s.int.embedding.x0Q : s.int.layers[l - 1].mlpResid.outQ;
        const adds = [
          {
            r: q.attnResid,
            a: aIn,
            sa: aScale,
            b: b.attention.outQ,
            sb: (_j: number) => q.attention.outputScale,
            out: b.attnResid,
          },
          {
            r: q.mlpResid,
            a: b.attnResid.outQ,
            sa: q.attnResid.outScale,
            b: b.mlp.outQ,
            sb: (_j: number) => q.mlp.outScale,
            out: b.mlpResid,
          },
        ];
        for (const { r, a, sa, b: bq, sb, out } of adds) {
          expect(residualRef(r, a, bq).outQ).to.deep.equal(out.outQ);
          a.forEach((row, t) =>
            row.forEach((av, j) => {
              const bv = bq[t][j];
              const exact = (av * sa + bv * sb(j)) / r.outScale;
              const tol = 0.5 + (Math.abs(av) + Math.abs(bv)) / 2 ** (r.shift[j] + 1) + 1e-9;
              const clamped = Math.max(-RESIDUAL_MAX, Math.min(RESIDUAL_MAX, exact));
              const err = Math.abs(out.outQ[t][j] - clamped);
              if (err > tol)
                expect.fail(`layer ${l} t ${t} j ${j}: ${out.outQ[t][j]} vs ${exact} (tol ${tol})`);
              worst = Math.max(worst, err);
              n++;
            }),
          );
        }
      });
    }
    expect(n).to.equal(105 * 11 * 48 * 2 * 3);
    expect(worst).to.be.above(0.4);
  });

  it("sumAcc lies within residualSumBound on the sample", function () {
    const { p, samples } = fixtures();
    const bad: string[] = [];
    for (const s of samples)
      s.int.layers.forEach((b, l) => {
        const q = p.layers[l];
        const ba = residualSumBound(q.attnResid, new Array<bigint>(p.dModel).fill(128n));
        const ob = mlpOutputBound(q.mlp);
        const bm = residualSumBound(
          q.mlpResid,
          new Array<bigint>(p.dModel).fill(-ob.min > ob.max ? -ob.min : ob.max),
        );
        for (const row of b.attnResid.sumAcc)
          for (const v of row) if (v < ba.min || v > ba.max) bad.push(`h${l} attn ${v}`);
        for (const row of b.mlpResid.sumAcc)
          for (const v of row) if (v < bm.min || v > bm.max) bad.push(`h${l} mlp ${v}`);
      });
    expect(bad).to.deep.equal([]);
  });

  it("no residual value saturates on the sample, yet the stream uses most of its range", function () {
    const { samples } = fixtures();
    let m = 0;
    for (const s of samples)
      for (const b of s.int.layers)
        for (const row of [...b.attnResid.outQ, ...b.mlpResid.outQ])
          for (const v of row) m = Math.max(m, Math.abs(v));
    expect(m).to.be.below(RESIDUAL_MAX);
    expect(m).to.be.above(RESIDUAL_MAX / 2);
  });
});
