/**
 * Reader and writer of the safetensors format (Hugging Face, github.com/huggingface/safetensors,
 * README "Format"):
 *
 * - 8 bytes: N, an unsigned little-endian 64-bit integer, the size of the header;
 * - N bytes: a UTF-8 JSON object `{"<name>": {"dtype": "F32", "shape": [..], "data_offsets":
 *   [begin, end]}, ..., "__metadata__": {string: string}}` (may be padded with spaces);
 * - the byte buffer: tensor `<name>` occupies bytes [begin, end) of it, little-endian, row-major.
 *   The offsets must index the whole buffer without holes or overlaps.
 *
 * Supported dtypes: F64, F32, F16, BF16 (weights), BOOL, U8, I8, I16, I32, I64 (mask buffers);
 * every tensor is widened to float64.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `import: `.
 */
import { ZkattnUserError } from "../../errors.js";
import { readFileSync } from "node:fs";
import type { Tensor } from "../stateDict.js";
import { shapeSize } from "../stateDict.js";
import { bfloat16ToNumber, halfToNumber } from "./torchCheckpoint.js";

const DTYPE_BYTES: Record<string, number> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  BOOL: 1,
  U8: 1,
  I8: 1,
  I16: 2,
  I32: 4,
  I64: 8,
};

/** Largest header accepted (the reference implementation's limit, 100 MB). */
const MAX_HEADER_BYTES = 100_000_000;

function fail(msg: string): never {
  throw new ZkattnUserError(`import: ${msg}`);
}

function readElement(view: DataView, dtype: string, off: number): number {
  switch (dtype) {
    case "F64":
      return view.getFloat64(off, true);
    case "F32":
      return view.getFloat32(off, true);
    case "F16":
      return halfToNumber(view.getUint16(off, true));
    case "BF16":
      return bfloat16ToNumber(view.getUint16(off, true));
    case "BOOL":
      return view.getUint8(off) !== 0 ? 1 : 0;
    case "U8":
      return view.getUint8(off);
    case "I8":
      return view.getInt8(off);
    case "I16":
      return view.getInt16(off, true);
    case "I32":
      return view.getInt32(off, true);
    default:
      return Number(view.getBigInt64(off, true));
  }
}

/** The parsed contents of a safetensors file. */
export interface SafetensorsFile {
  /** Every tensor by name, widened to float64, shapes as in the header, in header order. */
  tensors: Map<string, Tensor>;
  /** The dtype each tensor had in the file (`F32`, `BF16`, ...). */
  dtypes: Map<string, string>;
  /** The header's `__metadata__` (string to string), empty when absent. */
  metadata: Record<string, string>;
  source: string;
}

/**
 * Parses a safetensors file held in memory.
 *
 * @param bytes the whole file.
 * @param source file name for error messages.
 * @throws `import: ` errors for a file shorter than its header, a header that is not a JSON
 *   object, and, naming the tensor: an unsupported dtype, a shape that is not a list of
 *   non-negative integers, `data_offsets` whose length differs from prod(shape) * dtype size,
 *   offsets past the end of the file, and overlapping tensors or holes in the byte buffer.
 */
