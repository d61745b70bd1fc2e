import { expect } from "chai";

import { bound } from "../../../src/stages/common.js";
import {
  embeddingCommitmentElements,
  embeddingConstraints,
  embeddingPrivateInputValues,
  embeddingRef,
  emitEmbedding,
  type EmbeddingParams,
} from "../../../src/stages/embedding.js";
import { stageId } from "../../../src/stages/emit.js";
import { intModelStages } from "../../../src/stages/model.js";
import { standaloneStageCircuit } from "../../../src/stages/standalone.js";
import { fixtures } from "../../stages/fixtures.js";
import type { CircuitTester } from "../harness.js";
import { compileStage, expectSignalsEqualTrace, randomInts, str } from "./standaloneHarness.js";

const T = 3;
const V = 3;
const D = 4;
const BLOCK = 5;
const ID = "emb";

/**
 * Small tables of seeded integers in a 14-bit signed range (the real model's are 15-bit), with
 * the two extreme values present so the declared width is exercised.
 */
function smallParams(): EmbeddingParams {
  const wteQ = randomInts(V, D, 21, -8000, 8000).flat();
  const wpeQ = randomInts(BLOCK, D, 22, -8000, 8000).flat();
  wteQ[1] = -8192;
  wpeQ[D + 2] = 8191;
  const all = [...wteQ, ...wpeQ];
  const tableBits = bound(BigInt(Math.min(...all)), BigInt(Math.max(...all))).bits;
  return { wteQ, wpeQ, tableBits, scale: 0.001 };
}
const P = smallParams();

const TOKENS: Record<string, number[]> = {
  "sort-like prompt": [2, 0, 1],
  "extreme token 0 everywhere": [0, 0, 0],
  "extreme token V−1 everywhere": [V - 1, V - 1, V - 1],
  "mixed extremes": [V - 1, 0, V - 1],
};

function circuit(weights: "public" | "private") {
  return standaloneStageCircuit(
    "EmbeddingStage",
    [{ name: "tokens", shape: [T] }],
    (ctx) => emitEmbedding(P, V, D, ctx),
    { weights, T, id: ID },
  );
}

