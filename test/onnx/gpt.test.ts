import { readFileSync } from "node:fs";

import { expect } from "chai";

import { ZkattnUserError } from "../../src/errors.js";
import { forward } from "../../src/model/float.js";
import { importGptModel, minGptStateDict } from "../../src/model/import/index.js";
import type { GptModel } from "../../src/model/stateDict.js";
import { evaluateOnnxGraph } from "../../src/onnx/graph.js";
import { gptModelFromOnnx } from "../../src/onnx/gpt.js";
import { readOnnxModel, type OnnxModel, type OnnxNode } from "../../src/onnx/tensorProto.js";

const DIR = "test/fixtures/mingpt-adder-onnx";
const PT = "models/mingpt-adder/source/model.pt";
const onnxFile = (opset: number) => `${DIR}/mingpt-adder-opset${opset}.onnx`;

/** export.py's PyTorch float32 logits, one [T, 10] array per prompt. */
const TORCH = JSON.parse(readFileSync(`${DIR}/torch-logits.json`, "utf8")) as {
  prompts: number[][];
  logits: number[][][];
};

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).to.equal(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Runs `f`, expects a ZkattnUserError and returns its message. */
function userError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(ZkattnUserError.is(e), String(e)).to.equal(true);
    return (e as Error).message;
  }
  expect.fail("expected an error");
}

/** The position (index in graph.node) of the node named `name`. */
function pos(model: OnnxModel, name: string): number {
  const i = model.graph.nodes.findIndex((n) => n.name === name);
  expect(i, name).to.be.at.least(0);
  return i;
}

/** Inserts `node` at `at` after making every reader of `value` (after `at`) read `node`'s output. */
function insertAfterValue(model: OnnxModel, at: number, value: string, node: OnnxNode): void {
  for (const n of model.graph.nodes.slice(at))
    n.inputs = n.inputs.map((v) => (v === value ? node.outputs[0] : v));
  model.graph.nodes.splice(at, 0, node);
}

/** The value tensor of a Constant node. */
function constantData(model: OnnxModel, name: string): Float32Array {
  const a = model.graph.nodes[pos(model, name)].attributes.get("value");
  if (a?.type !== "TENSOR") expect.fail(`${name} has no value`);
  return a.value.data as Float32Array;
}

