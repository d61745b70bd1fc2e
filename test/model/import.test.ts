import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "chai";
import { unzipSync, zipSync } from "fflate";
import onnxProto from "onnx-proto";

import { ZkattnUserError } from "../../src/errors.js";

import { forward, generate } from "../../src/model/float.js";
import {
  detectModelFormat,
  encodeLlmVizJson,
  encodeSafetensors,
  gptModelFromStateDict,
  importGptModel,
  importToLlmVizJson,
  minGptStateDict,
  parseSafetensors,
  readTorchCheckpoint,
} from "../../src/model/import/index.js";
import type { GptModel, Tensor } from "../../src/model/stateDict.js";
import { loadGptModel } from "../../src/model/stateDict.js";
import { allSortInputs, sortedDigits, teacherForcedSort } from "../../src/model/tokens.js";
import { seededRandom as rng } from "../../src/random.js";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ADDER_PT = path.join(PROJECT_ROOT, "models/mingpt-adder/source/model.pt");
const SORT_JSON = path.join(PROJECT_ROOT, "models/gpt-nano-sort/source/gpt-nano-sort-model.json");
/** mingpt-adder exported by torch.onnx.export (test/fixtures/mingpt-adder-onnx/export.py). */
const ADDER_ONNX = (opset: number) =>
  path.join(PROJECT_ROOT, `test/fixtures/mingpt-adder-onnx/mingpt-adder-opset${opset}.onnx`);

/** Throws unless `fn` throws an Error whose message is exactly `message`. */
function expectError(fn: () => unknown, message: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, "expected an error").to.be.instanceOf(Error);
  expect((caught as Error).message).to.equal(message);
  // The user's file is at fault: the CLI prints it without a stack trace.
  expect(ZkattnUserError.is(caught), "a ZkattnUserError").to.equal(true);
}

/**
 * A minimal safetensors writer written from the format's README, independent of the one in src:
 * u64 LE header length, JSON header, then each tensor's float32 bytes in order.
 */
function writeSafetensorsF32(
  file: string,
  tensors: Map<string, Tensor>,
  lie?: (h: Record<string, { dtype: string; shape: number[]; data_offsets: number[] }>) => void,
): void {
  const header: Record<string, { dtype: string; shape: number[]; data_offsets: number[] }> = {};
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [name, t] of tensors) {
    const bytes = Buffer.from(new Float32Array(t.data).buffer);
    header[name] = { dtype: "F32", shape: t.shape, data_offsets: [offset, offset + bytes.length] };
    chunks.push(bytes);
    offset += bytes.length;
  }
  lie?.(header);
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(json.length));
  writeFileSync(file, Buffer.concat([len, json, ...chunks]));
}

/** Every tensor of a model, by minGPT state_dict name. */
function modelTensors(m: GptModel): Map<string, Tensor> {
  return minGptStateDict(m);
}

/** Largest |a - b| over the logits of every sequence. */
function maxLogitDiff(a: GptModel, b: GptModel, seqs: number[][]): number {
  let worst = 0;
  for (const s of seqs) {
    const la = forward(a, s).lm_head.data;
    const lb = forward(b, s).lm_head.data;
    expect(lb.length).to.equal(la.length);
    for (let i = 0; i < la.length; i++) worst = Math.max(worst, Math.abs(la[i] - lb[i]));
  }
  return worst;
}

/** 200 random 6-token sequences over the adder's 10 digits, plus every addition's full context. */
function adderSequences(): number[][] {
  const r = rng(12);
  const seqs: number[][] = [];
  for (let i = 0; i < 200; i++) seqs.push(Array.from({ length: 6 }, () => Math.floor(r() * 10)));
  return seqs;
}

function transpose(t: Tensor): Tensor {
  const [r, c] = t.shape;
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = t.data[i * c + j];
  return { shape: [c, r], data: out };
}

