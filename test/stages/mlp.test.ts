import { expect } from "chai";

import {
  GELU_A_Q,
  GELU_CLIP,
  GELU_ONE_BITS,
  GELU_POLY_BITS,
  geluErrorVsTanh,
  geluInt,
  iGeluFloat,
  IGELU_A,
  IGELU_B,
} from "../../src/stages/gelu.js";
import { mlpBounds, mlpRef, type MlpParams } from "../../src/stages/mlp.js";
import { fixtures } from "./fixtures.js";

/** floor(n / 2^k) by truncating BigInt division corrected for negatives (not via `>>`). */
function floorDivPow2(n: bigint, k: number): bigint {
  const d = 1n << BigInt(k);
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** Slow BigInt MLP written from docs/integer-model.md "MLP" and "GELU", independent of mlpRef. */
function slowMlp(p: MlpParams, x: readonly number[]) {
  const D = p.dModel;
  const H = p.dHidden;
  const one = 2n ** BigInt(GELU_ONE_BITS);
  const top = 2n ** BigInt(GELU_POLY_BITS);
  const g: bigint[] = [];
  for (let j = 0; j < H; j++) {
    let f = BigInt(p.bFc[j]);
    for (let i = 0; i < D; i++) f += BigInt(x[i]) * BigInt(p.wFc[j * D + i]);
    // |x| = |f|·c/2^m on the grid c/2^n: floor(|f|·2^n / 2^m), clipped at 2^n.
    const abs = f < 0n ? -f : f;
    const grid = (abs * top) / 2n ** BigInt(p.clipExp[j]);
    const u = grid > top ? top : grid;
    const sgn = f < 0n ? -1n : 1n;
    const erf = sgn * (BigInt(GELU_A_Q) * (u - top) ** 2n + one);
    g.push(f * (one + erf));
  }
  const proj: bigint[] = [];
  const out: bigint[] = [];
  for (let j = 0; j < D; j++) {
    let acc = p.bProj[j];
    for (let i = 0; i < H; i++) acc += g[i] * BigInt(p.wProj[j * H + i]);
    proj.push(acc);
    out.push(floorDivPow2(acc + 2n ** BigInt(p.outShift[j] - 1), p.outShift[j]));
  }
  return { g, proj, out };
}

describe("stages: GELU (I-BERT i-GELU) and MLP", function () {
  it("integer i-GELU equals the float i-GELU within |x|·2.3e−4 on every accumulator with |x| ≤ 8 (exhaustive, clip exponents 6..16)", function () {
    // Derivation: u truncates |x| to the grid c/2^12 (δ < 6.2e−4); d/d|x| of (a/2)(|x| − c)² is
    // at most |a|·c = 0.7226, so |Δerf| ≤ 4.5e−4; A = round(a·b²·2^16) is off by ≤ 2^−17 relative
    // (|Δerf| ≤ 7e−6). |ΔGELU| = |x|/2·|Δerf| < |x|·2.3e−4. No other rounding.
    expect(GELU_A_Q).to.equal(Math.round(IGELU_A * IGELU_B ** 2 * 2 ** 16));
    expect(GELU_ONE_BITS - 2 * GELU_POLY_BITS).to.equal(16);
    for (const m of [6, 11, 12, 13, 16]) {
      const s = GELU_CLIP / 2 ** m;
      const n = Math.floor(8 / s);
      for (let f = -n; f <= n; f += m === 16 ? 7 : 1) {
        const x = f * s;
        const got = (Number(geluInt(f, m).gAcc) * s) / 2 ** (GELU_ONE_BITS + 1);
        expect(Math.abs(got - iGeluFloat(x)), `m ${m} x ${x}`).to.be.at.most(
          Math.abs(x) * 2.3e-4 + 1e-12,
        );
      }
      const big = 3 * 2 ** m; // x = 3c: GELU is x, or 0 for −x
      expect(geluInt(big, m).gAcc).to.equal(BigInt(big) << BigInt(GELU_ONE_BITS + 1));
      expect(geluInt(-big, m).gAcc).to.equal(0n);
      expect(geluInt(big, m).u).to.equal(2 ** GELU_POLY_BITS);
    }
    expect(geluInt(0, 12).gAcc).to.equal(0n);
  });

  it("states the i-GELU error vs minGPT's tanh-GELU: max 0.0178 at x ≈ ±2.35 (docs/integer-model.md)", function () {
    const e = geluErrorVsTanh(8, 14);
    expect(e.maxAbsInt).to.be.within(0.0177, 0.0178);
    expect(Math.abs(e.atInt)).to.be.within(2.34, 2.36);
    expect(e.maxAbsFloat).to.be.within(0.0177, 0.0178);
    expect(e.maxRelFloat).to.be.below(2.3e-4);
  });

  it("mlpRef equals a slow BigInt implementation of the spec bit for bit on every MLP of 35 sort contexts", function () {
    const { p, samples } = fixtures();
    for (const s of samples.slice(0, 35)) {
      s.int.layers.forEach((b, l) => {
        const q = p.layers[l].mlp;
        b.ln2.yQ.forEach((row, t) => {
          const slow = slowMlp(q, row);
          expect(b.mlp.gAcc[t]).to.deep.equal(slow.g);
          expect(b.mlp.projAcc[t]).to.deep.equal(slow.proj);
          expect(b.mlp.outQ[t].map(BigInt)).to.deep.equal(slow.out);
        });
      });
    }
  });

  it("c_fc's and c_proj's row scales (c/2^m, outScale/2^k) are not more than 2× the natural max|row|/127", function () {
    const { p } = fixtures();
    /** Largest |weight| of each row: in (63, 127] when the scale was rounded up by < 2×. */
    const rowMax = (w: readonly number[], rows: number, cols: number) =>
      Array.from({ length: rows }, (_, j) =>
        Math.max(...w.slice(j * cols, (j + 1) * cols).map(Math.abs)),
      );
    for (const b of p.layers) {
      const q = b.mlp;
      for (const m of rowMax(q.wFc, q.dHidden, q.dModel)) expect(m).to.be.within(64, 127);
      for (const m of rowMax(q.wProj, q.dModel, q.dHidden)) expect(m).to.be.within(64, 127);
      q.projScales.forEach((s, j) => expect(s * 2 ** q.outShift[j]).to.equal(q.outScale));
    }
  });

  it("every MLP intermediate of the sample lies within mlpBounds (the circuit widths), and the polynomial's premise holds", function () {
    // |A|·2^(2n) < 2^E: the polynomial A·(u − 2^n)² + 2^E stays in [0, 2^E].
    expect(-GELU_A_Q * 2 ** (2 * GELU_POLY_BITS)).to.be.below(2 ** GELU_ONE_BITS);
    const { p, samples } = fixtures();
    const bad: string[] = [];
    for (const s of samples)
      s.int.layers.forEach((b, l) => {
        const bd = mlpBounds(p.layers[l].mlp);
        const check = (name: keyof typeof bd, rows: readonly (readonly (number | bigint)[])[]) => {
          for (const row of rows)
            for (const v of row)
              if (BigInt(v) < bd[name].min || BigInt(v) > bd[name].max)
                bad.push(`h${l} ${name} ${v}`);
        };
        check("fcAcc", b.mlp.fcAcc);
        check("u", b.mlp.u);
        check("gAcc", b.mlp.gAcc);
        check("projAcc", b.mlp.projAcc);
        check("outQ", b.mlp.outQ);
      });
    expect(bad).to.deep.equal([]);
    // fcAcc stays where Numbers are exact; outQ is far below 2^53.
    for (const q of p.layers.map((b) => mlpBounds(b.mlp))) {
      expect(q.fcAcc.bits).to.be.at.most(32);
      expect(q.outQ.bits).to.be.at.most(40);
    }
  });

  it("rejects a non-int8 input", function () {
    const { p } = fixtures();
    expect(() => mlpRef(p.layers[0].mlp, [new Array(48).fill(128)])).to.throw(/outside int8/);
  });
});
