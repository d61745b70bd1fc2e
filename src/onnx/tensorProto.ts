/**
 * Decoder of ONNX protobuf files: `TensorProto` (.pb test vectors) and the parts of `ModelProto`
 * (model.onnx) needed to read a graph's nodes and their attributes.
 *
 * The protobuf wire format is decoded by the `onnx-proto` package (protobufjs code generated from
 * onnx/onnx.proto of ONNX 1.10.2; fields added by later ONNX versions are skipped as unknown).
 * This module maps its messages onto the plain types below and checks what protobuf cannot:
 * tensors of FLOAT, UINT8, INT8, INT32, INT64, BOOL and DOUBLE stored in `raw_data`
 * (little-endian) or in the typed fields; external data, strings and sparse tensors are rejected.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file is malformed or
 * outside what is supported) whose message starts with `onnx: `.
 */
import { ZkattnUserError } from "../errors.js";
import { readFileSync } from "node:fs";
import onnxProto from "onnx-proto";
import type { Tensor } from "../model/stateDict.js";

const { onnx } = onnxProto;

/** `TensorProto.DataType` values (onnx.proto) that this decoder supports, by name. */
export const ONNX_DATA_TYPES = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
  DOUBLE: 11,
} as const;

/** Name of a supported ONNX element type. */
export type OnnxDataType = keyof typeof ONNX_DATA_TYPES;

/** Every `TensorProto.DataType` name (onnx.proto), for error messages about unsupported types. */
const ALL_DATA_TYPE_NAMES: Record<number, string> = {
  0: "UNDEFINED",
  1: "FLOAT",
  2: "UINT8",
  3: "INT8",
  4: "UINT16",
  5: "INT16",
  6: "INT32",
  7: "INT64",
  8: "STRING",
  9: "BOOL",
  10: "FLOAT16",
  11: "DOUBLE",
  12: "UINT32",
  13: "UINT64",
  14: "COMPLEX64",
  15: "COMPLEX128",
  16: "BFLOAT16",
};

/** Bytes per element in `raw_data` for each supported type. */
const ELEMENT_BYTES: Record<OnnxDataType, number> = {
  FLOAT: 4,
  UINT8: 1,
  INT8: 1,
  INT32: 4,
  INT64: 8,
  BOOL: 1,
  DOUBLE: 8,
};

/** Element storage of a decoded tensor; BOOL is a Uint8Array of 0 / 1. */
export type OnnxTensorData =
  Float32Array | Float64Array | Uint8Array | Int8Array | Int32Array | BigInt64Array;

/** A decoded `TensorProto`: row-major data with `data.length === prod(dims)`. */
export interface OnnxTensor {
  /** `name` field (empty if absent). */
  name: string;
  /** Shape (`dims`); [] for a scalar. */
  dims: number[];
  dataType: OnnxDataType;
  data: OnnxTensorData;
}

/** One attribute of a node (`AttributeProto`); INT values are int64 converted to safe integers. */
export type OnnxAttribute =
  | { type: "FLOAT"; value: number }
  | { type: "INT"; value: number }
  | { type: "STRING"; value: string }
  | { type: "TENSOR"; value: OnnxTensor }
  | { type: "FLOATS"; value: number[] }
  | { type: "INTS"; value: number[] }
  | { type: "STRINGS"; value: string[] };

/** A graph node (`NodeProto`). */
export interface OnnxNode {
  name: string;
  opType: string;
  /** Operator domain; "" is the default ONNX domain. */
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Map<string, OnnxAttribute>;
}

/** A graph input or output (`ValueInfoProto`) with its tensor element type and shape if given. */
export interface OnnxValueInfo {
  name: string;
  /** `TensorProto.DataType` number of the element type (0 if absent). */
  elemType: number;
  /** Dimensions: a number for `dim_value`, a string for a symbolic `dim_param`. */
  shape: (number | string)[];
}

