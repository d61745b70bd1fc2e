import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import { breakdownTotal, layerBreakdown } from "../../src/circuit/constraints.js";
import { modelCommitment } from "../../src/circuit/commitments.js";
import {
  generateLayerCircuit,
  type MatmulMode,
  type WeightsMode,
} from "../../src/circuit/generator.js";
import { PUBLIC_SIGNALS } from "../../src/circuit/publicSignals.js";
import { calibratedSyntheticLayer, syntheticInput } from "../../src/circuit/synthetic.js";
import { circuitInput, pairIndex, publicSignalsFor } from "../../src/circuit/witness.js";
import { intAttention } from "../../src/quant/intAttention.js";
import type { QuantizedAttentionLayer } from "../../src/quant/types.js";

import { compileTester, expectNamedSignals, ROOT, type CircuitTester } from "./harness.js";

/**
 * Writes a generated tiny main under build/ (only when its content changed) and returns its path.
 * `matmul` is ignored when `weights` is `public` (the products are then linear).
 */
async function writeMain(
  name: string,
  p: QuantizedAttentionLayer,
  matmul: MatmulMode,
  weights: WeightsMode = "private",
): Promise<string> {
  const rel = `build/circuits/src/${name}.circom`;
  const file = path.join(ROOT, rel);
  const source = generateLayerCircuit(p, {
    source: `synthetic test layer ${name}`,
    templateName: "TinyLayer",
    matmul,
    weights,
  }).source;
  await mkdir(path.dirname(file), { recursive: true });
  const old = await readFile(file, "utf8").catch(() => "");
  if (old !== source) {
    await writeFile(`${file}.tmp`, source);
    await rename(`${file}.tmp`, file);
  }
  return rel;
}

const T = 3;
const D = 4;
const H = 2;
const SALT = 987654321n;
const BINDING = 0xc0ffeen;
const calibration = Array.from({ length: 4 }, (_, i) => syntheticInput(T, D, 500 + i, -60, 60));
const layer = calibratedSyntheticLayer(
  { dModel: D, nHead: H, blockSize: T, seed: 11 },
  calibration,
);

const full = (v: number) => Array.from({ length: T }, () => Array.from({ length: D }, () => v));
const EDGE_INPUTS: Record<string, number[][]> = {
  "identical tokens (every row's scores are equal)": full(33).map((r) =>
    r.map((_, i) => [33, -7, 90, 0][i]),
  ),
  "all inputs at the largest int8": full(127),
  "all inputs at the smallest int8": full(-128),
  "alternating extremes": [0, 1, 2].map((t) =>
    [0, 1, 2, 3].map((i) => ((t + i) % 2 === 0 ? 127 : -128)),
  ),
};

function inputFor(p: QuantizedAttentionLayer, x: number[][], weights: WeightsMode = "private") {
  const trace = intAttention(p, x);
  const pub = publicSignalsFor(p, trace, SALT, BINDING);
  return { trace, pub, input: circuitInput(p, pub, x, SALT, weights) };
}

/**
 * Witness signals of the attention steps (2-10) shared by both weights modes, by class, for the
 * soundness tests: one representative or two per class; `pair` is a flattened causal pair index.
 */
function attentionSignalClasses(pair: number): Record<string, string[]> {
  return {
    accumulators: [
      "main.qAcc[1][2]",
      "main.kAcc[0][3]",
      "main.vAcc[2][1]",
      `main.scoresRaw[${pair}]`,
      "main.av[2][1]",
      "main.outAcc[2][3]",
    ],
    quotients: [`main.scoresQ[${pair}]`, "main.outProj.req[2][3].y"],
    remainders: [
      "main.row_h1_t2.round[1].rem",
      "main.row_h1_t2.expC[1].rem",
      "main.row_h1_t2.norm.r[1]",
      "main.outProj.req[2][3].rem",
    ],
    "row max and deltas": ["main.rowMax[1][2]", `main.delta[${pair}]`],
    "exp values": [`main.exp[${pair}]`],
    sums: ["main.rowSum[1][2]"],
    probabilities: [`main.probs[${pair}]`],
    outputs: ["main.outQ[2][3]", "main.outQ[0][0]"],
  };
}

