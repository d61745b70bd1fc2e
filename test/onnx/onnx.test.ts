import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "chai";

import {
  matmul,
  mergeHeads,
  scaledDotProductAttention,
  softmax,
  splitHeads,
} from "../../src/model/float.js";
import type { Tensor } from "../../src/model/stateDict.js";
import {
  decodeModelProto,
  decodeTensorProto,
  floatAttribute,
  intAttribute,
  ONNX_DATA_TYPES,
  onnxTensorToFloat64,
  readOnnxModel,
  readTensorProto,
  type OnnxNode,
  type OnnxTensor,
} from "../../src/onnx/tensorProto.js";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ONNX_DIR = path.join(PROJECT_ROOT, "test/fixtures/onnx-node-tests");

/** Tolerance against the ONNX float32 reference outputs (issue 2, item 4). */
const TOLERANCE = 1e-5;

/** One ONNX node test: the node of model.onnx, its inputs and expected outputs. */
function loadCase(name: string): {
  node: OnnxNode;
  opset: number;
  inputs: OnnxTensor[];
  outputs: OnnxTensor[];
} {
  const dir = path.join(ONNX_DIR, name);
  const model = readOnnxModel(path.join(dir, "model.onnx"));
  expect(model.graph.nodes, `${name} is a one-node graph`).to.have.length(1);
  const opset = model.opsets.find((o) => o.domain === "")?.version ?? 0;
  const read = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) =>
      readTensorProto(path.join(dir, "test_data_set_0", `${prefix}_${i}.pb`)),
    );
  return {
    node: model.graph.nodes[0],
    opset,
    inputs: read("input", model.graph.inputs.length),
    outputs: read("output", model.graph.outputs.length),
  };
}

