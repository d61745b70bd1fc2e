import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "chai";

import {
  attentionBlock,
  forward,
  generate,
  KvCacheDecoder,
  layerNorm,
  partialsTensor,
  rowsOf,
  scaledDotProductAttention,
  type AttentionOverride,
} from "../../src/model/float.js";
import { loadGptModel, loadPartials, type Tensor } from "../../src/model/stateDict.js";
import {
  allSortInputs,
  modelSort,
  sortedDigits,
  teacherForcedSort,
} from "../../src/model/tokens.js";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DATA_DIR = path.join(PROJECT_ROOT, "models/gpt-nano-sort/source");
const model = loadGptModel(path.join(DATA_DIR, "gpt-nano-sort-model.json"));
const partials = loadPartials(path.join(DATA_DIR, "gpt-nano-sort-t0-partials.json"));

/** Differential-test tolerance against PyTorch float32 (issue 2, item 4): max abs error 1e-5. */
const TOLERANCE = 1e-5;

/**
 * Max abs difference between sequence `b` of a batched PyTorch tensor and our per-sequence tensor.
 * -Infinity must coincide exactly (masked attention scores); any other mismatch counts as Infinity.
 */
function maxAbsError(reference: Tensor, b: number, ours: Tensor, batched: boolean): number {
  const n = ours.data.length;
  const offset = batched ? b * n : 0;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const r = reference.data[offset + i];
    const o = ours.data[i];
    if (r === -Infinity || o === -Infinity) {
      if (r !== o) return Infinity;
      continue;
    }
    worst = Math.max(worst, Math.abs(r - o));
  }
  return worst;
}

function throwsMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return "(no error)";
}

