import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

import { circuitArtifacts, defaultProofPath, mainCircuitFile } from "../../src/artifacts.js";
import {
  circuitName,
  generateMainCircuits,
  mainCircuitWeights,
} from "../../src/circuit/mainCircuits.js";
import { ZkattnUserError } from "../../src/errors.js";
import { loadModelByName } from "../../src/models.js";
import { loadGptModel } from "../../src/model/stateDict.js";
import { blockInputFromTokens, parseTokens } from "../../src/prover/input.js";
import { requireProvingKeys, resolveProofRequest } from "../../src/prover/resolve.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";
import {
  DEV_WARNING,
  MANIFEST_SCHEMA,
  type SetupManifest,
  writeManifest,
} from "../../src/setup/manifest.js";

const ROOT = process.cwd();
const TOKENS = "0,0,2,1,0,1,0,0,0,1,1";

/** Runs `f` and returns what it threw (fails the test if it did not throw). */
async function thrown(f: () => unknown): Promise<Error> {
  try {
    await f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, but the call succeeded");
}

describe("resolving a proving request (src/prover/resolve.ts, src/models.ts)", function () {
  let tmp: string;
  before(async function () {
    tmp = await mkdtemp(path.join(os.tmpdir(), "zkattn-resolve-"));
  });
  after(async function () {
    await rm(tmp, { recursive: true, force: true });
  });

  it("loads a model by name and names the known models and the quantize command for an unknown one", async function () {
    expect(loadModelByName(ROOT, "gpt-nano-sort").layers.length).to.equal(3);
    const e = await thrown(() => loadModelByName(ROOT, "gpt-giant", "prove"));
    expect(e).to.be.instanceOf(ZkattnUserError);
    expect(e.message).to.equal(
      'prove: unknown model "gpt-giant": no models/gpt-giant/quantized.json (known models: gpt-nano-sort; make one with `npm run quantize -- --model-dir models/gpt-giant`)',
    );
  });

  it("computes the block input from tokens exactly as the float model and quantizer do", function () {
    const r = resolveProofRequest(ROOT, { model: "gpt-nano-sort", layer: 1, tokens: TOKENS });
    // Independently: the committed quantized model, its float source, the input helpers.
    const q = loadQuantizedModel(path.join(ROOT, "models/gpt-nano-sort"));
    const float = loadGptModel(path.join(ROOT, "models/gpt-nano-sort", q.source.file));
    const tokens = parseTokens(TOKENS, q.config);
    expect(r.layerIndex).to.equal(1);
    expect(r.layer.layer).to.equal(1);
    expect(r.tokens).to.deep.equal([0, 0, 2, 1, 0, 1, 0, 0, 0, 1, 1]);
    expect(r.input.xQ).to.deep.equal(blockInputFromTokens(float, q.layers[1], tokens).xQ);
  });

  it("reads --input relative to the root", async function () {
    const xQ = Array.from({ length: 11 }, (_, t) =>
      Array.from({ length: 48 }, (_, i) => ((t * 48 + i) % 256) - 128),
    );
    const file = path.join(tmp, "xq.json");
    await writeFile(file, JSON.stringify({ xQ }));
    const r = resolveProofRequest(ROOT, {
      model: "gpt-nano-sort",
      inputFile: path.relative(ROOT, file),
    });
    expect(r.input.xQ).to.deep.equal(xQ);
    expect(r.tokens).to.equal(undefined);
  });

  it("refuses a layer the model does not have and neither or both of tokens and input", async function () {
    const layer = await thrown(() =>
      resolveProofRequest(ROOT, { model: "gpt-nano-sort", layer: 3, tokens: TOKENS }, "prove"),
    );
    expect(layer).to.be.instanceOf(ZkattnUserError);
    expect(layer.message).to.equal("prove: model gpt-nano-sort has layers 0 .. 2, not 3");
    const neither = await thrown(() =>
      resolveProofRequest(ROOT, { model: "gpt-nano-sort" }, "prove"),
    );
    const both = await thrown(() =>
      resolveProofRequest(
        ROOT,
        { model: "gpt-nano-sort", tokens: TOKENS, inputFile: "x.json" },
        "prove",
      ),
    );
    for (const e of [neither, both]) {
      expect(e).to.be.instanceOf(ZkattnUserError);
      expect(e.message).to.equal(
        "prove: pass exactly one of --tokens (comma-separated token ids) or --input (an activations file)",
      );
    }
    const bad = await thrown(() =>
      resolveProofRequest(ROOT, { model: "gpt-nano-sort", tokens: "0,1" }),
    );
    expect(bad).to.be.instanceOf(ZkattnUserError);
    expect(bad.message).to.match(/^input: --tokens needs exactly 11/);
  });

  describe("requireProvingKeys", function () {
    const name = "toy-layer0";
    const manifest = (wasm?: string): SetupManifest => ({
      schema: MANIFEST_SCHEMA,
      circuit: name,
      setupKind: "development",
      warning: DEV_WARNING,
      circuitHash: `0x${"11".repeat(32)}`,
      vkHash: `0x${"22".repeat(32)}`,
      r1cs: { file: `${name}.r1cs`, nConstraints: 1, nPublic: 4, power: 8 },
      ...(wasm ? { wasm: { file: wasm } } : {}),
      ptau: { file: "dev.ptau", power: 8, blake2b512: "00", source: "development" },
      zkey: { file: `${name}.dev-INSECURE.zkey`, sha256: "00" },
      vkey: { file: `${name}.dev-INSECURE.vkey.json` },
      phase2: { contributions: [], beacon: null },
      inputsKey: "test",
      snarkjsVersion: "0.7.6",
    });

    it("names the setup command when build/<circuit>/ has no manifest", async function () {
      const e = await thrown(() => requireProvingKeys(tmp, name, "prove"));
      expect(e).to.be.instanceOf(ZkattnUserError);
      expect(e.message).to.equal(
        "prove: no keys for circuit toy-layer0; run `npx hardhat zkattn:setup circuits/main/toy-layer0.circom --export-verifier` first",
      );
    });

    it("names the missing file, then resolves the manifest's files under build/<circuit>/", async function () {
      const dir = path.join(tmp, "build", name);
      await mkdir(dir, { recursive: true });
      await writeManifest(path.join(dir, "manifest.json"), manifest());
      const e = await thrown(() => requireProvingKeys(tmp, name, "prove"));
      expect(e).to.be.instanceOf(ZkattnUserError);
      expect(e.message).to.equal(
        `prove: build/${name}/${name}.dev-INSECURE.zkey is missing; re-run \`npx hardhat zkattn:setup circuits/main/${name}.circom ...\``,
      );
      await writeFile(path.join(dir, `${name}.dev-INSECURE.zkey`), "zkey");
      await mkdir(path.join(dir, `${name}_js`));
      await writeFile(path.join(dir, `${name}_js`, `${name}.wasm`), "wasm");
      const keys = await requireProvingKeys(tmp, name, "prove");
      expect(keys.zkey).to.equal(path.join(dir, `${name}.dev-INSECURE.zkey`));
      expect(keys.wasm).to.equal(path.join(dir, `${name}_js`, `${name}.wasm`));
      expect(keys.vkey).to.equal(path.join(dir, `${name}.dev-INSECURE.vkey.json`));
      expect(keys.manifest.vkHash).to.equal(`0x${"22".repeat(32)}`);
    });
  });
});

describe("the build layout (src/artifacts.ts)", function () {
  it("puts a circuit's files under build/<name>/ and its main file under circuits/main/", function () {
    const a = circuitArtifacts("/r", "m-layer0");
    expect(a).to.deep.equal({
      dir: "/r/build/m-layer0",
      r1cs: "/r/build/m-layer0/m-layer0.r1cs",
      sym: "/r/build/m-layer0/m-layer0.sym",
      wasm: "/r/build/m-layer0/m-layer0_js/m-layer0.wasm",
      manifest: "/r/build/m-layer0/manifest.json",
      compileStamp: "/r/build/m-layer0/compile.json",
    });
    expect(mainCircuitFile("m-layer0")).to.equal("circuits/main/m-layer0.circom");
    expect(defaultProofPath("/r", "m-layer0")).to.equal("/r/build/proofs/m-layer0.proof.json");
  });

  it("tells the weights mode of every generated main circuit from its path, and of no other file", function () {
    for (const c of generateMainCircuits(ROOT)) {
      expect(c.file).to.equal(mainCircuitFile(circuitName(c.model, c.layer.layer, c.weights)));
      expect(mainCircuitWeights(c.file)).to.equal(c.weights);
    }
    expect(mainCircuitWeights("circuits/main/gpt-nano-sort-model-seg2of4.circom")).to.equal(
      "private",
    );
    expect(
      mainCircuitWeights("circuits/main/gpt-nano-sort-model-seg1of2-public-weights.circom"),
    ).to.equal("public");
    expect(mainCircuitWeights("circuits/test/setup/setup_small.circom")).to.equal(undefined);
    expect(mainCircuitWeights("circuits/main/notes.circom")).to.equal(undefined);
  });
});
