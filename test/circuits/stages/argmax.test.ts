import { expect } from "chai";

import { randomInt, seededRandom } from "../../../src/circuit/synthetic.js";
import {
  argmaxConstraints,
  argmaxGapBits,
  argmaxStageRef,
  emitArgmax,
  type ArgmaxParams,
} from "../../../src/stages/argmax.js";

import {
  argmaxClaimEdits,
  compileStage,
  expectTraceSignals,
  type CompiledStage,
} from "./stageHarness.js";

// Small configuration: V = 3, T = 5, P = 3 (G = 3 checked positions), |logit| ≤ 1000.
const V = 3;
const T = 5;
const P = 3;
const G = T - P + 1;
const L = 1000;
const params: ArgmaxParams = {
  vocabSize: V,
  tieRule: "lowest index",
  logitMax: { public: L, private: L },
};
const inputs = [
  { name: "logits", shape: [T, V] },
  { name: "tokens", shape: [T] },
];

/** Lowest-index argmax written out independently of src/stages/argmax.ts. */
function firstMax(row: readonly number[]): number {
  const m = Math.max(...row);
  return row.indexOf(m);
}

/** Tokens consistent with greedy decoding of `logits` (random prompt tokens). */
function greedyTokens(logits: number[][], rand: () => number): number[] {
  const tokens = Array.from({ length: P }, () => randomInt(rand, 0, V - 1));
  for (let t = P - 1; t < T - 1; t++) tokens.push(firstMax(logits[t]));
  return tokens;
}

/** generated[g] for g < G − 1 is constrained equal to the input tokens[P + g]: --O1 merges the wires. */
const aliases = Object.fromEntries(
  Array.from({ length: G - 1 }, (_, g) => [`main.argmax_generated[${g}]`, `main.tokens[${P + g}]`]),
);
const gen = (g: number) => aliases[`main.argmax_generated[${g}]`] ?? `main.argmax_generated[${g}]`;

const input = (logits: number[][], tokens: number[]) => ({
  logits: logits.map((r) => r.map(String)),
  tokens: tokens.map(String),
});

