/**
 * Segment circuits (src/circuit/segments.ts, src/circuit/modelGenerator.ts) on the TINY model of
 * test/circuits/modelHarness.ts cut twice, after h0.attnResid and h0.mlpResid: segment 1 =
 * embedding .. h0.attnResid, segment 2 = h0.ln2 .. h0.mlpResid (tokens pass through), segment 3 =
 * lnF .. argmax; T = 3, prompt 2, generated 2. Expected values come from the integer reference
 * (generateGreedyInt / intForward), never from the circuits.
 */
import { expect } from "chai";

import {
  generatedOutput,
  modelCommitmentOfStages,
  promptCommitment,
} from "../../src/circuit/commitments.js";
import {
  generateModelCircuit,
  modelConstraintBreakdown,
  type GeneratedModelCircuit,
} from "../../src/circuit/modelGenerator.js";
import {
  modelNamedSignals,
  modelWitnessInput,
  segmentWitnessInputs,
} from "../../src/circuit/modelWitness.js";
import {
  checkSegmentChain,
  cutCommitment,
  cutSalt,
  splitStages,
} from "../../src/circuit/segments.js";
import type { WeightsMode } from "../../src/circuit/types.js";
import { generateGreedyInt, intForward, intModelStages } from "../../src/stages/model.js";

import { compileTester, type CircuitTester } from "./harness.js";
import {
  aliasOf,
  allSequences,
  expectModelSignals,
  TINY_CONFIG,
  TINY_T,
  tinyIntModel,
  writeBuildCircuit,
} from "./modelHarness.js";

const T = TINY_T;
const P = 2;
const G = T - P + 1;
const D = TINY_CONFIG.nEmbd;
const V = TINY_CONFIG.vocabSize;
const CUTS = ["h0.attnResid", "h0.mlpResid"];
const N = CUTS.length + 1;
const PROMPTS: number[][] = allSequences(P, V);
const SALT = 987654321n;
const BINDING = 0x1234n;

/**
 * The linear packing of 16-bit values as the circuit's PackOffset computes it (v + 2^15, 15 per
 * element, first in the lowest bits) WITHOUT any range check: for building colliding inputs.
 */
function rawPack16(values: readonly bigint[]): bigint[] {
  const out: bigint[] = [];
  for (let s = 0; s < values.length; s += 15) {
    let acc = 0n;
    values.slice(s, s + 15).forEach((v, k) => {
      acc += (v + 32768n) << BigInt(16 * k);
    });
    out.push(acc);
  }
  return out;
}

const toStrings = (a: readonly (readonly number[])[]) => a.map((r) => r.map(String));

