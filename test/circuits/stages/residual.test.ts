import { expect } from "chai";

import { bound, RESIDUAL_MAX } from "../../../src/stages/common.js";
import {
  emitResidual,
  quantizeResidual,
  residualConstraints,
  residualRef,
  residualWidths,
  type ResidualParams,
} from "../../../src/stages/residual.js";
import { stageId } from "../../../src/stages/emit.js";
import { intModelStages } from "../../../src/stages/model.js";
import { standaloneStageCircuit } from "../../../src/stages/standalone.js";
import { fixtures } from "../../stages/fixtures.js";
import type { Bound } from "../../../src/stages/common.js";
import type { CircuitTester } from "../harness.js";
import { compileStage, expectSignalsEqualTrace, randomInts, str } from "./standaloneHarness.js";

const T = 3;
const D = 4;
const ID = "res";
const R = RESIDUAL_MAX;

/**
 * Two small residual adds as the model has them: after attention (b int8 at one per-tensor
 * scale) and after the MLP (b a wide accumulator at per-channel scales). The calibration ranges
 * are small enough that the extreme inputs saturate both ends of ±RESIDUAL_MAX.
 */
const CASES: { name: string; p: ResidualParams; b: Bound }[] = [
  {
    name: "attention branch (int8 b)",
    p: quantizeResidual(0.002, [0.05, 0.05, 0.05, 0.05], 40),
    b: bound(-128n, 127n),
  },
  {
    name: "MLP branch (wide b, per-channel scales and shifts)",
    p: quantizeResidual(0.002, [1e-5, 0.004, 0.03, 2e-4], 50),
    b: bound(-(2n ** 14n), 2n ** 14n),
  },
];

function inputsFor(b: Bound): Record<string, { a: number[][]; b: number[][] }> {
  const bMin = Number(b.min);
  const bMax = Number(b.max);
  const full = (v: number) => Array.from({ length: T }, () => new Array<number>(D).fill(v));
  return {
    seeded: { a: randomInts(T, D, 11, -4000, 4000), b: randomInts(T, D, 12, bMin, bMax) },
    "seeded, full ranges": { a: randomInts(T, D, 13, -R, R), b: randomInts(T, D, 14, bMin, bMax) },
    zeros: { a: full(0), b: full(0) },
    "±RESIDUAL_MAX with the branch's extremes (both clamps)": {
      a: [
        [R, -R, R, -R],
        [R, R, -R, -R],
        [-R, 0, R, 1],
      ],
      b: [
        [bMax, bMin, bMin, bMax],
        [bMax, 0, bMin, 0],
        [bMin, bMax, 0, -1],
      ],
    },
  };
}