describe("onnx: whole GPT-2-family graphs (src/onnx/gpt.ts, issue 12 item 1)", function () {
  const pt = importGptModel(PT, { nHead: 3 });

  const fixtures = [
    { opset: 10, file: onnxFile(10), what: "minGPT module" },
    { opset: 11, file: onnxFile(11), what: "minGPT module" },
    { opset: 17, file: onnxFile(17), what: "minGPT module" },
    {
      opset: 13,
      file: `${DIR}/mingpt-adder-gpt2-layout-opset13.onnx`,
      what: "Hugging Face GPT-2 module layout: Conv1D as Reshape → Gemm → Reshape",
    },
  ];
  for (const { opset, file, what } of fixtures) {
    describe(`mingpt-adder exported at opset ${opset} (${what})`, function () {
      const graph = readOnnxModel(file);
      let model: GptModel;
      before(function () {
        const r = gptModelFromOnnx(graph, file);
        model = r.model;
        expect(r.info.opset).to.equal(opset);
        expect(r.info.layerNorm).to.equal(opset >= 17 ? "LayerNormalization" : "decomposed");
        expect(r.info.probeLengths).to.deep.equal([1, 2, 6]);
      });

      it("reads the config from the structure: 3 layers, 3 heads, n_embd 48, vocab 10, block_size 6", function () {
        expect(model.config).to.deep.equal({
          nLayer: 3,
          nHead: 3,
          nEmbd: 48,
          vocabSize: 10,
          blockSize: 6,
        });
      });

      it("holds model.pt's 41 weights bit for bit under their minGPT names (mapped by role)", function () {
        const ours = minGptStateDict(model);
        const theirs = minGptStateDict(pt);
        expect([...ours.keys()]).to.deep.equal([...theirs.keys()]);
        expect(ours.size).to.equal(41);
        for (const [k, t] of theirs) {
          expect(ours.get(k)!.shape, k).to.deep.equal(t.shape);
          expect(
            Buffer.from(ours.get(k)!.data.buffer).equals(Buffer.from(t.data.buffer)),
            k,
          ).to.equal(true);
        }
      });

      it("gives model.pt's float logits on every prompt of torch-logits.json (≤ 1e-5; measured 0)", function () {
        let worst = 0;
        for (const p of TORCH.prompts)
          worst = Math.max(
            worst,
            maxAbsDiff(forward(model, p).lm_head.data, forward(pt, p).lm_head.data),
          );
        console.log(`      max |logit(onnx) - logit(.pt)| = ${worst}`);
        expect(worst).to.be.at.most(1e-5);
      });

      it("equals PyTorch's logits written by export.py (≤ 1e-5: float32 vs float64)", function () {
        let worst = 0;
        TORCH.prompts.forEach((p, k) => {
          worst = Math.max(
            worst,
            maxAbsDiff(forward(model, p).lm_head.data, TORCH.logits[k].flat()),
          );
        });
        console.log(`      max |logit(onnx model) - logit(torch)| = ${worst.toExponential(2)}`);
        expect(worst).to.be.at.most(1e-5);
      });

      it("the graph evaluator (graph.ts) on the exported graph agrees with the model's forward (≤ 1e-5)", function () {
        let worst = 0;
        for (const p of TORCH.prompts) {
          const v = evaluateOnnxGraph(
            graph,
            new Map([["idx", { shape: [1, p.length], data: Float64Array.from(p) }]]),
          );
          const logits = v.get("logits")!;
          expect(logits.shape).to.deep.equal([1, p.length, 10]);
          worst = Math.max(worst, maxAbsDiff(logits.data, forward(model, p).lm_head.data));
        }
        console.log(`      max |logit(graph.ts) - logit(model)| = ${worst.toExponential(2)}`);
        expect(worst).to.be.at.most(1e-5);
      });

      it("importGptModel detects the format and agrees with an n_head that matches, refuses one that does not", function () {
        const m = importGptModel(file, { nHead: 3 });
        expect(m.config.nHead).to.equal(3);
        expect(importGptModel(file).config.nHead).to.equal(3); // the graph says it
        expect(userError(() => importGptModel(file, { nHead: 4 }))).to.equal(
          `onnx: n_head 4 was passed but the q/k/v reshapes of ${file} have 3 heads; pass the right one`,
        );
      });
    });
  }

  describe("graphs it refuses, naming the node, its op type and its position", function () {
    const fresh = (opset = 17) => readOnnxModel(onnxFile(opset));
    const src = "edited.onnx";

    it("an operator outside the supported set (a Relu inserted after block 0's c_fc)", function () {
      const g = fresh();
      const at = pos(g, "/h.0/c_fc/Add") + 1;
      insertAfterValue(g, at, "/h.0/c_fc/Add_output_0", {
        name: "/h.0/act/Relu",
        opType: "Relu",
        domain: "",
        inputs: ["/h.0/c_fc/Add_output_0"],
        outputs: ["relu_out"],
        attributes: new Map(),
      });
      const msg = userError(() => gptModelFromOnnx(g, src));
      expect(msg).to.match(
        new RegExp(
          `^onnx: node "/h.0/act/Relu" \\(op Relu\\) at position ${at} of ${src} is not supported; supported: Add, Cast, `,
        ),
      );
    });

    it("a supported operator where the structure has none (a Tanh between attention and residual)", function () {
      const g = fresh();
      const at = pos(g, "/h.1/attn/c_proj/Add") + 1;
      insertAfterValue(g, at, "/h.1/attn/c_proj/Add_output_0", {
        name: "/h.1/extra/Tanh",
        opType: "Tanh",
        domain: "",
        inputs: ["/h.1/attn/c_proj/Add_output_0"],
        outputs: ["extra_out"],
        attributes: new Map(),
      });
      expect(userError(() => gptModelFromOnnx(g, src))).to.equal(
        `onnx: node "/h.1/extra/Tanh" (op Tanh) at position ${at} of ${src}: expected the attention residual of block 1 (Add) as the only reader of "/h.1/attn/c_proj/Add_output_0"; zkattn reads GPT-2-family graphs as torch.onnx.export writes them (minGPT, nanoGPT, GPT-2 layout; see docs/onnx.md)`,
      );
    });

    it("the exact GELU (Tanh replaced by Erf): recognized and refused with the fix", function () {
      const g = fresh(11);
      const i = pos(g, "/h.2/act/Tanh");
      g.graph.nodes[i].opType = "Erf";
      expect(userError(() => gptModelFromOnnx(g, src))).to.include(
        `onnx: node "/h.2/act/Tanh" (op Erf) at position ${i} of ${src}: the GELU of block 2 is the exact GELU (Erf); the stages implement the tanh approximation`,
      );
    });

    it("a GELU constant that is not the tanh approximation's (0.044715 → 0.05)", function () {
      const g = fresh();
      const c = constantData(g, "/h.0/act/Constant_2");
      expect(c[0]).to.equal(Math.fround(0.044715));
      c[0] = 0.05;
      const msg = userError(() => gptModelFromOnnx(g, src));
      expect(msg).to.match(
        /^onnx: node "\/h\.0\/act\/Mul" \(op Mul\) at position \d+ of edited\.onnx: the GELU of block 0 is not the tanh GELU/,
      );
    });

    it("a mask fill of −10 instead of −∞ (future positions would keep weight)", function () {
      const g = fresh();
      const c = constantData(g, "/h.0/attn/Constant_18");
      expect(c[0]).to.equal(-Infinity);
      c[0] = -10;
      const i = pos(g, "/h.0/attn/Where");
      expect(userError(() => gptModelFromOnnx(g, src))).to.include(
        `onnx: node "/h.0/attn/Where" (op Where) at position ${i} of ${src}: the causal mask of block 0 fills -10;`,
      );
    });

    it("a mask buffer that is not causal (attn.bias all ones)", function () {
      const g = fresh();
      const t = g.graph.initializers.find((x) => x.name === "transformer.h.0.attn.bias")!;
      (t.data as Float32Array).fill(1);
      const i = pos(g, "/h.0/attn/Where");
      expect(userError(() => gptModelFromOnnx(g, src))).to.include(
        `onnx: node "/h.0/attn/Where" (op Where) at position ${i} of ${src}: the mask of block 0 is not causal: position (0, 1) is kept for T = 2`,
      );
    });

    it("a LayerNorm eps other than the stages' 1e-5", function () {
      const g = fresh(17);
      const i = pos(g, "/h.1/ln_2/LayerNormalization");
      g.graph.nodes[i].attributes.set("epsilon", { type: "FLOAT", value: 1e-6 });
      expect(userError(() => gptModelFromOnnx(g, src))).to.include(
        `onnx: node "/h.1/ln_2/LayerNormalization" (op LayerNormalization) at position ${i} of ${src}: ln_2 of block 1 has eps 0.000001;`,
      );
    });

    it("an attention scale other than 1/√(head size)", function () {
      const g = fresh(11);
      const i = pos(g, "/h.0/attn/Mul");
      const c = g.graph.nodes[i].inputs[1];
      const p = g.graph.nodes.find((n) => n.outputs.includes(c))!;
      const a = p.attributes.get("value");
      if (a?.type !== "TENSOR") expect.fail("no scale constant");
      expect((a.value.data as Float32Array)[0]).to.equal(0.25);
      (a.value.data as Float32Array)[0] = 0.5;
      expect(userError(() => gptModelFromOnnx(g, src))).to.include(
        `onnx: node "/h.0/attn/Mul" (op Mul) at position ${i} of ${src}: the attention scale is Mul by 0.5; the stages scale by 1/√(head size) = 1/√16`,
      );
    });

    it("an lm_head bias (an Add of a constant [10] after lm_head)", function () {
      const g = fresh();
      const at = g.graph.nodes.length;
      g.graph.nodes.push({
        name: "/lm_head/Add",
        opType: "Add",
        domain: "",
        inputs: ["logits", "lm_bias"],
        outputs: ["logits_b"],
        attributes: new Map(),
      });
      g.graph.initializers.push({
        name: "lm_bias",
        dims: [10],
        dataType: "FLOAT",
        data: new Float32Array(10).fill(0.5),
      });
      g.graph.outputs[0] = { ...g.graph.outputs[0], name: "logits_b" };
      expect(userError(() => gptModelFromOnnx(g, src))).to.include(
        `onnx: node "/lm_head/Add" (op Add) at position ${at} of ${src}: lm_head has a bias;`,
      );
    });

    it("a second graph output (e.g. a cache), and an opset outside 10–17", function () {
      const g = fresh();
      g.graph.outputs.push({ name: "/h.0/Add_output_0", elemType: 1, shape: [] });
      expect(userError(() => gptModelFromOnnx(g, src))).to.equal(
        `onnx: ${src} has outputs "logits", "/h.0/Add_output_0"; expected one: the logits "logits" of lm_head`,
      );
      const h = fresh();
      h.opsets = h.opsets.map((o) => (o.domain === "" ? { ...o, version: 9 } : o));
      expect(userError(() => gptModelFromOnnx(h, src))).to.equal(
        `onnx: ${src} has opset 9; zkattn reads opset 10 to 17 (export with opset_version=17)`,
      );
    });

    it("the untouched graphs pass the same checks (the control of these tests)", function () {
      for (const o of [10, 11, 17])
        expect(gptModelFromOnnx(fresh(o), src).model.config.nLayer).to.equal(3);
    });
  });
});