describe("stage circuit: argmax and the greedy-decoding check (circuits/lib/argmax.circom)", function () {
  this.timeout(600_000);
  let c: CompiledStage;
  const dBits = argmaxGapBits(params, "public");

  before(async () => {
    c = await compileStage("argmax_small", inputs, (ctx) => emitArgmax(params, ctx), {
      weights: "public",
      T,
      id: "argmax",
      promptLength: P,
    });
  });

  it("constraint count equals G·V·(2 + dBits)", () => {
    expect(dBits).to.equal(11); // 2·1000 < 2^11
    expect(c.o2.constraintCount).to.equal(argmaxConstraints(params, T, "public", P));
    expect(c.o2.constraintCount).to.equal(G * V * (2 + dBits));
  });

  // Seeded rows plus edge cases: ties everywhere, ties of two at different places, ±L.
  const rand = seededRandom(11);
  const cases: number[][][] = Array.from({ length: 6 }, () =>
    Array.from({ length: T }, () => Array.from({ length: V }, () => randomInt(rand, -L, L))),
  );
  cases.push(
    Array.from({ length: T }, () => [7, 7, 7]),
    [
      [1, 5, 5],
      [5, 5, 1],
      [5, 1, 5],
      [-3, -3, -4],
      [0, 2, 2],
    ],
    [
      [L, -L, L],
      [-L, L, L],
      [-L, -L, -L],
      [L, -L, -L],
      [-L, -L, L],
    ],
  );

  it("bit-exact: oneHot, gap, best and generated equal the reference on seeded rows, ties and ±L", async () => {
    let compared = 0;
    for (const logits of cases) {
      const tokens = greedyTokens(logits, rand);
      const ref = argmaxStageRef(logits, tokens, P);
      expect(ref.consistent).to.equal(true);
      // The generated tokens are the first maxima, written out independently.
      expect(ref.generated).to.deep.equal(logits.slice(P - 1).map(firstMax));
      const w = await c.o1.expectPass(input(logits, tokens));
      compared += expectTraceSignals(
        c.o1,
        w,
        c.emission,
        ref as unknown as Record<string, unknown>,
        aliases,
      );
    }
    expect(compared).to.equal(cases.length * (2 * G * V + 2 * G));
  });

  it("generated tokens that are not the greedy ones cannot be proven", async () => {
    const logits = cases[0];
    const tokens = greedyTokens(logits, rand);
    for (let t = P; t < T; t++) {
      const bad = [...tokens];
      bad[t] = (bad[t] + 1) % V;
      await c.o1.expectFail(input(logits, bad), "Assert Failed");
    }
    // A token outside the vocabulary at a checked position cannot be proven either.
    const out = [...tokens];
    out[P] = V;
    await c.o1.expectFail(input(logits, out), "Assert Failed");
  });

  /** A copy of a valid witness in which row g claims index b (stageHarness `argmaxClaimEdits`). */
  const claim = (w: readonly bigint[], logits: number[][], g: number, b: number): bigint[] =>
    c.o1.editWitness(w, argmaxClaimEdits(logits[P - 1 + g], g, b, dBits, gen(g)));

  it("an argmax claimed for a non-maximal token fails, also with every derived signal recomputed", async () => {
    // Last row (g = G − 1, no token check): logits [−L, −L, L] → argmax 2.
    const logits = cases[cases.length - 1];
    const tokens = greedyTokens(logits, rand);
    const w = await c.o1.expectPass(input(logits, tokens));
    c.o1.expectConstraintPass(claim(w, logits, G - 1, 2)); // the recomputation is faithful
    c.o1.expectConstraintFail(claim(w, logits, G - 1, 0));
    c.o1.expectConstraintFail(claim(w, logits, G - 1, 1));
  });

  it("a tie claimed for the higher index fails (lowest-index rule)", async () => {
    const logits = cases[cases.length - 2]; // rows 2..4: [5,1,5], [-3,-3,-4], [0,2,2]
    const tokens = greedyTokens(logits, rand);
    const w = await c.o1.expectPass(input(logits, tokens));
    c.o1.expectConstraintPass(claim(w, logits, 2, 1));
    c.o1.expectConstraintFail(claim(w, logits, 2, 2)); // [0, 2, 2]: 1, not 2
    c.o1.expectConstraintPass(claim(w, logits, 0, 0));
    c.o1.expectConstraintFail(claim(w, logits, 0, 2)); // [5, 1, 5]: 0, not 2
  });

  it("rejects an edit of every signal class: one-hot bits, best, products, gaps, gap bits, generated", async () => {
    const logits = cases[1];
    const tokens = greedyTokens(logits, rand);
    const w = await c.o1.expectPass(input(logits, tokens));
    const names = [
      "main.argmax_oneHot[0][0]",
      "main.argmax_oneHot[2][1]",
      "main.argmax_best[1]",
      "main.argmax_row[1].prod[0]",
      "main.argmax_row[1].prod[1]",
      "main.argmax_gap[0][2]",
      "main.argmax_row[2].gapRange[1].bits[0]",
      "main.argmax_row[2].gapRange[1].bits[10]",
      gen(0), // = the input token tokens[P]
      gen(2),
    ];
    for (const name of names) {
      for (const delta of [1n, -1n]) {
        const edited = c.o1.editWitness(w, { [name]: c.o1.read(w, name) + delta });
        expect(() => c.o1.expectConstraintFail(edited), name).to.not.throw();
      }
    }
  });

  it("the emitter requires a prompt length in 1..T and the stage inputs [logits, tokens]", () => {
    const ctx = { weights: "public" as const, T, id: "a", inputs: ["l", "t"] };
    expect(() => emitArgmax(params, ctx)).to.throw(/promptLength/);
    expect(() => emitArgmax(params, { ...ctx, promptLength: T + 1 })).to.throw(/promptLength/);
    expect(() => emitArgmax(params, { ...ctx, promptLength: 2, inputs: ["l"] })).to.throw(/inputs/);
  });
});