export function parseSafetensors(bytes: Uint8Array, source: string): SafetensorsFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8) {
    fail(
      `${source} has ${bytes.length} bytes; a safetensors file starts with an 8-byte header length`,
    );
  }
  const headerLen = view.getBigUint64(0, true);
  if (headerLen > BigInt(Math.min(MAX_HEADER_BYTES, bytes.length - 8))) {
    fail(
      `${source} declares a ${headerLen}-byte header but holds ${bytes.length - 8} bytes after the length: ` +
        `the file is truncated or not safetensors`,
    );
  }
  const n = Number(headerLen);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + n)));
  } catch (e) {
    fail(`${source}: the safetensors header is not UTF-8 JSON (${(e as Error).message})`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    fail(
      `${source}: the safetensors header must be a JSON object {name: {dtype, shape, data_offsets}}`,
    );
  }
  const dataStart = 8 + n;
  const dataLen = bytes.length - dataStart;
  const tensors = new Map<string, Tensor>();
  const dtypes = new Map<string, string>();
  let metadata: Record<string, string> = {};
  const spans: { name: string; begin: number; end: number }[] = [];
  const parsed: { name: string; dtype: string; shape: number[]; begin: number }[] = [];
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === "__metadata__") {
      metadata = (entry ?? {}) as Record<string, string>;
      continue;
    }
    const where = `tensor "${name}" in ${source}`;
    if (typeof entry !== "object" || entry === null) {
      fail(`${where}: header entry is not {dtype, shape, data_offsets}`);
    }
    const { dtype, shape, data_offsets: offsets } = entry as Record<string, unknown>;
    if (typeof dtype !== "string" || !Object.hasOwn(DTYPE_BYTES, dtype)) {
      fail(
        `${where} has dtype ${JSON.stringify(dtype)}; supported: ${Object.keys(DTYPE_BYTES).join(", ")} ` +
          `(convert the tensor, e.g. to F32, before exporting)`,
      );
    }
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      fail(`${where} has shape ${JSON.stringify(shape)}; expected a list of non-negative integers`);
    }
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) ||
      offsets[1] < offsets[0]
    ) {
      fail(
        `${where} has data_offsets ${JSON.stringify(offsets)}; expected [begin, end], begin <= end`,
      );
    }
    const [begin, end] = offsets as [number, number];
    const want = shapeSize(shape as number[]) * DTYPE_BYTES[dtype];
    if (end - begin !== want) {
      fail(
        `${where} has data_offsets [${begin}, ${end}] (${end - begin} bytes) but ${dtype} shape ` +
          `[${(shape as number[]).join(", ")}] needs ${want} bytes: the header lies about the tensor's size; ` +
          `re-export the file`,
      );
    }
    if (end > dataLen) {
      fail(
        `${where} has data_offsets [${begin}, ${end}] past the end of the byte buffer (${dataLen} bytes): ` +
          `the file is truncated or its header is wrong; re-export the file`,
      );
    }
    spans.push({ name, begin, end });
    parsed.push({ name, dtype, shape: shape as number[], begin });
  }
  // The buffer must be covered exactly: sorted spans are contiguous from 0 to the end.
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let pos = 0;
  for (const s of spans) {
    if (s.begin !== pos) {
      fail(
        `tensor "${s.name}" in ${source} starts at byte ${s.begin} of the buffer but the previous tensor ends at ` +
          `${pos}: tensors ${s.begin < pos ? "overlap" : "leave a hole"}; the header's data_offsets are wrong, ` +
          `re-export the file`,
      );
    }
    pos = s.end;
  }
  if (pos !== dataLen) {
    fail(
      `${source}: the tensors cover ${pos} bytes of a ${dataLen}-byte buffer; the header's data_offsets are wrong ` +
        `or the file has trailing data; re-export the file`,
    );
  }
  for (const { name, dtype, shape, begin } of parsed) {
    const count = shapeSize(shape);
    const size = DTYPE_BYTES[dtype];
    const data = new Float64Array(count);
    const base = dataStart + begin;
    for (let i = 0; i < count; i++) data[i] = readElement(view, dtype, base + i * size);
    tensors.set(name, { shape: [...shape], data });
    dtypes.set(name, dtype);
  }
  return { tensors, dtypes, metadata, source };
}

/**
 * Reads a `.safetensors` file from disk; see {@link parseSafetensors}.
 *
 * @throws `import: ` errors of {@link parseSafetensors}, or when the file cannot be read.
 */
export function readSafetensors(path: string): SafetensorsFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseSafetensors(bytes, path);
}

/**
 * Writes tensors as a safetensors file (F32 or F64), in the given order, header padded with
 * spaces to a multiple of 8 bytes as the reference implementation does.
 *
 * @param tensors name to float64 tensor (row-major).
 * @param dtype element type written; F32 rounds each value to the nearest float32.
 * @param metadata optional `__metadata__` (string to string).
 * @returns the file's bytes.
 */
export function encodeSafetensors(
  tensors: ReadonlyMap<string, Tensor>,
  dtype: "F32" | "F64" = "F32",
  metadata?: Record<string, string>,
): Uint8Array {
  const size = DTYPE_BYTES[dtype];
  const header: Record<string, unknown> = {};
  if (metadata !== undefined) header.__metadata__ = metadata;
  let offset = 0;
  for (const [name, t] of tensors) {
    const len = t.data.length * size;
    header[name] = { dtype, shape: t.shape, data_offsets: [offset, offset + len] };
    offset += len;
  }
  let json = JSON.stringify(header);
  const jsonBytes = () => new TextEncoder().encode(json);
  while (jsonBytes().length % 8 !== 0) json += " ";
  const h = jsonBytes();
  const out = new Uint8Array(8 + h.length + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(h.length), true);
  out.set(h, 8);
  let pos = 8 + h.length;
  for (const t of tensors.values()) {
    for (let i = 0; i < t.data.length; i++, pos += size) {
      if (dtype === "F32") view.setFloat32(pos, t.data[i], true);
      else view.setFloat64(pos, t.data[i], true);
    }
  }
  return out;
}