/** The parts of a `ModelProto` this decoder reads. */
export interface OnnxModel {
  irVersion: number;
  /** `opset_import`: operator set version per domain ("" = default ONNX domain). */
  opsets: { domain: string; version: number }[];
  graph: {
    name: string;
    nodes: OnnxNode[];
    inputs: OnnxValueInfo[];
    outputs: OnnxValueInfo[];
    initializers: OnnxTensor[];
  };
}

/** An int64 as protobufjs returns it (a `Long`, or a number without the long package). */
type Int64Like = number | { toString(): string };

function int64ToBigInt(v: Int64Like): bigint {
  return typeof v === "number" ? BigInt(v) : BigInt(v.toString());
}

/**
 * An int64 field as a safe integer.
 *
 * @throws `onnx: ` error naming the field when the value is beyond float64's exact integers.
 */
function int64ToNumber(v: Int64Like, field: string, source: string): number {
  const b = int64ToBigInt(v);
  if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ZkattnUserError(
      `onnx: ${field} in ${source} is ${b}, beyond float64's exact integers`,
    );
  }
  return Number(b);
}

const utf8 = new TextDecoder("utf-8");

/**
 * Runs a protobufjs decoder, turning its wire-format errors into `onnx: ` errors, followed by
 * `; <fix>` when given.
 */
function decodeWith<T>(decode: () => T, source: string, fix?: string): T {
  try {
    return decode();
  } catch (e) {
    throw new ZkattnUserError(
      `onnx: ${source} is truncated or corrupt (protobuf: ${(e as Error).message})${fix ? `; ${fix}` : ""}`,
    );
  }
}