describe("stage circuit: token + position embedding (circuits/lib/embedding.circom)", function () {
  this.timeout(600_000);

  it("the test tables reach their declared 14-bit width at both ends", () => {
    expect(P.tableBits).to.equal(14);
  });

  it("the emitter refuses T beyond the block size and a bad input count", () => {
    expect(() =>
      emitEmbedding(P, V, D, { weights: "public", T: BLOCK + 1, id: ID, inputs: ["tokens"] }),
    ).to.throw(`stages: embedding: T = ${BLOCK + 1} is not in 1 .. ${BLOCK} (block_size)`);
    expect(() => emitEmbedding(P, V, D, { weights: "public", T, id: ID, inputs: [] })).to.throw(
      "stages: embedding: expected 1 input, got 0",
    );
  });

  describe("public weights", () => {
    let c: { o1: CircuitTester; o2: CircuitTester };
    const gen = circuit("public");
    const input = (tokens: number[]) => ({ tokens: str(tokens) as string[] });
    before(async () => {
      c = await compileStage("embedding_public", gen);
    });

    it("tokQ, posQ, x0Q equal embeddingRef's trace (posQ is a constant: checked where it has a wire)", async () => {
      for (const tokens of Object.values(TOKENS)) {
        const w = await c.o1.expectPass(input(tokens));
        const n = expectSignalsEqualTrace(
          c.o1,
          w,
          gen.emission.signals,
          embeddingRef(P, tokens, D),
          (s) => s === `${ID}_posQ`,
        );
        // posQ is the constant wpe row: --O1 removes such signals; tokQ and x0Q are compared.
        expect(n).to.equal(2 * T * D);
      }
      expect(gen.emission.output).to.equal(`${ID}_x0Q`);
    });

    it("costs T·V constraints at --O2 (the formula)", () => {
      expect(c.o2.constraintCount).to.equal(embeddingConstraints(P, V, D, T, "public"));
      expect(c.o2.constraintCount).to.equal(T * V);
    });

    it("rejects a token outside [0, V)", async () => {
      await c.o1.expectFail(input([2, V, 1]), "Assert Failed");
      await c.o1.expectFail(input([2, -1, 1]), "Assert Failed");
      await c.o1.expectFail(input([2, 0, V + 7]), "Assert Failed");
    });

    describe("witness edits violate a constraint", () => {
      let w: bigint[];
      const tokens = TOKENS["sort-like prompt"];
      before(async () => {
        w = await c.o1.expectPass(input(tokens));
      });
      const bit = (t: number, v: number) => `main.${ID}_emb.sel[${t}].bits[${v}]`;
      const edit = (e: Record<string, bigint>) => c.o1.expectConstraintFail(c.o1.editWitness(w, e));

      it("one-hot bits: cleared, a second bit set, the set bit moved to another token", () => {
        edit({ [bit(0, 2)]: 0n });
        edit({ [bit(0, 0)]: 1n });
        edit({ [bit(0, 2)]: 0n, [bit(0, 1)]: 1n });
        edit({ [bit(1, 0)]: 0n, [bit(1, 2)]: 1n });
      });

      it("non-boolean selectors that keep both sums (½ on tokens 0 and 2 for token 1) fail booleanity", async () => {
        const w1 = await c.o1.expectPass(input([1, 1, 1]));
        const half = (c.o1.r1cs.prime + 1n) / 2n;
        c.o1.expectConstraintFail(
          c.o1.editWitness(w1, { [bit(0, 0)]: half, [bit(0, 1)]: 0n, [bit(0, 2)]: half }),
        );
      });

      it("the token (input) or the selected rows and output (±1)", () => {
        edit({ "main.tokens[0]": 1n });
        for (const n of [`main.${ID}_tokQ[1][2]`, `main.${ID}_x0Q[1][2]`, `main.${ID}_x0Q[2][3]`]) {
          edit({ [n]: c.o1.read(w, n) + 1n });
          edit({ [n]: c.o1.read(w, n) - 1n });
        }
      });
    });
  });

  describe("private weights", () => {
    let c: { o1: CircuitTester; o2: CircuitTester };
    const gen = circuit("private");
    const priv = embeddingPrivateInputValues(P, D, ID);
    const input = (tokens: number[], pv: Record<string, number[][]> = priv) => ({
      tokens: str(tokens) as string[],
      ...Object.fromEntries(Object.entries(pv).map(([k, v]) => [k, str(v) as string[][]])),
    });
    before(async () => {
      c = await compileStage("embedding_private", gen);
    });

    it("declares the whole tables as private inputs, in commitment order", () => {
      expect(gen.emission.privateInputs).to.deep.equal([
        { name: `${ID}_wte`, shape: [V, D] },
        { name: `${ID}_wpe`, shape: [BLOCK, D] },
      ]);
    });

    it("tokQ, posQ, x0Q equal the reference; the commitment equals commitmentElements()", async () => {
      const expected = embeddingCommitmentElements(P);
      expect(gen.emission.commitment).to.deep.equal({
        signal: `${ID}_commitment`,
        length: expected.length,
      });
      for (const tokens of Object.values(TOKENS)) {
        const w = await c.o1.expectPass(input(tokens));
        // --O1 merges posQ[t] with the private input wpe[t] it equals (one wire, one name), so
        // posQ is compared through the input it aliases.
        const tr = embeddingRef(P, tokens, D);
        expect(
          expectSignalsEqualTrace(c.o1, w, gen.emission.signals, tr, (s) => s === `${ID}_posQ`),
        ).to.equal(2 * T * D);
        tr.posQ.forEach((row, t) =>
          row.forEach((v, i) =>
            expect(c.o1.read(w, `main.${ID}_wpe[${t}][${i}]`)).to.equal(
              BigInt(v) + (v < 0 ? c.o1.r1cs.prime : 0n),
            ),
          ),
        );
        expect(expected.map((_, e) => c.o1.read(w, `main.${ID}_commitment[${e}]`))).to.deep.equal(
          expected,
        );
      }
    });

    it("costs the formula's constraints at --O2", () => {
      expect(c.o2.constraintCount).to.equal(embeddingConstraints(P, V, D, T, "private"));
    });

    it("an edited private table entry with the commitment unchanged violates a constraint", async () => {
      const w = await c.o1.expectPass(input([2, 0, 1]));
      for (const n of [`main.${ID}_wte[2][1]`, `main.${ID}_wpe[1][3]`, `main.${ID}_wpe[4][0]`]) {
        c.o1.expectConstraintFail(c.o1.editWitness(w, { [n]: c.o1.read(w, n) + 1n }));
      }
    });

    it("edits of the selection products and one-hot bits violate a constraint", async () => {
      const w = await c.o1.expectPass(input([2, 0, 1]));
      const prod = `main.${ID}_emb.prod[0][1][2]`;
      c.o1.expectConstraintFail(c.o1.editWitness(w, { [prod]: c.o1.read(w, prod) + 1n }));
      c.o1.expectConstraintFail(
        c.o1.editWitness(w, {
          [`main.${ID}_emb.sel[0].bits[2]`]: 0n,
          [`main.${ID}_emb.sel[0].bits[1]`]: 1n,
        }),
      );
    });

    it("rejects a token outside [0, V) and a table entry outside tableBits", async () => {
      await c.o1.expectFail(input([V, 0, 1]), "Assert Failed");
      const wte = priv[`${ID}_wte`].map((r) => [...r]);
      wte[0][0] = 2 ** (P.tableBits - 1);
      await c.o1.expectFail(input([2, 0, 1], { ...priv, [`${ID}_wte`]: wte }), "Assert Failed");
    });
  });
});

