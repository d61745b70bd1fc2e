/**
 * Minimal decoder of ONNX protobuf files: `TensorProto` (.pb test vectors) and just enough of
 * `ModelProto` (model.onnx) to read a graph's nodes and their attributes.
 *
 * Field numbers follow onnx/onnx.proto (ONNX IR version 11); the wire format follows
 * protobuf.dev/programming-guides/encoding (varints, wire types 0 / 1 / 2 / 5, packed repeated
 * scalars). Only what the operator test vectors in `test/fixtures/onnx-node-tests` use is supported:
 * tensors of FLOAT, UINT8, INT8, INT32, INT64, BOOL and DOUBLE stored in `raw_data` (little-endian)
 * or in the typed fields; external data, strings and sparse tensors are rejected.
 *
 * Every error thrown by this module is an `Error` whose message starts with `onnx: `.
 */
import { readFileSync } from "node:fs";
import type { Tensor } from "../model/stateDict.js";

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

const WIRE_VARINT = 0;
const WIRE_64BIT = 1;
const WIRE_LEN = 2;
const WIRE_32BIT = 5;

/** A protobuf wire-format reader over a byte range; errors name the source and the offset. */
class ProtoReader {
  private pos: number;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly source: string,
    start = 0,
    private readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  private truncated(what: string, need: number): never {
    throw new Error(
      `onnx: ${this.source} is truncated or corrupt: ${what} needs ${need} byte(s) at offset ${this.pos} ` +
        `but the enclosing message ends at ${this.end}`,
    );
  }

