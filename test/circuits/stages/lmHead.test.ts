import { expect } from "chai";

import { packSigned } from "../../../src/circuit/commitments.js";
import { randomInt, seededRandom } from "../../../src/circuit/synthetic.js";
import { sortContext } from "../../../src/model/tokens.js";
import { loadIntModel } from "../../../src/stages/file.js";
import {
  emitLmHead,
  lmHeadCommitmentElements,
  lmHeadConstraints,
  lmHeadPrivateInputValues,
  lmHeadRef,
  quantizeLmHead,
  type LmHeadParams,
} from "../../../src/stages/lmHead.js";
import { intForward, intModelStages } from "../../../src/stages/model.js";

import { compileStage, expectTraceSignals, toInput, type CompiledStage } from "./stageHarness.js";

// Small configuration: T = 3, D = 4, V = 3, quantized from seeded float weights.
const T = 3;
const D = 4;
const V = 3;
const rand = seededRandom(5);
const floatW = Float64Array.from({ length: V * D }, () => rand() * 2 - 1);
const params: LmHeadParams = quantizeLmHead(
  { shape: [V, D], data: floatW },
  [0.01, 0.02, 0.015, 0.03],
);
const inputs = [{ name: "xQ", shape: [T, D] }];

/** The exact int matmul, written out independently of lmHeadRef. */
function logits(xQ: number[][], p: LmHeadParams): number[][] {
  return xQ.map((row) =>
    Array.from({ length: p.vocabSize }, (_, v) =>
      row.reduce((a, x, i) => a + x * p.w[v * p.dModel + i], 0),
    ),
  );
}

const xs: number[][][] = [
  ...Array.from({ length: 4 }, () =>
    Array.from({ length: T }, () => Array.from({ length: D }, () => randomInt(rand, -127, 127))),
  ),
  [
    [127, 127, 127, 127],
    [-127, -127, -127, -127],
    [127, -127, 127, -127],
  ],
  [
    [0, 0, 0, 0],
    [1, -1, 0, 127],
    [-127, 0, 0, 1],
  ],
];