describe("attention layer circuit, direct matrix products, tiny configuration (T = 3, d_model = 4, 2 heads)", function () {
  let o1: CircuitTester;
  let o2: CircuitTester;
  before(async () => {
    const file = await writeMain("tiny_layer_direct", layer, "direct");
    o1 = await compileTester(file, 1);
    o2 = await compileTester(file, 2);
  });

  it("has the constraint count of its breakdown formula (--O2)", () => {
    const b = layerBreakdown(
      layer,
      generateLayerCircuit(layer, { source: "", templateName: "X" }).widths,
      "direct",
    );
    expect(o2.constraintCount).to.equal(breakdownTotal(b));
  });

  it("matches the integer reference on every named signal for random and extreme inputs", async () => {
    for (const x of [
      syntheticInput(T, D, 1),
      syntheticInput(T, D, 2),
      ...Object.values(EDGE_INPUTS),
    ]) {
      const { trace, input } = inputFor(layer, x);
      expectNamedSignals(o1, await o1.expectPass(input), trace);
    }
  });

  it("rejects edited accumulators and products", async () => {
    const w = await o1.expectPass(inputFor(layer, syntheticInput(T, D, 3)).input);
    for (const name of [
      "main.qAcc[1][2]",
      "main.vAcc[2][1]",
      "main.outAcc[2][3]",
      "main.projK.dot[1][0].prod[2]",
      "main.outProj.dot[2][1].prod[0]",
    ]) {
      o1.expectConstraintFail(o1.editWitness(w, { [name]: o1.read(w, name) + 1n }));
    }
  });
});

describe("attention layer circuit, Freivalds matrix products, tiny configuration (T = 3, d_model = 4, 2 heads)", function () {
  let o1: CircuitTester;
  let o2: CircuitTester;
  before(async () => {
    const file = await writeMain("tiny_layer", layer, "freivalds");
    o1 = await compileTester(file, 1);
    o2 = await compileTester(file, 2);
  });

  it("has the constraint count of its breakdown formula (--O2)", () => {
    const b = layerBreakdown(
      layer,
      generateLayerCircuit(layer, { source: "", templateName: "X" }).widths,
      "freivalds",
    );
    expect(o2.constraintCount).to.equal(breakdownTotal(b));
  });

  it("declares the public inputs first, in src/circuit/publicSignals.ts order", () => {
    expect(o1.r1cs.nPubIn).to.equal(PUBLIC_SIGNALS.length);
    expect(o1.r1cs.nPubOut).to.equal(0);
    PUBLIC_SIGNALS.forEach((name, i) => expect(o1.wire(`main.${name}`)).to.equal(i + 1));
  });

  it("matches the integer reference on every named signal for random inputs", async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { trace, input } = inputFor(layer, syntheticInput(T, D, seed));
      const w = await o1.expectPass(input);
      expect(expectNamedSignals(o1, w, trace)).to.be.greaterThan(100);
    }
  });

  for (const [name, x] of Object.entries(EDGE_INPUTS)) {
    it(`matches the integer reference on ${name}`, async () => {
      const { trace, input } = inputFor(layer, x);
      const w = await o1.expectPass(input);
      expectNamedSignals(o1, w, trace);
    });
  }

  it("has rows of equal scores in the identical-token case (probabilities split evenly)", () => {
    const trace = intAttention(
      layer,
      EDGE_INPUTS["identical tokens (every row's scores are equal)"],
    );
    expect(trace.delta.flat(2).every((d) => d === 0n)).to.equal(true);
    expect(trace.probs[0][2]).to.deep.equal([1365, 1365, 1365]);
  });

  it("accepts the same inputs in its --O2 build (the production setting), public inputs in wires 1..4", async () => {
    for (const x of [syntheticInput(T, D, 8), EDGE_INPUTS["all inputs at the smallest int8"]]) {
      const { pub, input } = inputFor(layer, x);
      const w = await o2.expectPass(input);
      PUBLIC_SIGNALS.forEach((name, i) => expect(w[i + 1], name).to.equal(pub[name]));
    }
  });

  it("accepts its public commitments, which equal the TypeScript ones", async () => {
    const { pub, input } = inputFor(layer, syntheticInput(T, D, 9));
    const w = await o1.expectPass(input);
    PUBLIC_SIGNALS.forEach((name) => expect(o1.read(w, `main.${name}`)).to.equal(pub[name]));
  });

  describe("soundness: editing any class of signal in a valid witness breaks a constraint", () => {
    let w: bigint[];
    before(async () => {
      w = await o1.expectPass(inputFor(layer, syntheticInput(T, D, 3)).input);
    });
    const pair = pairIndex(T, 1, 2, 1);
    const classes: Record<string, string[]> = {
      "private inputs": [
        "main.xQ[1][2]",
        "main.wq[2][3]",
        "main.wo[0][1]",
        "main.bk[3]",
        "main.bo[2]",
        "main.salt",
      ],
      ...attentionSignalClasses(pair),
      "commitment inputs and outputs": [
        "main.modelHash.hash.in[0]", // packed wq
        "main.modelHash.hash.in[5]", // packed bk
        "main.modelHash.hash.in[7]", // packed bo
        "main.inputHash.hash.in[0]", // packed xQ
        "main.outputHash.hash.in[0]", // packed outQ
        "main.modelCommitment",
        "main.inputCommitment",
        "main.outputCommitment",
      ],
      binding: ["main.binding", "main.bindingSquare"],
      "Freivalds challenge and its inputs": [
        "main.rho",
        "main.challenge.in[2]",
        "main.challenge.in[" + (2 + 3) + "]",
        "main.checkO.r[2]",
        "main.checkQ.u[1].prod[1]",
        "main.checkQ.lhs[0].out",
      ],
    };
    for (const [cls, names] of Object.entries(classes)) {
      it(`rejects edited ${cls}`, () => {
        for (const name of names) {
          o1.expectConstraintFail(o1.editWitness(w, { [name]: o1.read(w, name) + 1n }));
        }
      });
    }
  });

  describe("inputs outside their declared ranges are rejected", () => {
    const base = () => inputFor(layer, syntheticInput(T, D, 4));
    it("rejects an activation of 128", async () => {
      const { input } = base();
      (input.xQ as string[][])[1][2] = "128";
      await o1.expectFail(input, "RangeCheck");
    });
    it("rejects a weight of −129", async () => {
      const { input } = base();
      (input.wv as string[][])[0][3] = "-129";
      await o1.expectFail(input, "RangeCheck");
    });
    it("rejects a bias outside biasBits and an output bias outside outBiasBits", async () => {
      const a = base();
      (a.input.bq as string[])[1] = (1n << BigInt(layer.biasBits - 1)).toString();
      await o1.expectFail(a.input, "RangeCheck");
      const b = base();
      (b.input.bo as string[])[1] = (-(1n << BigInt(layer.outBiasBits - 1)) - 1n).toString();
      await o1.expectFail(b.input, "RangeCheck");
    });
    it("rejects a public commitment that does not match the private data", async () => {
      const { input } = base();
      input.outputCommitment = (BigInt(input.outputCommitment as string) + 1n).toString();
      await o1.expectFail(input, "Assert Failed");
    });
  });

  describe("saturation (the same layer with a 3-bit smaller output shift)", () => {
    const saturating = { ...layer, outShift: layer.outShift - 3 };
    let sat: CircuitTester;
    before(async () => {
      sat = await compileTester(
        await writeMain("tiny_layer_saturating", saturating, "freivalds"),
        1,
      );
    });
    it("clamps requantized outputs at 127 and −128 exactly like the reference", async () => {
      let high = 0;
      let low = 0;
      for (const x of [
        ...Object.values(EDGE_INPUTS),
        syntheticInput(T, D, 21),
        syntheticInput(T, D, 22),
      ]) {
        const { trace, input } = inputFor(saturating, x);
        const w = await sat.expectPass(input);
        expectNamedSignals(sat, w, trace);
        high += trace.outQ.flat().filter((v) => v === 127).length;
        low += trace.outQ.flat().filter((v) => v === -128).length;
      }
      expect(high, "outputs saturated at 127").to.be.greaterThan(0);
      expect(low, "outputs saturated at −128").to.be.greaterThan(0);
    });
  });
});

