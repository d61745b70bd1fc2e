/**
 * Loader for minGPT state_dict files in the base64-float32 JSON format of llm-viz
 * (github.com/bbycroft/llm-viz, `public/gpt-nano-sort-model.json` and
 * `public/gpt-nano-sort-t0-partials.json`; copies in `models/gpt-nano-sort/source/`).
 *
 * File format: a JSON object `{ config, "<key>": { shape, dtype, data }, ... }` where `shape` is
 * the PyTorch tensor shape, `dtype` is `"torch.float32"` and `data` is the base64 encoding of the
 * tensor's elements as little-endian IEEE-754 float32 in row-major (C) order.
 *
 * Every tensor returned here is widened to float64 (exactly: every float32 is a float64), with
 * the PyTorch shape kept. Linear weights keep the `nn.Linear` layout (out, in): y = x W^T + b.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `stateDict: `.
 */
import { ZkattnUserError } from "../errors.js";
import { readFileSync } from "node:fs";

/** A dense row-major tensor: `data.length === shape.reduce((a, b) => a * b, 1)`. */
export interface Tensor {
  shape: number[];
  data: Float64Array;
}

/**
 * Hyper-parameters of a minGPT `GPT` (Karpathy, github.com/karpathy/minGPT, `mingpt/model.py`).
 * All counts are positive integers; `nEmbd % nHead === 0` (the head size is `nEmbd / nHead`).
 */
export interface GptConfig {
  /** Number of transformer blocks (`n_layer`). */
  nLayer: number;
  /** Number of attention heads per block (`n_head`). */
  nHead: number;
  /** Residual-stream width D (`n_embd`). */
  nEmbd: number;
  /** Number of token ids (`vocab_size`); tokens are integers in [0, vocabSize). */
  vocabSize: number;
  /** Maximum context length T_max (`block_size`); rows of the position embedding. */
  blockSize: number;
}

/** LayerNorm affine parameters, both shape [D]. */
export interface LayerNormWeights {
  weight: Tensor;
  bias: Tensor;
}

/** Weights of one transformer block (minGPT `Block`), PyTorch `nn.Linear` layout (out, in). */
export interface GptLayerWeights {
  /** `ln_1`: weight and bias [D]. */
  ln1: LayerNormWeights;
  /** `attn.c_attn.weight` [3D, D] = [Wq; Wk; Wv] stacked by rows; head h uses rows h*dh..h*dh+dh-1 of each. */
  cAttnWeight: Tensor;
  /** `attn.c_attn.bias` [3D] = [bq; bk; bv]. */
  cAttnBias: Tensor;
  /** `attn.c_proj.weight` [D, D]: attention output projection. */
  attnProjWeight: Tensor;
  /** `attn.c_proj.bias` [D]. */
  attnProjBias: Tensor;
  /** `ln_2`: weight and bias [D]. */
  ln2: LayerNormWeights;
  /** `mlp.c_fc.weight` [4D, D]. */
  fcWeight: Tensor;
  /** `mlp.c_fc.bias` [4D]. */
  fcBias: Tensor;
  /** `mlp.c_proj.weight` [D, 4D]. */
  mlpProjWeight: Tensor;
  /** `mlp.c_proj.bias` [D]. */
  mlpProjBias: Tensor;
}

/**
 * A validated minGPT model: every tensor's shape has been checked against `config`.
 * The importers (`src/model/import/`) build it from other layouts too; a bias the source model
 * does not have (nanoGPT `bias=False`) is stored as zeros, which computes the same values.
 */
export interface GptModel {
  config: GptConfig;
  /** `transformer.wte.weight` [V, D]: token embeddings. */
  wte: Tensor;
  /** `transformer.wpe.weight` [blockSize, D]: learned position embeddings. */
  wpe: Tensor;
  /** `transformer.h.<L>` for L = 0 .. nLayer-1. */
  layers: GptLayerWeights[];
  /** `transformer.ln_f`: weight and bias [D]. */
  lnF: LayerNormWeights;
  /** `lm_head.weight` [V, D] (no bias in minGPT). */
  lmHead: Tensor;
  /** The file the model was loaded from (for error messages). */
  source: string;
}

