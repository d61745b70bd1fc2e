import { expect } from "chai";

import {
  GELU_A_Q,
  GELU_CLIP_Q,
  GELU_COEF_BITS,
  GELU_IN_FRAC_BITS,
  GELU_OUT_SHIFT,
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
const clamp = (v: bigint, m: bigint) => (v < -m ? -m : v > m ? m : v);

/** Slow BigInt MLP written from docs/integer-model.md "MLP" and "GELU", independent of mlpRef. */
function slowMlp(p: MlpParams, x: readonly number[]) {
  const D = p.dModel;
  const H = p.dHidden;
  const one = 1n << BigInt(2 * GELU_IN_FRAC_BITS + GELU_COEF_BITS);
  const hQ: bigint[] = [];
  const gQ: bigint[] = [];
  for (let j = 0; j < H; j++) {
    let acc = BigInt(p.bFc[j]);
    for (let i = 0; i < D; i++) acc += BigInt(x[i]) * BigInt(p.wFc[j * D + i]);
    const h = clamp(
      floorDivPow2(acc * BigInt(p.hMult[j]) + (1n << BigInt(p.hShift[j] - 1)), p.hShift[j]),
      BigInt(p.hMax),
    );
    const abs = h < 0n ? -h : h;
    const u = abs < BigInt(GELU_CLIP_Q) ? abs : BigInt(GELU_CLIP_Q);
    const sgn = h > 0n ? 1n : h < 0n ? -1n : 0n;
    const erf = sgn * (BigInt(GELU_A_Q) * (u - BigInt(GELU_CLIP_Q)) ** 2n + one);
    const g = h * (erf + one);
    hQ.push(h);
    gQ.push(
      clamp(
        floorDivPow2(g * BigInt(p.gMult[j]) + (1n << BigInt(p.gShift[j] - 1)), p.gShift[j]),
        127n,
      ),
    );
  }
  const proj: bigint[] = [];
  for (let j = 0; j < D; j++) {
    let acc = BigInt(p.bProj[j]);
    for (let i = 0; i < H; i++) acc += gQ[i] * BigInt(p.wProj[j * H + i]);
    proj.push(acc);
  }
  return { hQ, gQ, proj };
}

describe("stages: GELU (I-BERT i-GELU) and MLP", function () {
  it("integer i-GELU equals the float i-GELU within |x|·2e−4 on every input |x| ≤ 16 (exhaustive)", function () {
    // Derivation: A = round(a/2·2^16) is off by ≤ 2^−17 (erf error ≤ 2^−17·c² ≤ 4.8e−5); the clip
    // point c = round(−b·√2·2^10) is off by ≤ 2^−11 (erf error ≤ |a|·c·2^−11 ≤ 3.6e−4); so
    // |Δerf| < 4e−4 and |ΔGELU| = |x|/2·|Δerf| < |x|·2e−4. The integer formula has no other rounding.
    expect(GELU_A_Q).to.equal(Math.round((IGELU_A / 2) * 2 ** GELU_COEF_BITS));
    expect(GELU_CLIP_Q).to.equal(Math.round(-IGELU_B * Math.SQRT2 * 2 ** GELU_IN_FRAC_BITS));
    const n = 16 * 2 ** GELU_IN_FRAC_BITS;
    for (let h = -n; h <= n; h++) {
      const x = h / 2 ** GELU_IN_FRAC_BITS;
      const got = Number(geluInt(h).gAcc) / 2 ** GELU_OUT_SHIFT;
      expect(Math.abs(got - iGeluFloat(x)), `x = ${x}`).to.be.at.most(Math.abs(x) * 2e-4 + 1e-12);
    }
    expect(geluInt(0).gAcc).to.equal(0n);
    expect(geluInt(n).gAcc).to.equal(BigInt(n) << BigInt(GELU_OUT_SHIFT - GELU_IN_FRAC_BITS)); // x for x ≥ clip
    expect(geluInt(-n).gAcc).to.equal(0n); // 0 for x ≤ −clip
  });

  it("states the i-GELU error vs minGPT's tanh-GELU: max 0.0178 at x ≈ −2.35 (docs/integer-model.md)", function () {
    const e = geluErrorVsTanh(8);
    expect(e.maxAbsInt).to.be.within(0.0177, 0.0178);
    expect(e.atInt).to.be.within(-2.36, -2.34);
    expect(e.maxAbsFloat).to.be.within(0.0177, 0.0178);
  });

  it("mlpRef equals a slow BigInt implementation of the spec bit for bit on every MLP of 35 sort contexts", function () {
    const { p, samples } = fixtures();
    for (const s of samples.slice(0, 35)) {
      s.int.layers.forEach((b, l) => {
        const q = p.layers[l].mlp;
        b.ln2.yQ.forEach((row, t) => {
          const slow = slowMlp(q, row);
          expect(b.mlp.hQ[t].map(BigInt)).to.deep.equal(slow.hQ);
          expect(b.mlp.gQ[t].map(BigInt)).to.deep.equal(slow.gQ);
          expect(b.mlp.projAcc[t].map(BigInt)).to.deep.equal(slow.proj);
        });
      });
    }
  });

  it("GELU input stays inside its clamp ±hMax on the sample (no clipping of real activations)", function () {
    const { p, samples } = fixtures();
    let worst = 0;
    let hMax = Infinity;
    for (const s of samples)
      s.int.layers.forEach((b, l) => {
        hMax = Math.min(hMax, p.layers[l].mlp.hMax);
        for (const row of b.mlp.hQ)
          for (const v of row) worst = Math.max(worst, Math.abs(v) / p.layers[l].mlp.hMax);
      });
    expect(worst).to.be.below(1);
    expect(worst).to.be.above(0.25); // the clamp is not absurdly loose (hBits has a 2× margin)
  });

  it("every MLP intermediate of the sample lies within mlpBounds (the circuit widths), and the erf bound's premise holds", function () {
    // |A|·c² < 2^(2F+16): the polynomial part never exceeds the constant 1, so |erfQ| ≤ 2^(2F+16).
    expect(-GELU_A_Q * GELU_CLIP_Q ** 2).to.be.below(2 ** (2 * GELU_IN_FRAC_BITS + GELU_COEF_BITS));
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
        check("hQ", b.mlp.hQ);
        check("erfQ", b.mlp.erfQ);
        check("gAcc", b.mlp.gAcc);
        check("gQ", b.mlp.gQ);
        check("projAcc", b.mlp.projAcc);
      });
    expect(bad).to.deep.equal([]);
    // The worst-case widths stay where Numbers are exact and int32 accumulators suffice.
    for (const q of p.layers.map((b) => mlpBounds(b.mlp))) {
      expect(q.fcAcc.bits).to.be.at.most(32);
      expect(q.projAcc.bits).to.be.at.most(32);
    }
  });

  it("rejects a non-int8 input", function () {
    const { p } = fixtures();
    expect(() => mlpRef(p.layers[0].mlp, [new Array(48).fill(128)])).to.throw(/outside int8/);
  });
});
