/**
 * Reader of PyTorch checkpoints in the zip format `torch.save` writes since PyTorch 1.6
 * (`torch/serialization.py`, `_save` and `_load`; format notes in the PyTorch docs,
 * pytorch.org/docs/stable/notes/serialization.html "torch.save and torch.load"), without Python.
 *
 * Layout of the zip (every record stored under one top-level folder `<prefix>/`, e.g. `model/`):
 * - `<prefix>/data.pkl`: a pickle (protocol 2) of the saved object, usually a state_dict, an
 *   `collections.OrderedDict` mapping names to tensors. Each tensor is pickled as
 *   `torch._utils._rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad,
 *   backward_hooks[, metadata])`, where `storage` is a persistent id
 *   `("storage", torch.<Type>Storage, "<key>", "<location>", numel)`.
 * - `<prefix>/data/<key>`: the raw bytes of storage `<key>`, `numel` elements of the storage's
 *   dtype in the byte order named by `<prefix>/byteorder` (little-endian when absent).
 *
 * The pickle is parsed by the `pickleparser` library; this module only registers the handful of
 * Python callables a state_dict uses (`collections.OrderedDict`, the `torch.*Storage` types,
 * `torch._utils._rebuild_tensor_v2`, `torch._utils._rebuild_parameter`) and resolves the
 * persistent ids to storages. Any other class is refused (naming it), so a pickled `nn.Module`
 * or arbitrary code never runs or half-loads.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `import: `.
 */
import { ZkattnUserError } from "../../errors.js";
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { NameRegistry, Parser } from "pickleparser";
import type { Tensor } from "../stateDict.js";
import { shapeSize } from "../stateDict.js";

/** Element type of a torch storage and how to widen one element to float64. */
interface StorageDtype {
  name: string;
  bytes: number;
  read: (view: DataView, byteOffset: number) => number;
}

/** float16 (IEEE 754 binary16) bits to a number. */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** bfloat16 bits (the upper half of a float32) to a number. */
export function bfloat16ToNumber(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, (bits & 0xffff) << 16);
  return view.getFloat32(0);
}

const le = true;
/** The storage classes of `torch/storage.py` a float state_dict (and its mask buffers) uses. */
const STORAGE_DTYPES: Record<string, StorageDtype> = {
  FloatStorage: { name: "float32", bytes: 4, read: (v, o) => v.getFloat32(o, le) },
  DoubleStorage: { name: "float64", bytes: 8, read: (v, o) => v.getFloat64(o, le) },
  HalfStorage: { name: "float16", bytes: 2, read: (v, o) => halfToNumber(v.getUint16(o, le)) },
  BFloat16Storage: {
    name: "bfloat16",
    bytes: 2,
    read: (v, o) => bfloat16ToNumber(v.getUint16(o, le)),
  },
  BoolStorage: { name: "bool", bytes: 1, read: (v, o) => (v.getUint8(o) !== 0 ? 1 : 0) },
  ByteStorage: { name: "uint8", bytes: 1, read: (v, o) => v.getUint8(o) },
  CharStorage: { name: "int8", bytes: 1, read: (v, o) => v.getInt8(o) },
  ShortStorage: { name: "int16", bytes: 2, read: (v, o) => v.getInt16(o, le) },
  IntStorage: { name: "int32", bytes: 4, read: (v, o) => v.getInt32(o, le) },
  LongStorage: { name: "int64", bytes: 8, read: (v, o) => Number(v.getBigInt64(o, le)) },
};

/** A storage resolved from a persistent id: the raw bytes of `<prefix>/data/<key>`. */
interface TorchStorage {
  key: string;
  dtype: StorageDtype;
  numel: number;
  bytes: Uint8Array;
}

/** The result of `_rebuild_tensor_v2` before materialization (a strided view of a storage). */
class TorchTensorRef {
  constructor(
    readonly storage: TorchStorage,
    readonly offset: number,
    readonly size: number[],
    readonly stride: number[],
  ) {}
}

/** Marker attached to the functions registered for `torch.<Type>Storage`. */
const STORAGE_TYPE = Symbol("torchStorageType");
type StorageTypeFn = (() => never) & { [STORAGE_TYPE]: string };

function fail(msg: string): never {
  throw new ZkattnUserError(`import: ${msg}`);
}

/**
 * Name resolver that knows only a state_dict's classes and refuses every other one, naming it.
 * (pickleparser's default would build a placeholder object for an unknown class.)
 */
class StateDictNames extends NameRegistry {
  constructor(private readonly source: string) {
    super();
  }

  override onMissingName(module: string, name: string): never {
    fail(
      `${this.source} pickles the Python class "${module}.${name}", which the PyTorch importer does not ` +
        `know: it reads state_dicts (names to tensors) only. Save the weights with ` +
        `torch.save(model.state_dict(), path) instead of the whole object, or convert to safetensors`,
    );
  }
}

function isIntList(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((d) => Number.isSafeInteger(d) && d >= 0);
}