for (const { name, p, b } of CASES) {
  describe(`stage circuit: residual add, ${name} (circuits/lib/residual.circom)`, function () {
    this.timeout(600_000);
    const tag = name.startsWith("attention") ? "attn" : "mlp";
    const inputs = inputsFor(b);
    const gen = standaloneStageCircuit(
      "ResidualStage",
      [
        { name: "a", shape: [T, D] },
        { name: "b", shape: [T, D] },
      ],
      (ctx) => emitResidual(p, b, ctx),
      { weights: "public", T, id: ID },
    );
    const inputOf = (x: { a: number[][]; b: number[][] }) =>
      ({ a: str(x.a), b: str(x.b) }) as Record<string, string[][]>;
    let c: { o1: CircuitTester; o2: CircuitTester };
    before(async () => {
      c = await compileStage(`residual_${tag}`, gen);
    });

    it("sumAcc and outQ equal residualRef's trace on seeded and edge inputs", async () => {
      let compared = 0;
      for (const x of Object.values(inputs)) {
        const w = await c.o1.expectPass(inputOf(x));
        compared += expectSignalsEqualTrace(
          c.o1,
          w,
          gen.emission.signals,
          residualRef(p, x.a, x.b),
        );
      }
      expect(compared).to.equal(Object.keys(inputs).length * 2 * T * D);
      expect(gen.emission.output).to.equal(`${ID}_outQ`);
    });

    it("the edge inputs reach both clamps", () => {
      const x = inputs["±RESIDUAL_MAX with the branch's extremes (both clamps)"];
      const out = residualRef(p, x.a, x.b).outQ.flat();
      expect(out).to.include(R);
      expect(out).to.include(-R);
    });

    it("costs the formula's constraints at --O2 (both weights modes: no parameters to commit)", () => {
      expect(c.o2.constraintCount).to.equal(residualConstraints(p, b, T, "public"));
      expect(residualConstraints(p, b, T, "private")).to.equal(
        residualConstraints(p, b, T, "public"),
      );
      const priv = emitResidual(p, b, { weights: "private", T, id: ID, inputs: ["a", "b"] });
      expect(priv.privateInputs).to.deep.equal([]);
      expect(priv.commitment).to.equal(undefined);
      expect(priv.body).to.deep.equal(gen.emission.body);
    });

    it("rejects inputs outside their declared widths", async () => {
      const x = inputs.seeded;
      const w = residualWidths(p, b);
      const bad = (m: number[][], v: number) =>
        m.map((r, t) => r.map((u, j) => (t === 1 && j === 2 ? v : u)));
      await c.o1.expectFail(inputOf({ a: bad(x.a, 2 ** 15), b: x.b }), "Assert Failed");
      await c.o1.expectFail(inputOf({ a: bad(x.a, -(2 ** 15) - 1), b: x.b }), "Assert Failed");
      await c.o1.expectFail(inputOf({ a: x.a, b: bad(x.b, 2 ** (w.bBits - 1)) }), "Assert Failed");
      await c.o1.expectFail(
        inputOf({ a: x.a, b: bad(x.b, -(2 ** (w.bBits - 1)) - 1) }),
        "Assert Failed",
      );
    });

    describe("witness edits of every signal class violate a constraint", () => {
      let w: bigint[];
      const x = inputs["seeded, full ranges"];
      const o = "main.res_add.out[1][2]";
      before(async () => {
        w = await c.o1.expectPass(inputOf(x));
      });
      const edit = (e: Record<string, bigint>) => c.o1.expectConstraintFail(c.o1.editWitness(w, e));
      const read = (n: string) => c.o1.read(w, n);

      it("sumAcc and outQ (±1)", () => {
        for (const n of ["main.res_sumAcc[1][2]", "main.res_outQ[1][2]"]) {
          edit({ [n]: read(n) + 1n });
          edit({ [n]: read(n) - 1n });
        }
      });

      it("quotient, remainder, and a shift of 2^k between them", () => {
        const k = BigInt(p.shift[2]);
        const y = read(`${o}.y`);
        const rem = read(`${o}.rem`);
        edit({ [`${o}.y`]: y + 1n });
        edit({ [`${o}.rem`]: rem + 1n });
        edit({ [`${o}.y`]: y + 1n, [`${o}.rem`]: rem - (1n << k) });
        edit({ [`${o}.y`]: y - 1n, [`${o}.rem`]: rem + (1n << k) });
      });

      it("the clamp's internals", () => {
        for (const n of [
          `${o}.sat.capped`,
          `${o}.sat.pre`,
          `${o}.sat.atMin.out`,
          `${o}.sat.inRange.out`,
        ]) {
          const v = read(n);
          edit({ [n]: v + 1n });
          edit({ [n]: 1n - v });
        }
      });

      it("a saturated output cannot be replaced by the unclamped or a smaller value", async () => {
        const xs = inputs["±RESIDUAL_MAX with the branch's extremes (both clamps)"];
        const ws = await c.o1.expectPass(inputOf(xs));
        const out = residualRef(p, xs.a, xs.b).outQ;
        let tried = 0;
        out.forEach((row, t) =>
          row.forEach((v, j) => {
            if (Math.abs(v) !== R) return;
            tried++;
            const n = `main.res_outQ[${t}][${j}]`;
            const y = c.o1.read(ws, `main.res_add.out[${t}][${j}].y`);
            c.o1.expectConstraintFail(c.o1.editWitness(ws, { [n]: y }));
            c.o1.expectConstraintFail(c.o1.editWitness(ws, { [n]: BigInt(v > 0 ? R - 1 : 1 - R) }));
          }),
        );
        expect(tried).to.be.greaterThan(0);
      });
    });
  });
}