describe("float64 reference of gpt-nano-sort", function () {
  describe("against the PyTorch intermediates of gpt-nano-sort-t0-partials.json (3 sequences of 11 tokens)", function () {
    const traces = partials.idx.map((tokens) => forward(model, tokens));
    const keys = [...partials.tensors.keys()].filter((k) => k !== "idx");

    it("covers every stored intermediate (24 of them)", function () {
      expect(keys).to.have.length(24);
      for (const key of keys) expect(partialsTensor(traces[0], key), key).to.not.equal(undefined);
    });

    for (const key of keys) {
      const reference = partials.tensors.get(key)!;
      // pos_emb is stored once ([1, T, D]); every other tensor once per sequence.
      const batched = reference.shape[0] === partials.batch;
      const errors = traces.map((trace, b) =>
        maxAbsError(reference, b, partialsTensor(trace, key)!, batched),
      );
      const worst = Math.max(...errors);
      it(`reproduces ${key} ${JSON.stringify(reference.shape)} within ${TOLERANCE} (max abs error ${worst.toExponential(2)})`, function () {
        const ours = partialsTensor(traces[0], key)!;
        expect(ours.data.length * (batched ? partials.batch : 1)).to.equal(reference.data.length);
        expect(worst).to.be.at.most(TOLERANCE);
      });
    }

    it("masks att exactly where the key comes after the query (-inf in PyTorch and here, nowhere else)", function () {
      const reference = partials.tensors.get("att")!;
      const [batch, heads, t] = reference.shape;
      for (let i = 0; i < batch * heads * t * t; i++) {
        const q = Math.floor(i / t) % t;
        const k = i % t;
        expect(reference.data[i] === -Infinity, `PyTorch att at flat ${i}`).to.equal(k > q);
      }
      for (const trace of traces) {
        const att = trace.layers[0].att!;
        for (let i = 0; i < att.data.length; i++) {
          expect(att.data[i] === -Infinity).to.equal(i % t > Math.floor(i / t) % t);
        }
      }
    });
  });

  describe("attentionBlock (the float attention of one layer on given ln_1 rows)", function () {
    it("reproduces PyTorch's q, k, v, att, attSm, y and yProj from the stored ln1 rows within 1e-5", function () {
      const ln1 = partials.tensors.get("ln1")!;
      const [, t, d] = ln1.shape;
      for (let b = 0; b < partials.batch; b++) {
        const rows = Array.from({ length: t }, (_, i) =>
          ln1.data.slice((b * t + i) * d, (b * t + i + 1) * d),
        );
        const out = attentionBlock(model, 0, rows);
        for (const key of ["q", "k", "v", "att", "attSm", "y", "yProj"] as const) {
          expect(
            maxAbsError(partials.tensors.get(key)!, b, out[key], true),
            `${key} of sequence ${b}`,
          ).to.be.at.most(TOLERANCE);
        }
      }
    });

    it("rejects a layer the model does not have and rows of the wrong width", function () {
      const rows = rowsOf(forward(model, [0, 1]).layers[0].ln1);
      expect(throwsMessage(() => attentionBlock(model, 3, rows))).to.equal(
        "float: layer 3 does not exist; the model has layers 0 .. 2",
      );
      expect(throwsMessage(() => attentionBlock(model, 0, [new Float64Array(47)]))).to.equal(
        "float: attention block of layer 0: ln1: row 0 has length 47; expected a Float64Array of length 48",
      );
    });
  });

  describe("attention override hook", function () {
    const tokens = [2, 0, 1, 1, 0, 2, 0, 1];

    it("gives bit-identical logits when the override returns the float attention block's yProj", function () {
      const calls: number[] = [];
      const viaFloat: AttentionOverride = (layer, ln1Rows) => {
        calls.push(layer);
        return rowsOf(attentionBlock(model, layer, ln1Rows).yProj);
      };
      const plain = forward(model, tokens);
      const hooked = forward(model, tokens, { attentionOverride: viaFloat });
      expect(calls).to.deep.equal([0, 1, 2]);
      expect(Array.from(hooked.lm_head.data)).to.deep.equal(Array.from(plain.lm_head.data));
      expect(hooked.layers[1].q).to.equal(undefined);
    });

    it("hands the override each layer's ln_1 rows and adds its output to the residual stream", function () {
      const seen: Float64Array[][] = [];
      const zero: AttentionOverride = (_layer, ln1Rows) => {
        seen.push(ln1Rows.map((r) => r.slice()));
        return ln1Rows.map((r) => new Float64Array(r.length));
      };
      const trace = forward(model, tokens, { attentionOverride: zero });
      let resid = trace.x;
      for (let l = 0; l < 3; l++) {
        const expectedLn1 = layerNorm(resid, model.layers[l].ln1);
        expect(seen[l].map((r) => Array.from(r))).to.deep.equal(
          rowsOf(expectedLn1).map((r) => Array.from(r)),
        );
        expect(Array.from(trace.layers[l].attnResid.data)).to.deep.equal(Array.from(resid.data));
        resid = trace.layers[l].mlpResid;
      }
    });

    it("rejects an override that returns the wrong number of rows", function () {
      const short: AttentionOverride = (_layer, ln1Rows) => ln1Rows.slice(1);
      expect(throwsMessage(() => forward(model, tokens, { attentionOverride: short }))).to.equal(
        "float: attentionOverride for layer 0 returned 7 rows; expected 8",
      );
    });
  });

  describe("scaledDotProductAttention beyond the ONNX vectors", function () {
    // Deterministic pseudo-random inputs in [-1, 1) (a fixed LCG: reproducible, no dependency).
    let seed = 12345;
    const rand = (shape: number[]): Tensor => {
      const data = new Float64Array(shape.reduce((a, b) => a * b, 1));
      for (let i = 0; i < data.length; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        data[i] = seed / 1073741824 - 1;
      }
      return { shape, data };
    };
    const q = rand([1, 2, 3, 4]);
    const k = rand([1, 1, 5, 4]);
    const v = rand([1, 1, 5, 4]);

    it("a boolean mask (1 = attend) gives the same output as the additive 0 / -Infinity mask", function () {
      const keep = [1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1];
      const bool = scaledDotProductAttention({
        q,
        k,
        v,
        mask: { tensor: { shape: [3, 5], data: Float64Array.from(keep) }, kind: "boolean" },
      });
      const additive = Float64Array.from(keep, (x) => (x === 1 ? 0 : -Infinity));
      const add = scaledDotProductAttention({
        q,
        k,
        v,
        mask: { tensor: { shape: [3, 5], data: additive }, kind: "additive" },
      });
      expect(Array.from(bool.y.data)).to.deep.equal(Array.from(add.y.data));
      expect(bool.probs.data[1]).to.equal(0);
    });

    it("grouped-query attention: both query heads read the single KV head", function () {
      const both = scaledDotProductAttention({ q, k, v });
      for (let h = 0; h < 2; h++) {
        const qh: Tensor = { shape: [1, 1, 3, 4], data: q.data.slice(h * 12, (h + 1) * 12) };
        const one = scaledDotProductAttention({ q: qh, k, v });
        expect(Array.from(both.y.data.subarray(h * 12, (h + 1) * 12))).to.deep.equal(
          Array.from(one.y.data),
        );
      }
    });

    it("rejects a mask that does not broadcast to [B, Hq, Sq, Skv]", function () {
      expect(
        throwsMessage(() =>
          scaledDotProductAttention({ q, k, v, mask: { tensor: rand([3, 4]), kind: "additive" } }),
        ),
      ).to.equal("float: attention: mask [3, 4] does not broadcast to [1, 2, 3, 5]");
    });
  });

  describe("inputs", function () {
    it("rejects a token outside the vocabulary, an empty sequence and one longer than block_size", function () {
      expect(throwsMessage(() => forward(model, [0, 3]))).to.equal(
        "float: forward: token 3 at position 1 is not a token id in [0, 3)",
      );
      expect(throwsMessage(() => forward(model, []))).to.equal(
        "float: forward: 0 tokens; expected 1 .. 11 (block_size)",
      );
      expect(throwsMessage(() => forward(model, new Array<number>(12).fill(0)))).to.equal(
        "float: forward: 12 tokens; expected 1 .. 11 (block_size)",
      );
      expect(throwsMessage(() => generate(model, [0], -1))).to.equal(
        "float: generate: n = -1; expected a non-negative integer",
      );
    });
  });

  describe("greedy decoding", function () {
    it("the KV-cache decoder gives bit-identical logits to the full forward pass at every position", function () {
      const decoder = new KvCacheDecoder(model);
      for (const seq of [[1], partials.idx[0], [2, 2, 1, 0, 1, 0, 2, 2, 1, 0, 0]]) {
        decoder.reset();
        const full = forward(model, seq).lm_head.data;
        seq.forEach((tok, i) =>
          expect(Array.from(decoder.step(tok))).to.deep.equal(
            Array.from(full.subarray(i * 3, i * 3 + 3)),
          ),
        );
      }
      expect(throwsMessage(() => decoder.step(0))).to.equal(
        "float: decoder: all 11 positions (block_size) are used; reset() first",
      );
    });

    it("crops the context to block_size like minGPT once the sequence outgrows it, the same with and without the cache", function () {
      const viaFloat: AttentionOverride = (layer, rows) =>
        rowsOf(attentionBlock(model, layer, rows).yProj);
      const prompt = [2, 1, 0, 2, 1, 0];
      const cached = generate(model, prompt, 9);
      expect(cached).to.have.length(15);
      expect(generate(model, prompt, 9, { attentionOverride: viaFloat })).to.deep.equal(cached);
    });

    it("sorts all 3^6 = 729 length-6 inputs correctly", function () {
      const inputs = allSortInputs();
      expect(inputs).to.have.length(729);
      expect(new Set(inputs.map((s) => s.join(""))).size).to.equal(729);
      const failures = inputs
        .map((input) => ({ input, output: modelSort(model, input) }))
        .filter(({ input, output }) => output.join(",") !== sortedDigits(input).join(","));
      expect(
        failures.map((f) => `${f.input.join("")} -> ${f.output.join("")}`),
        "inputs sorted wrongly",
      ).to.deep.equal([]);
    });

    it("the one-pass teacher-forced check agrees with greedy decoding, also on a damaged model that fails", function () {
      // Dropping layer 2's attention breaks the model; the check must still agree with greedy decoding.
      const damaged: AttentionOverride = (layer, rows) =>
        layer === 2
          ? rows.map((r) => new Float64Array(r.length))
          : rowsOf(attentionBlock(model, layer, rows).yProj);
      const inputs = allSortInputs().filter((_, i) => i % 27 === 0);
      let failing = 0;
      for (const input of inputs) {
        const greedyCorrect =
          modelSort(model, input, { attentionOverride: damaged }).join() ===
          sortedDigits(input).join();
        expect(
          teacherForcedSort(model, input, { attentionOverride: damaged }).correct,
          input.join(""),
        ).to.equal(greedyCorrect);
        if (!greedyCorrect) failing++;
      }
      expect(failing, "the damaged model should fail on some inputs").to.be.greaterThan(0);
      expect(failing, "the damaged model should still pass some inputs").to.be.lessThan(
        inputs.length,
      );
    });
  });
});