function has(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

function dataTypeName(code: number, source: string, tensorName: string): OnnxDataType {
  const entry = Object.entries(ONNX_DATA_TYPES).find(([, v]) => v === code);
  if (entry === undefined) {
    const name = ALL_DATA_TYPE_NAMES[code] ?? `unknown (${code})`;
    throw new ZkattnUserError(
      `onnx: tensor "${tensorName}" in ${source} has data type ${name}; supported: ${Object.keys(ONNX_DATA_TYPES).join(", ")}`,
    );
  }
  return entry[0] as OnnxDataType;
}

/** Copies little-endian raw bytes into a typed array of the given element type. */
function fromRaw(raw: Uint8Array, type: OnnxDataType, count: number): OnnxTensorData {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  switch (type) {
    case "FLOAT": {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat32(4 * i, true);
      return out;
    }
    case "DOUBLE": {
      const out = new Float64Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getFloat64(8 * i, true);
      return out;
    }
    case "INT32": {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt32(4 * i, true);
      return out;
    }
    case "INT64": {
      const out = new BigInt64Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getBigInt64(8 * i, true);
      return out;
    }
    case "INT8":
      return Int8Array.from(new Int8Array(raw.buffer, raw.byteOffset, count));
    case "UINT8":
      return Uint8Array.from(raw.subarray(0, count));
    case "BOOL":
      return Uint8Array.from(raw.subarray(0, count), (b) => (b !== 0 ? 1 : 0));
  }
}

/** Converts values read from a typed field (`float_data`, `int32_data`, ...) into the element type. */
function fromTyped(values: number[], type: Exclude<OnnxDataType, "INT64">): OnnxTensorData {
  switch (type) {
    case "FLOAT":
      return Float32Array.from(values);
    case "DOUBLE":
      return Float64Array.from(values);
    case "INT32":
      return Int32Array.from(values);
    case "INT8":
      return Int8Array.from(values);
    case "UINT8":
      return Uint8Array.from(values);
    case "BOOL":
      return Uint8Array.from(values, (v) => (v !== 0 ? 1 : 0));
  }
}

function tensorFromProto(t: onnxProto.onnx.ITensorProto, source: string): OnnxTensor {
  const name = t.name ?? "";
  const label = name === "" ? "(unnamed)" : name;
  if ((t.stringData?.length ?? 0) > 0 || (t.uint64Data?.length ?? 0) > 0) {
    throw new ZkattnUserError(
      `onnx: tensor in ${source} uses ${(t.stringData?.length ?? 0) > 0 ? "string_data" : "uint64_data"}, which is not supported`,
    );
  }
  if (
    t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL ||
    (t.externalData?.length ?? 0) > 0
  ) {
    throw new ZkattnUserError(
      `onnx: tensor in ${source} uses external data, which is not supported; embed the data in raw_data`,
    );
  }
  const dataType = dataTypeName(t.dataType ?? 0, source, label);
  const dims = (t.dims ?? []).map((d) => int64ToNumber(d, `a dim of tensor "${label}"`, source));
  if (dims.some((d) => d < 0))
    throw new ZkattnUserError(
      `onnx: tensor "${label}" in ${source} has negative dims [${dims.join(", ")}]`,
    );
  const count = dims.reduce((a, b) => a * b, 1);
  const typed: [string, number[]][] = [
    ["FLOAT", t.floatData ?? []],
    ["INT32", t.int32Data ?? []],
    ["DOUBLE", t.doubleData ?? []],
  ];
  const int64 = t.int64Data ?? [];
  const fieldOf: Record<OnnxDataType, string> = {
    FLOAT: "FLOAT",
    DOUBLE: "DOUBLE",
    INT32: "INT32",
    INT8: "INT32",
    UINT8: "INT32",
    BOOL: "INT32",
    INT64: "INT64",
  };
  const used = [
    ...typed.filter(([, v]) => v.length > 0).map(([k]) => k),
    ...(int64.length > 0 ? ["INT64"] : []),
  ];
  let data: OnnxTensorData;
  if (has(t, "rawData") && t.rawData !== null && t.rawData !== undefined) {
    if (used.length > 0)
      throw new ZkattnUserError(
        `onnx: tensor "${label}" in ${source} has both raw_data and typed data fields`,
      );
    const need = count * ELEMENT_BYTES[dataType];
    if (t.rawData.length !== need) {
      throw new ZkattnUserError(
        `onnx: tensor "${label}" in ${source} has ${t.rawData.length} bytes of raw_data; ${dataType} [${dims.join(", ")}] needs ${need}`,
      );
    }
    data = fromRaw(t.rawData, dataType, count);
  } else {
    if (used.some((f) => f !== fieldOf[dataType])) {
      throw new ZkattnUserError(
        `onnx: tensor "${label}" in ${source} stores ${dataType} data in the wrong typed field`,
      );
    }
    const n =
      dataType === "INT64"
        ? int64.length
        : (typed.find(([k]) => k === fieldOf[dataType])?.[1].length ?? 0);
    if (n !== count) {
      throw new ZkattnUserError(
        `onnx: tensor "${label}" in ${source} has ${n} values; ${dataType} [${dims.join(", ")}] needs ${count}`,
      );
    }
    data =
      dataType === "INT64"
        ? BigInt64Array.from(int64, int64ToBigInt)
        : fromTyped(typed.find(([k]) => k === fieldOf[dataType])?.[1] ?? [], dataType);
  }
  return { name, dims, dataType, data };
}

/**
 * Decodes a serialized `TensorProto`.
 *
 * @param bytes the message bytes.
 * @param source a label for error messages (e.g. the file path).
 * @throws `onnx: ` errors for truncated/corrupt bytes, an unsupported data type, external data, or
 *   a data length that does not match the dims.
 */
export function decodeTensorProto(bytes: Uint8Array, source = "TensorProto"): OnnxTensor {
  return tensorFromProto(
    decodeWith(() => onnx.TensorProto.decode(bytes), source),
    source,
  );
}

/** Reads and decodes a `TensorProto` file (an ONNX test vector `input_N.pb` / `output_N.pb`). */
export function readTensorProto(path: string): OnnxTensor {
  return decodeTensorProto(readBytes(path), path);
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ZkattnUserError(`onnx: cannot read ${path}: ${(e as Error).message}`);
  }
}

/**
 * Widens a decoded tensor to a float64 {@link Tensor} (shape = dims).
 *
 * @throws `onnx: ` error for an INT64 element outside the safe-integer range.
 */
