import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "chai";

import {
  decodeTensor,
  loadGptModel,
  loadPartials,
  parseGptConfig,
} from "../../src/model/stateDict.js";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DATA_DIR = path.join(PROJECT_ROOT, "models/gpt-nano-sort/source");
const MODEL_PATH = path.join(DATA_DIR, "gpt-nano-sort-model.json");
const PARTIALS_PATH = path.join(DATA_DIR, "gpt-nano-sort-t0-partials.json");

type Entry = { shape: number[]; dtype: string; data: string };
type ModelJson = Record<string, unknown> & { config: Record<string, unknown> };

/** base64 of little-endian float32 values, built with Float32Array (not the loader's readFloatLE). */
function f32Base64(values: ArrayLike<number>): string {
  return Buffer.from(new Float32Array(Array.from(values)).buffer).toString("base64");
}

function entry(shape: number[], values: ArrayLike<number>): Entry {
  return { shape, dtype: "torch.float32", data: f32Base64(values) };
}

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
}

describe("stateDict loader", function () {
  const original = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as ModelJson;
  let dir: string;

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), "zkattn-statedict-"));
  });
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a mutated copy of the real model file and returns its path. */
  function writeVariant(name: string, mutate: (json: ModelJson) => void): string {
    const json = structuredClone(original);
    mutate(json);
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(json));
    return file;
  }

  describe("on the real gpt-nano-sort model", function () {
    const model = loadGptModel(MODEL_PATH);

    it("reads the gpt-nano config: 3 layers, 3 heads, width 48, vocabulary 3, block size 11", function () {
      expect(model.config).to.deep.equal({
        nLayer: 3,
        nHead: 3,
        nEmbd: 48,
        vocabSize: 3,
        blockSize: 11,
      });
    });

    it("gives every tensor the PyTorch shape and nn.Linear (out, in) layout", function () {
      expect(model.wte.shape).to.deep.equal([3, 48]);
      expect(model.wpe.shape).to.deep.equal([11, 48]);
      expect(model.layers).to.have.length(3);
      for (const layer of model.layers) {
        expect(layer.cAttnWeight.shape).to.deep.equal([144, 48]);
        expect(layer.attnProjWeight.shape).to.deep.equal([48, 48]);
        expect(layer.fcWeight.shape).to.deep.equal([192, 48]);
        expect(layer.mlpProjWeight.shape).to.deep.equal([48, 192]);
      }
      expect(model.lmHead.shape).to.deep.equal([3, 48]);
    });

    it("widens every float32 exactly: c_attn of layer 2 equals a Float32Array view of the base64 bytes", function () {
      const raw = original["transformer.h.2.attn.c_attn.weight"] as Entry;
      const bytes = Buffer.from(raw.data, "base64");
      const f32 = new Float32Array(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      );
      expect(Array.from(model.layers[2].cAttnWeight.data)).to.deep.equal(Array.from(f32));
    });

    it("loads the partials file with its batch of 3 token sequences of length 11 and keeps -inf in att", function () {
      const partials = loadPartials(PARTIALS_PATH);
      expect(partials.batch).to.equal(3);
      expect(partials.idx.map((r) => r.length)).to.deep.equal([11, 11, 11]);
      expect(partials.tensors.get("att")!.data.some((v) => v === -Infinity)).to.equal(true);
    });
  });

  describe("rejects", function () {
    it("a missing tensor, naming it and the file", function () {
      const file = writeVariant("missing", (j) => delete j["transformer.h.1.mlp.c_fc.bias"]);
      expectError(
        () => loadGptModel(file),
        `stateDict: missing tensor "transformer.h.1.mlp.c_fc.bias" in ${file}; expected shape [192]`,
      );
    });

    it("a tensor of the wrong shape, with expected and actual shapes", function () {
      const file = writeVariant("shape", (j) => {
        j["transformer.h.0.attn.c_proj.weight"] = entry([47, 48], new Float32Array(47 * 48));
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: tensor "transformer.h.0.attn.c_proj.weight" in ${file} has shape [47, 48]; expected [48, 48] for this config`,
      );
    });

    it("invalid base64 data", function () {
      const file = writeVariant("base64", (j) => {
        (j["transformer.ln_f.bias"] as Entry).data = "AAAA*AAA";
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: tensor "transformer.ln_f.bias" in ${file} has invalid base64 data; expected standard base64 ` +
          `(A-Z a-z 0-9 + /, '=' padding) of little-endian float32 values`,
      );
    });

    it("data whose byte length is not 4 * prod(shape)", function () {
      const file = writeVariant("length", (j) => {
        (j["transformer.ln_f.bias"] as Entry).data = f32Base64([1, 2, 3]);
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: tensor "transformer.ln_f.bias" in ${file} has 12 bytes of data but shape [48] needs 4 * 48 = 192; ` +
          `the data does not match the shape`,
      );
    });

    it("a NaN weight, naming the tensor and the flat index", function () {
      const file = writeVariant("nan", (j) => {
        const values = new Float32Array(48).fill(1);
        values[5] = NaN;
        j["transformer.ln_f.weight"] = entry([48], values);
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: tensor "transformer.ln_f.weight" in ${file} holds NaN at flat index 5; every weight must be finite`,
      );
    });

    it("an infinite weight (-Infinity is allowed only for att in a partials file)", function () {
      const file = writeVariant("inf", (j) => {
        const values = new Float32Array(3 * 48);
        values[100] = -Infinity;
        j["lm_head.weight"] = entry([3, 48], values);
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: tensor "lm_head.weight" in ${file} holds -Infinity at flat index 100; every weight must be finite`,
      );
    });

    it("a dtype other than float32", function () {
      const file = writeVariant("dtype", (j) => {
        (j["transformer.wte.weight"] as Entry).dtype = "torch.float16";
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: tensor "transformer.wte.weight" in ${file} has dtype "torch.float16"; only torch.float32 is supported`,
      );
    });

    it("an unknown model_type", function () {
      const file = writeVariant("type", (j) => {
        j.config.model_type = "gpt-pico";
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: unknown model_type "gpt-pico" in ${file}; expected one of openai-gpt, gpt2, gpt2-medium, ` +
          `gpt2-large, gpt2-xl, gopher-44m, gpt-mini, gpt-micro, gpt-nano`,
      );
    });

    it("sizes that contradict the named model_type", function () {
      const file = writeVariant("preset", (j) => {
        j.config.n_layer = 4;
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: model_type "gpt-nano" in ${file} means n_layer 3, n_head 3, n_embd 48 but the config says 4, 3, 48`,
      );
    });

    it("a config without n_embd", function () {
      const file = writeVariant("noembd", (j) => {
        delete j.config.n_embd;
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: config in ${file} is missing "n_embd"; expected a positive integer`,
      );
    });

    it("a non-integer size", function () {
      expectError(
        () =>
          parseGptConfig(
            { n_layer: 3, n_head: 3, n_embd: 48, vocab_size: 2.5, block_size: 11 },
            "cfg.json",
          ),
        `stateDict: config "vocab_size" in cfg.json is 2.5; expected a positive integer`,
      );
    });

    it("n_embd not divisible by n_head", function () {
      expectError(
        () =>
          parseGptConfig(
            { model_type: null, n_layer: 3, n_head: 5, n_embd: 48, vocab_size: 3, block_size: 11 },
            "cfg.json",
          ),
        `stateDict: n_embd 48 is not divisible by n_head 5 in cfg.json; each head needs n_embd / n_head channels`,
      );
    });

    it("a tensor the architecture does not have", function () {
      const file = writeVariant("extra", (j) => {
        j["transformer.h.3.ln_1.weight"] = entry([48], new Float32Array(48));
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: unexpected tensor "transformer.h.3.ln_1.weight" in ${file}; it is not part of a 3-layer minGPT ` +
          `(is n_layer right, or is this not a model file?)`,
      );
    });

    it("an attention mask buffer that is not causal", function () {
      const file = writeVariant("mask", (j) => {
        const mask = new Float32Array(121);
        for (let i = 0; i < 11; i++) for (let k = 0; k <= i; k++) mask[i * 11 + k] = 1;
        mask[0 * 11 + 1] = 1;
        j["transformer.h.2.attn.bias"] = entry([1, 1, 11, 11], mask);
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: "transformer.h.2.attn.bias" in ${file} is not the causal mask: entry [0, 1] is 1, expected 0; ` +
          `only causal minGPT models are supported`,
      );
    });

    it("a file without a config", function () {
      const file = writeVariant("noconfig", (j) => {
        delete (j as Record<string, unknown>).config;
      });
      expectError(
        () => loadGptModel(file),
        `stateDict: ${file} has no "config" object; expected the minGPT config next to the tensors`,
      );
    });

    it("a partials file whose idx holds something other than a token id", function () {
      const json = JSON.parse(readFileSync(PARTIALS_PATH, "utf8")) as ModelJson;
      const idx = new Float32Array(33);
      idx[4] = 3;
      json.idx = entry([3, 11], idx);
      const file = path.join(dir, "partials-idx.json");
      writeFileSync(file, JSON.stringify(json));
      expectError(
        () => loadPartials(file),
        `stateDict: "idx" in ${file} holds 3 at [0, 4]; expected a token id in [0, 3)`,
      );
    });

    it("a file that is not JSON", function () {
      const file = path.join(dir, "truncated.json");
      writeFileSync(file, '{"config": {');
      expect(() => loadGptModel(file)).to.throw(`stateDict: ${file} is not valid JSON (`);
    });

    it("a missing file", function () {
      const file = path.join(dir, "absent.json");
      expect(() => loadGptModel(file)).to.throw(`stateDict: cannot read ${file}: ENOENT`);
    });

    it("an entry that is not {shape, dtype, data}", function () {
      expectError(
        () => decodeTensor("w", [1, 2], "f.json"),
        `stateDict: tensor "w" in f.json is not an object {shape, dtype, data}; re-export the state_dict`,
      );
    });

    it("a shape with a negative dimension", function () {
      expectError(
        () => decodeTensor("w", { shape: [2, -1], dtype: "torch.float32", data: "" }, "f.json"),
        `stateDict: tensor "w" in f.json has shape [2,-1]; expected a list of non-negative integers`,
      );
    });
  });
});
