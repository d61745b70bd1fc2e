/**
 * Maps the state_dict layouts of GPT-2-family checkpoints onto one {@link GptModel} (minGPT
 * names, `nn.Linear` layout (out, in)), whatever file format the tensors came from.
 *
 * Layouts understood:
 * - minGPT / nanoGPT (`transformer.h.<L>.attn.c_attn.weight` [3D, D], `nn.Linear` (out, in));
 * - Hugging Face GPT-2 (`GPT2Model` / `GPT2LMHeadModel`, `transformers/models/gpt2/modeling_gpt2.py`):
 *   `Conv1D` weights stored (in, out), fused `c_attn` [D, 3D]; keys with or without the
 *   `transformer.` prefix (a bare `GPT2Model` saves `wte.weight`, `h.0.ln_1.weight`, ...);
 * - linear biases present or absent (nanoGPT `bias=False`), LayerNorm biases present or absent,
 *   each all-or-nothing across the model; an absent bias becomes zeros (x + 0 = x exactly);
 * - `lm_head.weight` [V, D] present (untied, or nanoGPT's tied copy) or absent with
 *   `tiedLmHead` (Hugging Face GPT-2 ties it to `wte` and does not save it);
 * - causal-mask buffers `attn.bias` (checked lower-triangular when present) and
 *   `attn.masked_bias` are optional and otherwise ignored;
 * - `_orig_mod.` (torch.compile) and `module.` (DataParallel) key prefixes are stripped.
 *
 * The configuration comes from the shapes (D and V from `wte` [V, D], block_size from `wpe`
 * [T, D], n_layer from the `h.<L>` indices) plus the description's n_head, which no shape holds.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `import: `.
 */
import { ZkattnUserError } from "../../errors.js";
import type { GptConfig, GptLayerWeights, GptModel, Tensor } from "../stateDict.js";

/** What the tensors' shapes cannot tell. */
export interface ModelDescription {
  /** Attention heads per block (n_head); must divide n_embd. */
  nHead: number;
  /** Use `wte` as the output projection when the file has no `lm_head.weight`. */
  tiedLmHead?: boolean;
}

/** Weight layout of the file's linear layers. */
export type WeightLayout = "nn.Linear (out, in)" | "Conv1D (in, out)";

const PREFIXES = ["_orig_mod.", "module."];

function fail(msg: string): never {
  throw new ZkattnUserError(`import: ${msg}`);
}