describe("stage circuit: the real gpt-nano-sort embedding (T = 11, V = 3, D = 48)", function () {
  this.timeout(1_200_000);
  const { p, samples } = fixtures();
  const stage = intModelStages(p).find((s) => s.kind === "embedding")!;
  for (const weights of ["public", "private"] as const) {
    describe(`${weights} weights`, () => {
      const gen = standaloneStageCircuit(
        "RealEmbeddingStage",
        [{ name: "tokens", shape: [11] }],
        (ctx) => stage.emitCircom!(ctx),
        { weights, T: 11, id: stageId(stage.name) },
      );
      const pv =
        weights === "private"
          ? Object.fromEntries(
              Object.entries(stage.privateInputValues!()).map(([k, v]) => [
                k,
                str(v as number[][]) as string[][],
              ]),
            )
          : {};
      let c: { o1: CircuitTester; o2: CircuitTester };
      before(async () => {
        c = await compileStage(`embedding_real_${weights}`, gen);
      });

      it("x0Q equals intForward's embedding on three real sort contexts (and the commitment its elements)", async () => {
        for (const s of [samples[0], samples[40], samples[104]]) {
          const w = await c.o1.expectPass({ tokens: str(s.tokens) as string[], ...pv });
          const tr = s.int.embedding;
          const x0 = tr.x0Q.flatMap((row, t) =>
            row.map((_, i) => c.o1.read(w, `main.embedding_x0Q[${t}][${i}]`)),
          );
          const prime = c.o1.r1cs.prime;
          expect(x0).to.deep.equal(tr.x0Q.flat().map((v) => (BigInt(v) + prime) % prime));
          if (weights === "private") {
            const e = stage.commitmentElements();
            expect(e.map((_, k) => c.o1.read(w, `main.embedding_commitment[${k}]`))).to.deep.equal(
              e,
            );
          }
        }
      });

      it("costs the stage's formula at --O2", () => {
        expect(c.o2.constraintCount).to.equal(stage.constraints!(11, weights));
      });
    });
  }
});
