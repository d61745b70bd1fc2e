import { expect } from "chai";

import { syntheticInput, syntheticLayer } from "../../src/circuit/synthetic.js";
import {
  EXP_BITS,
  EXP_COEF_BITS,
  EXP_MAX_INT,
  EXP_POLY_COEFFS,
  PROB_BITS,
  SCORE_FRAC_BITS,
} from "../../src/quant/constants.js";
import { expBase2, intAttention } from "../../src/quant/intAttention.js";
import type { IntAttentionTrace, QuantizedAttentionLayer } from "../../src/quant/types.js";

/**
 * A slow, straightforward BigInt transcription of docs/integer-attention.md "Steps", written
 * independently of src/quant/intAttention.ts (no shared helpers, no Number fast paths).
 */
function slowReference(p: QuantizedAttentionLayer, xQ: number[][]) {
  const D = p.dModel;
  const H = p.nHead;
  const dh = D / H;
  const T = xQ.length;
  const B = BigInt;
  const floorDiv = (a: bigint, b: bigint) => {
    const q = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
  };
  const proj = (w: number[], b: number[]) =>
    xQ.map((x) =>
      Array.from({ length: D }, (_, j) => {
        let s = B(b[j]);
        for (let i = 0; i < D; i++) s += B(x[i]) * B(w[j * D + i]);
        return s;
      }),
    );
  const q = proj(p.wq, p.bq);
  const k = proj(p.wk, p.bk);
  const v = proj(p.wv, p.bv);
  const F = B(SCORE_FRAC_BITS);
  const E = B(EXP_BITS);
  const C = B(EXP_COEF_BITS);
  const K = C + 3n * F + 15n - E;
  const [A1, A2, A3] = EXP_POLY_COEFFS.map(B);
  const expOf = (delta: bigint) => {
    const n = floorDiv(delta, 2n ** F);
    const f = delta - n * 2n ** F;
    if (n >= B(EXP_MAX_INT)) return 0n;
    const poly =
      2n ** C * 2n ** (3n * F) + A1 * f * 2n ** (2n * F) + A2 * f * f * 2n ** F + A3 * f * f * f;
    return floorDiv(poly * 2n ** (15n - n), 2n ** K);
  };
  const scoresRaw: bigint[][][] = [];
  const scoresQ: bigint[][][] = [];
  const rowMax: bigint[][] = [];
  const delta: bigint[][][] = [];
  const exp: bigint[][][] = [];
  const rowSum: bigint[][] = [];
  const probs: bigint[][][] = [];
  for (let h = 0; h < H; h++) {
    scoresRaw.push([]);
    scoresQ.push([]);
    rowMax.push([]);
    delta.push([]);
    exp.push([]);
    rowSum.push([]);
    probs.push([]);
    for (let t = 0; t < T; t++) {
      const raw: bigint[] = [];
      for (let u = 0; u <= t; u++) {
        let s = 0n;
        for (let d = 0; d < dh; d++) {
          const c = h * dh + d;
          s += B(p.cQK[c]) * q[t][c] * k[u][c];
        }
        raw.push(s);
      }
      const sq = raw.map((r) =>
        floorDiv(r * B(p.scoreMultiplier) + 2n ** B(p.scoreShift - 1), 2n ** B(p.scoreShift)),
      );
      const m = sq.reduce((a, b) => (b > a ? b : a));
      const dl = sq.map((s) => m - s);
      const ex = dl.map(expOf);
      const sum = ex.reduce((a, b) => a + b, 0n);
      scoresRaw[h].push(raw);
      scoresQ[h].push(sq);
      rowMax[h].push(m);
      delta[h].push(dl);
      exp[h].push(ex);
      rowSum[h].push(sum);
      probs[h].push(ex.map((e) => floorDiv(e * 2n ** B(PROB_BITS + 1) + sum, 2n * sum)));
    }
  }
  const av = xQ.map((_, t) =>
    Array.from({ length: D }, (_, c) => {
      const h = Math.floor(c / dh);
      let s = 0n;
      for (let u = 0; u <= t; u++) s += probs[h][t][u] * v[u][c];
      return s;
    }),
  );
  const outAcc = av.map((a) =>
    Array.from({ length: D }, (_, j) => {
      let s = p.bo[j];
      for (let i = 0; i < D; i++) s += B(p.cV[i]) * a[i] * B(p.wo[j * D + i]);
      return s;
    }),
  );
  const outQ = outAcc.map((row) =>
    row.map((acc, j) => {
      const y = floorDiv(
        acc * B(p.outMultipliers[j]) + 2n ** B(p.outShift - 1),
        2n ** B(p.outShift),
      );
      return y < -128n ? -128n : y > 127n ? 127n : y;
    }),
  );
  return { q, k, v, scoresRaw, scoresQ, rowMax, delta, exp, rowSum, probs, av, outAcc, outQ };
}

/** Every named intermediate as strings, for deep equality across Number/BigInt representations. */
function asStrings(x: unknown): unknown {
  return Array.isArray(x) ? x.map(asStrings) : String(x);
}