function maxAbsError(expected: Tensor, actual: Tensor): number {
  expect(actual.shape).to.deep.equal(expected.shape);
  let worst = 0;
  for (let i = 0; i < expected.data.length; i++)
    worst = Math.max(worst, Math.abs(expected.data[i] - actual.data[i]));
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

/** Attributes of ONNX Attention (opset 23) that {@link runAttention} implements. */
const SUPPORTED_ATTENTION_ATTRIBUTES = new Set([
  "is_causal",
  "scale",
  "q_num_heads",
  "kv_num_heads",
]);

/**
 * ONNX Attention (opset 23) on our float functions: 3-D inputs [B, S, H*d] are split into heads
 * with q_num_heads / kv_num_heads and the output merged back (spec: "3D inputs"), 4-D inputs are
 * used as they are; optional attn_mask (bool: true = attend, float: added), is_causal, scale.
 */
function runAttention(node: OnnxNode, inputs: OnnxTensor[]): Tensor {
  for (const name of node.attributes.keys()) {
    expect(SUPPORTED_ATTENTION_ATTRIBUTES.has(name), `attribute ${name} is implemented`).to.equal(
      true,
    );
  }
  const [q, k, v] = inputs.slice(0, 3).map(onnxTensorToFloat64);
  const maskProto = inputs[3];
  const threeD = q.shape.length === 3;
  const qHeads = intAttribute(node, "q_num_heads", 0);
  const kvHeads = intAttribute(node, "kv_num_heads", 0);
  const result = scaledDotProductAttention({
    q: threeD ? splitHeads(q, qHeads) : q,
    k: threeD ? splitHeads(k, kvHeads) : k,
    v: threeD ? splitHeads(v, kvHeads) : v,
    mask:
      maskProto === undefined
        ? undefined
        : {
            tensor: onnxTensorToFloat64(maskProto),
            kind: maskProto.dataType === "BOOL" ? "boolean" : "additive",
          },
    isCausal: intAttribute(node, "is_causal", 0) === 1,
    scale: floatAttribute(node, "scale", undefined),
  });
  return threeD ? mergeHeads(result.y) : result.y;
}

describe("ONNX operator test vectors (onnx 6be0677, shared/data/onnx-node-tests)", function () {
  describe("Attention, opset 23, on scaledDotProductAttention", function () {
    for (const name of ["4d", "4d_causal", "4d_scaled", "4d_attn_mask", "3d", "3d_causal"]) {
      const c = loadCase(`test_attention_${name}`);
      const expected = onnxTensorToFloat64(c.outputs[0]);
      const actual = runAttention(c.node, c.inputs);
      const err = maxAbsError(expected, actual);
      it(`reproduces test_attention_${name} ${JSON.stringify(expected.shape)} within ${TOLERANCE} (max abs error ${err.toExponential(2)})`, function () {
        expect(c.node.opType).to.equal("Attention");
        expect(c.opset).to.equal(23);
        expect(err).to.be.at.most(TOLERANCE);
      });
    }

    it("reads the attributes that distinguish the cases from model.onnx", function () {
      expect(intAttribute(loadCase("test_attention_4d_causal").node, "is_causal", 0)).to.equal(1);
      expect(
        floatAttribute(loadCase("test_attention_4d_scaled").node, "scale", undefined),
      ).to.equal(Math.fround(0.01));
      const threeD = loadCase("test_attention_3d_causal").node;
      expect([
        intAttribute(threeD, "q_num_heads", 0),
        intAttribute(threeD, "kv_num_heads", 0),
      ]).to.deep.equal([3, 3]);
      expect(loadCase("test_attention_4d").node.attributes.size).to.equal(0);
    });

    it("the causal and scaled cases differ from the plain one (the attributes matter)", function () {
      const plain = onnxTensorToFloat64(loadCase("test_attention_4d").outputs[0]);
      for (const name of ["4d_causal", "4d_scaled", "4d_attn_mask"]) {
        expect(
          maxAbsError(plain, onnxTensorToFloat64(loadCase(`test_attention_${name}`).outputs[0])),
          name,
        ).to.be.greaterThan(1e-3);
      }
    });
  });

  describe("Softmax, opset 13, on softmax()", function () {
    for (const name of ["example", "default_axis", "axis_2", "large_number"]) {
      const c = loadCase(`test_softmax_${name}`);
      const expected = onnxTensorToFloat64(c.outputs[0]);
      const actual = softmax(onnxTensorToFloat64(c.inputs[0]), intAttribute(c.node, "axis", -1));
      const err = maxAbsError(expected, actual);
      it(`reproduces test_softmax_${name} ${JSON.stringify(expected.shape)} within ${TOLERANCE} (max abs error ${err.toExponential(2)})`, function () {
        expect(c.node.opType).to.equal("Softmax");
        // Before opset 13 Softmax flattened the input at `axis`; these vectors use the per-axis form.
        expect(c.opset).to.equal(13);
        expect(err).to.be.at.most(TOLERANCE);
      });
    }
  });

  describe("MatMul, opset 13, on matmul()", function () {
    for (const name of ["2d", "3d"]) {
      const c = loadCase(`test_matmul_${name}`);
      const expected = onnxTensorToFloat64(c.outputs[0]);
      const actual = matmul(onnxTensorToFloat64(c.inputs[0]), onnxTensorToFloat64(c.inputs[1]));
      const err = maxAbsError(expected, actual);
      it(`reproduces test_matmul_${name} ${JSON.stringify(expected.shape)} within ${TOLERANCE} (max abs error ${err.toExponential(2)})`, function () {
        expect(c.node.opType).to.equal("MatMul");
        expect(err).to.be.at.most(TOLERANCE);
      });
    }

    it("reproduces test_matmulinteger exactly from the decoded UINT8 inputs and INT32 output", function () {
      const c = loadCase("test_matmulinteger");
      const [a, b, aZero, bZero] = c.inputs.map(onnxTensorToFloat64);
      const shift = (t: Tensor, zero: number): Tensor => ({
        shape: t.shape,
        data: t.data.map((x) => x - zero),
      });
      const y = matmul(shift(a, aZero.data[0]), shift(b, bZero.data[0]));
      expect(c.outputs[0].dataType).to.equal("INT32");
      expect(Array.from(y.data)).to.deep.equal(Array.from(onnxTensorToFloat64(c.outputs[0]).data));
    });
  });

  describe("TensorProto decoder", function () {
    it("decodes every vector with the name, element type and shape that its model.onnx declares", function () {
      const dirs = [
        "attention_4d",
        "attention_4d_attn_mask",
        "attention_3d",
        "softmax_axis_2",
        "matmul_3d",
        "matmulinteger",
      ]
        .concat([
          "qlinearmatmul_2D_int8_float32",
          "qlinearmatmul_3D_int8_float32",
          "layer_normalization_default_axis",
        ])
        .map((n) => `test_${n}`);
      for (const name of dirs) {
        const model = readOnnxModel(path.join(ONNX_DIR, name, "model.onnx"));
        const c = loadCase(name);
        const declared = [...model.graph.inputs, ...model.graph.outputs];
        [...c.inputs, ...c.outputs].forEach((t, i) => {
          expect(t.name, name).to.equal(declared[i].name);
          expect(ONNX_DATA_TYPES[t.dataType], `${name} ${t.name}`).to.equal(declared[i].elemType);
          expect(t.dims, `${name} ${t.name}`).to.deep.equal(declared[i].shape);
          expect(t.data.length).to.equal(t.dims.reduce((x, y) => x * y, 1));
        });
      }
    });

    it("decodes packed float_data and negative int64_data (10-byte varints) from the typed fields", function () {
      const floats = Buffer.alloc(8);
      floats.writeFloatLE(1.5, 0);
      floats.writeFloatLE(-2, 4);
      // dims [2], data_type FLOAT, float_data (field 4, packed), name "f"
      const f = decodeTensorProto(
        Buffer.concat([
          Buffer.from([0x08, 0x02, 0x10, 0x01, 0x22, 0x08]),
          floats,
          Buffer.from([0x42, 0x01, 0x66]),
        ]),
      );
      expect(f).to.deep.include({ name: "f", dims: [2], dataType: "FLOAT" });
      expect(Array.from(f.data as Float32Array)).to.deep.equal([1.5, -2]);
      // dims [1], data_type INT64, int64_data (field 7, unpacked) = -3 as a 10-byte two's-complement varint
      const minus3 = [0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
      const i = decodeTensorProto(Uint8Array.from([0x08, 0x01, 0x10, 0x07, 0x38, ...minus3]));
      expect(Array.from(i.data as BigInt64Array)).to.deep.equal([-3n]);
    });

    it("rejects a truncated file, naming the offsets", function () {
      const bytes = readFileSync(
        path.join(ONNX_DIR, "test_attention_4d/test_data_set_0/input_0.pb"),
      );
      expect(throwsMessage(() => decodeTensorProto(bytes.subarray(0, 100), "cut.pb"))).to.equal(
        "onnx: cut.pb is truncated or corrupt (protobuf: index out of range: 16 + 768 > 100)",
      );
      expect(
        throwsMessage(() => decodeTensorProto(Uint8Array.from([0x08, 0x80]), "cut.pb")),
      ).to.equal("onnx: cut.pb is truncated or corrupt (protobuf: index out of range: 2 + 1 > 2)");
    });

    it("rejects an unsupported data type, naming it", function () {
      // dims [2], data_type FLOAT16 (10), name "h", raw_data 4 bytes
      const bytes = Uint8Array.from([
        0x08, 0x02, 0x10, 0x0a, 0x42, 0x01, 0x68, 0x4a, 0x04, 0, 0, 0, 0,
      ]);
      expect(throwsMessage(() => decodeTensorProto(bytes, "f16.pb"))).to.equal(
        'onnx: tensor "h" in f16.pb has data type FLOAT16; supported: FLOAT, UINT8, INT8, INT32, INT64, BOOL, DOUBLE',
      );
    });

    it("rejects raw_data whose length does not match the dims", function () {
      // dims [3], data_type FLOAT, name "x", raw_data 8 bytes
      const bytes = Uint8Array.from([
        0x08, 0x03, 0x10, 0x01, 0x42, 0x01, 0x78, 0x4a, 0x08, 0, 0, 0, 0, 0, 0, 0, 0,
      ]);
      expect(throwsMessage(() => decodeTensorProto(bytes, "short.pb"))).to.equal(
        'onnx: tensor "x" in short.pb has 8 bytes of raw_data; FLOAT [3] needs 12',
      );
    });

    it("rejects external data and unknown wire types", function () {
      // dims [1], data_type FLOAT, data_location EXTERNAL (field 14 = 1)
      expect(
        throwsMessage(() =>
          decodeTensorProto(Uint8Array.from([0x08, 0x01, 0x10, 0x01, 0x70, 0x01]), "ext.pb"),
        ),
      ).to.equal(
        "onnx: tensor in ext.pb uses external data, which is not supported; embed the data in raw_data",
      );
      // field 15 with wire type 3 (deprecated group) and no end: protobufjs reads past the end
      expect(throwsMessage(() => decodeTensorProto(Uint8Array.from([0x7b]), "grp.pb"))).to.equal(
        "onnx: grp.pb is truncated or corrupt (protobuf: index out of range: 1 + 10 > 1)",
      );
    });

    it("rejects a model file without a graph", function () {
      expect(
        throwsMessage(() => decodeModelProto(Uint8Array.from([0x08, 0x0b]), "m.onnx")),
      ).to.equal("onnx: m.onnx has no graph; is it a model.onnx file?");
    });
  });
});
