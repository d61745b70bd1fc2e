import { expect } from "chai";

import { RESIDUAL_MAX } from "../../../src/stages/common.js";
import { stageId } from "../../../src/stages/emit.js";
import {
  emitLayerNorm,
  layerNormCommitmentElements,
  layerNormConstraints,
  layerNormPrivateInputValues,
  layerNormRef,
  layerNormWidths,
  quantizeLayerNorm,
  type LayerNormParams,
} from "../../../src/stages/layerNorm.js";
import { intModelStages } from "../../../src/stages/model.js";
import { standaloneStageCircuit } from "../../../src/stages/standalone.js";
import { fixtures } from "../../stages/fixtures.js";
import type { CircuitTester } from "../harness.js";
import {
  compileStage,
  expectSignalsEqualTrace,
  randomInts,
  rng,
  str,
} from "./standaloneHarness.js";

const T = 3;
const D = 4;
const ID = "ln";

/** A small LayerNorm from seeded float γ, β (γ around 1, β around 0) at realistic scales. */
function smallParams(seed: number): LayerNormParams {
  const r = rng(seed);
  const weight = Float64Array.from({ length: D }, () => 0.5 + r());
  const bias = Float64Array.from({ length: D }, () => r() - 0.5);
  return quantizeLayerNorm(
    { weight: { shape: [D], data: weight }, bias: { shape: [D], data: bias } },
    0.002,
    [0.006, 0.009, 0.015, 0.004],
  );
}

const P = smallParams(7);
const R = RESIDUAL_MAX;

/** Seeded rows plus the edge rows of the brief: ±RESIDUAL_MAX, an all-equal row (variance 0). */
const INPUTS: Record<string, number[][]> = {
  "seeded, small magnitudes": randomInts(T, D, 1, -300, 300),
  "seeded, full residual range": randomInts(T, D, 2, -R, R),
  "seeded, mixed": randomInts(T, D, 3, -5000, 9000),
  "all-equal rows (variance 0: the epsQ path)": [
    [5, 5, 5, 5],
    [-R, -R, -R, -R],
    [0, 0, 0, 0],
  ],
  "±RESIDUAL_MAX extremes": [
    [R, -R, R, -R],
    [R, R, R, -R],
    [-R, 0, 0, 0],
  ],
};

function inputOf(x: number[][]) {
  return { x: str(x) } as Record<string, string[][]>;
}

function circuit(weights: "public" | "private", inputsRangeChecked = false) {
  return standaloneStageCircuit(
    "LayerNormStage",
    [{ name: "x", shape: [T, D] }],
    (ctx) => emitLayerNorm(P, ctx),
    { weights, T, id: ID, inputsRangeChecked },
  );
}

