/**
 * One entry point for every model file format: PyTorch zip checkpoints (`.pt`), safetensors and
 * the llm-viz state_dict JSON all become the same {@link GptModel} (minGPT names, `nn.Linear`
 * layout, float64), and a model can be written back as llm-viz JSON.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `import: ` (or
 * `stateDict: ` for the llm-viz JSON loader).
 */
import { ZkattnUserError } from "../../errors.js";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { GptModel, Tensor } from "../stateDict.js";
import { gptModelFromTensorFile, readTensorFile } from "../stateDict.js";
import { gptModelFromOnnx } from "../../onnx/gpt.js";
import { decodeModelProto } from "../../onnx/tensorProto.js";
import { gptModelFromStateDict } from "./normalize.js";
import { parseSafetensors } from "./safetensors.js";
import { parseTorchCheckpoint } from "./torchCheckpoint.js";

export { gptModelFromStateDict, canonicalKeys } from "./normalize.js";
export type { ModelDescription, WeightLayout } from "./normalize.js";
export { parseSafetensors, readSafetensors, encodeSafetensors } from "./safetensors.js";
export type { SafetensorsFile } from "./safetensors.js";
export { parseTorchCheckpoint, readTorchCheckpoint } from "./torchCheckpoint.js";
export type { TorchCheckpoint } from "./torchCheckpoint.js";

/** The formats {@link importGptModel} reads. */
export type ModelFormat = "pytorch" | "safetensors" | "llm-viz-json" | "onnx";

/** Options of {@link importGptModel}. */
export interface ImportOptions {
  /**
   * n_head. Optional when the file says it: the llm-viz JSON `config.n_head`, or a nanoGPT
   * checkpoint's `model_args.n_head`; when both are given they must agree.
   */
  nHead?: number;
  /** Use wte as lm_head when the file has no `lm_head.weight` (Hugging Face GPT-2). */
  tiedLmHead?: boolean;
}

function fail(msg: string): never {
  throw new ZkattnUserError(`import: ${msg}`);
}

/**
 * The format of a model file from its first bytes: a zip (`PK\x03\x04`) or a bare pickle
 * (`\x80` then a protocol number, the legacy torch.save format, which the PyTorch reader refuses
 * with the fix) is a PyTorch checkpoint; an 8-byte length followed by `{` is safetensors; a file
 * whose first non-blank byte is `{` is llm-viz JSON; anything else is read as safetensors (whose
 * reader then says what is wrong).
 */
export function detectModelFormat(bytes: Uint8Array): ModelFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return "pytorch";
  }
  if (bytes.length > 8 && bytes[8] === 0x7b) return "safetensors";
  if (bytes[0] === 0x80 && bytes[1] <= 5) return "pytorch";
  if (isOnnxModelProto(bytes)) return "onnx";
  let i = 0;
  while (i < bytes.length && [0x20, 0x0a, 0x0d, 0x09].includes(bytes[i])) i++;
  return bytes[i] === 0x7b ? "llm-viz-json" : "safetensors";
}

function resolveNHead(
  given: number | undefined,
  fromFile: unknown,
  what: string,
  source: string,
): number {
  if (given !== undefined && fromFile !== undefined && given !== fromFile) {
    fail(
      `n_head ${given} was passed but ${what} in ${source} says ${String(fromFile)}; pass the right one`,
    );
  }
  const n = given ?? fromFile;
  if (typeof n !== "number") {
    fail(`${source} does not say how many attention heads the model has; pass n_head (nHead)`);
  }
  return n;
}

/**
 * Whether the bytes start like an ONNX `ModelProto` as exporters write it (onnx.proto field
 * order): `ir_version` (field 1, varint: byte 0x08, a version 3 .. 20), then a length-delimited
 * field 2 .. 8 (producer_name 0x12, producer_version 0x1a, domain 0x22, doc_string 0x32, graph
 * 0x3a, opset_import 0x42) or model_version (0x28).
 */
function isOnnxModelProto(bytes: Uint8Array): boolean {
  return (
    bytes.length > 3 &&
    bytes[0] === 0x08 &&
    bytes[1] >= 3 &&
    bytes[1] <= 20 &&
    [0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42].includes(bytes[2])
  );
}

/**
 * Loads a GPT-2-family model from a PyTorch zip checkpoint, a safetensors file or an llm-viz
 * state_dict JSON (the format is detected from the content, see {@link detectModelFormat}).
 *
 * @param path the model file.
 * @param options n_head (when the file does not say it) and lm_head tying.
 * @returns the validated model; shapes as documented on {@link GptModel}.
 * @throws `import: ` errors of the readers (truncated or malformed files, unknown pickled classes,
 *   lying safetensors headers) and of {@link gptModelFromStateDict} (missing or mis-shaped
 *   tensors, naming them), `stateDict: ` errors for a malformed llm-viz JSON.
 */