describe("model importers (PyTorch .pt, safetensors, llm-viz JSON, ONNX)", function () {
  let dir: string;
  let fromPt: GptModel;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), "zkattn-import-"));
    fromPt = importGptModel(ADDER_PT, { nHead: 3 });
  });
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("PyTorch zip checkpoint: mingpt-adder's model.pt", function () {
    it("holds 44 tensors: 41 weights of a 3-layer gpt-nano and 3 causal-mask buffers", function () {
      const ckpt = readTorchCheckpoint(ADDER_PT);
      expect(ckpt.tensors.size).to.equal(44);
      expect(ckpt.tensors.get("transformer.h.0.attn.c_attn.weight")!.shape).to.deep.equal([
        144, 48,
      ]);
      expect(ckpt.tensors.get("transformer.h.2.attn.bias")!.shape).to.deep.equal([1, 1, 6, 6]);
      expect(ckpt.tensors.get("lm_head.weight")!.shape).to.deep.equal([10, 48]);
      expect(ckpt.extras.size).to.equal(0);
    });

    it("decodes each tensor from its own storage record (checked on the raw float32 bytes)", function () {
      const files = unzipSync(readFileSync(ADDER_PT));
      const raw = (key: string) => {
        const b = files[`model/data/${key}`];
        return Array.from(new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)));
      };
      const ckpt = readTorchCheckpoint(ADDER_PT);
      // Storages are numbered in state_dict order: 0 = wte, 1 = wpe, 43 = lm_head.
      expect(Array.from(ckpt.tensors.get("transformer.wte.weight")!.data)).to.deep.equal(raw("0"));
      expect(Array.from(ckpt.tensors.get("transformer.wpe.weight")!.data)).to.deep.equal(raw("1"));
      expect(Array.from(ckpt.tensors.get("lm_head.weight")!.data)).to.deep.equal(raw("43"));
    });

    it("reads a strided (non-contiguous) view: wte saved as its transpose", function () {
      const files = unzipSync(readFileSync(ADDER_PT));
      const pkl = Buffer.from(files["model/data.pkl"]);
      // wte's size (10, 48) and stride (48, 1) as pickled: BININT1 10, BININT1 48, TUPLE2, BINPUT 9,
      // BININT1 48, BININT1 1, TUPLE2. Rewritten to size (48, 10), stride (1, 48): wte^T.
      const from = Buffer.from([0x4b, 10, 0x4b, 48, 0x86, 0x71, 9, 0x4b, 48, 0x4b, 1, 0x86]);
      const at = pkl.indexOf(from);
      expect(at).to.be.greaterThan(0);
      Buffer.from([0x4b, 48, 0x4b, 10, 0x86, 0x71, 9, 0x4b, 1, 0x4b, 48, 0x86]).copy(pkl, at);
      files["model/data.pkl"] = pkl;
      const file = path.join(dir, "strided.pt");
      writeFileSync(file, zipSync(files, { level: 0 }));
      const wteT = readTorchCheckpoint(file).tensors.get("transformer.wte.weight")!;
      expect(wteT.shape).to.deep.equal([48, 10]);
      const wte = readTorchCheckpoint(ADDER_PT).tensors.get("transformer.wte.weight")!;
      for (let i = 0; i < 48; i++) {
        for (let j = 0; j < 10; j++) expect(wteT.data[i * 10 + j]).to.equal(wte.data[j * 48 + i]);
      }
    });

    it("gives the gpt-nano config from the shapes and n_head 3, with 86,160 parameters", function () {
      expect(fromPt.config).to.deep.equal({
        nLayer: 3,
        nHead: 3,
        nEmbd: 48,
        vocabSize: 10,
        blockSize: 6,
      });
      let params = 0;
      for (const t of modelTensors(fromPt).values()) params += t.data.length;
      // 480 wte + 288 wpe + 3 * 28,272 per block + 96 ln_f + 480 lm_head.
      expect(params).to.equal(86_160);
    });

    it("computes 85 + 50: prompt 8 5 5 0 generates 5 3 1", function () {
      expect(generate(fromPt, [8, 5, 5, 0], 3).slice(4)).to.deep.equal([5, 3, 1]);
    });

    it("solves all 10,000 two-digit additions by greedy decoding", function () {
      this.timeout(120_000);
      let correct = 0;
      for (let a = 0; a < 100; a++) {
        for (let b = 0; b < 100; b++) {
          const prompt = [Math.floor(a / 10), a % 10, Math.floor(b / 10), b % 10];
          const sum = a + b;
          const expected = [sum % 10, Math.floor(sum / 10) % 10, Math.floor(sum / 100)];
          const got = generate(fromPt, prompt, 3).slice(4);
          if (got.every((d, i) => d === expected[i])) correct++;
        }
      }
      expect(correct).to.equal(10_000);
    });
  });

  describe("the same model from every format", function () {
    it("safetensors written from the .pt state_dict gives identical tensors and logits", function () {
      const file = path.join(dir, "adder.safetensors");
      writeSafetensorsF32(file, readTorchCheckpoint(ADDER_PT).tensors);
      const fromSt = importGptModel(file, { nHead: 3 });
      expect(fromSt.config).to.deep.equal(fromPt.config);
      for (const [key, t] of modelTensors(fromPt)) {
        expect(Array.from(modelTensors(fromSt).get(key)!.data), key).to.deep.equal(
          Array.from(t.data),
        );
      }
      const diff = maxLogitDiff(fromPt, fromSt, adderSequences());
      console.log(`      max |logit(.pt) - logit(safetensors)| = ${diff}`);
      expect(diff).to.be.at.most(1e-5);
    });

    it("llm-viz JSON written from the .pt model gives identical logits (also via loadGptModel)", function () {
      const file = path.join(dir, "adder.json");
      writeFileSync(file, encodeLlmVizJson(fromPt));
      const fromJson = importGptModel(file);
      const viaLoader = loadGptModel(file);
      expect(fromJson.config).to.deep.equal(fromPt.config);
      const diff = maxLogitDiff(fromPt, fromJson, adderSequences());
      console.log(`      max |logit(.pt) - logit(llm-viz JSON)| = ${diff}`);
      expect(diff).to.be.at.most(1e-5);
      expect(maxLogitDiff(fromPt, viaLoader, adderSequences())).to.be.at.most(1e-5);
    });

    it("ONNX graphs exported at opset 10, 11, 17 and in GPT-2's layout give identical tensors and logits", function () {
      const gpt2 = ADDER_ONNX(13).replace("opset13", "gpt2-layout-opset13");
      for (const [opset, file] of [10, 11, 17, 13].map(
        (o) => [o, o === 13 ? gpt2 : ADDER_ONNX(o)] as const,
      )) {
        const fromOnnx = importGptModel(file, { nHead: 3 });
        expect(fromOnnx.config).to.deep.equal(fromPt.config);
        for (const [key, t] of modelTensors(fromPt)) {
          expect(
            Array.from(modelTensors(fromOnnx).get(key)!.data),
            `${key} opset ${opset}`,
          ).to.deep.equal(Array.from(t.data));
        }
        const diff = maxLogitDiff(fromPt, fromOnnx, adderSequences());
        console.log(`      opset ${opset}: max |logit(.pt) - logit(ONNX)| = ${diff}`);
        expect(diff).to.be.at.most(1e-5);
      }
    });

    it("encodeSafetensors round-trips through parseSafetensors", function () {
      const tensors = modelTensors(fromPt);
      const parsed = parseSafetensors(encodeSafetensors(tensors, "F32", { format: "pt" }), "mem");
      expect(parsed.metadata).to.deep.equal({ format: "pt" });
      expect([...parsed.tensors.keys()]).to.deep.equal([...tensors.keys()]);
      for (const [key, t] of tensors) {
        expect(parsed.dtypes.get(key)).to.equal("F32");
        expect(Array.from(parsed.tensors.get(key)!.data), key).to.deep.equal(Array.from(t.data));
      }
    });
  });

  describe("format details", function () {
    /** BINUNICODE opcode: 'X', u32 LE length, UTF-8 bytes. */
    function binunicode(text: string): Buffer {
      const b = Buffer.from(text, "utf8");
      const len = Buffer.alloc(4);
      len.writeUInt32LE(b.length);
      return Buffer.concat([Buffer.from("X"), len, b]);
    }

    it("a nanoGPT training checkpoint {model: state_dict, model_args: {n_head}} gives n_head itself", function () {
      const files = unzipSync(readFileSync(ADDER_PT));
      const pkl = Buffer.from(files["model/data.pkl"]);
      // PROTO 2 ... STOP around one object: keep the OrderedDict's opcodes, wrap them in a dict.
      expect([pkl[0], pkl[1], pkl[pkl.length - 1]]).to.deep.equal([0x80, 2, 0x2e]);
      files["model/data.pkl"] = Buffer.concat([
        Buffer.from([0x80, 2, 0x7d, 0x28]), // PROTO 2, EMPTY_DICT, MARK
        binunicode("model"),
        pkl.subarray(2, pkl.length - 1),
        binunicode("model_args"),
        Buffer.from([0x7d, 0x28]), // EMPTY_DICT, MARK
        binunicode("n_head"),
        Buffer.from([0x4b, 3, 0x75, 0x75, 0x2e]), // BININT1 3, SETITEMS, SETITEMS, STOP
      ]);
      const file = path.join(dir, "ckpt.pt");
      writeFileSync(file, zipSync(files, { level: 0 }));
      const m = importGptModel(file);
      expect(m.config.nHead).to.equal(3);
      expect(maxLogitDiff(fromPt, m, adderSequences().slice(0, 20))).to.equal(0);
      expectError(
        () => importGptModel(file, { nHead: 4 }),
        `import: n_head 4 was passed but model_args.n_head in ${file} says 3; pass the right one`,
      );
    });

    it("a file that holds neither n_head nor an nHead option is refused", function () {
      expectError(
        () => importGptModel(ADDER_PT),
        `import: ${ADDER_PT} does not say how many attention heads the model has; pass n_head (nHead)`,
      );
    });

    it("safetensors F16 and BF16 tensors decode to their exact values", function () {
      const f16 = [0x3c00, 0xc000, 0x7bff, 0x0001, 0x3555];
      const bf16 = [0x3f80, 0xc040];
      const header = JSON.stringify({
        h: { dtype: "F16", shape: [5], data_offsets: [0, 10] },
        b: { dtype: "BF16", shape: [2], data_offsets: [10, 14] },
      });
      const data = Buffer.alloc(14);
      [...f16, ...bf16].forEach((bits, i) => data.writeUInt16LE(bits, 2 * i));
      const len = Buffer.alloc(8);
      len.writeBigUInt64LE(BigInt(header.length));
      const file = parseSafetensors(Buffer.concat([len, Buffer.from(header), data]), "half");
      // 1, -2, the largest half (65504), the smallest subnormal (2^-24), (1 + 341/1024) / 4.
      expect(Array.from(file.tensors.get("h")!.data)).to.deep.equal([
        1,
        -2,
        65504,
        2 ** -24,
        0.333251953125,
      ]);
      expect(Array.from(file.tensors.get("b")!.data)).to.deep.equal([1, -3]);
      expect(file.dtypes.get("b")).to.equal("BF16");
    });

    it("detects each format from its bytes, even a safetensors header length that looks like a pickle", function () {
      const st = encodeSafetensors(new Map([["x", { shape: [1], data: Float64Array.of(1) }]]));
      expect(detectModelFormat(st)).to.equal("safetensors");
      // Header length 384 = 0x180: the file starts 0x80 0x01, like a protocol-1 pickle.
      const header = Buffer.from(
        JSON.stringify({ x: { dtype: "F32", shape: [1], data_offsets: [0, 4] } }).padEnd(384),
      );
      const len = Buffer.alloc(8);
      len.writeBigUInt64LE(384n);
      const tricky = Buffer.concat([len, header, Buffer.alloc(4)]);
      expect([tricky[0], tricky[1]]).to.deep.equal([0x80, 0x01]);
      expect(detectModelFormat(tricky)).to.equal("safetensors");
      expect(parseSafetensors(tricky, "tricky").tensors.get("x")!.shape).to.deep.equal([1]);
      expect(detectModelFormat(readFileSync(ADDER_PT))).to.equal("pytorch");
      expect(detectModelFormat(readFileSync(SORT_JSON))).to.equal("llm-viz-json");
      for (const opset of [10, 11, 17])
        expect(detectModelFormat(readFileSync(ADDER_ONNX(opset)))).to.equal("onnx");
    });

    it("a legacy (pre-1.6) torch.save file is refused with the re-save command", function () {
      const file = path.join(dir, "legacy.pt");
      writeFileSync(file, Buffer.from([0x80, 2, 0x8a, 0x0a]));
      expectError(
        () => importGptModel(file, { nHead: 3 }),
        `import: ${file} is a legacy (pre-1.6, non-zip) torch.save file; re-save it with a current PyTorch: ` +
          `torch.save(torch.load(path), path)`,
      );
    });

    it("an lm_head bias, or biases in some blocks only, are refused", function () {
      const withHeadBias = new Map(modelTensors(fromPt));
      withHeadBias.set("lm_head.bias", { shape: [10], data: new Float64Array(10) });
      expectError(
        () => gptModelFromStateDict(withHeadBias, { nHead: 3 }, "hb"),
        'import: tensor "lm_head.bias" in hb is not supported: minGPT, nanoGPT and GPT-2 have no lm_head bias ' +
          "and the float reference and quantizer assume none",
      );
      const partial = new Map(modelTensors(fromPt));
      partial.delete("transformer.h.0.attn.c_attn.bias");
      expectError(
        () => gptModelFromStateDict(partial, { nHead: 3 }, "partial"),
        'import: unexpected tensor "transformer.h.0.attn.c_proj.bias" in partial: ' +
          '"transformer.h.0.attn.c_attn.bias" is absent, so the model has no such biases; a checkpoint has all ' +
          "of them or none",
      );
    });
  });

  describe("state_dict layouts", function () {
    const seqs = adderSequences().slice(0, 40);

    it("Hugging Face GPT-2 layout: Conv1D (in, out) weights, bare keys, _orig_mod. prefix, mask buffers", function () {
      const hf = new Map<string, Tensor>();
      for (const [key, t] of modelTensors(fromPt)) {
        const bare = key.replace(/^transformer\./, "");
        const isConv = /\.(c_attn|c_proj|c_fc)\.weight$/.test(key);
        hf.set(`_orig_mod.${bare}`, isConv ? transpose(t) : t);
      }
      const mask = new Float64Array(36);
      for (let i = 0; i < 6; i++) for (let j = 0; j <= i; j++) mask[i * 6 + j] = 1;
      for (let l = 0; l < 3; l++) {
        hf.set(`_orig_mod.h.${l}.attn.bias`, { shape: [1, 1, 6, 6], data: mask });
        hf.set(`_orig_mod.h.${l}.attn.masked_bias`, { shape: [], data: Float64Array.of(-1e4) });
      }
      const m = gptModelFromStateDict(hf, { nHead: 3 }, "hf");
      for (const [key, t] of modelTensors(fromPt)) {
        expect(Array.from(modelTensors(m).get(key)!.data), key).to.deep.equal(Array.from(t.data));
      }
      expect(maxLogitDiff(fromPt, m, seqs)).to.equal(0);
    });

    it("nanoGPT without biases (bias=False): absent linear and LayerNorm biases act as zeros", function () {
      const noBias = new Map<string, Tensor>();
      for (const [key, t] of modelTensors(fromPt))
        if (!key.endsWith(".bias")) noBias.set(`module.${key}`, t);
      const m = gptModelFromStateDict(noBias, { nHead: 3 }, "nobias");
      // The same model built by hand: every bias replaced by zeros.
      const zero = (t: Tensor): Tensor => ({
        shape: t.shape,
        data: new Float64Array(t.data.length),
      });
      const byHand: GptModel = {
        ...fromPt,
        layers: fromPt.layers.map((w) => ({
          ...w,
          ln1: { weight: w.ln1.weight, bias: zero(w.ln1.bias) },
          ln2: { weight: w.ln2.weight, bias: zero(w.ln2.bias) },
          cAttnBias: zero(w.cAttnBias),
          attnProjBias: zero(w.attnProjBias),
          fcBias: zero(w.fcBias),
          mlpProjBias: zero(w.mlpProjBias),
        })),
        lnF: { weight: fromPt.lnF.weight, bias: zero(fromPt.lnF.bias) },
      };
      expect(maxLogitDiff(byHand, m, seqs)).to.equal(0);
      expect(maxLogitDiff(fromPt, m, seqs)).to.be.greaterThan(0);
    });

    it("tied lm_head: without lm_head.weight, tiedLmHead uses wte; otherwise the tensor is missing", function () {
      const tied = new Map(modelTensors(fromPt));
      tied.delete("lm_head.weight");
      const m = gptModelFromStateDict(tied, { nHead: 3, tiedLmHead: true }, "tied");
      expect(Array.from(m.lmHead.data)).to.deep.equal(Array.from(fromPt.wte.data));
      expectError(
        () => gptModelFromStateDict(tied, { nHead: 3 }, "tied"),
        'import: missing tensor "lm_head.weight" in tied; expected shape [10, 48], or pass tiedLmHead ' +
          "when the model ties lm_head to transformer.wte.weight (Hugging Face GPT-2 does)",
      );
    });

    it("gpt-nano-sort imports unchanged from its JSON and, in Conv1D safetensors, still sorts 729 / 729", function () {
      const original = loadGptModel(SORT_JSON);
      const viaImport = importGptModel(SORT_JSON);
      expect(maxLogitDiff(original, viaImport, [[0, 1, 2, 2, 1, 0, 0, 1, 1, 2, 2]])).to.equal(0);
      const conv = new Map<string, Tensor>();
      for (const [key, t] of modelTensors(original)) {
        conv.set(key, /\.(c_attn|c_proj|c_fc)\.weight$/.test(key) ? transpose(t) : t);
      }
      const file = path.join(dir, "sort-conv1d.safetensors");
      writeSafetensorsF32(file, conv);
      const m = importGptModel(file, { nHead: 3 });
      const inputs = allSortInputs();
      let sorted = 0;
      for (const input of inputs) if (teacherForcedSort(m, input).correct) sorted++;
      expect(inputs.length).to.equal(729);
      expect(sorted).to.equal(729);
      expect(generate(m, [2, 0, 1, 2, 0, 1], 6).slice(6)).to.deep.equal(
        sortedDigits([2, 0, 1, 2, 0, 1]),
      );
    });
  });

  describe("bad files: an error naming the tensor or class and the fix, and nothing written", function () {
    /** Imports `file` into a fresh output path and checks the exact error and that nothing exists there. */
    function expectRejected(file: string, message: string, options = { nHead: 3 }): void {
      const out = path.join(dir, `${path.basename(file)}.out.json`);
      expectError(() => importToLlmVizJson(file, out, options), message);
      expect(existsSync(out), "output written").to.equal(false);
      expect(existsSync(`${out}.tmp-${process.pid}`), "temporary output left").to.equal(false);
    }

    function writeAdderSafetensors(
      name: string,
      edit: (t: Map<string, Tensor>) => void,
      lie?: Parameters<typeof writeSafetensorsF32>[2],
    ): string {
      const tensors = new Map(readTorchCheckpoint(ADDER_PT).tensors);
      edit(tensors);
      const file = path.join(dir, name);
      writeSafetensorsF32(file, tensors, lie);
      return file;
    }

    it("the good file is written (the control of these tests)", function () {
      const out = path.join(dir, "good.json");
      importToLlmVizJson(ADDER_PT, out, { nHead: 3 });
      expect(existsSync(out)).to.equal(true);
      expect(maxLogitDiff(fromPt, loadGptModel(out), [[8, 5, 5, 0, 5, 3]])).to.equal(0);
    });

    it("a truncated .pt", function () {
      const file = path.join(dir, "truncated.pt");
      const bytes = readFileSync(ADDER_PT);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      expectRejected(
        file,
        `import: ${file} is not a complete zip archive (invalid zip data): the file is truncated or is not a ` +
          `PyTorch checkpoint; copy it again, or re-save it with torch.save(model.state_dict(), path)`,
      );
    });

    it("a truncated .onnx", function () {
      const file = path.join(dir, "truncated.onnx");
      const bytes = readFileSync(ADDER_ONNX(17));
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      expectRejected(
        file,
        `onnx: ${file} is truncated or corrupt (protobuf: index out of range: 185414 + 9216 > 190582); ` +
          `copy it again, or export it again with torch.onnx.export`,
      );
    });

    it("an .onnx graph with a node outside the supported set (a Relu after block 1's c_fc)", function () {
      const m = onnxProto.onnx.ModelProto.decode(readFileSync(ADDER_ONNX(11)));
      const nodes = m.graph!.node!;
      const at = nodes.findIndex((n) => n.name === "/h.1/c_fc/Add") + 1;
      const fc = "/h.1/c_fc/Add_output_0";
      for (const n of nodes.slice(at)) n.input = n.input!.map((v) => (v === fc ? "relu" : v));
      nodes.splice(
        at,
        0,
        onnxProto.onnx.NodeProto.create({
          name: "/h.1/act/Relu",
          opType: "Relu",
          input: [fc],
          output: ["relu"],
        }),
      );
      const file = path.join(dir, "relu.onnx");
      writeFileSync(file, onnxProto.onnx.ModelProto.encode(m).finish());
      expectRejected(
        file,
        `onnx: node "/h.1/act/Relu" (op Relu) at position ${at} of ${file} is not supported; supported: ` +
          "Add, Cast, Concat, Constant, ConstantOfShape, Div, Equal, Erf, Gather, Gemm, Identity, LayerNormalization, " +
          "MatMul, Mul, NonZero, Pow, Range, ReduceMean, Reshape, Shape, Slice, Softmax, Split, Sqrt, Squeeze, Sub, Tanh, " +
          "Transpose, Unsqueeze, Where",
      );
    });

    it("a .pt whose storage record is shorter than its tensor", function () {
      const files = unzipSync(readFileSync(ADDER_PT));
      files["model/data/5"] = files["model/data/5"].subarray(0, 100);
      const file = path.join(dir, "short-storage.pt");
      writeFileSync(file, zipSync(files, { level: 0 }));
      expectRejected(
        file,
        `import: tensor "transformer.h.0.attn.c_attn.weight" in ${file} needs 27648 bytes of storage "data/5" ` +
          `(float32, offset 0, size [144, 48], stride [48, 1]) but the record holds 100 bytes for 6912 elements: ` +
          `the checkpoint is truncated or corrupt; copy it again or re-save it with torch.save`,
      );
    });

    it("a .pt whose pickle names an unknown class", function () {
      const files = unzipSync(readFileSync(ADDER_PT));
      const pkl = Buffer.from(files["model/data.pkl"]);
      const from = Buffer.from("ccollections\nOrderedDict\n", "latin1");
      const at = pkl.indexOf(from);
      expect(at).to.be.greaterThan(0);
      files["model/data.pkl"] = Buffer.concat([
        pkl.subarray(0, at),
        Buffer.from("c__main__\nAdderModel\n", "latin1"),
        pkl.subarray(at + from.length),
      ]);
      const file = path.join(dir, "unknown-class.pt");
      writeFileSync(file, zipSync(files, { level: 0 }));
      expectRejected(
        file,
        `import: ${file} pickles the Python class "__main__.AdderModel", which the PyTorch importer does not ` +
          `know: it reads state_dicts (names to tensors) only. Save the weights with ` +
          `torch.save(model.state_dict(), path) instead of the whole object, or convert to safetensors`,
      );
    });

    it("a safetensors header that lies about a tensor's size", function () {
      const file = writeAdderSafetensors(
        "lying-size.safetensors",
        () => {},
        (h) => {
          h["transformer.h.1.mlp.c_fc.weight"].shape = [192, 49];
        },
      );
      // Elements before it in file order: wte 480, wpe 288, block 0 (with its mask) 28,308, and in
      // block 1 ln_1 96, mask 36, c_attn 7,056, c_proj 2,352, ln_2 96.
      const begin = (480 + 288 + 28_308 + 96 + 36 + 7_056 + 2_352 + 96) * 4;
      expectRejected(
        file,
        `import: tensor "transformer.h.1.mlp.c_fc.weight" in ${file} has data_offsets [${begin}, ${begin + 36864}] ` +
          `(36864 bytes) but F32 shape [192, 49] needs 37632 bytes: the header lies about the tensor's size; ` +
          `re-export the file`,
      );
    });

    it("a safetensors header whose offsets run past the end of the file", function () {
      const file = writeAdderSafetensors(
        "lying-offsets.safetensors",
        () => {},
        (h) => {
          const last = h["lm_head.weight"];
          last.data_offsets = [last.data_offsets[0] + 4, last.data_offsets[1] + 4];
        },
      );
      const total = 86_268 * 4;
      expectRejected(
        file,
        `import: tensor "lm_head.weight" in ${file} has data_offsets [${total - 1920 + 4}, ${total + 4}] past the ` +
          `end of the byte buffer (${total} bytes): the file is truncated or its header is wrong; re-export the file`,
      );
    });

    it("a missing tensor", function () {
      const file = writeAdderSafetensors("missing.safetensors", (t) =>
        t.delete("transformer.h.2.ln_2.weight"),
      );
      expectRejected(
        file,
        `import: missing tensor "transformer.h.2.ln_2.weight" in ${file}; expected shape [48]`,
      );
    });

    it("a mis-shaped tensor", function () {
      const file = writeAdderSafetensors("misshaped.safetensors", (t) => {
        const w = t.get("transformer.h.1.attn.c_proj.weight")!;
        t.set("transformer.h.1.attn.c_proj.weight", { shape: [24, 96], data: w.data });
      });
      expectRejected(
        file,
        `import: tensor "transformer.h.1.attn.c_proj.weight" in ${file} has shape [24, 96]; expected [48, 48] ` +
          `(nn.Linear (out, in))`,
      );
    });

    it("an n_head that does not divide n_embd", function () {
      expectRejected(
        ADDER_PT,
        `import: n_head 5 does not divide n_embd 48 (from "transformer.wte.weight" [10, 48]) in ${ADDER_PT}; ` +
          `pass the model's n_head`,
        { nHead: 5 },
      );
    });
  });
});