describe("stage circuit: LayerNorm (circuits/lib/layernorm.circom)", function () {
  this.timeout(600_000);

  it("the emitter refuses a context without exactly one input", () => {
    expect(() => emitLayerNorm(P, { weights: "public", T, id: ID, inputs: [] })).to.throw(
      "stages: layerNorm: expected 1 input, got 0",
    );
  });

  describe("public weights", () => {
    let c: { o1: CircuitTester; o2: CircuitTester };
    const gen = circuit("public");
    before(async () => {
      c = await compileStage("layerNorm_public", gen);
    });

    it("every named intermediate equals layerNormRef's trace, on seeded and edge inputs", async () => {
      let compared = 0;
      for (const [label, x] of Object.entries(INPUTS)) {
        const tr = layerNormRef(P, x);
        const w = await c.o1.expectPass(inputOf(x));
        compared += expectSignalsEqualTrace(c.o1, w, gen.emission.signals, tr);
        expect(gen.emission.output, label).to.equal(`${ID}_yQ`);
      }
      expect(compared).to.equal(Object.keys(INPUTS).length * T * (4 + 3 * D));
    });

    it("the variance-0 row takes the epsQ path: varQ = epsQ, sd = isqrt(epsQ)", () => {
      const tr = layerNormRef(P, INPUTS["all-equal rows (variance 0: the epsQ path)"]);
      expect(tr.varQ[0]).to.equal(BigInt(P.epsQ));
      expect(tr.centered[0]).to.deep.equal([0, 0, 0, 0]);
    });

    it("costs the formula's constraints at --O2", () => {
      expect(c.o2.constraintCount).to.equal(layerNormConstraints(P, T, "public"));
    });

    it("the edge inputs reach both clamps (so the saturation path is exercised)", () => {
      const yQ = Object.values(INPUTS).flatMap((x) => layerNormRef(P, x).yQ.flat());
      expect(yQ).to.include(127);
      expect(yQ).to.include(-127);
    });

    it("rejects an input outside the 16-bit residual width", async () => {
      const x = INPUTS["seeded, small magnitudes"].map((r) => [...r]);
      x[1][2] = 2 ** 15;
      await c.o1.expectFail(inputOf(x), "Assert Failed");
      x[1][2] = -(2 ** 15) - 1;
      await c.o1.expectFail(inputOf(x), "Assert Failed");
    });

    describe("witness edits of every signal class violate a constraint", () => {
      let w: bigint[];
      const x = INPUTS["seeded, full residual range"];
      const tr = layerNormRef(P, x);
      const K = BigInt(P.invShift);
      const n = BigInt(P.invShift + 16);
      const s = "main.ln_ln.stats[1]";
      const o = "main.ln_ln.out[1][2]";
      before(async () => {
        w = await c.o1.expectPass(inputOf(x));
      });
      const edit = (e: Record<string, bigint>) => c.o1.expectConstraintFail(c.o1.editWitness(w, e));
      const read = (name: string) => c.o1.read(w, name);

      it("named intermediates: sumX, centered, varQ, yAcc, yQ (±1)", () => {
        for (const name of [
          "main.ln_sumX[1]",
          "main.ln_centered[1][2]",
          "main.ln_varQ[1]",
          "main.ln_yAcc[1][2]",
          "main.ln_yQ[1][2]",
          `${s}.sq[2]`,
          "main.ln_ln.prod[1][2]",
        ]) {
          edit({ [name]: read(name) + 1n });
          edit({ [name]: read(name) - 1n });
        }
      });

      it("sd ± 1, alone and with sd², lo, hi recomputed consistently", () => {
        const sd = tr.sd[1];
        expect(read("main.ln_sd[1]")).to.equal(sd);
        for (const d of [1n, -1n]) {
          const sd2 = sd + d;
          edit({ "main.ln_sd[1]": sd2 });
          const lo = tr.varQ[1] - sd2 * sd2;
          edit({
            "main.ln_sd[1]": sd2,
            [`${s}.s2`]: sd2 * sd2,
            [`${s}.lo`]: lo,
            [`${s}.hi`]: 2n * sd2 - lo,
          });
        }
      });

      it("invSd ± 1, alone and with the remainder recomputed (2^K = invSd·sd + r)", () => {
        const inv = tr.invSd[1];
        for (const d of [1n, -1n]) {
          edit({ "main.ln_invSd[1]": inv + d });
          edit({
            "main.ln_invSd[1]": inv + d,
            [`${s}.r`]: (1n << K) - (inv + d) * tr.sd[1],
          });
        }
      });

      it("the isqrt and division hints lo, hi, r, s2 (±1)", () => {
        for (const name of [`${s}.lo`, `${s}.hi`, `${s}.r`, `${s}.s2`]) {
          edit({ [name]: read(name) + 1n });
          edit({ [name]: read(name) - 1n });
        }
      });

      it("a bit of every range check (sd, lo, hi, r, sd − 1 − r, invSd, rem, the quotient)", () => {
        for (const name of [
          `${s}.sdRange.bits[0]`,
          `${s}.loRange.bits[0]`,
          `${s}.hiRange.bits[0]`,
          `${s}.rRange.bits[0]`,
          `${s}.rBelow.bits[0]`,
          `${s}.invRange.bits[0]`,
          `${o}.remRange.bits[5]`,
          `${o}.sat.yb.out[0]`,
        ]) {
          edit({ [name]: 1n - read(name) });
          edit({ [name]: 2n });
        }
      });

      it("output rounding: quotient, remainder, and a shift of 2^(K+g) between them", () => {
        const y = read(`${o}.y`);
        const rem = read(`${o}.rem`);
        edit({ [`${o}.y`]: y + 1n });
        edit({ [`${o}.rem`]: rem + 1n });
        edit({ [`${o}.y`]: y + 1n, [`${o}.rem`]: rem - (1n << n) });
        edit({ [`${o}.y`]: y - 1n, [`${o}.rem`]: rem + (1n << n) });
      });

      it("the clamp's internals: capped, pre, both IsZero outputs", () => {
        for (const name of [
          `${o}.sat.capped`,
          `${o}.sat.pre`,
          `${o}.sat.atMin.out`,
          `${o}.sat.inRange.out`,
        ]) {
          const v = read(name);
          edit({ [name]: v + 1n });
          edit({ [name]: 1n - v });
        }
      });

      it("a saturated output cannot be replaced by an unsaturated one", async () => {
        const xs = INPUTS["±RESIDUAL_MAX extremes"];
        const ws = await c.o1.expectPass(inputOf(xs));
        const ys = layerNormRef(P, xs).yQ;
        let tried = 0;
        ys.forEach((row, t) =>
          row.forEach((v, i) => {
            if (Math.abs(v) !== 127) return;
            tried++;
            const name = `main.ln_yQ[${t}][${i}]`;
            c.o1.expectConstraintFail(c.o1.editWitness(ws, { [name]: BigInt(v > 0 ? 126 : -126) }));
            c.o1.expectConstraintFail(
              c.o1.editWitness(ws, {
                [name]: BigInt(v > 0 ? 126 : -126),
                [`main.ln_ln.out[${t}][${i}].sat.pre`]: BigInt(v > 0 ? 126 : -126),
              }),
            );
          }),
        );
        expect(tried).to.be.greaterThan(0);
      });
    });
  });

  describe("inputs range-checked by the caller (ctx.inputsRangeChecked)", () => {
    it("drops exactly the D·16 input checks per row and still matches the reference", async () => {
      const gen = circuit("public", true);
      const c = await compileStage("layerNorm_public_checked", gen);
      expect(c.o2.constraintCount).to.equal(layerNormConstraints(P, T, "public", true));
      expect(layerNormConstraints(P, T, "public") - c.o2.constraintCount).to.equal(T * D * 16);
      const x = INPUTS["seeded, mixed"];
      const w = await c.o1.expectPass(inputOf(x));
      expectSignalsEqualTrace(c.o1, w, gen.emission.signals, layerNormRef(P, x));
    });
  });

  describe("private weights", () => {
    let c: { o1: CircuitTester; o2: CircuitTester };
    const gen = circuit("private");
    const priv = layerNormPrivateInputValues(P, ID);
    const input = (x: number[][], pv: Record<string, number[]> = priv) => ({
      ...inputOf(x),
      ...Object.fromEntries(Object.entries(pv).map(([k, v]) => [k, str(v) as string[]])),
    });
    before(async () => {
      c = await compileStage("layerNorm_private", gen);
    });

    it("declares gammaQ and betaQ as private inputs, in commitment order", () => {
      expect(gen.emission.privateInputs).to.deep.equal([
        { name: "ln_gammaQ", shape: [D] },
        { name: "ln_betaQ", shape: [D] },
      ]);
    });

    it("every named intermediate equals the reference; the commitment equals commitmentElements()", async () => {
      const expected = layerNormCommitmentElements(P);
      expect(gen.emission.commitment).to.deep.equal({
        signal: "ln_commitment",
        length: expected.length,
      });
      for (const x of Object.values(INPUTS)) {
        const w = await c.o1.expectPass(input(x));
        expectSignalsEqualTrace(c.o1, w, gen.emission.signals, layerNormRef(P, x));
        expect(expected.map((_, e) => c.o1.read(w, `main.ln_commitment[${e}]`))).to.deep.equal(
          expected,
        );
      }
    });

    it("costs the formula's constraints at --O2", () => {
      expect(c.o2.constraintCount).to.equal(layerNormConstraints(P, T, "private"));
      expect(layerNormWidths(P, "private").yBits).to.be.at.least(
        layerNormWidths(P, "public").yBits,
      );
    });

    it("an edited private gammaQ or betaQ with the commitment unchanged violates a constraint", async () => {
      const x = INPUTS["seeded, mixed"];
      const w = await c.o1.expectPass(input(x));
      for (const name of ["main.ln_gammaQ[2]", "main.ln_betaQ[0]"]) {
        c.o1.expectConstraintFail(c.o1.editWitness(w, { [name]: c.o1.read(w, name) + 1n }));
      }
    });

    it("another gammaQ gives another commitment (the commitment binds the weights)", async () => {
      const x = INPUTS["seeded, mixed"];
      const g = [...P.gammaQ];
      g[1] += 1;
      const w = await c.o1.expectPass(input(x, { ...priv, ln_gammaQ: g }));
      const expected = layerNormCommitmentElements({ ...P, gammaQ: g });
      expect(expected).to.not.deep.equal(layerNormCommitmentElements(P));
      expect(expected.map((_, e) => c.o1.read(w, `main.ln_commitment[${e}]`))).to.deep.equal(
        expected,
      );
    });

    it("rejects a private gammaQ outside its declared width", async () => {
      const g = [...P.gammaQ];
      g[0] = 2 ** (P.gammaBits - 1);
      await c.o1.expectFail(
        input(INPUTS["seeded, mixed"], { ...priv, ln_gammaQ: g }),
        "Assert Failed",
      );
    });
  });
});

