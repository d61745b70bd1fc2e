import { expect } from "chai";

import { sponge as spongeCost } from "../../../src/circuit/constraints.js";
import { randomInt, seededRandom } from "../../../src/circuit/synthetic.js";
import type { GptLayerWeights, Tensor } from "../../../src/model/stateDict.js";
import { sortContext } from "../../../src/model/tokens.js";
import { loadIntModel } from "../../../src/stages/file.js";
import { GELU_A_Q, GELU_CLIP_Q, GELU_ONE } from "../../../src/stages/gelu.js";
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
// weights. Calibration maxima are chosen so that real edge cases occur: |fc| up to ~15 against a
// GELU-input clamp at ±4 (hMax = 4095), GELU's clip at ±2.5, and GELU outputs up to 4 against an
// int8 scale of 1/127 (gQ saturates). Even hidden channels have zero fc bias (hQ = 0 occurs).
const T = 3;
const D = 4;
const DH = 4 * D;
const rand = seededRandom(23);
const tensor = (shape: number[], f: (k: number) => number): Tensor => ({
  shape,
  data: Float64Array.from({ length: shape.reduce((a, v) => a * v, 1) }, (_, k) => f(k)),
});
const weights = {
  fcWeight: tensor([DH, D], () => rand() * 2 - 1),
  fcBias: tensor([DH], (k) => (k % 2 === 0 ? 0 : rand() - 0.5)),
  mlpProjWeight: tensor([D, DH], () => rand() * 2 - 1),
  mlpProjBias: tensor([D], () => rand() - 0.5),
} as unknown as GptLayerWeights;
const params: MlpParams = quantizeMlp(
  weights,
  [0.02, 0.03, 0.025, 0.02],
  new Array<number>(DH).fill(1.5),
  new Array<number>(DH).fill(1),
);
const inputs = [{ name: "xQ", shape: [T, D] }];

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

  it("the test inputs reach every edge: GELU-input clamp, GELU clip, hQ = 0, negative GELU, int8 saturation", () => {
    const hits = { clampH: 0, clip: 0, zero: 0, negative: 0, saturate: 0 };
    for (const xQ of xs) {
      const tr = mlpRef(params, xQ);
      tr.hQ.flat().forEach((h, k) => {
        if (Math.abs(h) === params.hMax) hits.clampH++;
        if (h === 0) hits.zero++;
        if (tr.hClip.flat()[k] === GELU_CLIP_Q) hits.clip++;
        if (tr.gAcc.flat()[k] < 0n) hits.negative++;
      });
      tr.gQ.flat().forEach((g) => {
        if (Math.abs(g) === 127) hits.saturate++;
      });
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

    it("constraint count equals the formula T·Σ_j(hShift + gShift) + T·4D·(21 + hy + gy + hBits + cBits)", () => {
      const w = mlpCircuitWidths(params, "public");
      let shifts = 0;
      for (let j = 0; j < DH; j++) shifts += params.hShift[j] + params.gShift[j];
      const formula = T * shifts + T * DH * (21 + w.hyBits + w.gyBits + w.hBits + w.cBits);
      expect(mlpConstraints(params, T, "public")).to.equal(formula);
      expect(c.o2.constraintCount).to.equal(formula);
    });

    it("bit-exact: fcAcc, hQ, hClip, erfQ, gAcc, gQ, projAcc equal mlpRef on seeded, small and ±127 inputs", async () => {
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
      expect(compared).to.equal(xs.length * T * (6 * DH + D));
    });

    /** [t, j] of the first hidden value satisfying `pred` on input xs[k]. */
    function find(k: number, pred: (h: number, y: bigint) => boolean): [number, number] {
      const tr = mlpRef(params, xs[k]);
      for (let t = 0; t < T; t++)
        for (let j = 0; j < DH; j++) if (pred(tr.hQ[t][j], tr.gAcc[t][j])) return [t, j];
      throw new Error("no such element");
    }

    it("rejects a ±1 edit of every signal class (accumulators, quotients, remainders, clamp flags, GELU sign/clip/products, outputs)", async () => {
      const k = 6; // ±127 inputs: clamps and clips active
      const w = await c.o1.expectPass({ xQ: toInput(xs[k]) });
      const [tc, jc] = find(k, (h) => Math.abs(h) === params.hMax); // GELU-input clamp active
      const [tn, jn] = find(k, (h) => h < 0 && h > -params.hMax); // negative, not clamped
      const [tp, jp] = find(k, (h) => h > 0 && h < GELU_CLIP_Q); // positive, not clipped
      const names: string[] = ["main.mlp_fcAcc[0][1]", "main.mlp_projAcc[2][3]"];
      for (const [t, j] of [
        [tc, jc],
        [tn, jn],
        [tp, jp],
      ]) {
        for (const s of ["fcAcc", "hQ", "hClip", "erfQ", "gAcc", "gQ"])
          names.push(`main.mlp_${s}[${t}][${j}]`);
        for (const r of ["hReq", "gReq"])
          // (IsZero's inv is not listed: it is free when the tested sum is 0, and out stays pinned.)
          for (const s of [
            "y",
            "rem",
            "capped",
            "remRange.bits[0]",
            "yb.out[0]",
            "yb.out[5]",
            "inWide.out",
            "lowZero.out",
          ])
            names.push(`main.mlp_${r}[${t}][${j}].${s}`);
        for (const s of [
          "pos",
          "neg",
          "absH",
          "clip",
          "clipProd",
          "dd2",
          "absRange.bits[0]",
          "clipRange.bits[2]",
        ])
          names.push(`main.mlp_gelu[${t}][${j}].${s}`);
      }
      for (const name of names)
        for (const d of [1n, -1n]) {
          const edited = c.o1.editWitness(w, { [name]: c.o1.read(w, name) + d });
          expect(() => c.o1.expectConstraintFail(edited), `${name} ${d}`).to.not.throw();
        }
    });

    it("rejects a quotient/remainder shift that keeps the division identity (y ± 1, rem ∓ 2^k)", async () => {
      const k = 0;
      const w = await c.o1.expectPass({ xQ: toInput(xs[k]) });
      for (const [r, shifts] of [
        ["hReq", params.hShift],
        ["gReq", params.gShift],
      ] as const)
        for (const [t, j] of [
          [0, 0],
          [1, 5],
          [2, 11],
        ]) {
          const pre = `main.mlp_${r}[${t}][${j}]`;
          const y = c.o1.read(w, `${pre}.y`);
          const rem = c.o1.read(w, `${pre}.rem`);
          const K = 1n << BigInt(shifts[j]);
          for (const d of [1n, -1n]) {
            const edited = c.o1.editWitness(w, {
              [`${pre}.y`]: y + d,
              [`${pre}.rem`]: rem - d * K,
            });
            expect(() => c.o1.expectConstraintFail(edited), `${pre} ${d}`).to.not.throw();
          }
        }
    });

    it("rejects a sign claimed for hQ = 0 (erfQ would be free) and a clip or clamp flag flipped with its products recomputed", async () => {
      const k = 7; // row 0 is all zeros: hQ = 0 on the zero-bias channels
      const w = await c.o1.expectPass({ xQ: toInput(xs[k]) });
      const [t0, j0] = find(k, (h) => h === 0);
      const poly0 = BigInt(GELU_A_Q) * BigInt(GELU_CLIP_Q) ** 2n + GELU_ONE;
      const g = `main.mlp_gelu[${t0}][${j0}]`;
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, { [`${g}.pos`]: 1n, [`main.mlp_erfQ[${t0}][${j0}]`]: poly0 }),
      );
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, { [`${g}.neg`]: 1n, [`main.mlp_erfQ[${t0}][${j0}]`]: -poly0 }),
      );
      // absH (and so hClip) claimed non-zero for hQ = 0, with the clip product recomputed.
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, { [`${g}.absH`]: 5n, [`main.mlp_hClip[${t0}][${j0}]`]: 5n }),
      );
      // A clip flag set below the clip point, with clipProd and hClip recomputed.
      const [tp, jp] = find(k, (h) => h > 0 && h < GELU_CLIP_Q);
      const gp = `main.mlp_gelu[${tp}][${jp}]`;
      const absH = c.o1.read(w, `${gp}.absH`);
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, {
          [`${gp}.clip`]: 1n,
          [`${gp}.clipProd`]: absH,
          [`main.mlp_hClip[${tp}][${jp}]`]: BigInt(GELU_CLIP_Q),
        }),
      );
      // A GELU-input clamp claimed for an in-range quotient (inWide = 0), with the clamp product
      // and hQ recomputed to the clamped value.
      const h = `main.mlp_hReq[${tp}][${jp}]`;
      expect(c.o1.read(w, `${h}.inWide.out`)).to.equal(1n);
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, {
          [`${h}.inWide.out`]: 0n,
          [`${h}.capped`]: 0n,
          [`main.mlp_hQ[${tp}][${jp}]`]: BigInt(params.hMax),
        }),
      );
      // The recomputation is faithful: with the true flag it is the valid witness.
      const y = signed(c.o1, c.o1.read(w, `${h}.y`));
      const low = y + BigInt(params.hMax) + 1n;
      c.o1.expectConstraintPass(
        c.o1.editWitness(w, {
          [`${h}.capped`]: low + (low === 0n ? 1n : 0n) - 2n * BigInt(params.hMax) - 1n,
          [`main.mlp_hQ[${tp}][${jp}]`]: y,
        }),
      );
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
      let shifts = 0;
      for (let j = 0; j < DH; j++) shifts += params.hShift[j] + params.gShift[j];
      const formula =
        T * shifts +
        T * DH * (21 + w.hyBits + w.gyBits + w.hBits + w.cBits) +
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

    it("constraint count equals the formula (public part + packing + projAcc range + challenge sponge + two FreivaldsDense)", () => {
      const w = mlpCircuitWidths(params, "private");
      const f = mlpFreivaldsWidths(params, T);
      let shifts = 0;
      for (let j = 0; j < DH; j++) shifts += params.hShift[j] + params.gShift[j];
      // FreivaldsDense(T, nIn, nOut): powers, Wᵀr, r·b, rows (r[0] = 1 products are linear).
      const fd = (nIn: number, nOut: number) =>
        nOut - 2 + nIn * (nOut - 1) + (nOut - 1) + T * (nOut - 1 + nIn);
      const formula =
        T * shifts +
        T * DH * (21 + w.hyBits + w.gyBits + w.hBits + w.cBits) +
        8 * 2 * DH * D +
        DH * params.fcBiasBits +
        D * params.projBiasBits +
        T * D * f.pBits +
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
        "main.mlp_packH[0]",
        "main.mlp_packP.range[0].bits[0]",
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
      expect(n).to.equal(11 * (6 * 4 * p.dModel + p.dModel));
    });
  });
});
