import { expect } from "chai";

import { sponge as spongeCost } from "../../../src/circuit/constraints.js";
import { randomInt, seededRandom } from "../../../src/circuit/synthetic.js";
import type { GptLayerWeights, Tensor } from "../../../src/model/stateDict.js";
import { sortContext } from "../../../src/model/tokens.js";
import { loadIntModel } from "../../../src/stages/file.js";
import { GELU_A_Q, GELU_ONE, GELU_POLY_BITS } from "../../../src/stages/gelu.js";
import {
  emitMlp,
  mlpCircuitWidths,
  mlpCommitmentElements,
  mlpConstraints,
  mlpFreivaldsWidths,
  mlpPrivateInputValues,
  mlpRef,
  quantizeMlp,
  type MlpParams,
} from "../../../src/stages/mlp.js";
import { stageId } from "../../../src/stages/emit.js";
import { intForward, intModelStages } from "../../../src/stages/model.js";

import {
  compileStage,
  expectTraceSignals,
  signed,
  toInput,
  type CompiledStage,
} from "./stageHarness.js";

// Small configuration: T = 3, D = 4, hidden 4D = 16, quantized by quantizeMlp from seeded float
// weights. The folded c_fc rows get clip exponents m = 13 or 14 (|x| up to ~20 on ±127 inputs, so
// GELU's clip at |fcAcc| = 2^m is reached both ways) and, for the rows scaled up 4× (j % 4 = 3), m = 11
// (< n = 12: the polynomial's input is |fcAcc|·2^(n−m), the other branch of GeluPow2). Even hidden
// channels have zero fc bias (fcAcc = 0 occurs on a zero input row).
const T = 3;
const D = 4;
const DH = 4 * D;
const rand = seededRandom(23);
const tensor = (shape: number[], f: (k: number) => number): Tensor => ({
  shape,
  data: Float64Array.from({ length: shape.reduce((a, v) => a * v, 1) }, (_, k) => f(k)),
});
const weights = {
  fcWeight: tensor([DH, D], (k) => (rand() * 2 - 1) * (Math.floor(k / D) % 4 === 3 ? 4 : 1)),
  fcBias: tensor([DH], (k) => (k % 2 === 0 ? 0 : rand() - 0.5)),
  mlpProjWeight: tensor([D, DH], () => rand() * 2 - 1),
  mlpProjBias: tensor([D], () => rand() - 0.5),
} as unknown as GptLayerWeights;
const params: MlpParams = quantizeMlp(weights, [0.02, 0.03, 0.025, 0.02], 1 / 64);
const inputs = [{ name: "xQ", shape: [T, D] }];
const TOP = 2 ** GELU_POLY_BITS;

const xs: number[][][] = [
  ...Array.from({ length: 4 }, () =>
    Array.from({ length: T }, () => Array.from({ length: D }, () => randomInt(rand, -127, 127))),
  ),
  ...Array.from({ length: 2 }, () =>
    Array.from({ length: T }, () => Array.from({ length: D }, () => randomInt(rand, -12, 12))),
  ),
  [
    [127, 127, 127, 127],
    [-127, -127, -127, -127],
    [127, -127, 127, -127],
  ],
  [
    [0, 0, 0, 0],
    [-127, 127, -127, 127],
    [1, -1, 0, 0],
  ],
];

