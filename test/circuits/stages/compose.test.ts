import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import type { WeightsMode } from "../../../src/circuit/generator.js";
import { stageId, type StageEmission } from "../../../src/stages/emit.js";
import { intForward, intModelStages } from "../../../src/stages/model.js";
import { fixtures } from "../../stages/fixtures.js";
import { compileTester, ROOT } from "../harness.js";
import { expectSignalsEqualTrace, str } from "./standaloneHarness.js";

/**
 * The emissions of embedding → h0.ln1 → h0.attnResid → h0.ln2 of the real model strung into one
 * main by hand (as the whole-model generator will: includes deduplicated, declarations, private
 * inputs and bodies concatenated, each stage reading the previous stage's `output`), with the
 * attention output as an input. Shows the emissions coexist (prefixed names, shared library
 * files included once, `--inspect` clean), chain bit-exactly, and cost the sum of their formulas.
 */
const T = 2;
const D = 48;

function compose(weights: WeightsMode): { source: string; parts: [string, StageEmission][] } {
  const { p } = fixtures();
  const st = intModelStages(p);
  const get = (n: string) => st.find((s) => s.name === n)!;
  const ctx = (name: string, inputs: string[], inputsRangeChecked?: boolean) => ({
    weights,
    T,
    id: stageId(name),
    inputs,
    inputsRangeChecked,
  });
  const emb = get("embedding").emitCircom!(ctx("embedding", ["tokens"]));
  // gpt-nano-sort's tables are 16-bit: only the public-mode embedding proves |x0Q| < 2^15.
  const ln1 = get("h0.ln1").emitCircom!(ctx("h0.ln1", [emb.output], weights === "public"));
  const res = get("h0.attnResid").emitCircom!(ctx("h0.attnResid", [emb.output, "attnOut"], false));
  const ln2 = get("h0.ln2").emitCircom!(ctx("h0.ln2", [res.output], true));
  const parts: [string, StageEmission][] = [
    ["embedding", emb],
    ["h0.ln1", ln1],
    ["h0.attnResid", res],
    ["h0.ln2", ln2],
  ];
  const all = parts.map(([, e]) => e);
  const decl = (i: { name: string; shape: number[] }) =>
    `    signal input ${i.name}${i.shape.map((n) => `[${n}]`).join("")};`;
  const source = `pragma circom 2.2.0;

${[...new Set(all.flatMap((e) => e.includes))].map((f) => `include "${f}";`).join("\n")}

${all.flatMap((e) => e.declarations).join("\n\n")}

template ComposedStages() {
    signal input tokens[${T}];
    signal input attnOut[${T}][${D}];
${all
  .flatMap((e) => e.privateInputs)
  .map(decl)
  .join("\n")}

${all.flatMap((e) => e.body).join("\n")}
}

component main = ComposedStages();
`;
  return { source, parts };
}

describe("stage circuits composed: embedding → h0.ln1 → h0.attnResid → h0.ln2 (real, T = 2)", function () {
  this.timeout(1_200_000);
  for (const weights of ["public", "private"] as const) {
    it(`${weights} weights: chains bit-exactly with intForward and costs the sum of the formulas`, async () => {
      const { p, samples } = fixtures();
      const { source, parts } = compose(weights);
      const rel = `build/circuits/src/stages/composed_${weights}.circom`;
      await mkdir(path.dirname(path.join(ROOT, rel)), { recursive: true });
      if ((await readFile(path.join(ROOT, rel), "utf8").catch(() => "")) !== source)
        await writeFile(path.join(ROOT, rel), source);
      const o2 = await compileTester(rel, 2);
      const st = intModelStages(p);
      const f = (n: string) => st.find((s) => s.name === n)!.constraints!;
      expect(o2.constraintCount).to.equal(
        f("embedding")(T, weights) +
          f("h0.ln1")(T, weights, undefined, weights === "public") +
          f("h0.attnResid")(T, weights) +
          f("h0.ln2")(T, weights, undefined, true),
      );

      const o1 = await compileTester(rel, 1);
      const tokens = samples[17].tokens.slice(0, T);
      const tr = intForward(p, tokens);
      const priv: Record<string, unknown> = {};
      for (const n of ["embedding", "h0.ln1", "h0.ln2"]) {
        const s = st.find((x) => x.name === n)!;
        if (weights === "private") Object.assign(priv, s.privateInputValues!());
      }
      const w = await o1.expectPass({
        tokens: str(tokens) as string[],
        attnOut: str(tr.layers[0].attention.outQ) as string[][],
        ...(Object.fromEntries(
          Object.entries(priv).map(([k, v]) => [k, str(v as number[][])]),
        ) as Record<string, string[][]>),
      });
      const traces: Record<string, object> = {
        embedding: tr.embedding,
        "h0.ln1": tr.layers[0].ln1,
        "h0.attnResid": tr.layers[0].attnResid,
        "h0.ln2": tr.layers[0].ln2,
      };
      for (const [name, e] of parts)
        expectSignalsEqualTrace(o1, w, e.signals, traces[name], (s) => s === "embedding_posQ");
    });
  }
});