export function onnxTensorToFloat64(t: OnnxTensor): Tensor {
  return widen(t, false);
}

/**
 * {@link onnxTensorToFloat64}, except that an INT64 element beyond float64's exact integers
 * becomes ±(2^53 − 1): exporters write INT64_MAX / INT64_MIN as "to the end" in `Slice` starts
 * and ends (torch's `x[:, :, a:b]`), which the evaluator clamps to the axis anyway.
 */
export function onnxTensorToFloat64Saturated(t: OnnxTensor): Tensor {
  return widen(t, true);
}

function widen(t: OnnxTensor, saturate: boolean): Tensor {
  const out = new Float64Array(t.data.length);
  if (t.data instanceof BigInt64Array) {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    for (let i = 0; i < out.length; i++) {
      const v = t.data[i];
      if (v > max || v < -max) {
        if (saturate) {
          out[i] = v > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
          continue;
        }
        throw new ZkattnUserError(
          `onnx: tensor "${t.name}" holds ${v} at flat index ${i}, beyond float64's exact integers`,
        );
      }
      out[i] = Number(v);
    }
  } else {
    for (let i = 0; i < out.length; i++) out[i] = t.data[i];
  }
  return { shape: [...t.dims], data: out };
}

/** `AttributeProto.AttributeType` values (onnx.proto). */
const ATTRIBUTE_TYPES: Record<number, string> = {
  1: "FLOAT",
  2: "INT",
  3: "STRING",
  4: "TENSOR",
  5: "GRAPH",
  6: "FLOATS",
  7: "INTS",
  8: "STRINGS",
  9: "TENSORS",
  10: "GRAPHS",
  11: "SPARSE_TENSOR",
  12: "SPARSE_TENSORS",
  13: "TYPE_PROTO",
  14: "TYPE_PROTOS",
};

function attributeFromProto(
  a: onnxProto.onnx.IAttributeProto,
  source: string,
): { name: string; attr: OnnxAttribute } {
  const name = a.name ?? "";
  const floats = a.floats ?? [];
  const ints = (a.ints ?? []).map((v) => int64ToNumber(v, `attribute "${name}"`, source));
  const strings = (a.strings ?? []).map((b) => utf8.decode(b));
  const setField = (["f", "i", "s", "t"] as const).find((k) => has(a, k));
  const unsupported = [
    "g",
    "sparseTensor",
    "tp",
    "tensors",
    "graphs",
    "sparseTensors",
    "typeProtos",
  ].find(
    (k) =>
      has(a, k) &&
      !(
        Array.isArray((a as Record<string, unknown>)[k]) &&
        (a as Record<string, unknown[]>)[k].length === 0
      ),
  );
  // IR versions < 3 may omit `type`: infer it from the field that is set.
  const type =
    ATTRIBUTE_TYPES[a.type ?? 0] ??
    (setField !== undefined
      ? { f: "FLOAT", i: "INT", s: "STRING", t: "TENSOR" }[setField]
      : floats.length > 0
        ? "FLOATS"
        : ints.length > 0
          ? "INTS"
          : strings.length > 0
            ? "STRINGS"
            : (unsupported ?? "UNDEFINED"));
  switch (type) {
    case "FLOAT":
      return { name, attr: { type, value: a.f ?? 0 } };
    case "INT":
      return {
        name,
        attr: { type, value: int64ToNumber(a.i ?? 0, `attribute "${name}"`, source) },
      };
    case "STRING":
      return { name, attr: { type, value: utf8.decode(a.s ?? new Uint8Array()) } };
    case "TENSOR":
      if (a.t === undefined || a.t === null)
        throw new ZkattnUserError(
          `onnx: attribute "${name}" in ${source} is a TENSOR without a tensor`,
        );
      return { name, attr: { type, value: tensorFromProto(a.t, source) } };
    case "FLOATS":
      return { name, attr: { type, value: [...floats] } };
    case "INTS":
      return { name, attr: { type, value: ints } };
    case "STRINGS":
      return { name, attr: { type, value: strings } };
    default:
      throw new ZkattnUserError(
        `onnx: attribute "${name}" in ${source} has type ${type}, which is not supported`,
      );
  }
}

