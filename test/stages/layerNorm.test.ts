import { expect } from "chai";

import { LAYER_NORM_EPS } from "../../src/model/float.js";
import type { LayerNormWeights } from "../../src/model/stateDict.js";
import {
  layerNormBounds,
  layerNormRef,
  LN_COEF_BITS,
  LN_INV_BITS,
  type LayerNormParams,
} from "../../src/stages/layerNorm.js";
import { fixtures } from "./fixtures.js";

/**
 * Float LayerNorm (PyTorch semantics, biased variance) of the dequantized integer input, in
 * output units: y[i] / s_y[i]. Independent of the integer path.
 */
function floatLn(p: LayerNormParams, w: LayerNormWeights, xQ: readonly number[]): number[] {
  const x = xQ.map((v) => v * p.inScale);
  const d = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / d;
  const v = x.reduce((a, b) => a + (b - mean) ** 2, 0) / d;
  const r = 1 / Math.sqrt(v + LAYER_NORM_EPS);
  return x.map((xi, i) => ((xi - mean) * r * w.weight.data[i] + w.bias.data[i]) / p.outScales[i]);
}

describe("stages: LayerNorm (I-BERT integer-only)", function () {
  it("matches float LayerNorm of its dequantized input within the derived tolerance, on every LayerNorm of 105 sort contexts", function () {
    // Error sources of yQ vs y/s_y (docs/integer-model.md "LayerNorm"): the final rounding (≤ 1/2);
    // gammaQ, betaQ rounding (each ≤ 1/2 in units of 2^−g, g = LN_COEF_BITS: ≤ (sqrt(D)·|c|/sd +
    // 1)·2^−(g+1) ≤ (sqrt(D) + 1)·2^−(g+1), since |c| ≤ sd);
    // sd = floor(sqrt(varQ)) and invSd = floor(2^K/sd) (relative < 1/sd + 1/invSd of the
    // normalized part z); epsQ rounding (relative ≤ 1/(2·epsQ) of z). So per value
    // tol = 1/2 + (sqrt(D) + 1)·2^−(g+1) + |z|·(1/sd + 1/invSd + 1/(2·epsQ)) + 1e−9 (float rounding),
    // and a value is exempt only where the float result itself is beyond ±127 (clamp): then yQ = ±127.
    const { float, p, samples } = fixtures();
    let worst = 0;
    let checked = 0;
    for (const s of samples) {
      const cases: [
        LayerNormParams,
        LayerNormWeights,
        number[][],
        ReturnType<typeof layerNormRef>,
      ][] = [];
      s.int.layers.forEach((b, l) => {
        const inputs = l === 0 ? s.int.embedding.x0Q : s.int.layers[l - 1].mlpResid.outQ;
        cases.push([p.layers[l].ln1, float.layers[l].ln1, inputs, b.ln1]);
        cases.push([p.layers[l].ln2, float.layers[l].ln2, b.attnResid.outQ, b.ln2]);
      });
      cases.push([p.lnF, float.lnF, s.int.layers[p.nLayer - 1].mlpResid.outQ, s.int.lnF]);
      for (const [q, w, xQ, tr] of cases) {
        const again = layerNormRef(q, xQ);
        expect(again.yQ).to.deep.equal(tr.yQ);
        xQ.forEach((row, t) => {
          const y = floatLn(q, w, row);
          const sd = Number(tr.sd[t]);
          const inv = Number(tr.invSd[t]);
          y.forEach((yi, i) => {
            const z = Math.abs(yi - w.bias.data[i] / q.outScales[i]);
            const tol =
              0.5 +
              (Math.sqrt(q.dModel) + 1) * 2 ** -(LN_COEF_BITS + 1) +
              z * (1 / sd + 1 / inv + 1 / (2 * q.epsQ)) +
              1e-9;
            const got = tr.yQ[t][i];
            // Plain comparisons (a chai assertion per value would dominate the run time).
            let ok: boolean;
            if (yi > 127 + tol) ok = got === 127;
            else if (yi < -127 - tol) ok = got === -127;
            else {
              const err = Math.abs(got - Math.max(-127, Math.min(127, yi)));
              ok = err <= tol;
              worst = Math.max(worst, err);
            }
            if (!ok) expect.fail(`row ${t} ch ${i}: yQ ${got} vs float ${yi} (tol ${tol})`);
            checked++;
          });
        });
      }
    }
    expect(checked).to.equal(105 * 11 * 7 * 48);
    expect(worst).to.be.above(0.4); // the rounding is really exercised
  });

  it("intermediates satisfy their definitions and lie within layerNormBounds (sd² ≤ varQ < (sd+1)², invSd, c sums to 0)", function () {
    const { p, samples } = fixtures();
    const lns = [...p.layers.flatMap((b) => [b.ln1, b.ln2]), p.lnF];
    for (const s of samples) {
      const trs = [...s.int.layers.flatMap((b) => [b.ln1, b.ln2]), s.int.lnF];
      trs.forEach((tr, k) => {
        const q = lns[k];
        const b = layerNormBounds(q);
        tr.sd.forEach((sd, t) => {
          expect(tr.centered[t].reduce((a, v) => a + v, 0)).to.equal(0);
          const varQ = tr.centered[t].reduce((a, v) => a + BigInt(v) * BigInt(v), BigInt(q.epsQ));
          expect(tr.varQ[t]).to.equal(varQ);
          expect(sd * sd <= varQ && (sd + 1n) * (sd + 1n) > varQ).to.equal(true);
          expect(tr.invSd[t]).to.equal((1n << BigInt(q.invShift)) / sd);
          expect(sd >= b.sd.min && sd <= b.sd.max).to.equal(true);
          expect(tr.invSd[t] >= b.invSd.min && tr.invSd[t] <= b.invSd.max).to.equal(true);
          expect(tr.invSd[t] >= 1n << BigInt(LN_INV_BITS)).to.equal(true); // LN_INV_BITS of precision
          for (const v of tr.centered[t])
            if (BigInt(v) < b.centered.min || BigInt(v) > b.centered.max) expect.fail(`c ${v}`);
          expect(varQ >= b.varQ.min && varQ <= b.varQ.max).to.equal(true);
          for (const v of tr.yAcc[t])
            if (v < b.yAcc.min || v > b.yAcc.max) expect.fail(`yAcc ${v}`);
        });
      });
    }
  });

  it("rejects a row of the wrong width or a value beyond the residual range", function () {
    const { p } = fixtures();
    expect(() => layerNormRef(p.lnF, [[1, 2, 3]])).to.throw(
      /stages: layerNorm: row 0 has 3 values/,
    );
    expect(() => layerNormRef(p.lnF, [new Array(48).fill(40000)])).to.throw(
      /not an integer in ±32767/,
    );
  });
});