/** The parsed contents of a state_dict JSON file, before architecture validation. */
export interface TensorFile {
  /** The raw `config` object of the file (unvalidated). */
  rawConfig: Record<string, unknown>;
  /** Every tensor of the file by its state_dict key, decoded and checked finite. */
  tensors: Map<string, Tensor>;
  /** The path the file was read from. */
  source: string;
}

/** Options of {@link readTensorFile}. */
export interface ReadTensorFileOptions {
  /**
   * Keys of tensors that may hold -Infinity (e.g. `att` in the partials file: PyTorch writes
   * -inf into masked attention scores). NaN and +Infinity are always rejected.
   */
  allowNegativeInfinity?: readonly string[];
}

/**
 * minGPT's named configurations (`GPT.__init__` in `mingpt/model.py`): n_layer, n_head, n_embd.
 * A file whose `model_type` is one of these must agree with its explicit sizes.
 */
export const MINGPT_MODEL_TYPES: Readonly<
  Record<string, { nLayer: number; nHead: number; nEmbd: number }>
> = {
  "openai-gpt": { nLayer: 12, nHead: 12, nEmbd: 768 },
  gpt2: { nLayer: 12, nHead: 12, nEmbd: 768 },
  "gpt2-medium": { nLayer: 24, nHead: 16, nEmbd: 1024 },
  "gpt2-large": { nLayer: 36, nHead: 20, nEmbd: 1280 },
  "gpt2-xl": { nLayer: 48, nHead: 25, nEmbd: 1600 },
  "gopher-44m": { nLayer: 8, nHead: 16, nEmbd: 512 },
  "gpt-mini": { nLayer: 6, nHead: 6, nEmbd: 192 },
  "gpt-micro": { nLayer: 4, nHead: 4, nEmbd: 128 },
  "gpt-nano": { nLayer: 3, nHead: 3, nEmbd: 48 },
};

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
const FLOAT32_DTYPES = new Set(["torch.float32", "float32"]);

/** Number of elements of a shape (1 for a scalar shape []). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Decodes one `{shape, dtype, data}` entry into a float64 tensor.
 *
 * @param key state_dict key of the entry (for error messages).
 * @param entry the JSON value stored under `key`.
 * @param source file path (for error messages).
 * @param allowNegativeInfinity accept -Infinity elements (NaN and +Infinity are always rejected).
 * @throws `stateDict: ` errors for a malformed entry, a shape that is not a list of non-negative
 *   integers, a dtype other than float32, invalid base64, a byte length other than
 *   4 * prod(shape), or a non-finite element (naming the flat index).
 */
export function decodeTensor(
  key: string,
  entry: unknown,
  source: string,
  allowNegativeInfinity = false,
): Tensor {
  const where = `tensor "${key}" in ${source}`;
  if (!isRecord(entry)) {
    throw new ZkattnUserError(
      `stateDict: ${where} is not an object {shape, dtype, data}; re-export the state_dict`,
    );
  }
  const { shape, dtype, data } = entry;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    throw new ZkattnUserError(
      `stateDict: ${where} has shape ${JSON.stringify(shape)}; expected a list of non-negative integers`,
    );
  }
  if (typeof dtype !== "string" || !FLOAT32_DTYPES.has(dtype)) {
    throw new ZkattnUserError(
      `stateDict: ${where} has dtype ${JSON.stringify(dtype)}; only torch.float32 is supported`,
    );
  }
  if (typeof data !== "string" || data.length % 4 !== 0 || !BASE64_RE.test(data)) {
    throw new ZkattnUserError(
      `stateDict: ${where} has invalid base64 data; expected standard base64 (A-Z a-z 0-9 + /, '=' padding) ` +
        `of little-endian float32 values`,
    );
  }
  const dims = shape as number[];
  const count = shapeSize(dims);
  const bytes = Buffer.from(data, "base64");
  if (bytes.length !== 4 * count) {
    throw new ZkattnUserError(
      `stateDict: ${where} has ${bytes.length} bytes of data but shape [${dims.join(", ")}] needs ` +
        `4 * ${count} = ${4 * count}; the data does not match the shape`,
    );
  }
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const v = bytes.readFloatLE(4 * i);
    if (!Number.isFinite(v) && !(allowNegativeInfinity && v === -Infinity)) {
      throw new ZkattnUserError(
        `stateDict: ${where} holds ${v} at flat index ${i}; every weight must be finite`,
      );
    }
    out[i] = v;
  }
  return { shape: [...dims], data: out };
}

