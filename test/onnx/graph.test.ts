import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "chai";

import { gelu, layerNorm, softmax } from "../../src/model/float.js";
import type { Tensor } from "../../src/model/stateDict.js";
import { seededRandom as mulberry32 } from "../../src/random.js";
import { blockForward, intBlockAttention, quantizeBlockAttention } from "../../src/onnx/block.js";
import { evaluateOnnxGraph, matchGptBlock } from "../../src/onnx/graph.js";
import {
  onnxTensorToFloat64,
  readOnnxModel,
  readTensorProto,
  type OnnxModel,
} from "../../src/onnx/tensorProto.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EZKL = path.join(ROOT, "test/fixtures/ezkl-examples");
const NODE_TESTS = path.join(ROOT, "test/fixtures/onnx-node-tests");
const TOLERANCE = 1e-5;

/** An ezkl example: its graph and the input of its input.json, shaped as the graph input (batch 1). */
function ezkl(name: string): { model: OnnxModel; x: Tensor; json: { output_data?: number[][] } } {
  const model = readOnnxModel(path.join(EZKL, name, "network.onnx"));
  const json = JSON.parse(readFileSync(path.join(EZKL, name, "input.json"), "utf8"));
  const shape = model.graph.inputs[0].shape.map((s) => (typeof s === "string" ? 1 : s));
  return { model, x: { shape, data: Float64Array.from(json.input_data[0]) }, json };
}

function run(model: OnnxModel, x: Tensor): Tensor {
  const v = evaluateOnnxGraph(model, new Map([[model.graph.inputs[0].name, x]]));
  return v.get(model.graph.outputs[0].name)!;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).to.equal(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function cosine(a: Float64Array, b: Float64Array): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return d / Math.sqrt(na * nb);
}

/** erf by Abramowitz & Stegun 7.1.26 (|error| ≤ 1.5e-7): independent of src/model/special.ts. */
function erfAS(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x < 0 ? -y : y;
}

/** A seeded standard normal [T, D] input (Box–Muller over mulberry32), like torch.randn. */
function randn(seed: number, t = 64, d = 64): Tensor {
  const r = mulberry32(seed);
  const data = new Float64Array(t * d);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return { shape: [t, d], data };
}