describe("stage circuit: residual add test configurations", () => {
  it("the emitter refuses a context without exactly two inputs", () => {
    const { p, b } = CASES[0];
    expect(() => emitResidual(p, b, { weights: "public", T, id: ID, inputs: ["a"] })).to.throw(
      "stages: residual: expected 2 inputs, got 1",
    );
  });

  it("the MLP case has different shifts and quotient widths per channel", () => {
    const { p, b } = CASES[1];
    expect(new Set(p.shift).size).to.be.greaterThan(1);
    expect(new Set(residualWidths(p, b).yBits).size).to.be.greaterThan(1);
  });
});

describe("stage circuit: residual add with inputs range-checked by the caller", function () {
  this.timeout(600_000);
  it("drops exactly the input checks", async () => {
    const { p, b } = CASES[0];
    const gen = standaloneStageCircuit(
      "ResidualStage",
      [
        { name: "a", shape: [T, D] },
        { name: "b", shape: [T, D] },
      ],
      (ctx) => emitResidual(p, b, ctx),
      { weights: "public", T, id: ID, inputsRangeChecked: true },
    );
    const c = await compileStage("residual_attn_checked", gen);
    expect(c.o2.constraintCount).to.equal(residualConstraints(p, b, T, "public", true));
    expect(residualConstraints(p, b, T, "public") - c.o2.constraintCount).to.equal(
      T * D * (16 + b.bits),
    );
  });
});

/** b's checked width of a real residual stage, from its emission's ResidualAdd parameters. */
function residualWidthsOf(stage: ReturnType<typeof intModelStages>[number]): { bBits: number } {
  const e = stage.emitCircom!({ weights: "public", T: 1, id: "x", inputs: ["a", "b"] });
  const m = /ResidualAdd\(.*, (\d+), (\d+)\);$/.exec(
    e.body.find((l) => l.includes("ResidualAdd("))!,
  );
  return { bBits: Number(m![2]) };
}

describe("stage circuit: residual adds of the real gpt-nano-sort (T = 11, D = 48)", function () {
  this.timeout(1_200_000);
  const { p, samples } = fixtures();
  const stages = intModelStages(p);
  for (const name of ["h0.attnResid", "h0.mlpResid"]) {
    describe(name, () => {
      const stage = stages.find((s) => s.name === name)!;
      const gen = standaloneStageCircuit(
        "RealResidualStage",
        [
          { name: "a", shape: [11, p.dModel] },
          { name: "b", shape: [11, p.dModel] },
        ],
        (ctx) => stage.emitCircom!(ctx),
        { weights: "public", T: 11, id: stageId(name) },
      );
      let c: { o1: CircuitTester; o2: CircuitTester };
      before(async () => {
        c = await compileStage(`residual_real_${stageId(name)}`, gen);
      });

      it("sumAcc and outQ equal intForward's trace on two real sort contexts", async () => {
        for (const s of [samples[3], samples[77]]) {
          const l = s.int.layers[0];
          const [a, b, tr] =
            name === "h0.attnResid"
              ? [s.int.embedding.x0Q, l.attention.outQ, l.attnResid]
              : [l.attnResid.outQ, l.mlp.outQ, l.mlpResid];
          const w = await c.o1.expectPass({ a: str(a), b: str(b) } as Record<string, string[][]>);
          expect(expectSignalsEqualTrace(c.o1, w, gen.emission.signals, tr)).to.equal(
            2 * 11 * p.dModel,
          );
        }
      });

      it("costs the stage's formula at --O2", () => {
        expect(c.o2.constraintCount).to.equal(stage.constraints!(11, "public"));
        // The stage passes inputsRangeChecked through (4th parameter): a's 16 + b's width.
        const bBits = name === "h0.attnResid" ? 8 : residualWidthsOf(stage).bBits;
        expect(
          stage.constraints!(11, "public") - stage.constraints!(11, "public", undefined, true),
        ).to.equal(11 * p.dModel * (16 + bBits));
      });
    });
  }
});