/**
 * Reads and decodes a state_dict JSON file (model or partials): every key except `config` must
 * be a float32 tensor entry.
 *
 * @param path path of the JSON file.
 * @throws `stateDict: ` errors if the file cannot be read, is not JSON, has no `config` object,
 *   or holds a malformed tensor (see {@link decodeTensor}).
 */
export function readTensorFile(path: string, options: ReadTensorFileOptions = {}): TensorFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ZkattnUserError(`stateDict: cannot read ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ZkattnUserError(`stateDict: ${path} is not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(json)) {
    throw new ZkattnUserError(
      `stateDict: ${path} must hold a JSON object {config, "<key>": {shape, dtype, data}}`,
    );
  }
  const rawConfig = json.config;
  if (!isRecord(rawConfig)) {
    throw new ZkattnUserError(
      `stateDict: ${path} has no "config" object; expected the minGPT config next to the tensors`,
    );
  }
  const allowInf = new Set(options.allowNegativeInfinity ?? []);
  const tensors = new Map<string, Tensor>();
  for (const [key, entry] of Object.entries(json)) {
    if (key === "config") continue;
    tensors.set(key, decodeTensor(key, entry, path, allowInf.has(key)));
  }
  return { rawConfig, tensors, source: path };
}

function configInt(raw: Record<string, unknown>, key: string, source: string): number {
  const v = raw[key];
  if (v === undefined) {
    throw new ZkattnUserError(
      `stateDict: config in ${source} is missing "${key}"; expected a positive integer`,
    );
  }
  if (!Number.isSafeInteger(v) || (v as number) <= 0) {
    throw new ZkattnUserError(
      `stateDict: config "${key}" in ${source} is ${JSON.stringify(v)}; expected a positive integer`,
    );
  }
  return v as number;
}

/**
 * Validates a minGPT config object (`model_type`, `n_layer`, `n_head`, `n_embd`, `vocab_size`,
 * `block_size`; other keys such as dropout rates are ignored: they do not affect inference).
 *
 * @throws `stateDict: ` errors for a missing or non-positive-integer size, an unknown
 *   `model_type`, sizes that disagree with the named `model_type`, or `n_embd % n_head !== 0`.
 */
export function parseGptConfig(raw: Record<string, unknown>, source: string): GptConfig {
  const config: GptConfig = {
    nLayer: configInt(raw, "n_layer", source),
    nHead: configInt(raw, "n_head", source),
    nEmbd: configInt(raw, "n_embd", source),
    vocabSize: configInt(raw, "vocab_size", source),
    blockSize: configInt(raw, "block_size", source),
  };
  const modelType = raw.model_type;
  if (modelType !== undefined && modelType !== null) {
    const preset = typeof modelType === "string" ? MINGPT_MODEL_TYPES[modelType] : undefined;
    if (preset === undefined || !Object.hasOwn(MINGPT_MODEL_TYPES, modelType as string)) {
      throw new ZkattnUserError(
        `stateDict: unknown model_type ${JSON.stringify(modelType)} in ${source}; ` +
          `expected one of ${Object.keys(MINGPT_MODEL_TYPES).join(", ")}`,
      );
    }
    if (
      preset.nLayer !== config.nLayer ||
      preset.nHead !== config.nHead ||
      preset.nEmbd !== config.nEmbd
    ) {
      throw new ZkattnUserError(
        `stateDict: model_type "${modelType}" in ${source} means n_layer ${preset.nLayer}, n_head ${preset.nHead}, ` +
          `n_embd ${preset.nEmbd} but the config says ${config.nLayer}, ${config.nHead}, ${config.nEmbd}`,
      );
    }
  }
  if (config.nEmbd % config.nHead !== 0) {
    throw new ZkattnUserError(
      `stateDict: n_embd ${config.nEmbd} is not divisible by n_head ${config.nHead} in ${source}; ` +
        `each head needs n_embd / n_head channels`,
    );
  }
  return config;
}