function shapeStr(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * Strips `_orig_mod.` / `module.` prefixes and adds `transformer.` to a bare `GPT2Model`'s keys.
 *
 * @throws `import: ` error when two keys become the same name.
 */
export function canonicalKeys(
  tensors: ReadonlyMap<string, Tensor>,
  source: string,
): Map<string, Tensor> {
  const stripped = new Map<string, Tensor>();
  for (const [key, t] of tensors) {
    let k = key;
    for (let changed = true; changed;) {
      changed = false;
      for (const p of PREFIXES) {
        if (k.startsWith(p)) {
          k = k.slice(p.length);
          changed = true;
        }
      }
    }
    if (stripped.has(k)) {
      fail(`${source} holds tensor "${key}" and another that is also "${k}" without its prefix`);
    }
    stripped.set(k, t);
  }
  const bare = ![...stripped.keys()].some((k) => k.startsWith("transformer."));
  if (!bare || !stripped.has("wte.weight")) return stripped;
  const out = new Map<string, Tensor>();
  for (const [k, t] of stripped) out.set(k.startsWith("lm_head.") ? k : `transformer.${k}`, t);
  return out;
}

/**
 * Builds a {@link GptModel} from a state_dict in any of the layouts above.
 *
 * @param tensors the state_dict (float64 tensors with their PyTorch shapes, as the readers return).
 * @param description n_head and whether lm_head is tied to wte.
 * @param source file name for error messages.
 * @returns the model in minGPT names and `nn.Linear` layout (Conv1D weights transposed), with
 *   zeros for absent biases; `config` derived from the shapes and `description.nHead`.
 * @throws `import: ` errors naming the tensor, the expected shape and the found one for a missing
 *   or mis-shaped tensor; for an n_head that does not divide n_embd, a non-finite weight, a bias
 *   present in some layers but not others, an `lm_head.bias` (not supported), a mask buffer that
 *   is not causal, or a tensor that belongs to no part of the model.
 */
export function gptModelFromStateDict(
  tensors: ReadonlyMap<string, Tensor>,
  description: ModelDescription,
  source: string,
): GptModel {
  const sd = canonicalKeys(tensors, source);
  const used = new Set<string>();
  const missing = (key: string, expected: string): never =>
    fail(`missing tensor "${key}" in ${source}; expected shape ${expected}`);
  const get = (key: string): Tensor | undefined => {
    const t = sd.get(key);
    if (t !== undefined) used.add(key);
    return t;
  };
  const checkFinite = (key: string, t: Tensor): Tensor => {
    for (let i = 0; i < t.data.length; i++) {
      if (!Number.isFinite(t.data[i])) {
        fail(
          `tensor "${key}" in ${source} holds ${t.data[i]} at flat index ${i}; every weight must be finite`,
        );
      }
    }
    return t;
  };
  const take = (key: string, shape: number[], what = ""): Tensor => {
    const t = get(key) ?? missing(key, shapeStr(shape) + what);
    if (!sameShape(t.shape, shape)) {
      fail(
        `tensor "${key}" in ${source} has shape ${shapeStr(t.shape)}; expected ${shapeStr(shape)}${what}`,
      );
    }
    return checkFinite(key, t);
  };

  // Sizes from the embeddings.
  const wteKey = "transformer.wte.weight";
  const wteT = get(wteKey) ?? missing(wteKey, "[vocab_size, n_embd]");
  if (wteT.shape.length !== 2 || wteT.shape.some((x) => x < 1)) {
    fail(
      `tensor "${wteKey}" in ${source} has shape ${shapeStr(wteT.shape)}; expected [vocab_size, n_embd]`,
    );
  }
  const [v, d] = wteT.shape;
  const wte = take(wteKey, [v, d]);
  const wpeKey = "transformer.wpe.weight";
  const wpeT = get(wpeKey) ?? missing(wpeKey, `[block_size, ${d}]`);
  if (wpeT.shape.length !== 2 || wpeT.shape[1] !== d || wpeT.shape[0] < 1) {
    fail(
      `tensor "${wpeKey}" in ${source} has shape ${shapeStr(wpeT.shape)}; expected [block_size, ${d}]`,
    );
  }
  const blockSize = wpeT.shape[0];
  const wpe = take(wpeKey, [blockSize, d]);

  const nHead = description.nHead;
  if (!Number.isSafeInteger(nHead) || nHead < 1 || d % nHead !== 0) {
    fail(
      `n_head ${nHead} does not divide n_embd ${d} (from "${wteKey}" ${shapeStr(wte.shape)}) in ${source}; ` +
        `pass the model's n_head`,
    );
  }

  // Layers: h.0 .. h.<n-1>, contiguous.
  const indices = new Set<number>();
  for (const k of sd.keys()) {
    const m = /^transformer\.h\.(\d+)\./.exec(k);
    if (m !== null) indices.add(Number(m[1]));
  }
  const nLayer = indices.size;
  for (let l = 0; l < nLayer; l++) {
    if (!indices.has(l)) {
      fail(
        `${source} has blocks ${[...indices].sort((a, b) => a - b).join(", ")}; expected transformer.h.0 .. ` +
          `transformer.h.${nLayer - 1} (block ${l} is missing)`,
      );
    }
  }
  if (nLayer === 0) missing("transformer.h.0.attn.c_attn.weight", `[${3 * d}, ${d}]`);

  // Layout from the fused QKV weight of block 0.
  const c0Key = "transformer.h.0.attn.c_attn.weight";
  const c0 =
    sd.get(c0Key) ?? missing(c0Key, `[${3 * d}, ${d}] (nn.Linear) or [${d}, ${3 * d}] (Conv1D)`);
  let layout: WeightLayout;
  if (sameShape(c0.shape, [3 * d, d])) layout = "nn.Linear (out, in)";
  else if (sameShape(c0.shape, [d, 3 * d])) layout = "Conv1D (in, out)";
  else {
    fail(
      `tensor "${c0Key}" in ${source} has shape ${shapeStr(c0.shape)}; expected [${3 * d}, ${d}] (nn.Linear) ` +
        `or [${d}, ${3 * d}] (Conv1D) for n_embd ${d}`,
    );
  }
  const conv = layout === "Conv1D (in, out)";
  const weight = (key: string, nOut: number, nIn: number): Tensor => {
    if (!conv) return take(key, [nOut, nIn], " (nn.Linear (out, in))");
    const t = take(key, [nIn, nOut], " (Conv1D (in, out))");
    const out = new Float64Array(nOut * nIn);
    for (let i = 0; i < nIn; i++)
      for (let o = 0; o < nOut; o++) out[o * nIn + i] = t.data[i * nOut + o];
    return { shape: [nOut, nIn], data: out };
  };
  const hasLinearBias = sd.has("transformer.h.0.attn.c_attn.bias");
  const hasLnBias = sd.has("transformer.h.0.ln_1.bias");
  const bias = (key: string, n: number, present: boolean, basis: string): Tensor => {
    if (present) return take(key, [n]);
    if (sd.has(key)) {
      fail(
        `unexpected tensor "${key}" in ${source}: "${basis}" is absent, so the model has no such biases; ` +
          `a checkpoint has all of them or none`,
      );
    }
    return { shape: [n], data: new Float64Array(n) };
  };
  const linBias = (key: string, n: number) =>
    bias(key, n, hasLinearBias, "transformer.h.0.attn.c_attn.bias");
  const lnBias = (key: string) => bias(key, d, hasLnBias, "transformer.h.0.ln_1.bias");

  const layers: GptLayerWeights[] = [];
  for (let l = 0; l < nLayer; l++) {
    const p = `transformer.h.${l}.`;
    layers.push({
      ln1: { weight: take(`${p}ln_1.weight`, [d]), bias: lnBias(`${p}ln_1.bias`) },
      cAttnWeight: weight(`${p}attn.c_attn.weight`, 3 * d, d),
      cAttnBias: linBias(`${p}attn.c_attn.bias`, 3 * d),
      attnProjWeight: weight(`${p}attn.c_proj.weight`, d, d),
      attnProjBias: linBias(`${p}attn.c_proj.bias`, d),
      ln2: { weight: take(`${p}ln_2.weight`, [d]), bias: lnBias(`${p}ln_2.bias`) },
      fcWeight: weight(`${p}mlp.c_fc.weight`, 4 * d, d),
      fcBias: linBias(`${p}mlp.c_fc.bias`, 4 * d),
      mlpProjWeight: weight(`${p}mlp.c_proj.weight`, d, 4 * d),
      mlpProjBias: linBias(`${p}mlp.c_proj.bias`, d),
    });
    const mask = get(`${p}attn.bias`);
    if (mask !== undefined) checkCausalMask(`${p}attn.bias`, mask, source);
    get(`${p}attn.masked_bias`);
  }
  const lnF = {
    weight: take("transformer.ln_f.weight", [d]),
    bias: lnBias("transformer.ln_f.bias"),
  };

  let lmHead: Tensor;
  if (sd.has("lm_head.weight")) {
    lmHead = take("lm_head.weight", [v, d], " (nn.Linear (out, in), also in GPT-2)");
  } else if (description.tiedLmHead === true) {
    lmHead = { shape: [v, d], data: wte.data.slice() };
  } else {
    fail(
      `missing tensor "lm_head.weight" in ${source}; expected shape [${v}, ${d}], or pass tiedLmHead ` +
        `when the model ties lm_head to transformer.wte.weight (Hugging Face GPT-2 does)`,
    );
  }
  if (sd.has("lm_head.bias")) {
    fail(
      `tensor "lm_head.bias" in ${source} is not supported: minGPT, nanoGPT and GPT-2 have no lm_head bias ` +
        `and the float reference and quantizer assume none`,
    );
  }
  for (const key of sd.keys()) {
    if (!used.has(key)) {
      fail(
        `unexpected tensor "${key}" in ${source} (${shapeStr(sd.get(key)!.shape)}); it is not part of a ` +
          `${nLayer}-layer GPT in ${layout} layout (is this a GPT-2-family state_dict?)`,
      );
    }
  }
  const config: GptConfig = { nLayer, nHead, nEmbd: d, vocabSize: v, blockSize };
  return { config, wte, wpe, layers, lnF, lmHead, source };
}

/**
 * Checks a causal-mask buffer [1, 1, N, N]: lower-triangular ones (entry [i, j] nonzero iff
 * j <= i), the mask the float forward pass applies.
 */
function checkCausalMask(key: string, mask: Tensor, source: string): void {
  const s = mask.shape;
  if (s.length !== 4 || s[0] !== 1 || s[1] !== 1 || s[2] !== s[3]) {
    fail(
      `tensor "${key}" in ${source} has shape ${shapeStr(s)}; expected a causal mask [1, 1, N, N]`,
    );
  }
  const n = s[2];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if ((mask.data[i * n + j] !== 0) !== j <= i) {
        fail(
          `tensor "${key}" in ${source} is not a causal mask: entry [${i}, ${j}] is ${mask.data[i * n + j]}; ` +
            `only causal GPT models are supported`,
        );
      }
    }
  }
}