/**
 * Copies a strided view of a storage into a dense row-major float64 tensor.
 *
 * @throws `import: ` error naming the tensor when the view reaches past the storage's bytes.
 */
function materialize(name: string, ref: TorchTensorRef, source: string): Tensor {
  const { storage, offset, size, stride } = ref;
  const count = shapeSize(size);
  const where = `tensor "${name}" in ${source}`;
  if (size.length !== stride.length) {
    fail(`${where} has size [${size.join(", ")}] but stride [${stride.join(", ")}]`);
  }
  // Highest element index the view touches (strides are non-negative in a saved tensor).
  let last = offset;
  for (let i = 0; i < size.length; i++) if (size[i] > 0) last += (size[i] - 1) * stride[i];
  const need = count === 0 ? 0 : (last + 1) * storage.dtype.bytes;
  if (last + 1 > storage.numel || need > storage.bytes.length) {
    fail(
      `${where} needs ${need} bytes of storage "data/${storage.key}" (${storage.dtype.name}, offset ${offset}, ` +
        `size [${size.join(", ")}], stride [${stride.join(", ")}]) but the record holds ` +
        `${storage.bytes.length} bytes for ${storage.numel} elements: the checkpoint is truncated or corrupt; ` +
        `copy it again or re-save it with torch.save`,
    );
  }
  const view = new DataView(storage.bytes.buffer, storage.bytes.byteOffset, storage.bytes.length);
  const out = new Float64Array(count);
  const { read, bytes: elBytes } = storage.dtype;
  let contiguous = true;
  for (let i = size.length - 1, want = 1; i >= 0; want *= size[i], i--) {
    if (size[i] !== 1 && stride[i] !== want) contiguous = false;
  }
  if (contiguous) {
    for (let flat = 0; flat < count; flat++) out[flat] = read(view, (offset + flat) * elBytes);
    return { shape: [...size], data: out };
  }
  const idx = new Array<number>(size.length).fill(0);
  for (let flat = 0; flat < count; flat++) {
    let el = offset;
    for (let i = 0; i < size.length; i++) el += idx[i] * stride[i];
    out[flat] = storage.dtype.read(view, el * storage.dtype.bytes);
    for (let i = size.length - 1; i >= 0; i--) {
      if (++idx[i] < size[i]) break;
      idx[i] = 0;
    }
  }
  return { shape: [...size], data: out };
}

/** The tensors of a checkpoint, by name, and what else the pickle held. */
export interface TorchCheckpoint {
  /** Every tensor of the state_dict by its key, widened to float64, PyTorch shape kept. */
  tensors: Map<string, Tensor>;
  /**
   * The non-tensor entries of a nanoGPT-style training checkpoint's top level (e.g.
   * `model_args`), as parsed by pickleparser (dicts as `Map`); empty for a bare state_dict.
   */
  extras: Map<string, unknown>;
  /** The path or label the bytes came from. */
  source: string;
}

function isTensorDict(v: unknown): v is Map<string, unknown> {
  if (!(v instanceof Map) || v.size === 0) return false;
  for (const [k, t] of v) if (typeof k !== "string" || !(t instanceof TorchTensorRef)) return false;
  return true;
}

/**
 * Parses a PyTorch zip checkpoint held in memory.
 *
 * Accepts a bare state_dict (`torch.save(model.state_dict(), path)`, minGPT's `model.pt`) or a
 * training checkpoint dict whose `model` or `state_dict` entry is one (nanoGPT's `ckpt.pt`).
 *
 * @param bytes the whole `.pt` file.
 * @param source file name for error messages.
 * @returns the state_dict's tensors (float64, row-major, PyTorch shapes) in file order.
 * @throws `import: ` errors for: bytes that are not a complete zip (a truncated file), the
 *   pre-1.6 legacy format, a zip without `<prefix>/data.pkl`, big-endian storages, a pickled
 *   class other than the state_dict ones (naming it), a storage record that is missing or shorter
 *   than its tensors need (naming the tensor), or a top level that holds no state_dict.
 */