/**
 * Takes a tensor out of a file and checks its shape.
 *
 * @throws `stateDict: missing tensor "<key>" in <file>` or
 *   `stateDict: tensor "<key>" in <file> has shape [..]; expected [..]`.
 */
export function requireTensor(
  file: TensorFile,
  key: string,
  expectedShape: readonly number[],
): Tensor {
  const t = file.tensors.get(key);
  if (t === undefined) {
    throw new ZkattnUserError(
      `stateDict: missing tensor "${key}" in ${file.source}; expected shape [${expectedShape.join(", ")}]`,
    );
  }
  if (t.shape.length !== expectedShape.length || t.shape.some((d, i) => d !== expectedShape[i])) {
    throw new ZkattnUserError(
      `stateDict: tensor "${key}" in ${file.source} has shape [${t.shape.join(", ")}]; ` +
        `expected [${expectedShape.join(", ")}] for this config`,
    );
  }
  return t;
}

/**
 * Checks minGPT's causal-mask buffer `transformer.h.<L>.attn.bias` [1, 1, T, T] if the file has
 * it: it must be the lower-triangular ones matrix, the mask the float forward pass applies.
 */
function checkCausalBuffer(file: TensorFile, key: string, blockSize: number): void {
  if (!file.tensors.has(key)) return;
  const mask = requireTensor(file, key, [1, 1, blockSize, blockSize]);
  for (let i = 0; i < blockSize; i++) {
    for (let j = 0; j < blockSize; j++) {
      const want = j <= i ? 1 : 0;
      if (mask.data[i * blockSize + j] !== want) {
        throw new ZkattnUserError(
          `stateDict: "${key}" in ${file.source} is not the causal mask: entry [${i}, ${j}] is ` +
            `${mask.data[i * blockSize + j]}, expected ${want}; only causal minGPT models are supported`,
        );
      }
    }
  }
}

/**
 * Builds a validated {@link GptModel} from a decoded file: parses the config and checks that every
 * tensor the architecture needs is present with the shape the config implies, and that the file
 * holds no other tensor (a typo in a key would otherwise go unnoticed).
 *
 * @throws `stateDict: ` errors from {@link parseGptConfig} and {@link requireTensor}, or for an
 *   unexpected tensor key.
 */
export function gptModelFromTensorFile(file: TensorFile): GptModel {
  const config = parseGptConfig(file.rawConfig, file.source);
  const { nLayer, nEmbd: d, vocabSize: v, blockSize } = config;
  const used = new Set<string>();
  const take = (key: string, shape: number[]): Tensor => {
    used.add(key);
    return requireTensor(file, key, shape);
  };
  const wte = take("transformer.wte.weight", [v, d]);
  const wpe = take("transformer.wpe.weight", [blockSize, d]);
  const layers: GptLayerWeights[] = [];
  for (let l = 0; l < nLayer; l++) {
    const p = `transformer.h.${l}.`;
    layers.push({
      ln1: { weight: take(`${p}ln_1.weight`, [d]), bias: take(`${p}ln_1.bias`, [d]) },
      cAttnWeight: take(`${p}attn.c_attn.weight`, [3 * d, d]),
      cAttnBias: take(`${p}attn.c_attn.bias`, [3 * d]),
      attnProjWeight: take(`${p}attn.c_proj.weight`, [d, d]),
      attnProjBias: take(`${p}attn.c_proj.bias`, [d]),
      ln2: { weight: take(`${p}ln_2.weight`, [d]), bias: take(`${p}ln_2.bias`, [d]) },
      fcWeight: take(`${p}mlp.c_fc.weight`, [4 * d, d]),
      fcBias: take(`${p}mlp.c_fc.bias`, [4 * d]),
      mlpProjWeight: take(`${p}mlp.c_proj.weight`, [d, 4 * d]),
      mlpProjBias: take(`${p}mlp.c_proj.bias`, [d]),
    });
    checkCausalBuffer(file, `${p}attn.bias`, blockSize);
    used.add(`${p}attn.bias`);
  }
  const lnF = {
    weight: take("transformer.ln_f.weight", [d]),
    bias: take("transformer.ln_f.bias", [d]),
  };
  const lmHead = take("lm_head.weight", [v, d]);
  for (const key of file.tensors.keys()) {
    if (!used.has(key)) {
      throw new ZkattnUserError(
        `stateDict: unexpected tensor "${key}" in ${file.source}; it is not part of a ${nLayer}-layer minGPT ` +
          `(is n_layer right, or is this not a model file?)`,
      );
    }
  }
  return { config, wte, wpe, layers, lnF, lmHead, source: file.source };
}