function nodeFromProto(n: onnxProto.onnx.INodeProto, source: string): OnnxNode {
  const attributes = new Map<string, OnnxAttribute>();
  for (const a of n.attribute ?? []) {
    const { name, attr } = attributeFromProto(a, source);
    attributes.set(name, attr);
  }
  return {
    name: n.name ?? "",
    opType: n.opType ?? "",
    domain: n.domain ?? "",
    inputs: [...(n.input ?? [])],
    outputs: [...(n.output ?? [])],
    attributes,
  };
}

function valueInfoFromProto(v: onnxProto.onnx.IValueInfoProto, source: string): OnnxValueInfo {
  const tensorType = v.type?.tensorType;
  const name = v.name ?? "";
  return {
    name,
    elemType: tensorType?.elemType ?? 0,
    shape: (tensorType?.shape?.dim ?? []).map((d): number | string =>
      has(d, "dimValue") && d.dimValue !== null && d.dimValue !== undefined
        ? int64ToNumber(d.dimValue, `a dim of "${name}"`, source)
        : has(d, "dimParam") && typeof d.dimParam === "string"
          ? d.dimParam
          : "?",
    ),
  };
}

/**
 * Decodes the parts of a serialized `ModelProto` listed in {@link OnnxModel}.
 *
 * @throws `onnx: ` errors for truncated/corrupt bytes, a model without a graph, or an attribute of
 *   an unsupported type (GRAPH, SPARSE_TENSOR, TYPE_PROTO and their lists).
 */
export function decodeModelProto(bytes: Uint8Array, source = "ModelProto"): OnnxModel {
  const m = decodeWith(
    () => onnx.ModelProto.decode(bytes),
    source,
    "copy it again, or export it again with torch.onnx.export",
  );
  const g = m.graph;
  if (g === null || g === undefined) {
    throw new ZkattnUserError(`onnx: ${source} has no graph; is it a model.onnx file?`);
  }
  return {
    irVersion: int64ToNumber(m.irVersion ?? 0, "ir_version", source),
    opsets: (m.opsetImport ?? []).map((o) => ({
      domain: o.domain ?? "",
      version: int64ToNumber(o.version ?? 0, "an opset version", source),
    })),
    graph: {
      name: g.name ?? "",
      nodes: (g.node ?? []).map((n) => nodeFromProto(n, source)),
      inputs: (g.input ?? []).map((v) => valueInfoFromProto(v, source)),
      outputs: (g.output ?? []).map((v) => valueInfoFromProto(v, source)),
      initializers: (g.initializer ?? []).map((t) => tensorFromProto(t, source)),
    },
  };
}

/** Reads and decodes a `model.onnx` file (see {@link decodeModelProto}). */
export function readOnnxModel(path: string): OnnxModel {
  return decodeModelProto(readBytes(path), path);
}

/**
 * Reads an INT attribute of a node, or `fallback` when absent.
 *
 * @throws `onnx: ` error if the attribute exists with another type.
 */
export function intAttribute(node: OnnxNode, name: string, fallback: number): number {
  const a = node.attributes.get(name);
  if (a === undefined) return fallback;
  if (a.type !== "INT")
    throw new ZkattnUserError(
      `onnx: attribute "${name}" of ${node.opType} is ${a.type}; expected INT`,
    );
  return a.value;
}

/**
 * Reads a FLOAT attribute of a node, or `fallback` (possibly undefined) when absent.
 *
 * @throws `onnx: ` error if the attribute exists with another type.
 */
export function floatAttribute<T extends number | undefined>(
  node: OnnxNode,
  name: string,
  fallback: T,
): number | T {
  const a = node.attributes.get(name);
  if (a === undefined) return fallback;
  if (a.type !== "FLOAT")
    throw new ZkattnUserError(
      `onnx: attribute "${name}" of ${node.opType} is ${a.type}; expected FLOAT`,
    );
  return a.value;
}