  /** Reads a base-128 varint as an unsigned 64-bit bigint. */
  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) this.truncated("a varint", 1);
      const b = this.bytes[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return BigInt.asUintN(64, result);
      shift += 7n;
    }
    throw new Error(
      `onnx: ${this.source} is corrupt: a varint at offset ${this.pos - 10} is longer than 10 bytes`,
    );
  }

  /** Reads a varint that must be a non-negative safe integer (lengths, tags, enums, counts). */
  uint(what: string): number {
    const v = this.varint();
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new Error(`onnx: ${this.source}: ${what} = ${v} at offset ${this.pos} is too large`);
    }
    return Number(v);
  }

  /** Reads an int64 varint (two's complement) as a safe integer. */
  int64(what: string): number {
    const v = BigInt.asIntN(64, this.varint());
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(`onnx: ${this.source}: ${what} = ${v} is outside the safe integer range`);
    }
    return Number(v);
  }

  /** Reads a field key: returns the field number and the wire type. */
  tag(): { field: number; wire: number } {
    const key = this.uint("field key");
    return { field: Math.floor(key / 8), wire: key % 8 };
  }

  /** Reads `n` raw bytes (a view, no copy). */
  take(n: number, what: string): Uint8Array {
    if (this.pos + n > this.end) this.truncated(what, n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Reads a length-delimited field's payload. */
  lengthDelimited(what: string): Uint8Array {
    const n = this.uint(`length of ${what}`);
    return this.take(n, what);
  }

  /** Reader over a length-delimited embedded message. */
  message(what: string): ProtoReader {
    const n = this.uint(`length of ${what}`);
    if (this.pos + n > this.end) this.truncated(what, n);
    const sub = new ProtoReader(this.bytes, this.source, this.pos, this.pos + n);
    this.pos += n;
    return sub;
  }

  string(what: string): string {
    return new TextDecoder("utf-8", { fatal: false }).decode(this.lengthDelimited(what));
  }

  float32(): number {
    const b = this.take(4, "a 32-bit value");
    return new DataView(b.buffer, b.byteOffset, 4).getFloat32(0, true);
  }

  float64(): number {
    const b = this.take(8, "a 64-bit value");
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  /** Skips a field of the given wire type. */
  skip(wire: number, field: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_64BIT:
        this.take(8, `field ${field}`);
        return;
      case WIRE_LEN:
        this.lengthDelimited(`field ${field}`);
        return;
      case WIRE_32BIT:
        this.take(4, `field ${field}`);
        return;
      default:
        throw new Error(
          `onnx: ${this.source} is corrupt: field ${field} has unsupported wire type ${wire} at offset ${this.pos}`,
        );
    }
  }

  /**
   * Reads a repeated varint field occurrence, packed (wire type 2) or not (wire type 0), calling
   * `push` for each int64 element.
   */
  repeatedInt64(wire: number, what: string, push: (v: number) => void): void {
    if (wire === WIRE_VARINT) {
      push(this.int64(what));
    } else if (wire === WIRE_LEN) {
      const sub = this.message(what);
      while (!sub.done) push(sub.int64(what));
    } else {
      throw new Error(
        `onnx: ${this.source}: ${what} has wire type ${wire}; expected a varint or packed varints`,
      );
    }
  }

  /** Reads a repeated fixed-width field occurrence (float: 4 bytes, double: 8), packed or not. */
  repeatedFixed(wire: number, width: 4 | 8, what: string, push: (v: number) => void): void {
    const single = width === 4 ? WIRE_32BIT : WIRE_64BIT;
    if (wire === single) {
      push(width === 4 ? this.float32() : this.float64());
    } else if (wire === WIRE_LEN) {
      const sub = this.message(what);
      while (!sub.done) push(width === 4 ? sub.float32() : sub.float64());
    } else {
      throw new Error(
        `onnx: ${this.source}: ${what} has wire type ${wire}; expected ${width * 8}-bit values`,
      );
    }
  }
}

function expectWire(source: string, what: string, wire: number, want: number): void {
  if (wire !== want)
    throw new Error(`onnx: ${source}: ${what} has wire type ${wire}; expected ${want}`);
}

function dataTypeName(code: number, source: string, tensorName: string): OnnxDataType {
  const entry = Object.entries(ONNX_DATA_TYPES).find(([, v]) => v === code);
  if (entry === undefined) {
    const name = ALL_DATA_TYPE_NAMES[code] ?? `unknown (${code})`;
    throw new Error(
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
function fromTyped(values: number[], type: OnnxDataType): OnnxTensorData {
  switch (type) {
    case "FLOAT":
      return Float32Array.from(values);
    case "DOUBLE":
      return Float64Array.from(values);
    case "INT32":
      return Int32Array.from(values);
    case "INT64":
      return BigInt64Array.from(values, (v) => BigInt(v));
    case "INT8":
      return Int8Array.from(values);
    case "UINT8":
      return Uint8Array.from(values);
    case "BOOL":
      return Uint8Array.from(values, (v) => (v !== 0 ? 1 : 0));
  }
}

/** The typed field (onnx.proto) that holds each type when `raw_data` is not used. */
const TYPED_FIELD: Record<OnnxDataType, number> = {
  FLOAT: 4,
  DOUBLE: 10,
  INT32: 5,
  INT8: 5,
  UINT8: 5,
  BOOL: 5,
  INT64: 7,
};

function decodeTensorFrom(r: ProtoReader, source: string): OnnxTensor {
  const dims: number[] = [];
  let dataTypeCode = 0;
  let name = "";
  let raw: Uint8Array | undefined;
  const typed = new Map<number, number[]>();
  const typedPush = (field: number) => (v: number) => {
    let arr = typed.get(field);
    if (arr === undefined) typed.set(field, (arr = []));
    arr.push(v);
  };
  while (!r.done) {
    const { field, wire } = r.tag();
    switch (field) {
      case 1:
        r.repeatedInt64(wire, "dims", (v) => dims.push(v));
        break;
      case 2:
        expectWire(source, "data_type", wire, WIRE_VARINT);
        dataTypeCode = r.uint("data_type");
        break;
      case 4:
        r.repeatedFixed(wire, 4, "float_data", typedPush(4));
        break;
      case 5:
      case 7:
        r.repeatedInt64(wire, field === 5 ? "int32_data" : "int64_data", typedPush(field));
        break;
      case 10:
        r.repeatedFixed(wire, 8, "double_data", typedPush(10));
        break;
      case 8:
        expectWire(source, "name", wire, WIRE_LEN);
        name = r.string("name");
        break;
      case 9:
        expectWire(source, "raw_data", wire, WIRE_LEN);
        raw = r.lengthDelimited("raw_data");
        break;
      case 6:
      case 11:
        throw new Error(
          `onnx: tensor in ${source} uses ${field === 6 ? "string_data" : "uint64_data"}, which is not supported`,
        );
      case 13:
      case 14:
        throw new Error(
          `onnx: tensor in ${source} uses external data, which is not supported; embed the data in raw_data`,
        );
      default:
        r.skip(wire, field);
    }
  }
  const label = name === "" ? "(unnamed)" : name;
  const dataType = dataTypeName(dataTypeCode, source, label);
  if (dims.some((d) => d < 0))
    throw new Error(`onnx: tensor "${label}" in ${source} has negative dims [${dims.join(", ")}]`);
  const count = dims.reduce((a, b) => a * b, 1);
  let data: OnnxTensorData;
  if (raw !== undefined) {
    if (typed.size > 0)
      throw new Error(
        `onnx: tensor "${label}" in ${source} has both raw_data and typed data fields`,
      );
    const need = count * ELEMENT_BYTES[dataType];
    if (raw.length !== need) {
      throw new Error(
        `onnx: tensor "${label}" in ${source} has ${raw.length} bytes of raw_data; ${dataType} [${dims.join(", ")}] needs ${need}`,
      );
    }
    data = fromRaw(raw, dataType, count);
  } else {
    const values = typed.get(TYPED_FIELD[dataType]) ?? [];
    if (typed.size > (typed.has(TYPED_FIELD[dataType]) ? 1 : 0)) {
      throw new Error(
        `onnx: tensor "${label}" in ${source} stores ${dataType} data in the wrong typed field`,
      );
    }
    if (values.length !== count) {
      throw new Error(
        `onnx: tensor "${label}" in ${source} has ${values.length} values; ${dataType} [${dims.join(", ")}] needs ${count}`,
      );
    }
    data = fromTyped(values, dataType);
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
  return decodeTensorFrom(new ProtoReader(bytes, source), source);
}

/** Reads and decodes a `TensorProto` file (an ONNX test vector `input_N.pb` / `output_N.pb`). */
export function readTensorProto(path: string): OnnxTensor {
  return decodeTensorProto(readBytes(path), path);
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new Error(`onnx: cannot read ${path}: ${(e as Error).message}`);
  }
}

/**
 * Widens a decoded tensor to a float64 {@link Tensor} (shape = dims).
 *
 * @throws `onnx: ` error for an INT64 element outside the safe-integer range.
 */
export function onnxTensorToFloat64(t: OnnxTensor): Tensor {
  const out = new Float64Array(t.data.length);
  if (t.data instanceof BigInt64Array) {
    for (let i = 0; i < out.length; i++) {
      const v = t.data[i];
      if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw new Error(
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

function decodeAttribute(r: ProtoReader, source: string): { name: string; attr: OnnxAttribute } {
  let name = "";
  let typeCode = 0;
  let f: number | undefined;
  let i: number | undefined;
  let s: string | undefined;
  let t: OnnxTensor | undefined;
  const floats: number[] = [];
  const ints: number[] = [];
  const strings: string[] = [];
  let unsupported: string | undefined;
  while (!r.done) {
    const { field, wire } = r.tag();
    switch (field) {
      case 1:
        expectWire(source, "attribute name", wire, WIRE_LEN);
        name = r.string("attribute name");
        break;
      case 20:
        expectWire(source, "attribute type", wire, WIRE_VARINT);
        typeCode = r.uint("attribute type");
        break;
      case 2:
        expectWire(source, "attribute f", wire, WIRE_32BIT);
        f = r.float32();
        break;
      case 3:
        expectWire(source, "attribute i", wire, WIRE_VARINT);
        i = r.int64("attribute i");
        break;
      case 4:
        expectWire(source, "attribute s", wire, WIRE_LEN);
        s = r.string("attribute s");
        break;
      case 5:
        expectWire(source, "attribute t", wire, WIRE_LEN);
        t = decodeTensorFrom(r.message("attribute t"), source);
        break;
      case 7:
        r.repeatedFixed(wire, 4, "attribute floats", (v) => floats.push(v));
        break;
      case 8:
        r.repeatedInt64(wire, "attribute ints", (v) => ints.push(v));
        break;
      case 9:
        expectWire(source, "attribute strings", wire, WIRE_LEN);
        strings.push(r.string("attribute strings"));
        break;
      case 6:
      case 10:
      case 11:
      case 14:
      case 15:
      case 22:
      case 23:
        unsupported = ATTRIBUTE_TYPES[typeCode] ?? `field ${field}`;
        r.skip(wire, field);
        break;
      default:
        r.skip(wire, field);
    }
  }
  // IR versions < 3 may omit `type`: infer it from the field that is set.
  const type =
    ATTRIBUTE_TYPES[typeCode] ??
    (f !== undefined
      ? "FLOAT"
      : i !== undefined
        ? "INT"
        : s !== undefined
          ? "STRING"
          : t !== undefined
            ? "TENSOR"
            : undefined) ??
    (floats.length > 0
      ? "FLOATS"
      : ints.length > 0
        ? "INTS"
        : strings.length > 0
          ? "STRINGS"
          : (unsupported ?? "UNDEFINED"));
  switch (type) {
    case "FLOAT":
      return { name, attr: { type, value: f ?? 0 } };
    case "INT":
      return { name, attr: { type, value: i ?? 0 } };
    case "STRING":
      return { name, attr: { type, value: s ?? "" } };
    case "TENSOR":
      if (t === undefined)
        throw new Error(`onnx: attribute "${name}" in ${source} is a TENSOR without a tensor`);
      return { name, attr: { type, value: t } };
    case "FLOATS":
      return { name, attr: { type, value: floats } };
    case "INTS":
      return { name, attr: { type, value: ints } };
    case "STRINGS":
      return { name, attr: { type, value: strings } };
    default:
      throw new Error(
        `onnx: attribute "${name}" in ${source} has type ${type}, which is not supported`,
      );
  }
}

function decodeNode(r: ProtoReader, source: string): OnnxNode {
  const node: OnnxNode = {
    name: "",
    opType: "",
    domain: "",
    inputs: [],
    outputs: [],
    attributes: new Map(),
  };
  while (!r.done) {
    const { field, wire } = r.tag();
    switch (field) {
      case 1:
        expectWire(source, "node input", wire, WIRE_LEN);
        node.inputs.push(r.string("node input"));
        break;
      case 2:
        expectWire(source, "node output", wire, WIRE_LEN);
        node.outputs.push(r.string("node output"));
        break;
      case 3:
        expectWire(source, "node name", wire, WIRE_LEN);
        node.name = r.string("node name");
        break;
      case 4:
        expectWire(source, "op_type", wire, WIRE_LEN);
        node.opType = r.string("op_type");
        break;
      case 7:
        expectWire(source, "node domain", wire, WIRE_LEN);
        node.domain = r.string("node domain");
        break;
      case 5: {
        expectWire(source, "attribute", wire, WIRE_LEN);
        const { name, attr } = decodeAttribute(r.message("attribute"), source);
        node.attributes.set(name, attr);
        break;
      }
      default:
        r.skip(wire, field);
    }
  }
  return node;
}

function decodeValueInfo(r: ProtoReader): OnnxValueInfo {
  const info: OnnxValueInfo = { name: "", elemType: 0, shape: [] };
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === WIRE_LEN) {
      info.name = r.string("value name");
    } else if (field === 2 && wire === WIRE_LEN) {
      // TypeProto: tensor_type = 1 { elem_type = 1, shape = 2 { dim = 1 { dim_value = 1, dim_param = 2 } } }
      const type = r.message("type");
      while (!type.done) {
        const tt = type.tag();
        if (tt.field !== 1 || tt.wire !== WIRE_LEN) {
          type.skip(tt.wire, tt.field);
          continue;
        }
        const tensorType = type.message("tensor_type");
        while (!tensorType.done) {
          const tf = tensorType.tag();
          if (tf.field === 1 && tf.wire === WIRE_VARINT) {
            info.elemType = tensorType.uint("elem_type");
          } else if (tf.field === 2 && tf.wire === WIRE_LEN) {
            const shape = tensorType.message("shape");
            while (!shape.done) {
              const sf = shape.tag();
              if (sf.field !== 1 || sf.wire !== WIRE_LEN) {
                shape.skip(sf.wire, sf.field);
                continue;
              }
              const dim = shape.message("dim");
              let value: number | string = "?";
              while (!dim.done) {
                const df = dim.tag();
                if (df.field === 1 && df.wire === WIRE_VARINT) value = dim.int64("dim_value");
                else if (df.field === 2 && df.wire === WIRE_LEN) value = dim.string("dim_param");
                else dim.skip(df.wire, df.field);
              }
              info.shape.push(value);
            }
          } else {
            tensorType.skip(tf.wire, tf.field);
          }
        }
      }
    } else {
      r.skip(wire, field);
    }
  }
  return info;
}

/**
 * Decodes the parts of a serialized `ModelProto` listed in {@link OnnxModel}.
 *
 * @throws `onnx: ` errors for truncated/corrupt bytes, a model without a graph, or an attribute of
 *   an unsupported type (GRAPH, SPARSE_TENSOR, TYPE_PROTO and their lists).
 */
export function decodeModelProto(bytes: Uint8Array, source = "ModelProto"): OnnxModel {
  const r = new ProtoReader(bytes, source);
  const model: OnnxModel = {
    irVersion: 0,
    opsets: [],
    graph: { name: "", nodes: [], inputs: [], outputs: [], initializers: [] },
  };
  let sawGraph = false;
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === WIRE_VARINT) {
      model.irVersion = r.int64("ir_version");
    } else if (field === 8 && wire === WIRE_LEN) {
      const op = r.message("opset_import");
      const entry = { domain: "", version: 0 };
      while (!op.done) {
        const of = op.tag();
        if (of.field === 1 && of.wire === WIRE_LEN) entry.domain = op.string("opset domain");
        else if (of.field === 2 && of.wire === WIRE_VARINT)
          entry.version = op.int64("opset version");
        else op.skip(of.wire, of.field);
      }
      model.opsets.push(entry);
    } else if (field === 7 && wire === WIRE_LEN) {
      sawGraph = true;
      const g = r.message("graph");
      while (!g.done) {
        const gf = g.tag();
        if (gf.field === 1 && gf.wire === WIRE_LEN)
          model.graph.nodes.push(decodeNode(g.message("node"), source));
        else if (gf.field === 2 && gf.wire === WIRE_LEN) model.graph.name = g.string("graph name");
        else if (gf.field === 5 && gf.wire === WIRE_LEN)
          model.graph.initializers.push(decodeTensorFrom(g.message("initializer"), source));
        else if (gf.field === 11 && gf.wire === WIRE_LEN)
          model.graph.inputs.push(decodeValueInfo(g.message("graph input")));
        else if (gf.field === 12 && gf.wire === WIRE_LEN)
          model.graph.outputs.push(decodeValueInfo(g.message("graph output")));
        else g.skip(gf.wire, gf.field);
      }
    } else {
      r.skip(wire, field);
    }
  }
  if (!sawGraph) throw new Error(`onnx: ${source} has no graph; is it a model.onnx file?`);
  return model;
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
    throw new Error(`onnx: attribute "${name}" of ${node.opType} is ${a.type}; expected INT`);
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
    throw new Error(`onnx: attribute "${name}" of ${node.opType} is ${a.type}; expected FLOAT`);
  return a.value;
}