/**
 * Loads and validates a minGPT model file (e.g. `models/gpt-nano-sort/source/gpt-nano-sort-model.json`).
 *
 * @param path path of the base64-float32 state_dict JSON file.
 * @returns the model with float64 weights; shapes as documented on {@link GptModel}.
 * @throws `stateDict: ` errors (see {@link readTensorFile} and {@link gptModelFromTensorFile}).
 */
export function loadGptModel(path: string): GptModel {
  return gptModelFromTensorFile(readTensorFile(path));
}

/** Reference activations of a batch (the llm-viz partials file), validated against a model config. */
export interface Partials {
  /** The model config stored with the activations. */
  config: GptConfig;
  /** Batch size B (`config.B` in the file). */
  batch: number;
  /** Token ids, one array of T integers per sequence (from the float tensor `idx` [B, T]). */
  idx: number[][];
  /** Every stored activation by its key (`tok_emb`, `x`, `ln1`, `q`, ..., `probs`); `att` may hold -Infinity. */
  tensors: Map<string, Tensor>;
  source: string;
}

/**
 * Loads a partials file (PyTorch intermediates of a batch, same tensor format as the model file).
 * Only `att` may hold -Infinity (masked attention scores).
 *
 * @throws `stateDict: ` errors for a malformed file, a missing/invalid config or `B`, a missing
 *   `idx` [B, T], or token ids that are not integers in [0, vocab_size).
 */
export function loadPartials(path: string): Partials {
  const file = readTensorFile(path, { allowNegativeInfinity: ["att"] });
  const config = parseGptConfig(file.rawConfig, path);
  const batch = configInt(file.rawConfig, "B", path);
  const idxT = file.tensors.get("idx");
  if (idxT === undefined) {
    throw new ZkattnUserError(
      `stateDict: missing tensor "idx" in ${path}; expected the token ids [B, T]`,
    );
  }
  if (idxT.shape.length !== 2 || idxT.shape[0] !== batch || idxT.shape[1] > config.blockSize) {
    throw new ZkattnUserError(
      `stateDict: tensor "idx" in ${path} has shape [${idxT.shape.join(", ")}]; expected [${batch}, T] with T <= ${config.blockSize}`,
    );
  }
  const t = idxT.shape[1];
  const idx: number[][] = [];
  for (let b = 0; b < batch; b++) {
    const row: number[] = [];
    for (let i = 0; i < t; i++) {
      const tok = idxT.data[b * t + i];
      if (!Number.isInteger(tok) || tok < 0 || tok >= config.vocabSize) {
        throw new ZkattnUserError(
          `stateDict: "idx" in ${path} holds ${tok} at [${b}, ${i}]; expected a token id in [0, ${config.vocabSize})`,
        );
      }
      row.push(tok);
    }
    idx.push(row);
  }
  return { config, batch, idx, tensors: file.tensors, source: path };
}