for (const weights of ["private", "public"] as WeightsMode[]) {
  describe(`segment circuits, tiny model cut after ${CUTS.join(" and ")}, ${weights} weights`, function () {
    this.timeout(1_800_000);
    const p = tinyIntModel(5);
    let gens: GeneratedModelCircuit[];
    let uncut: GeneratedModelCircuit;
    const o1: CircuitTester[] = [];
    const o2: CircuitTester[] = [];
    let uncutO1: CircuitTester;
    const chainFor = (prompt: number[]) =>
      segmentWitnessInputs(p, gens, prompt, { T, promptLength: P, salt: SALT, binding: BINDING });
    const chain0 = () => chainFor(PROMPTS[7]);

    before(async function () {
      gens = Array.from({ length: N }, (_, k) =>
        generateModelCircuit(p, {
          T,
          promptLength: P,
          weights,
          templateName: `TinySeg${k + 1}of${N}_${weights}`,
          source: "test/circuits/segments.test.ts tiny model seed 5",
          cuts: CUTS,
          segment: k,
        }),
      );
      // Same text as test/circuits/model.test.ts's circuit, so the two tests share its build.
      uncut = generateModelCircuit(p, {
        T,
        promptLength: P,
        weights,
        templateName: `TinyModel_${weights}`,
        source: "test/circuits/model.test.ts tiny model seed 5",
      });
      for (const [k, g] of gens.entries()) {
        const rel = await writeBuildCircuit(`tiny-seg${k + 1}of${N}-${weights}`, g.source);
        o1.push(await compileTester(rel, 1));
        o2.push(await compileTester(rel, 2));
      }
      uncutO1 = await compileTester(
        await writeBuildCircuit(`tiny-model-${weights}`, uncut.source),
        1,
      );
    });

    it("split the stages at the cuts; each segment has the four public signals and its own modelCommitment", function () {
      expect(gens.map((g) => g.stages.map((e) => e.stage.name))).to.deep.equal([
        ["embedding", "h0.ln1", "h0.attention", "h0.attnResid"],
        ["h0.ln2", "h0.mlp", "h0.mlpResid"],
        ["lnF", "lmHead", "argmax"],
      ]);
      expect(gens.map((g) => g.segment)).to.deep.equal([
        { index: 0, count: 3 },
        { index: 1, count: 3 },
        { index: 2, count: 3 },
      ]);
      const all = intModelStages(p);
      const segs = [all.slice(0, 4), all.slice(4, 7), all.slice(7)];
      const expected = segs.map((s) => modelCommitmentOfStages(s));
      expect(new Set(expected).size).to.equal(3);
      const chain = chainFor(PROMPTS[0]);
      expect(chain.segments.map((s) => s.publicSignals.modelCommitment)).to.deep.equal(expected);
      if (weights === "public") expect(gens.map((g) => g.modelCommitment)).to.deep.equal(expected);
    });

    it("every segment's named intermediates equal intForward; the commitments chain; the chain equals the uncut circuit", async function () {
      let compared = 0;
      const outputs = new Set<string>();
      for (const prompt of PROMPTS) {
        const ref = generateGreedyInt(p, prompt, G);
        const chain = chainFor(prompt);
        expect(chain.generated).to.deep.equal(ref.generated);
        // The streams at the cuts are the reference's residual adds' outputs.
        const streams = [ref.trace.layers[0].attnResid.outQ, ref.trace.layers[0].mlpResid.outQ];
        expect(chain.cutStreams).to.deep.equal(streams);
        const salts = [cutSalt(SALT, 0), cutSalt(SALT, 1)];
        expect(new Set([SALT, ...salts]).size, "distinct salts").to.equal(3);
        const links = streams.map((x, c) => cutCommitment(x, ref.tokens, salts[c]));
        expect(chain.cutCommitments).to.deep.equal(links);

        const witnesses: bigint[][] = [];
        const named = new Map<string, bigint>();
        for (let k = 0; k < N; k++) {
          const w = await o1[k].expectPass(chain.segments[k].input as never);
          witnesses.push(w);
          const expected = modelNamedSignals(gens[k], ref.trace, P);
          for (const [name, v] of expected) named.set(name, v);
          compared += expectModelSignals(o1[k], w, expected, aliasOf(p, expected, T, P))[0];
          const pub = chain.segments[k].publicSignals;
          for (const s of ["modelCommitment", "inputCommitment", "outputCommitment"] as const)
            expect(o1[k].read(w, `main.${s}`), `segment ${k + 1} ${s}`).to.equal(pub[s]);
        }
        // Segment k's output is segment k + 1's input, and it is the cut commitment of the reference.
        for (let c = 0; c < N - 1; c++) {
          expect(o1[c].read(witnesses[c], "main.outputCommitment")).to.equal(links[c]);
          expect(o1[c + 1].read(witnesses[c + 1], "main.inputCommitment")).to.equal(links[c]);
        }
        checkSegmentChain(chain.segments.map((s) => s.publicSignals));
        // The chain's ends are the uncut circuit's public input and output.
        const whole = modelWitnessInput(p, uncut, prompt, {
          T,
          promptLength: P,
          salt: SALT,
          binding: BINDING,
          modelCommitment: modelCommitmentOfStages(intModelStages(p)),
        });
        const wu = await uncutO1.expectPass(whole.input as never);
        expect(o1[0].read(witnesses[0], "main.inputCommitment"))
          .to.equal(uncutO1.read(wu, "main.inputCommitment"))
          .and.to.equal(promptCommitment(prompt, SALT));
        expect(o1[N - 1].read(witnesses[N - 1], "main.outputCommitment"))
          .to.equal(uncutO1.read(wu, "main.outputCommitment"))
          .and.to.equal(generatedOutput(ref.generated));
        // Together the segments declare exactly the uncut circuit's named intermediates.
        const uncutNamed = modelNamedSignals(uncut, ref.trace, P);
        expect([...named.keys()].sort()).to.deep.equal([...uncutNamed.keys()].sort());
        outputs.add(ref.generated.join());
      }
      expect(compared).to.be.greaterThan(PROMPTS.length * 100);
      expect(outputs.size, "distinct generations").to.be.greaterThan(1);
    });

    it("the chain check names a broken link", function () {
      const a = chainFor(PROMPTS[1]).segments.map((s) => s.publicSignals);
      const b = chainFor(PROMPTS[2]).segments.map((s) => s.publicSignals);
      expect(() => checkSegmentChain([a[0], b[1], a[2]])).to.throw(
        /segment 1's outputCommitment .* is not segment 2's inputCommitment/,
      );
      expect(() => checkSegmentChain([a[0], a[1], b[2]])).to.throw(/segment 2's outputCommitment/);
    });

    it("activations that do not match the input commitment fail; so does a wrong salt", async function () {
      const chain = chainFor(PROMPTS[4]);
      for (const k of [1, 2]) {
        const input = chain.segments[k].input;
        const x = chain.cutStreams[k - 1].map((r) => [...r]);
        x[1][2] += x[1][2] < 0 ? 1 : -1;
        await o1[k].expectFail({ ...input, streamIn: toStrings(x) } as never, "Assert Failed");
        await o1[k].expectFail(
          { ...input, salt: (BigInt(input.salt as string) + 1n).toString() } as never,
          "Assert Failed",
        );
        const w = await o1[k].expectPass(input as never);
        const s = "main.streamIn[1][2]";
        o1[k].expectConstraintFail(o1[k].editWitness(w, { [s]: o1[k].read(w, s) + 1n }));
        o1[k].expectConstraintFail(
          o1[k].editWitness(w, { "main.salt": o1[k].read(w, "main.salt") + 1n }),
        );
      }
      for (const k of [0, 1]) {
        const input = chain.segments[k].input;
        await o1[k].expectFail(
          { ...input, outSalt: (BigInt(input.outSalt as string) + 1n).toString() } as never,
          "Assert Failed",
        );
        // A claimed output commitment over other activations (the salt of another cut).
        const other = cutCommitment(chain.cutStreams[k], chain.tokens, cutSalt(SALT, 5));
        await o1[k].expectFail(
          { ...input, outputCommitment: other.toString() } as never,
          "Assert Failed",
        );
      }
    });

    it("an out-of-range activation with a matching commitment fails by the input range check", async function () {
      const chain = chain0();
      for (const k of [1, 2]) {
        const input = chain.segments[k].input;
        const x = chain.cutStreams[k - 1].map((r) => r.map(BigInt));
        // x[0][0] + 2^16 and x[0][1] − 1 pack to the same field element: the commitment matches.
        const y = x.map((r) => [...r]);
        y[0][0] += 65536n;
        y[0][1] -= 1n;
        expect(rawPack16(y.flat())).to.deep.equal(rawPack16(x.flat()));
        expect(y[0][0] >= 32768n, "out of the 16-bit range").to.equal(true);
        const msg = await o1[k].failureMessage({
          ...input,
          streamIn: y.map((r) => r.map(String)),
        } as never);
        expect(msg).to.match(
          /^Error: Assert Failed\.\nError in template RangeCheck_\d+ line: \d+\nError in template PackSigned_/,
        );
      }
    });
    it("tokens in a later segment that differ from the committed ones fail", async function () {
      const chain = chain0();
      for (const k of [1, 2]) {
        const input = chain.segments[k].input;
        for (const at of [0, P]) {
          const tokens = [...chain.tokens];
          tokens[at] = (tokens[at] + 1) % V;
          await o1[k].expectFail(
            { ...input, tokens: tokens.map(String) } as never,
            "Assert Failed",
          );
        }
        const w = await o1[k].expectPass(input as never);
        o1[k].expectConstraintFail(
          o1[k].editWitness(w, { "main.tokens[0]": o1[k].read(w, "main.tokens[0]") + 1n }),
        );
      }
    });

    it("non-greedy tokens proven through the first segments are rejected by the last one", async function () {
      const chain = chain0();
      const tokens = [...chain.tokens];
      tokens[P] = (tokens[P] + 1) % V; // not the greedy token
      const tr = intForward(p, tokens);
      const streams = [tr.layers[0].attnResid.outQ, tr.layers[0].mlpResid.outQ];
      const links = streams.map((x, c) => cutCommitment(x, tokens, chain.cutSalts[c]));
      // Segments 1 and 2 do not check greediness: they prove this forward pass.
      await o1[0].expectPass({
        ...chain.segments[0].input,
        tokens: tokens.map(String),
        outputCommitment: links[0].toString(),
      } as never);
      await o1[1].expectPass({
        ...chain.segments[1].input,
        tokens: tokens.map(String),
        streamIn: toStrings(streams[0]),
        inputCommitment: links[0].toString(),
        outputCommitment: links[1].toString(),
      } as never);
      // The last segment cannot: the argmax at P − 1 is not tokens[P], whatever output is claimed.
      const greedyTail = tr.argmax.slice(P - 1);
      for (const claimed of [greedyTail, tokens.slice(P).concat(greedyTail.at(-1)!)])
        await o1[2].expectFail(
          {
            ...chain.segments[2].input,
            tokens: tokens.map(String),
            streamIn: toStrings(streams[1]),
            inputCommitment: links[1].toString(),
            outputCommitment: generatedOutput(claimed).toString(),
          } as never,
          "Assert Failed",
        );
      // Nor with the greedy token at P under the same packed element: tokens[P] shifted by δ and
      // tokens[P − 1] by −δ·2^16 keep the packing; the last segment's 16-bit range check of the
      // tokens rejects it (without it, the argmax check would pass).
      const greedy = [...tokens].map(BigInt);
      const delta = BigInt(greedyTail[0] - tokens[P]);
      greedy[P] += delta;
      greedy[P - 1] -= delta * 65536n;
      expect(greedy[P]).to.equal(BigInt(greedyTail[0]));
      expect(rawPack16(greedy)).to.deep.equal(rawPack16(tokens.map(BigInt)));
      const msg = await o1[2].failureMessage({
        ...chain.segments[2].input,
        tokens: greedy.map(String),
        streamIn: toStrings(streams[1]),
        inputCommitment: links[1].toString(),
        outputCommitment: generatedOutput(greedyTail).toString(),
      } as never);
      expect(msg).to.match(
        /^Error: Assert Failed\.\nError in template RangeCheck_\d+ line: \d+\nError in template PackSigned_/,
      );
    });

    it("constraint count (--O2) of each segment = its stage formulas + glue; the stages' formulas are the uncut ones", function () {
      const uncutB = modelConstraintBreakdown(p, T, P, weights);
      const stageNames = new Set(intModelStages(p).map((s) => s.name));
      const fromSegments: Record<string, number> = {};
      for (let k = 0; k < N; k++) {
        const b = modelConstraintBreakdown(p, T, P, weights, CUTS, k);
        const total = Object.values(b).reduce((a, v) => a + v, 0);
        console.log(`      segment ${k + 1}: ${o2[k].constraintCount}; ${JSON.stringify(b)}`);
        expect(o2[k].constraintCount, `segment ${k + 1}`).to.equal(total);
        for (const [name, v] of Object.entries(b)) if (stageNames.has(name)) fromSegments[name] = v;
      }
      expect(fromSegments).to.deep.equal(
        Object.fromEntries(Object.entries(uncutB).filter(([name]) => stageNames.has(name))),
      );
      // The glue of a segment after a cut: 16·T·D stream range checks, the last one 16·T for the tokens.
      const mid = modelConstraintBreakdown(p, T, P, weights, CUTS, 1);
      expect(mid["input activations range checks (PackSigned 16)"]).to.equal(16 * T * D);
      const last = modelConstraintBreakdown(p, T, P, weights, CUTS, 2);
      expect(last["input tokens range checks (PackSigned 16)"]).to.equal(16 * T);
    });
  });
}

describe("segment generation: invalid cuts and segment indices", function () {
  const p = tinyIntModel(5);
  const base = { T, promptLength: P, weights: "public" as const, templateName: "X", source: "" };

  it("names the offending cut or index", function () {
    expect(() => splitStages(intModelStages(p), ["h0.mlp"])).to.throw(
      /cut "h0.mlp" is not a residual add/,
    );
    expect(() => generateModelCircuit(p, { ...base, cuts: ["h1.attnResid"] })).to.throw(
      /model generator: segments: cut "h1.attnResid" is not a stage of this model/,
    );
    expect(() =>
      generateModelCircuit(p, { ...base, cuts: ["h0.mlpResid", "h0.attnResid"] }),
    ).to.throw(/distinct and in forward order; "h0.attnResid" comes too late/);
    expect(() => generateModelCircuit(p, { ...base, cuts: CUTS, segment: 3 })).to.throw(
      /segment 3 is not in 0..2 \(3 segments\)/,
    );
    expect(() =>
      segmentWitnessInputs(
        p,
        [generateModelCircuit(p, { ...base, cuts: CUTS, segment: 1 })],
        [0, 1],
        {
          T,
          promptLength: P,
          salt: 1n,
          binding: 2n,
        },
      ),
    ).to.throw(/circuit 1 of 1 is segment 2 of 3; pass every segment of one chain in order/);
  });

  it("uses the caller's cut salts when given, and checks their count and range", function () {
    const gens = [0, 1, 2].map((segment) =>
      generateModelCircuit(p, { ...base, cuts: CUTS, segment }),
    );
    const opts = { T, promptLength: P, salt: 11n, binding: 2n };
    const own = [5n, 7n];
    const chain = segmentWitnessInputs(p, gens, [1, 0], { ...opts, cutSalts: own });
    const ref = generateGreedyInt(p, [1, 0], G);
    const streams = [ref.trace.layers[0].attnResid.outQ, ref.trace.layers[0].mlpResid.outQ];
    expect(chain.cutCommitments).to.deep.equal(
      streams.map((x, c) => cutCommitment(x, ref.tokens, own[c])),
    );
    expect(chain.segments[1].input.salt).to.equal("5");
    expect(chain.segments[1].input.outSalt).to.equal("7");
    const derived = segmentWitnessInputs(p, gens, [1, 0], opts);
    expect(derived.cutSalts).to.deep.equal([cutSalt(11n, 0), cutSalt(11n, 1)]);
    expect(derived.cutCommitments[0]).to.not.equal(chain.cutCommitments[0]);
    expect(() => segmentWitnessInputs(p, gens, [1, 0], { ...opts, cutSalts: [5n] })).to.throw(
      /1 cut salts for 2 cuts; pass one salt per cut/,
    );
    expect(() => cutSalt(-1n, 0)).to.throw(/cutSalt: salt -1 is not a BN254 field element/);
    expect(() => cutSalt(1n, 0.5)).to.throw(/cut index 0.5 must be an integer ≥ 0/);
    expect(() => cutCommitment(streams[0], ref.tokens, -1n)).to.throw(/not a BN254 field element/);
  });
});