function expectTraceEqualsSlow(trace: IntAttentionTrace, slow: ReturnType<typeof slowReference>) {
  expect(asStrings(trace.qAcc)).to.deep.equal(asStrings(slow.q));
  expect(asStrings(trace.kAcc)).to.deep.equal(asStrings(slow.k));
  expect(asStrings(trace.vAcc)).to.deep.equal(asStrings(slow.v));
  for (const name of [
    "scoresRaw",
    "scoresQ",
    "rowMax",
    "delta",
    "exp",
    "rowSum",
    "probs",
    "av",
    "outAcc",
    "outQ",
  ] as const) {
    expect(asStrings(trace[name]), name).to.deep.equal(asStrings(slow[name]));
  }
}

/** A 1-head, D = 2 layer with small hand-chosen numbers. */
function tinyLayer(): QuantizedAttentionLayer {
  return {
    layer: 0,
    dModel: 2,
    nHead: 1,
    blockSize: 4,
    inputScales: [1, 1],
    wq: [1, 0, 0, 1],
    wk: [1, 0, 0, 1],
    wv: [2, 0, 0, -3],
    wo: [1, 1, 0, -1],
    bq: [0, 0],
    bk: [0, 0],
    bv: [1, 0],
    biasBits: 8,
    bo: [0n, 5n],
    outBiasBits: 16,
    cQK: [1, 1],
    cV: [1, 2],
    scoreMultiplier: 2 ** 14,
    scoreShift: 14,
    outMultipliers: [2 ** 14, 2 ** 14],
    outShift: 26,
    outputScale: 1,
  };
}