describe("attention layer circuit, public-weights mode (weights as constants), tiny configuration (T = 3, d_model = 4, 2 heads)", function () {
  const generated = generateLayerCircuit(layer, {
    source: "",
    templateName: "TinyLayer",
    weights: "public",
  });
  /** 1-based line of the compiled main where a statement starts (for circom's error lines). */
  const lineOf = (statement: string) => {
    const i = compiledSource.split("\n").findIndex((l) => l.trimStart().startsWith(statement));
    expect(i, `generated main has a line starting with ${statement}`).to.be.at.least(0);
    return i + 1;
  };
  /** circom's whole message for one failed `===` of the main template, at `line`. */
  const mainAssert = (line: number) =>
    new RegExp(`^Error: Assert Failed\\.\\nError in template TinyLayer_\\d+ line: ${line}\\n$`);
  // Another model of the same shape: same calibration, other weights.
  const other = calibratedSyntheticLayer(
    { dModel: D, nHead: H, blockSize: T, seed: 12 },
    calibration,
  );
  let file: string;
  let compiledSource: string;
  let o1: CircuitTester;
  let o2: CircuitTester;
  before(async () => {
    file = await writeMain("tiny_layer_public", layer, "freivalds", "public");
    compiledSource = await readFile(path.join(ROOT, file), "utf8");
    o1 = await compileTester(file, 1);
    o2 = await compileTester(file, 2);
  });

  it("has the constraint count of its breakdown formula (--O2)", () => {
    expect(generated.matmul).to.equal("constant");
    const b = layerBreakdown(layer, generated.widths, "constant");
    expect(o2.constraintCount).to.equal(breakdownTotal(b));
  });

  it("declares the public inputs first, in src/circuit/publicSignals.ts order, and has no weight signals", () => {
    for (const c of [o1, o2]) {
      expect(c.r1cs.nPubIn).to.equal(PUBLIC_SIGNALS.length);
      expect(c.r1cs.nPubOut).to.equal(0);
      PUBLIC_SIGNALS.forEach((name, i) => expect(c.wire(`main.${name}`)).to.equal(i + 1));
    }
    const weightSignals = [...o1.symbols.keys()].filter((n) => /^main\.[wb][qkvo]\b/.test(n));
    expect(weightSignals).to.deep.equal([]);
  });

  it("matches the integer reference on every named signal for random inputs", async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { trace, input } = inputFor(layer, syntheticInput(T, D, seed), "public");
      const w = await o1.expectPass(input);
      expect(expectNamedSignals(o1, w, trace)).to.be.greaterThan(100);
    }
  });

  for (const [name, x] of Object.entries(EDGE_INPUTS)) {
    it(`matches the integer reference on ${name}`, async () => {
      const { trace, input } = inputFor(layer, x, "public");
      expectNamedSignals(o1, await o1.expectPass(input), trace);
    });
  }

  it("accepts the same inputs in its --O2 build (the production setting), public inputs in wires 1..4 equal to the TypeScript ones", async () => {
    for (const x of [syntheticInput(T, D, 8), EDGE_INPUTS["all inputs at the smallest int8"]]) {
      const { pub, input } = inputFor(layer, x, "public");
      expect(pub.modelCommitment).to.equal(modelCommitment(layer));
      const w = await o2.expectPass(input);
      PUBLIC_SIGNALS.forEach((name, i) => expect(w[i + 1], name).to.equal(pub[name]));
    }
  });

  describe("soundness: editing any class of signal in a valid witness breaks a constraint", () => {
    let w: bigint[];
    before(async () => {
      w = await o1.expectPass(inputFor(layer, syntheticInput(T, D, 3), "public").input);
    });
    const pair = pairIndex(T, 1, 2, 1);
    const classes: Record<string, string[]> = {
      "private inputs": ["main.xQ[1][2]", "main.xQ[0][0]", "main.salt"],
      ...attentionSignalClasses(pair),
      "commitment sponge inputs and the commitments": [
        "main.inputHash.hash.in[0]", // packed xQ
        "main.outputHash.hash.in[0]", // packed outQ
        "main.modelCommitment",
        "main.inputCommitment",
        "main.outputCommitment",
      ],
      binding: ["main.binding", "main.bindingSquare"],
    };
    for (const [cls, names] of Object.entries(classes)) {
      it(`rejects edited ${cls}`, () => {
        for (const name of names) {
          o1.expectConstraintFail(o1.editWitness(w, { [name]: o1.read(w, name) + 1n }));
        }
      });
    }
  });

  describe("a proof for another model is impossible", () => {
    const x = syntheticInput(T, D, 6);
    it("the other layer is a different model (different weights and commitment)", () => {
      expect(other.wq).to.not.deep.equal(layer.wq);
      expect(modelCommitment(other)).to.not.equal(modelCommitment(layer));
    });

    it("rejects the other model's commitment at the pinned modelCommitment during witness generation", async () => {
      const { input } = inputFor(layer, x, "public");
      input.modelCommitment = modelCommitment(other).toString();
      expect(await o1.failureMessage(input)).to.match(mainAssert(lineOf("modelCommitment === ")));
    });

    it("rejects the other model's true commitments and outputs for the same input", async () => {
      const { trace, input } = inputFor(other, x, "public");
      expect(trace.outQ).to.not.deep.equal(intAttention(layer, x).outQ);
      expect(await o1.failureMessage(input)).to.match(mainAssert(lineOf("modelCommitment === ")));
    });

    it("rejects the other model's outputs claimed under this model's commitment", async () => {
      const { input } = inputFor(layer, x, "public");
      input.outputCommitment = inputFor(other, x, "public").input.outputCommitment;
      expect(await o1.failureMessage(input)).to.match(mainAssert(lineOf("outputCommitment === ")));
    });

    it("has no valid --O2 witness whose modelCommitment is the other model's", async () => {
      const w = await o2.expectPass(inputFor(layer, x, "public").input);
      o2.expectConstraintFail(
        o2.editWitness(w, { "main.modelCommitment": modelCommitment(other) }),
      );
    });
  });

  it("rejects an activation of 128 at the input commitment's range check", async () => {
    const { input } = inputFor(layer, syntheticInput(T, D, 4), "public");
    (input.xQ as string[][])[1][2] = "128";
    const message = await o1.failureMessage(input);
    expect(message).to.match(
      /^Error: Assert Failed\.\nError in template RangeCheck_\d+ line: \d+\n/,
    );
    expect(message).to.contain("Error in template InputCommitment_");
  });
});