describe("stage circuit: LayerNorm on the real gpt-nano-sort h0.ln1 (T = 11, D = 48, public weights)", function () {
  this.timeout(1_200_000);
  const { p, samples } = fixtures();
  const stage = intModelStages(p).find((s) => s.name === "h0.ln1")!;
  const T11 = 11;
  const gen = standaloneStageCircuit(
    "RealLayerNormStage",
    [{ name: "x", shape: [T11, p.dModel] }],
    (ctx) => stage.emitCircom!(ctx),
    { weights: "public", T: T11, id: stageId(stage.name) },
  );
  let c: { o1: CircuitTester; o2: CircuitTester };
  before(async () => {
    c = await compileStage("layerNorm_real_h0_ln1", gen);
  });

  it("every named intermediate equals intForward's h0.ln1 trace on three real sort contexts", async () => {
    for (const s of [samples[0], samples[50], samples[104]]) {
      expect(s.tokens.length).to.equal(T11);
      const w = await c.o1.expectPass({ x: str(s.int.embedding.x0Q) as string[][] });
      const n = expectSignalsEqualTrace(c.o1, w, gen.emission.signals, s.int.layers[0].ln1);
      expect(n).to.equal(T11 * (4 + 3 * p.dModel));
    }
  });

  it("costs the stage's formula at --O2", () => {
    expect(c.o2.constraintCount).to.equal(stage.constraints!(T11, "public"));
    // The stage passes inputsRangeChecked through (4th parameter): D·16 input checks per row.
    expect(
      stage.constraints!(T11, "public") - stage.constraints!(T11, "public", undefined, true),
    ).to.equal(T11 * p.dModel * 16);
  });
});