describe("intAttention (integer reference of the attention block)", () => {
  it("computes a one-token block by hand: probability 1 on the only key", () => {
    const p = tinyLayer();
    // x = [3, −2]: q = k = x, v = [2·3 + 1, −3·−2] = [7, 6].
    const tr = intAttention(p, [[3, -2]]);
    expect(tr.qAcc).to.deep.equal([[3, -2]]);
    expect(tr.vAcc).to.deep.equal([[7, 6]]);
    // scoresRaw = 3·3 + (−2)·(−2) = 13; Ms/2^ks = 2^14/2^14 → scoresQ = floor(13 + 1/2) = 13.
    expect(tr.scoresRaw).to.deep.equal([[[13n]]]);
    expect(tr.scoresQ).to.deep.equal([[[13n]]]);
    expect(tr.rowMax).to.deep.equal([[13n]]);
    expect(tr.delta).to.deep.equal([[[0n]]]);
    // exp(0) = 2^16 exactly; rowSum = 2^16; probs = floor((2^16·2^13 + 2^16) / 2^17) = 2^12.
    expect(tr.exp).to.deep.equal([[[65536]]]);
    expect(tr.rowSum).to.deep.equal([[65536]]);
    expect(tr.probs).to.deep.equal([[[4096]]]);
    // av = 4096·[7, 6]; outAcc[0] = 1·1·28672 + 2·1·24576 = 77824; outAcc[1] = 5 + 0 − 2·24576 = −49147.
    expect(tr.av).to.deep.equal([[28672, 24576]]);
    expect(tr.outAcc).to.deep.equal([[77824n, -49147n]]);
    // outQ = floor((acc·2^14 + 2^25) / 2^26) = floor(acc/4096 + 1/2): 77824/4096 = 19 exactly → 19;
    // −49147/4096 = −11.9985…, + 1/2 = −11.4985… → floor −12.
    expect(tr.outQ).to.deep.equal([[19, -12]]);
  });

  it("gives equal probabilities when all scores in a row are equal", () => {
    const p = tinyLayer();
    // Identical tokens: every score in row t equals the diagonal one, so delta = 0 and exp = 2^16 everywhere.
    const tr = intAttention(p, [
      [5, 1],
      [5, 1],
      [5, 1],
    ]);
    expect(tr.delta[0][2]).to.deep.equal([0n, 0n, 0n]);
    expect(tr.exp[0][2]).to.deep.equal([65536, 65536, 65536]);
    expect(tr.rowSum[0][2]).to.equal(3 * 65536);
    // floor((2^16·2^13 + 3·2^16) / (6·2^16)) = floor((8192 + 3) / 6) = 1365.
    expect(tr.probs[0][2]).to.deep.equal([1365, 1365, 1365]);
    expect(tr.probs[0][1]).to.deep.equal([2048, 2048]);
  });

  it("gives exp 0 once delta reaches EXP_MAX_INT·2^F, and 2^16·2^−15 = 2 just below", () => {
    const F = 2 ** SCORE_FRAC_BITS;
    expect(expBase2(0n)).to.equal(2 ** EXP_BITS);
    expect(expBase2(BigInt(EXP_MAX_INT * F))).to.equal(0);
    expect(expBase2(BigInt(EXP_MAX_INT * F) + 12345n)).to.equal(0);
    // n = 15, f = 0: floor(2^40 · 2^0 / 2^39) = 2.
    expect(expBase2(BigInt(15 * F))).to.equal(2);
    // n = 1, f = 0: exactly half of exp(0).
    expect(expBase2(BigInt(F))).to.equal(2 ** (EXP_BITS - 1));
  });

  it("handles delta beyond EXP_MAX_INT inside a block (a far-below score gets probability 0)", () => {
    const p = tinyLayer();
    // q·k grows with the token's magnitude: token 1 = [100, 100] scores 20000 against itself, 0 against [0, 0].
    const tr = intAttention(p, [
      [0, 0],
      [100, 100],
    ]);
    expect(tr.delta[0][1]).to.deep.equal([20000n, 0n]);
    expect(tr.exp[0][1]).to.deep.equal([0, 65536]);
    expect(tr.probs[0][1]).to.deep.equal([0, 4096]);
  });

  it("saturates at the largest and smallest int8 inputs", () => {
    const p = syntheticLayer({ dModel: 4, nHead: 2, blockSize: 3, seed: 7, outShift: 20 });
    const x = [
      [127, 127, 127, 127],
      [-128, -128, -128, -128],
      [127, -128, 127, -128],
    ];
    const tr = intAttention(p, x);
    expectTraceEqualsSlow(tr, slowReference(p, x));
    const flat = tr.outQ.flat();
    expect(flat).to.include(127);
    expect(flat).to.include(-128);
  });

  it("equals the slow BigInt transcription of the spec on random layers", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const p = syntheticLayer({ dModel: 8, nHead: 2, blockSize: 6, seed, scoreShift: 30 });
      const x = syntheticInput(6, 8, 100 + seed);
      expectTraceEqualsSlow(intAttention(p, x), slowReference(p, x));
    }
  });

  it("equals the slow transcription when wide accumulators push scores and outputs beyond 2^53", () => {
    const base = syntheticLayer({
      dModel: 6,
      nHead: 3,
      blockSize: 4,
      seed: 9,
      biasBits: 36,
      scoreShift: 60,
      outShift: 70,
    });
    // Biases near the top of their 36-bit range make |qAcc|, |kAcc|, |vAcc| ≈ 2^34.
    const wide = (n: number, sign: number) =>
      Array.from({ length: 6 }, (_, i) => sign * (2 ** 34 + i * 12345 + n));
    const p = { ...base, bq: wide(1, 1), bk: wide(2, -1), bv: wide(3, 1) };
    const x = syntheticInput(4, 6, 9);
    const tr = intAttention(p, x);
    const beyond = (v: bigint) => (v < 0n ? -v : v) > 2n ** 53n;
    expect(tr.scoresRaw.flat(2).some(beyond)).to.equal(true);
    expect(tr.outAcc.flat().some(beyond)).to.equal(true);
    expectTraceEqualsSlow(tr, slowReference(p, x));
  });

  it("rejects an input value outside int8", () => {
    const p = tinyLayer();
    expect(() => intAttention(p, [[128, 0]])).to.throw(
      "intAttention: xQ[0][0] = 128 is not an int8 in [-128, 127]; quantize (and clamp) the input first",
    );
  });

  it("rejects more tokens than the block size and an empty input", () => {
    const p = tinyLayer();
    const five = Array.from({ length: 5 }, () => [0, 0]);
    expect(() => intAttention(p, five)).to.throw(
      "intAttention: xQ must have 1..4 rows (tokens), got 5",
    );
    expect(() => intAttention(p, [])).to.throw(
      "intAttention: xQ must have 1..4 rows (tokens), got 0",
    );
  });

  it("rejects a row of the wrong width", () => {
    expect(() => intAttention(tinyLayer(), [[1, 2, 3]])).to.throw(
      "intAttention: xQ[0] must have 2 entries (d_model), got 3",
    );
  });

  it("rejects a weight of −128 (weights are symmetric int8)", () => {
    const p = { ...tinyLayer(), wq: [-128, 0, 0, 1] };
    expect(() => intAttention(p, [[1, 1]])).to.throw(
      "intAttention: wq[0] = -128 is not an integer in [-127, 127]",
    );
  });

  it("rejects a bias outside its declared width", () => {
    const p = { ...tinyLayer(), bk: [0, 128] };
    expect(() => intAttention(p, [[1, 1]])).to.throw(
      "intAttention: bk[1] = 128 is not an integer in [-128, 127]",
    );
    const q = { ...tinyLayer(), bo: [0n, 1n << 15n] };
    expect(() => intAttention(q, [[1, 1]])).to.throw(
      "intAttention: bo[1] = 32768 is not a bigint in [-32768, 32767] (outBiasBits 16)",
    );
  });

  it("rejects multipliers outside [2^14, 2^15) and arrays of the wrong length", () => {
    expect(() => intAttention({ ...tinyLayer(), scoreMultiplier: 2 ** 15 }, [[1, 1]])).to.throw(
      "intAttention: scoreMultiplier = 32768 is not an integer in [16384, 32767]",
    );
    expect(() => intAttention({ ...tinyLayer(), cV: [1] }, [[1, 1]])).to.throw(
      "intAttention: cV must be an array of length 2, got length 1",
    );
    expect(() => intAttention({ ...tinyLayer(), nHead: 3, dModel: 2 }, [[1, 1]])).to.throw(
      "intAttention: nHead = 3 is not an integer in [1, 2]",
    );
  });
});