export function importGptModel(path: string, options: ImportOptions = {}): GptModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  const format = detectModelFormat(bytes);
  if (format === "llm-viz-json") {
    const file = readTensorFile(path);
    resolveNHead(options.nHead, file.rawConfig.n_head, "config.n_head", path);
    return gptModelFromTensorFile(file);
  }
  if (format === "onnx") {
    return gptModelFromOnnx(decodeModelProto(bytes, path), path, { nHead: options.nHead }).model;
  }
  let tensors: Map<string, Tensor>;
  let nHeadInFile: unknown;
  if (format === "pytorch") {
    const ckpt = parseTorchCheckpoint(bytes, path);
    tensors = ckpt.tensors;
    const args = ckpt.extras.get("model_args");
    nHeadInFile = args instanceof Map ? args.get("n_head") : undefined;
  } else {
    tensors = parseSafetensors(bytes, path).tensors;
  }
  const nHead = resolveNHead(options.nHead, nHeadInFile, "model_args.n_head", path);
  return gptModelFromStateDict(tensors, { nHead, tiedLmHead: options.tiedLmHead }, path);
}

/** A model's tensors under their minGPT state_dict names, in minGPT's order. */
export function minGptStateDict(model: GptModel): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  out.set("transformer.wte.weight", model.wte);
  out.set("transformer.wpe.weight", model.wpe);
  model.layers.forEach((w, l) => {
    const p = `transformer.h.${l}.`;
    out.set(`${p}ln_1.weight`, w.ln1.weight);
    out.set(`${p}ln_1.bias`, w.ln1.bias);
    out.set(`${p}attn.c_attn.weight`, w.cAttnWeight);
    out.set(`${p}attn.c_attn.bias`, w.cAttnBias);
    out.set(`${p}attn.c_proj.weight`, w.attnProjWeight);
    out.set(`${p}attn.c_proj.bias`, w.attnProjBias);
    out.set(`${p}ln_2.weight`, w.ln2.weight);
    out.set(`${p}ln_2.bias`, w.ln2.bias);
    out.set(`${p}mlp.c_fc.weight`, w.fcWeight);
    out.set(`${p}mlp.c_fc.bias`, w.fcBias);
    out.set(`${p}mlp.c_proj.weight`, w.mlpProjWeight);
    out.set(`${p}mlp.c_proj.bias`, w.mlpProjBias);
  });
  out.set("transformer.ln_f.weight", model.lnF.weight);
  out.set("transformer.ln_f.bias", model.lnF.bias);
  out.set("lm_head.weight", model.lmHead);
  return out;
}

/**
 * Encodes a model in the llm-viz state_dict JSON format that `loadGptModel` reads:
 * `{config: {n_layer, n_head, n_embd, vocab_size, block_size}, "<key>": {shape, dtype:
 * "torch.float32", data: base64 of little-endian float32}}`. Each weight is rounded to float32,
 * exact for weights that came from a float32 file.
 */
export function encodeLlmVizJson(model: GptModel): string {
  const { nLayer, nHead, nEmbd, vocabSize, blockSize } = model.config;
  const out: Record<string, unknown> = {
    config: {
      n_layer: nLayer,
      n_head: nHead,
      n_embd: nEmbd,
      vocab_size: vocabSize,
      block_size: blockSize,
    },
  };
  for (const [key, t] of minGptStateDict(model)) {
    const bytes = Buffer.alloc(4 * t.data.length);
    for (let i = 0; i < t.data.length; i++) bytes.writeFloatLE(t.data[i], 4 * i);
    out[key] = { shape: t.shape, dtype: "torch.float32", data: bytes.toString("base64") };
  }
  return JSON.stringify(out);
}

/**
 * Imports a model file and writes it as llm-viz JSON to `to`. Nothing is written unless the
 * whole import succeeds: the JSON goes to a temporary file beside `to`, renamed into place.
 *
 * @returns the imported model.
 * @throws the errors of {@link importGptModel}; `to` is then left untouched.
 */
export function importToLlmVizJson(
  from: string,
  to: string,
  options: ImportOptions = {},
): GptModel {
  const model = importGptModel(from, options);
  const tmp = `${to}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, encodeLlmVizJson(model));
    renameSync(tmp, to);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return model;
}