describe("onnx: graphs (issue 12 items 1 and 5)", function () {
  describe("ezkl's single-op graphs, evaluated, equal the float reference within 1e-5", function () {
    it("Erf and GELU (exact, erf form)", function () {
      const e = ezkl("1l_erf");
      expect(maxAbsDiff(run(e.model, e.x).data, e.x.data.map(erfAS))).to.be.at.most(TOLERANCE);
      const g = ezkl("1l_gelu_noappx");
      const want = g.x.data.map((v) => 0.5 * v * (1 + erfAS(v / Math.SQRT2)));
      expect(maxAbsDiff(run(g.model, g.x).data, want)).to.be.at.most(TOLERANCE);
    });

    it("GELU (tanh approximation) equals src/model/float.ts gelu", function () {
      const g = ezkl("1l_gelu_tanh_appx");
      expect(maxAbsDiff(run(g.model, g.x).data, gelu(g.x).data)).to.be.at.most(TOLERANCE);
    });

    it("Softmax equals src/model/float.ts softmax", function () {
      const s = ezkl("1l_softmax");
      expect(maxAbsDiff(run(s.model, s.x).data, softmax(s.x).data)).to.be.at.most(TOLERANCE);
    });

    it("mean and variance equal the plain sums", function () {
      const m = ezkl("1l_mean");
      const mean = m.x.data.reduce((a, b) => a + b, 0) / m.x.data.length;
      expect(maxAbsDiff(run(m.model, m.x).data, [mean])).to.be.at.most(TOLERANCE);
      // torch.var(x, unbiased=False, dim=[1, 2]) of the [1, 1, 3, 3] input: per column j.
      const v = ezkl("1l_var");
      const x = v.x.data;
      const want = [0, 1, 2].map((j) => {
        const col = [0, 1, 2].map((i) => x[i * 3 + j]);
        const mu = col.reduce((a, b) => a + b, 0) / 3;
        return col.reduce((a, b) => a + (b - mu) ** 2, 0) / 3;
      });
      expect(run(v.model, v.x).shape).to.deep.equal([1, 3]);
      expect(maxAbsDiff(run(v.model, v.x).data, want)).to.be.at.most(TOLERANCE);
    });

    it("LayerNormalization (opset 17) equals float.ts layerNorm and PyTorch's output in input.json", function () {
      const l = ezkl("layernorm");
      const out = run(l.model, l.x);
      const init = new Map(l.model.graph.initializers.map((t) => [t.name, onnxTensorToFloat64(t)]));
      const ref = layerNorm(
        { shape: [10, 10], data: l.x.data },
        {
          weight: init.get("ln.weight")!,
          bias: init.get("ln.bias")!,
        },
      );
      expect(maxAbsDiff(out.data, ref.data)).to.be.at.most(TOLERANCE);
      // gen.py writes torch's float32 output here (ezkl's other examples hold quantized outputs).
      expect(maxAbsDiff(out.data, l.json.output_data![0])).to.be.at.most(TOLERANCE);
    });
  });

  it("reproduces every ONNX operator vector whose ops it supports within 1e-5, and names the rest", function () {
    const supported: string[] = [];
    const refused: string[] = [];
    for (const c of readdirSync(NODE_TESTS)
      .filter((n) => n.startsWith("test_"))
      .sort()) {
      const m = readOnnxModel(path.join(NODE_TESTS, c, "model.onnx"));
      const pb = (kind: string, k: number) =>
        onnxTensorToFloat64(
          readTensorProto(path.join(NODE_TESTS, c, "test_data_set_0", `${kind}_${k}.pb`)),
        );
      const inputs = new Map(m.graph.inputs.map((i, k) => [i.name, pb("input", k)]));
      let values: Map<string, Tensor>;
      try {
        values = evaluateOnnxGraph(m, inputs, c);
      } catch (e) {
        expect((e as Error).message).to.match(
          /^onnx: node "[^"]*" \(op \w+\) at position \d+ of test_\w+ is not supported; supported: Add, /,
        );
        refused.push(c);
        continue;
      }
      m.graph.outputs.forEach((o, k) => {
        const want = pb("output", k);
        expect(values.get(o.name)!.shape, `${c} output ${k}`).to.deep.equal(want.shape);
        expect(maxAbsDiff(values.get(o.name)!.data, want.data), `${c} output ${k}`).to.be.at.most(
          TOLERANCE,
        );
      });
      supported.push(c);
    }
    expect(supported).to.have.length(21);
    expect(refused).to.deep.equal([
      "test_attention_3d",
      "test_attention_3d_causal",
      "test_attention_4d",
      "test_attention_4d_attn_mask",
      "test_attention_4d_causal",
      "test_attention_4d_scaled",
      "test_layer_normalization_3d_axis_negative_1_epsilon_expanded",
      "test_matmulinteger",
      "test_qlinearmatmul_2D_int8_float32",
      "test_qlinearmatmul_3D_int8_float32",
      "test_softmax_large_number_expanded",
    ]);
  });

  it("an unsupported node fails before anything runs, naming the node, its op and its position", function () {
    const { model, x } = ezkl("self_attention");
    const nodes = model.graph.nodes.map((n) => ({ ...n }));
    nodes[22] = { ...nodes[22], opType: "Relu" };
    const bad = { ...model, graph: { ...model.graph, nodes } };
    expect(() => evaluateOnnxGraph(bad, new Map([["input", x]]), "network.onnx")).to.throw(
      'onnx: node "/attention/c_attn/MatMul" (op Relu) at position 22 of network.onnx is not supported; supported: Add, Cast, Concat, Constant, ConstantOfShape, Div, Equal, Erf, Gather, Gemm, Identity, LayerNormalization, MatMul, Mul, NonZero, Pow, Range, ReduceMean, Reshape, Shape, Slice, Softmax, Split, Sqrt, Squeeze, Sub, Tanh, Transpose, Unsqueeze, Where',
    );
  });

  describe("ezkl's self_attention: one nanoGPT block (n_embd 64, 4 heads, T = 64, opset 10)", function () {
    const { model, x } = ezkl("self_attention");
    const block = matchGptBlock(model, x, "self_attention");
    const x2d: Tensor = { shape: [64, 64], data: x.data };

    it("matches onto the stages: 64 channels, 4 heads, no attention biases, MLP biases, mask fill −10", function () {
      expect(block.nEmbd).to.equal(64);
      expect(block.nHead).to.equal(4);
      expect(block.biases).to.deep.equal({
        cAttn: false,
        attnProj: false,
        fc: true,
        mlpProj: true,
      });
      expect(block.maskFill).to.equal(-10);
      // Not chai's closeTo: hardhat-ethers-chai-matchers (loaded by the contract tests in the same
      // mocha run) replaces it with a BigInt-only version.
      expect(Math.abs(block.eps[0] - 1e-5)).to.be.below(1e-12);
    });

    it("the graph equals the stages' float reference within 1e-5 on ezkl's input", function () {
      expect(maxAbsDiff(run(model, x).data, blockForward(block, x2d).out.data)).to.be.at.most(
        TOLERANCE,
      );
    });

    it("on a random input too, once the graph's −10 mask fill is made −∞ (the stages' causal mask)", function () {
      const nodes = model.graph.nodes.map((n) =>
        n.name === "/attention/Constant_15"
          ? {
              ...n,
              attributes: new Map([
                [
                  "value",
                  {
                    type: "TENSOR" as const,
                    value: {
                      name: "",
                      dims: [],
                      dataType: "FLOAT" as const,
                      data: Float32Array.of(-Infinity),
                    },
                  },
                ],
              ]),
            }
          : n,
      );
      const causal = { ...model, graph: { ...model.graph, nodes } };
      const r = randn(7);
      const g = run(causal, { shape: [1, 64, 64], data: r.data });
      expect(maxAbsDiff(g.data, blockForward(block, r).out.data)).to.be.at.most(TOLERANCE);
    });

    it("ezkl's input is constant rows: ln_1 is 0 there, so the attention quantizer cannot calibrate on it", function () {
      expect(blockForward(block, x2d).ln1.data.every((v) => v === 0)).to.equal(true);
      expect(() => quantizeBlockAttention(block, [x2d])).to.throw(
        "quantize: layer 0: the calibration output range is zero; calibrate on real inputs",
      );
    });

    it("integer attention, calibrated on 16 seeded N(0,1) inputs: cosine ≥ 0.999 on ezkl's input and on held-out inputs", function () {
      // Calibrating on one input clips held-out rows' ln_1 tails at ±127 (attention cosine
      // 0.996–0.999); 16 inputs widen the per-channel ranges.
      const p = quantizeBlockAttention(
        block,
        Array.from({ length: 16 }, (_, i) => randn(10 + i)),
      );
      const onEzkl = blockForward(block, x2d, intBlockAttention(p));
      expect(cosine(onEzkl.out.data, blockForward(block, x2d).out.data)).to.be.at.least(0.999);
      for (const seed of [2, 3]) {
        const held = randn(seed);
        const q = blockForward(block, held, intBlockAttention(p));
        const f = blockForward(block, held);
        expect(cosine(q.attn.data, f.attn.data), `attention, seed ${seed}`).to.be.at.least(0.999);
        expect(cosine(q.out.data, f.out.data), `block output, seed ${seed}`).to.be.at.least(0.999);
      }
    });
  });
});