describe("stage circuit: lm_head (circuits/lib/lmhead.circom)", function () {
  this.timeout(900_000);

  describe("public weights", () => {
    let c: CompiledStage;
    before(async () => {
      c = await compileStage("lmhead_public", inputs, (ctx) => emitLmHead(params, ctx), {
        weights: "public",
        T,
        id: "lmHead",
      });
    });

    it("costs no constraints (constant weights: linear combinations)", () => {
      expect(lmHeadConstraints(params, T, "public")).to.equal(0);
      expect(c.o2.constraintCount).to.equal(0);
    });

    it("bit-exact: logitAcc equals the reference on seeded and ±127 inputs", async () => {
      for (const xQ of xs) {
        const ref = lmHeadRef(params, xQ);
        expect(ref.logitAcc).to.deep.equal(logits(xQ, params));
        const w = await c.o1.expectPass({ xQ: toInput(xQ) });
        expectTraceSignals(c.o1, w, c.emission, ref);
      }
    });

    it("rejects an edited logit", async () => {
      const w = await c.o1.expectPass({ xQ: toInput(xs[0]) });
      for (const name of ["main.lmHead_logitAcc[0][0]", "main.lmHead_logitAcc[2][1]"])
        c.o1.expectConstraintFail(c.o1.editWitness(w, { [name]: c.o1.read(w, name) + 1n }));
    });
  });

  describe("private weights (direct products)", () => {
    let c: CompiledStage;
    const priv = lmHeadPrivateInputValues(params, "lmHead");
    before(async () => {
      c = await compileStage("lmhead_private", inputs, (ctx) => emitLmHead(params, ctx), {
        weights: "private",
        T,
        id: "lmHead",
      });
    });

    it("costs T·V·D products + V·D·8 packing range checks", () => {
      expect(c.o2.constraintCount).to.equal(lmHeadConstraints(params, T, "private"));
      expect(c.o2.constraintCount).to.equal(T * V * D + V * D * 8);
    });

    it("bit-exact, and the commitment signals equal commitmentElements()", async () => {
      expect(c.emission.privateInputs).to.deep.equal([{ name: "lmHead_w", shape: [V, D] }]);
      const elements = lmHeadCommitmentElements(params);
      expect(elements).to.deep.equal(packSigned(params.w, 8));
      expect(c.emission.commitment).to.deep.equal({
        signal: "lmHead_commitment",
        length: elements.length,
      });
      for (const xQ of xs) {
        const w = await c.o1.expectPass({ xQ: toInput(xQ), lmHead_w: toInput(priv.lmHead_w) });
        expectTraceSignals(c.o1, w, c.emission, lmHeadRef(params, xQ));
        elements.forEach((e, k) =>
          expect(c.o1.read(w, `main.lmHead_commitment[${k}]`)).to.equal(e),
        );
      }
    });

    it("rejects a private weight edited without changing the commitment, even with the logits, products and range bits recomputed", async () => {
      const xQ = xs[0];
      const w = await c.o1.expectPass({ xQ: toInput(xQ), lmHead_w: toInput(priv.lmHead_w) });
      /** The witness with w[1][2] replaced by `nw` and every signal downstream recomputed. */
      const withWeight = (nw: number) => {
        const q: LmHeadParams = { ...params, w: [...params.w] };
        q.w[1 * D + 2] = nw;
        const e: Record<string, bigint> = { "main.lmHead_w[1][2]": BigInt(nw) };
        const acc = logits(xQ, q);
        for (let t = 0; t < T; t++) {
          e[`main.lmHead_logitAcc[${t}][1]`] = BigInt(acc[t][1]);
          for (let i = 0; i < D - 1; i++)
            e[`main.lmHead_head.dot[${t}][1].prod[${i}]`] = BigInt(xQ[t][i] * q.w[D + i]);
        }
        for (let b = 0; b < 8; b++)
          e[`main.lmHead_packW.range[${1 * D + 2}].bits[${b}]`] =
            (BigInt(nw + 128) >> BigInt(b)) & 1n;
        return c.o1.editWitness(w, e);
      };
      c.o1.expectConstraintPass(withWeight(params.w[D + 2])); // faithful recomputation
      c.o1.expectConstraintFail(withWeight(params.w[D + 2] + 1));
      c.o1.expectConstraintFail(withWeight(params.w[D + 2] - 3));
    });

    it("rejects an edited product or logit", async () => {
      const w = await c.o1.expectPass({ xQ: toInput(xs[1]), lmHead_w: toInput(priv.lmHead_w) });
      for (const name of ["main.lmHead_head.dot[0][0].prod[1]", "main.lmHead_logitAcc[1][2]"])
        c.o1.expectConstraintFail(c.o1.editWitness(w, { [name]: c.o1.read(w, name) + 1n }));
    });
  });

  describe("real gpt-nano-sort parameters (public weights, T = 11)", () => {
    it("the lmHead stage of intModelStages is bit-exact on a real input from intForward", async () => {
      const p = loadIntModel("models/gpt-nano-sort").params;
      const stage = intModelStages(p).find((s) => s.kind === "lmHead")!;
      const tr = intForward(p, sortContext([2, 0, 1, 1, 0, 2]));
      const c = await compileStage(
        "lmhead_real_public",
        [{ name: "xQ", shape: [11, p.dModel] }],
        (ctx) => stage.emitCircom!(ctx),
        { weights: "public", T: 11, id: "lmHead" },
      );
      expect(c.o2.constraintCount).to.equal(stage.constraints!(11, "public"));
      const w = await c.o1.expectPass({ xQ: toInput(tr.lnF.yQ) });
      expect(expectTraceSignals(c.o1, w, c.emission, tr.lmHead)).to.equal(11 * p.vocabSize);
    });
  });
});