describe("stage circuit: LayerNorm on the real gpt-nano-sort h0.ln1 (T = 11, D = 48, private weights)", function () {
  this.timeout(1_200_000);
  const { p, samples } = fixtures();
  const stage = intModelStages(p).find((s) => s.name === "h0.ln1")!;
  const gen = standaloneStageCircuit(
    "RealLayerNormPrivateStage",
    [{ name: "x", shape: [11, p.dModel] }],
    (ctx) => stage.emitCircom!(ctx),
    { weights: "private", T: 11, id: stageId(stage.name) },
  );
  const pv = Object.fromEntries(
    Object.entries(stage.privateInputValues!()).map(([k, v]) => [
      k,
      str(v as number[]) as string[],
    ]),
  );
  let c: { o1: CircuitTester; o2: CircuitTester };
  before(async () => {
    c = await compileStage("layerNorm_real_h0_ln1_private", gen);
  });

  it("equals intForward's h0.ln1 trace; its commitment array equals the stage's commitmentElements()", async () => {
    const s = samples[60];
    const w = await c.o1.expectPass({ x: str(s.int.embedding.x0Q) as string[][], ...pv });
    expectSignalsEqualTrace(c.o1, w, gen.emission.signals, s.int.layers[0].ln1);
    const e = stage.commitmentElements();
    expect(e.map((_, k) => c.o1.read(w, `main.h0_ln1_commitment[${k}]`))).to.deep.equal(e);
  });

  it("costs the stage's formula at --O2", () => {
    expect(c.o2.constraintCount).to.equal(stage.constraints!(11, "private"));
  });
});