describe("stage circuit: MLP with integer i-GELU (circuits/lib/mlp.circom)", function () {
  this.timeout(1_800_000);

  it("the test inputs reach every edge: clip both ways, fcAcc = 0, negative GELU, both polynomial-input branches", () => {
    expect(Math.min(...params.clipExp)).to.equal(11);
    expect(Math.max(...params.clipExp)).to.equal(14);
    const hits = { clipPos: 0, clipNeg: 0, zero: 0, negative: 0, mLow: 0, mHigh: 0 };
    for (const xQ of xs) {
      const tr = mlpRef(params, xQ);
      tr.fcAcc.forEach((row, t) =>
        row.forEach((f, j) => {
          const u = tr.u[t][j];
          if (u === TOP && f > 0) hits.clipPos++;
          if (u === TOP && f < 0) hits.clipNeg++;
          if (f === 0) hits.zero++;
          if (tr.gAcc[t][j] < 0n) hits.negative++;
          if (u > 0 && u < TOP) hits[params.clipExp[j] < GELU_POLY_BITS ? "mLow" : "mHigh"]++;
        }),
      );
    }
    for (const [k, v] of Object.entries(hits)) expect(v, k).to.be.greaterThan(0);
  });

  describe("public weights", () => {
    let c: CompiledStage;
    before(async () => {
      c = await compileStage("mlp_public", inputs, (ctx) => emitMlp(params, ctx), {
        weights: "public",
        T,
        id: "mlp",
      });
    });

    it("constraint count equals the formula T·Σ_j(aBits[j] + 6) + T·Σ_o(outShift[o] + yBits[o])", () => {
      const w = mlpCircuitWidths(params, "public");
      let row = 0;
      for (let j = 0; j < DH; j++) row += w.aBits[j] + 6;
      for (let o = 0; o < D; o++) row += params.outShift[o] + w.yBits[o];
      expect(mlpConstraints(params, T, "public")).to.equal(T * row);
      expect(c.o2.constraintCount).to.equal(T * row);
    });

    it("bit-exact: fcAcc, u, gAcc, projAcc, outQ equal mlpRef on seeded, small and ±127 inputs", async () => {
      let compared = 0;
      for (const xQ of xs) {
        const w = await c.o1.expectPass({ xQ: toInput(xQ) });
        compared += expectTraceSignals(
          c.o1,
          w,
          c.emission,
          mlpRef(params, xQ) as unknown as Record<string, unknown>,
        );
      }
      expect(compared).to.equal(xs.length * T * (3 * DH + 2 * D));
    });

    /** [t, j] of the first hidden value satisfying `pred` on input xs[k]. */
    function find(k: number, pred: (f: number, u: number, j: number) => boolean): [number, number] {
      const tr = mlpRef(params, xs[k]);
      for (let t = 0; t < T; t++)
        for (let j = 0; j < DH; j++) if (pred(tr.fcAcc[t][j], tr.u[t][j], j)) return [t, j];
      throw new Error("no such element");
    }

    it("rejects a ±1 edit of every signal class (accumulators, |fcAcc| and its bits, clip flag, polynomial, products, quotient, remainder, outputs)", async () => {
      // Clipped both ways on the ±127 inputs; unclipped in both polynomial-input branches on a
      // seeded input.
      const cases: [number, (f: number, u: number, j: number) => boolean][] = [
        [6, (f, u) => u === TOP && f > 0],
        [6, (f, u) => u === TOP && f < 0],
        [0, (f, u, j) => f < 0 && u < TOP && params.clipExp[j] >= GELU_POLY_BITS],
        [0, (f, u, j) => f !== 0 && u < TOP && params.clipExp[j] < GELU_POLY_BITS],
      ];
      let edits = 0;
      for (const [k, pred] of cases) {
        const w = await c.o1.expectPass({ xQ: toInput(xs[k]) });
        const [t, j] = find(k, pred);
        const m = params.clipExp[j];
        const names: string[] = [];
        for (const s of ["fcAcc", "u", "gAcc"]) names.push(`main.mlp_${s}[${t}][${j}]`);
        // (IsZero's inv is not listed: it is free when the tested sum is 0, and out stays pinned.)
        for (const s of [
          "absF",
          "dd2",
          "below.out",
          "ab.out[0]",
          `ab.out[${m - 1}]`,
          `ab.out[${m}]`,
        ])
          names.push(`main.mlp_gelu[${t}][${j}].${s}`);
        for (const o of [1, 3]) {
          names.push(`main.mlp_projAcc[${t}][${o}]`, `main.mlp_outQ[${t}][${o}]`);
          for (const s of ["rem", "remRange.bits[0]"])
            names.push(`main.mlp_outReq[${t}][${o}].${s}`);
          names.push(`main.mlp_outRange[${t}][${o}].bits[0]`);
        }
        for (const name of names)
          for (const d of [1n, -1n]) {
            const edited = c.o1.editWitness(w, { [name]: c.o1.read(w, name) + d });
            expect(() => c.o1.expectConstraintFail(edited), `${name} ${d}`).to.not.throw();
            edits++;
          }
      }
      expect(edits).to.equal(4 * 2 * (9 + 2 * 5));
    });

    it("rejects a quotient/remainder shift that keeps the division identity (outQ ± 1, rem ∓ 2^k) and an out-of-range quotient", async () => {
      const w = await c.o1.expectPass({ xQ: toInput(xs[0]) });
      const yBits = mlpCircuitWidths(params, "public").yBits;
      for (const [t, o] of [
        [0, 0],
        [1, 2],
        [2, 3],
      ]) {
        const pre = `main.mlp_outReq[${t}][${o}]`;
        const y = c.o1.read(w, `main.mlp_outQ[${t}][${o}]`);
        const rem = c.o1.read(w, `${pre}.rem`);
        const K = 1n << BigInt(params.outShift[o]);
        for (const d of [1n, -1n]) {
          const edited = c.o1.editWitness(w, {
            [`main.mlp_outQ[${t}][${o}]`]: y + d,
            [`${pre}.rem`]: rem - d * K,
          });
          expect(() => c.o1.expectConstraintFail(edited), `${pre} ${d}`).to.not.throw();
        }
        // A quotient moved by 2^yBits with its bits recomputed for the wrapped offset value: the
        // bit sum cannot reach it, so the range check fails.
        const big = y + (1n << BigInt(yBits[o]));
        const e: Record<string, bigint> = {
          [`main.mlp_outQ[${t}][${o}]`]: big,
          [`${pre}.rem`]: rem - (1n << BigInt(yBits[o])) * K,
        };
        c.o1.expectConstraintFail(c.o1.editWitness(w, e));
      }
    });

    it("rejects |fcAcc| claimed with the wrong sign or non-zero for fcAcc = 0, and a clip flag flipped with u, dd2 and gAcc recomputed", async () => {
      const k = 7; // row 0 is all zeros: fcAcc = 0 on the zero-bias channels
      const w = await c.o1.expectPass({ xQ: toInput(xs[k]) });
      const prime = c.o1.r1cs.prime;
      /** The edits that make u, dd2 and gAcc consistent with a claimed (absF, u). */
      const consistent = (t: number, j: number, absF: bigint, u: bigint) => {
        const f = signed(c.o1, c.o1.read(w, `main.mlp_fcAcc[${t}][${j}]`));
        const dd2 = (u - BigInt(TOP)) ** 2n;
        const gAcc = f * GELU_ONE + absF * (BigInt(GELU_A_Q) * dd2 + GELU_ONE);
        return {
          [`main.mlp_gelu[${t}][${j}].absF`]: ((absF % prime) + prime) % prime,
          [`main.mlp_u[${t}][${j}]`]: u,
          [`main.mlp_gelu[${t}][${j}].dd2`]: dd2,
          [`main.mlp_gAcc[${t}][${j}]`]: ((gAcc % prime) + prime) % prime,
        };
      };
      const bitsOf = (t: number, j: number, v: bigint, n: number) => {
        const e: Record<string, bigint> = {};
        for (let b = 0; b < n; b++)
          e[`main.mlp_gelu[${t}][${j}].ab.out[${b}]`] = (v >> BigInt(b)) & 1n;
        return e;
      };
      const aBits = mlpCircuitWidths(params, "public").aBits;
      // fcAcc = 0: absF = 5 (bits recomputed) would make gAcc = 5·poly.
      const [t0, j0] = find(k, (f) => f === 0);
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, { ...consistent(t0, j0, 5n, 5n), ...bitsOf(t0, j0, 5n, aBits[j0]) }),
      );
      // A negative fcAcc with absF = fcAcc (a field element far above 2^aBits): gAcc as for +|f|.
      const [tn, jn] = find(6, (f, u) => f < 0 && u < TOP);
      const wn = await c.o1.expectPass({ xQ: toInput(xs[6]) });
      const fn = signed(c.o1, c.o1.read(wn, `main.mlp_fcAcc[${tn}][${jn}]`));
      const un = BigInt(mlpRef(params, xs[6]).u[tn][jn]);
      const dd2n = (un - BigInt(TOP)) ** 2n;
      const gWrong = fn * GELU_ONE + fn * (BigInt(GELU_A_Q) * dd2n + GELU_ONE);
      c.o1.expectConstraintFail(
        c.o1.editWitness(wn, {
          [`main.mlp_gelu[${tn}][${jn}].absF`]: ((fn % prime) + prime) % prime,
          [`main.mlp_gAcc[${tn}][${jn}]`]: ((gWrong % prime) + prime) % prime,
        }),
      );
      // Clip flag: an unclipped value claimed clipped (below.out = 0, u = 2^n), and a clipped one
      // claimed unclipped (below.out = 1, u = the low bits).
      const w6 = wn;
      const [tu, ju] = find(6, (f, u) => f > 0 && u < TOP);
      const [tc, jc] = find(6, (f, u) => f > 0 && u === TOP);
      for (const [t, j, flag, u] of [
        [tu, ju, 0n, BigInt(TOP)],
        [tc, jc, 1n, 17n],
      ] as const) {
        const absF = c.o1.read(w6, `main.mlp_gelu[${t}][${j}].absF`);
        const f = signed(c.o1, c.o1.read(w6, `main.mlp_fcAcc[${t}][${j}]`));
        const dd2 = (u - BigInt(TOP)) ** 2n;
        const gAcc = f * GELU_ONE + absF * (BigInt(GELU_A_Q) * dd2 + GELU_ONE);
        const edits = {
          [`main.mlp_gelu[${t}][${j}].below.out`]: flag,
          [`main.mlp_u[${t}][${j}]`]: u,
          [`main.mlp_gelu[${t}][${j}].dd2`]: dd2,
          [`main.mlp_gAcc[${t}][${j}]`]: ((gAcc % prime) + prime) % prime,
        };
        c.o1.expectConstraintFail(c.o1.editWitness(w6, edits));
      }
      // The recomputation is faithful: with the true (absF, u) it is the valid witness.
      const tr = mlpRef(params, xs[k]);
      c.o1.expectConstraintPass(c.o1.editWitness(w, consistent(t0, j0, 0n, BigInt(tr.u[t0][j0]))));
    });
  });

  describe("private weights (direct products)", () => {
    let c: CompiledStage;
    const priv = mlpPrivateInputValues(params, "mlp");
    const input = (xQ: number[][]) => ({
      xQ: toInput(xQ),
      ...Object.fromEntries(Object.entries(priv).map(([k, v]) => [k, toInput(v)])),
    });
    before(async () => {
      c = await compileStage("mlp_private", inputs, (ctx) => emitMlp(params, ctx, "direct"), {
        weights: "private",
        T,
        id: "mlp",
      });
    });

    it("constraint count equals the formula (public part with private widths + products + packing)", () => {
      const w = mlpCircuitWidths(params, "private");
      let row = 0;
      for (let j = 0; j < DH; j++) row += w.aBits[j] + 6;
      for (let o = 0; o < D; o++) row += params.outShift[o] + w.yBits[o];
      const formula =
        T * row +
        T * 2 * DH * D +
        8 * 2 * DH * D +
        DH * params.fcBiasBits +
        D * params.projBiasBits;
      expect(mlpConstraints(params, T, "private", "direct")).to.equal(formula);
      expect(c.o2.constraintCount).to.equal(formula);
    });

    it("bit-exact, and the commitment signals equal commitmentElements()", async () => {
      expect(c.emission.privateInputs.map((i) => i.name)).to.deep.equal([
        "mlp_wFc",
        "mlp_bFc",
        "mlp_wProj",
        "mlp_bProj",
      ]);
      const elements = mlpCommitmentElements(params);
      expect(c.emission.commitment).to.deep.equal({
        signal: "mlp_commitment",
        length: elements.length,
      });
      for (const xQ of xs.slice(4)) {
        const w = await c.o1.expectPass(input(xQ));
        expectTraceSignals(
          c.o1,
          w,
          c.emission,
          mlpRef(params, xQ) as unknown as Record<string, unknown>,
        );
        elements.forEach((e, k) => expect(c.o1.read(w, `main.mlp_commitment[${k}]`)).to.equal(e));
      }
    });

    it("rejects a private weight edited without changing the commitment (its products unchanged: input column 0 is zero)", async () => {
      const xQ = [
        [0, 5, -7, 127],
        [0, -127, 3, 1],
        [0, 9, 9, -9],
      ];
      const w = await c.o1.expectPass(input(xQ));
      const j = 3;
      /** wFc[j][0] replaced by v, with its packing range bits recomputed; every product is 0·v. */
      const withWeight = (v: number) => {
        const e: Record<string, bigint> = { [`main.mlp_wFc[${j}][0]`]: BigInt(v) };
        for (let b = 0; b < 8; b++)
          e[`main.mlp_packWFc.range[${j * D}].bits[${b}]`] = (BigInt(v + 128) >> BigInt(b)) & 1n;
        return c.o1.editWitness(w, e);
      };
      c.o1.expectConstraintPass(withWeight(params.wFc[j * D])); // faithful
      c.o1.expectConstraintFail(withWeight(params.wFc[j * D] + 1));
      c.o1.expectConstraintFail(withWeight(params.wFc[j * D] === -127 ? 100 : -127));
      // Biases and c_proj weights are bound the same way.
      for (const name of ["main.mlp_bFc[2]", "main.mlp_wProj[1][7]", "main.mlp_bProj[0]"])
        c.o1.expectConstraintFail(c.o1.editWitness(w, { [name]: c.o1.read(w, name) + 1n }));
    });
  });

  describe("private weights (Freivalds, the default)", () => {
    let c: CompiledStage;
    const priv = mlpPrivateInputValues(params, "mlp");
    const input = (xQ: number[][]) => ({
      xQ: toInput(xQ),
      ...Object.fromEntries(Object.entries(priv).map(([k, v]) => [k, toInput(v)])),
    });
    before(async () => {
      c = await compileStage("mlp_private_freivalds", inputs, (ctx) => emitMlp(params, ctx), {
        weights: "private",
        T,
        id: "mlp",
      });
    });

    it("constraint count equals the formula (public part + packing + challenge sponge + two FreivaldsDense)", () => {
      const w = mlpCircuitWidths(params, "private");
      const f = mlpFreivaldsWidths(params, T);
      let row = 0;
      for (let j = 0; j < DH; j++) row += w.aBits[j] + 6;
      for (let o = 0; o < D; o++) row += params.outShift[o] + w.yBits[o];
      // FreivaldsDense(T, nIn, nOut): powers, Wᵀr, r·b, rows (r[0] = 1 products are linear).
      const fd = (nIn: number, nOut: number) =>
        nOut - 2 + nIn * (nOut - 1) + (nOut - 1) + T * (nOut - 1 + nIn);
      const formula =
        T * row +
        8 * 2 * DH * D +
        DH * params.fcBiasBits +
        D * params.projBiasBits +
        spongeCost(f.hashInputs) +
        fd(D, DH) +
        fd(DH, D);
      expect(mlpConstraints(params, T, "private")).to.equal(formula);
      expect(c.o2.constraintCount).to.equal(formula);
    });

    it("bit-exact, and the commitment signals equal commitmentElements()", async () => {
      const elements = mlpCommitmentElements(params);
      for (const xQ of xs.slice(4)) {
        const w = await c.o1.expectPass(input(xQ));
        expectTraceSignals(
          c.o1,
          w,
          c.emission,
          mlpRef(params, xQ) as unknown as Record<string, unknown>,
        );
        elements.forEach((e, k) => expect(c.o1.read(w, `main.mlp_commitment[${k}]`)).to.equal(e));
      }
    });

    it("rejects a claimed accumulator that is not the product (fcAcc, projAcc), and every Freivalds signal class edited", async () => {
      const w = await c.o1.expectPass(input(xs[0]));
      for (const name of [
        "main.mlp_fcAcc[1][3]",
        "main.mlp_projAcc[2][1]",
        "main.mlp_rho",
        "main.mlp_checkFc.r[2]",
        "main.mlp_checkFc.u[1].prod[0]",
        "main.mlp_checkProj.rb.prod[1]",
        "main.mlp_checkProj.lhs[0].prod[2]",
        "main.mlp_packF[0]",
        "main.mlp_packP[0]",
      ])
        for (const d of [1n, -1n]) {
          const edited = c.o1.editWitness(w, { [name]: c.o1.read(w, name) + d });
          expect(() => c.o1.expectConstraintFail(edited), `${name} ${d}`).to.not.throw();
        }
    });

    it("rejects a private weight edited without changing the commitment, even with Wᵀr recomputed (input column 0 is zero, so rho and every row are unchanged)", async () => {
      const xQ = [
        [0, 5, -7, 127],
        [0, -127, 3, 1],
        [0, 9, 9, -9],
      ];
      const w = await c.o1.expectPass(input(xQ));
      const prime = c.o1.r1cs.prime;
      const j = 3;
      const r = c.o1.read(w, `main.mlp_checkFc.r[${j}]`);
      // u[0].out shares its wire with rhs[t].b[0] at --O1.
      const u0 = c.o1.read(w, "main.mlp_checkFc.rhs[0].b[0]");
      const old = params.wFc[j * D];
      /** wFc[j][0] = v with its packing bits and u[0] = Σ_j r_j wFc[j][0] recomputed. */
      const withWeight = (v: number) => {
        const e: Record<string, bigint> = { [`main.mlp_wFc[${j}][0]`]: BigInt(v) };
        for (let b = 0; b < 8; b++)
          e[`main.mlp_packWFc.range[${j * D}].bits[${b}]`] = (BigInt(v + 128) >> BigInt(b)) & 1n;
        e[`main.mlp_checkFc.u[0].prod[${j}]`] = (r * BigInt(v)) % prime;
        e["main.mlp_checkFc.rhs[0].b[0]"] = (u0 + r * BigInt(v - old)) % prime;
        return c.o1.editWitness(w, e);
      };
      c.o1.expectConstraintPass(withWeight(old)); // faithful
      c.o1.expectConstraintFail(withWeight(old + 1));
      c.o1.expectConstraintFail(withWeight(old === -127 ? 100 : -127));
    });
  });

  describe("real gpt-nano-sort parameters (public weights, T = 11)", () => {
    it("every emitting stage's privateInputValues() matches its private emission's names and shapes", () => {
      const p = loadIntModel("models/gpt-nano-sort").params;
      const shapeOf = (v: unknown): number[] =>
        Array.isArray(v) ? [v.length, ...shapeOf(v[0])] : [];
      const kinds: string[] = [];
      for (const s of intModelStages(p)) {
        if (s.emitCircom === undefined || !["mlp", "lmHead", "argmax"].includes(s.kind)) continue;
        kinds.push(s.kind);
        const id = stageId(s.name);
        const inputs = s.kind === "argmax" ? ["logits", "tokens"] : ["xQ"];
        const e = s.emitCircom({ weights: "private", T: 11, id, inputs, promptLength: 6 });
        const values = s.privateInputValues!();
        expect(Object.keys(values), s.name).to.deep.equal(e.privateInputs.map((i) => i.name));
        for (const i of e.privateInputs)
          expect(shapeOf(values[i.name]), i.name).to.deep.equal(i.shape);
        expect(e.commitment?.length ?? 0, s.name).to.equal(s.commitmentElements().length);
      }
      expect(kinds).to.deep.equal(["mlp", "mlp", "mlp", "lmHead", "argmax"]);
    });

    it("h0.mlp of intModelStages is bit-exact on a real input from intForward", async function () {
      const p = loadIntModel("models/gpt-nano-sort").params;
      const stage = intModelStages(p).find((s) => s.name === "h0.mlp")!;
      const tr = intForward(p, sortContext([2, 0, 1, 1, 0, 2]));
      const circuit = await import("../../../src/stages/standalone.js");
      const { mkdir, writeFile } = await import("node:fs/promises");
      const { compileTester, ROOT } = await import("../harness.js");
      const src = circuit.standaloneStageCircuit(
        "Stage_mlp_real",
        [{ name: "xQ", shape: [11, p.dModel] }],
        (ctx) => stage.emitCircom!(ctx),
        { weights: "public", T: 11, id: "h0_mlp" },
      );
      await mkdir(`${ROOT}/build/stages`, { recursive: true });
      await writeFile(`${ROOT}/build/stages/mlp_real_public.circom`, src.source);
      // --O1 only (named signals keep their wires); the count formula is pinned on the small configuration.
      const c = await compileTester("build/stages/mlp_real_public.circom", 1);
      const w = await c.expectPass({ xQ: toInput(tr.layers[0].ln2.yQ) });
      const n = expectTraceSignals(
        c,
        w,
        src.emission,
        tr.layers[0].mlp as unknown as Record<string, unknown>,
      );
      expect(n).to.equal(11 * (3 * 4 * p.dModel + 2 * p.dModel));
    });
  });
});