export function parseTorchCheckpoint(bytes: Uint8Array, source: string): TorchCheckpoint {
  if (bytes.length >= 2 && bytes[0] === 0x80 && bytes[1] <= 5) {
    fail(
      `${source} is a legacy (pre-1.6, non-zip) torch.save file; re-save it with a current PyTorch: ` +
        `torch.save(torch.load(path), path)`,
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    fail(
      `${source} is not a complete zip archive (${(e as Error).message}): the file is truncated or is not a ` +
        `PyTorch checkpoint; copy it again, or re-save it with torch.save(model.state_dict(), path)`,
    );
  }
  const pklNames = Object.keys(files).filter((n) => /^[^/]+\/data\.pkl$/.test(n));
  if (pklNames.length !== 1) {
    fail(
      `${source} holds ${pklNames.length} "<prefix>/data.pkl" records; a torch.save zip has exactly one ` +
        `(found: ${Object.keys(files).slice(0, 5).join(", ")}${Object.keys(files).length > 5 ? ", ..." : ""})`,
    );
  }
  const prefix = pklNames[0].slice(0, -"data.pkl".length);
  const byteorder = files[`${prefix}byteorder`];
  if (byteorder !== undefined && new TextDecoder().decode(byteorder).trim() !== "little") {
    fail(
      `${source} stores big-endian storages (${prefix}byteorder); only little-endian is supported`,
    );
  }

  const names = new StateDictNames(source);
  const storageType = (typeName: string): StorageTypeFn => {
    const fn = (() =>
      fail(`${source}: torch.${typeName} called directly; not a state_dict`)) as StorageTypeFn;
    fn[STORAGE_TYPE] = typeName;
    return fn;
  };
  for (const typeName of Object.keys(STORAGE_DTYPES)) {
    names.register("torch", typeName, storageType(typeName));
  }
  // OrderedDict() is rebuilt empty by REDUCE, then filled by SETITEMS; a Map keeps the order.
  names.register("collections", "OrderedDict", () => new Map());
  names.register(
    "torch._utils",
    "_rebuild_tensor_v2",
    (storage: unknown, offset: unknown, size: unknown, stride: unknown) => {
      if (
        typeof storage !== "object" ||
        storage === null ||
        !("dtype" in storage) ||
        !Number.isSafeInteger(offset) ||
        !isIntList(size) ||
        !isIntList(stride)
      ) {
        fail(
          `${source}: _rebuild_tensor_v2 got unexpected arguments (storage, offset ${String(offset)}, ` +
            `size ${JSON.stringify(size)}, stride ${JSON.stringify(stride)}); the pickle is corrupt`,
        );
      }
      return new TorchTensorRef(storage as TorchStorage, offset as number, size, stride);
    },
  );
  names.register("torch._utils", "_rebuild_parameter", (data: unknown) => data);

  const storages = new Map<string, TorchStorage>();
  const persistentResolver = {
    resolve(pid: unknown): TorchStorage {
      if (!Array.isArray(pid) || pid[0] !== "storage" || pid.length !== 5) {
        fail(
          `${source}: persistent id ${JSON.stringify(pid)} is not ("storage", type, key, location, numel)`,
        );
      }
      const [, type, key, , numel] = pid as [string, unknown, unknown, unknown, unknown];
      const typeName =
        typeof type === "function" ? (type as Partial<StorageTypeFn>)[STORAGE_TYPE] : undefined;
      if (typeName === undefined || typeof key !== "string" || !Number.isSafeInteger(numel)) {
        fail(
          `${source}: persistent id for storage ${String(key)} has an unknown storage type or numel`,
        );
      }
      const cached = storages.get(key);
      if (cached !== undefined) return cached;
      const record = files[`${prefix}data/${key}`];
      if (record === undefined) {
        fail(
          `${source} has no record "${prefix}data/${key}" for a storage the pickle uses: the checkpoint ` +
            `is truncated or corrupt; copy it again or re-save it with torch.save`,
        );
      }
      const st: TorchStorage = {
        key,
        dtype: STORAGE_DTYPES[typeName],
        numel: numel as number,
        bytes: record,
      };
      storages.set(key, st);
      return st;
    },
  };

  const parser = new Parser({
    nameResolver: names,
    persistentResolver,
    unpicklingTypeOfDictionary: "Map",
  });
  let root: unknown;
  try {
    root = parser.parse(files[pklNames[0]]);
  } catch (e) {
    // Our own resolvers' errors (an unknown class, a bad storage) already say what is wrong.
    if (ZkattnUserError.is(e)) throw e;
    const msg = (e as Error).message;
    fail(
      `${source}: cannot unpickle ${pklNames[0]} (${msg}); the checkpoint is corrupt or not a state_dict`,
    );
  }

  let dict: Map<string, unknown> | undefined;
  const extras = new Map<string, unknown>();
  if (isTensorDict(root)) {
    dict = root;
  } else if (root instanceof Map) {
    for (const k of ["model", "state_dict", "model_state_dict"]) {
      if (isTensorDict(root.get(k))) {
        dict = root.get(k) as Map<string, unknown>;
        for (const [ek, ev] of root) if (ek !== k) extras.set(String(ek), ev);
        break;
      }
    }
  }
  if (dict === undefined) {
    const keys = root instanceof Map ? [...root.keys()].slice(0, 8).map(String).join(", ") : "";
    fail(
      `${source} does not hold a state_dict of tensors (top-level keys: ${keys || typeof root}); ` +
        `save it with torch.save(model.state_dict(), path) or as {"model": model.state_dict(), ...}`,
    );
  }
  const tensors = new Map<string, Tensor>();
  for (const [name, ref] of dict) {
    tensors.set(name, materialize(name, ref as TorchTensorRef, source));
  }
  return { tensors, extras, source };
}

/**
 * Reads a PyTorch zip checkpoint (`.pt`, `.pth`, `.bin`) from disk; see {@link parseTorchCheckpoint}.
 *
 * @throws `import: ` errors of {@link parseTorchCheckpoint}, or when the file cannot be read.
 */
export function readTorchCheckpoint(path: string): TorchCheckpoint {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseTorchCheckpoint(bytes, path);
}
