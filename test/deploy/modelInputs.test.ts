import { mkdir, rm } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import { id } from "ethers";

import { modelCommitment, modelCommitmentOfStages } from "../../src/circuit/commitments.js";
import { BN254_SCALAR_FIELD } from "../../src/circuit/publicSignals.js";
import { resolveModelRegistration } from "../../src/deploy/modelInputs.js";
import { loadQuantizedModel } from "../../src/quant/modelFile.js";
import { loadIntModel } from "../../src/stages/file.js";
import { intModelStages } from "../../src/stages/model.js";
import {
  DEV_WARNING,
  MANIFEST_SCHEMA,
  type SetupManifest,
  writeManifest,
} from "../../src/setup/manifest.js";
import { PROJECT_ROOT } from "../../scripts/fixtures/mockInference.js";

/** A scratch project root holding only build/<circuit>/manifest.json files. */
const SCRATCH_ROOT = path.join(PROJECT_ROOT, ".tmp/deploy", `inputs-${process.pid}`);
const CIRCUIT_HASH = id("zkattn deploy test: r1cs");
const VK_HASH = id("zkattn deploy test: vk");
/** An explicit modelHash, so the scratch root needs no models/ directory. */
const MODEL_HASH = 12345n;

/** Writes a development-setup manifest of `circuit` with `nPublic` public signals. */
async function writeTestManifest(circuit: string, nPublic: number): Promise<void> {
  const manifest: SetupManifest = {
    schema: MANIFEST_SCHEMA,
    circuit,
    setupKind: "development",
    warning: DEV_WARNING,
    circuitHash: CIRCUIT_HASH,
    vkHash: VK_HASH,
    r1cs: { file: `${circuit}.r1cs`, nConstraints: 100, nPublic, power: 8 },
    ptau: { file: "dev.ptau", power: 8, blake2b512: "00", source: "development" },
    zkey: { file: `${circuit}.zkey`, sha256: "00" },
    vkey: { file: `${circuit}.vkey.json` },
    phase2: { contributions: [], beacon: null },
    inputsKey: "test",
    snarkjsVersion: "0.7.6",
  };
  const dir = path.join(SCRATCH_ROOT, "build", circuit);
  await mkdir(dir, { recursive: true });
  await writeManifest(path.join(dir, "manifest.json"), manifest);
}

/** The message of the error `promise` rejects with; fails the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a rejection, but the call succeeded");
}

describe("register-model inputs (src/deploy/modelInputs)", function () {
  after(async function () {
    await rm(SCRATCH_ROOT, { recursive: true, force: true });
  });

  it("takes circuitHash and vkHash from build/<model>-layer<layer>/manifest.json and names the verifier after the circuit", async function () {
    await writeTestManifest("tiny-model-layer2", 4);
    const r = await resolveModelRegistration({
      root: SCRATCH_ROOT,
      model: "tiny-model",
      layer: 2,
      modelHash: MODEL_HASH.toString(),
    });
    expect(r).to.deep.equal({
      name: "tiny-model/layer2",
      circuit: "tiny-model-layer2",
      contractName: "TinyModelLayer2Verifier",
      circuitHash: CIRCUIT_HASH,
      vkHash: VK_HASH,
      modelHash: MODEL_HASH,
      uri: "zkattn:tiny-model/layer2",
      setupKind: "development",
      warning: DEV_WARNING,
    });
  });

  it("uses the modelCommitment of the chosen layer of models/<model>/quantized.json", async function () {
    const quantized = loadQuantizedModel(path.join(PROJECT_ROOT, "models/gpt-nano-sort"));
    const explicitHashes = { circuitHash: CIRCUIT_HASH, vkHash: VK_HASH };
    const base = { root: PROJECT_ROOT, model: "gpt-nano-sort", ...explicitHashes };
    const layer0 = await resolveModelRegistration({ ...base, layer: 0 });
    const layer1 = await resolveModelRegistration({ ...base, layer: 1 });
    expect(layer0.modelHash).to.equal(modelCommitment(quantized.layers[0]));
    expect(layer1.modelHash).to.equal(modelCommitment(quantized.layers[1]));
    expect(layer1.modelHash).to.not.equal(layer0.modelHash);
    expect(layer1.contractName).to.equal("GptNanoSortLayer1Verifier");
    expect(layer1.setupKind).to.equal(undefined);
  });

  it("prefers explicit values over the manifest", async function () {
    await writeTestManifest("tiny-model-layer0", 4);
    const r = await resolveModelRegistration({
      root: SCRATCH_ROOT,
      model: "tiny-model",
      layer: 0,
      verifierContract: "SomeOtherVerifier",
      circuitHash: id("explicit r1cs"),
      vkHash: id("explicit vk"),
      modelHash: "0x" + MODEL_HASH.toString(16),
      uri: "ipfs://explicit",
    });
    expect(r).to.include({
      contractName: "SomeOtherVerifier",
      circuitHash: id("explicit r1cs"),
      vkHash: id("explicit vk"),
      modelHash: MODEL_HASH,
      uri: "ipfs://explicit",
    });
  });

  it("--whole-model registers the whole-model circuit with the commitment of quantized-model.json", async function () {
    // The real project root (models/ and circuits.json); explicit hashes, so no keys are needed.
    const r = await resolveModelRegistration({
      root: PROJECT_ROOT,
      model: "mingpt-adder",
      layer: 0,
      wholeModel: true,
      circuitHash: CIRCUIT_HASH,
      vkHash: VK_HASH,
    });
    const m = loadIntModel(path.join(PROJECT_ROOT, "models/mingpt-adder"));
    expect(r).to.include({
      name: "mingpt-adder/model/public-weights",
      circuit: "mingpt-adder-model-public-weights",
      contractName: "MingptAdderModelPublicWeightsVerifier",
      modelHash: modelCommitmentOfStages(intModelStages(m.params)),
      uri: "zkattn:mingpt-adder/model/public-weights",
    });
  });

  it("names the setup command when the manifest is missing", async function () {
    expect(
      await rejectionOf(
        resolveModelRegistration({
          root: SCRATCH_ROOT,
          model: "tiny-model",
          layer: 7,
          modelHash: "1",
        }),
      ),
    ).to.equal(
      "deploy: no setup manifest build/tiny-model-layer7/manifest.json for circuit tiny-model-layer7; run `npx hardhat zkattn:setup circuits/main/tiny-model-layer7.circom --export-verifier` first, or pass --circuit-hash and --vk-hash",
    );
  });

  it("refuses a circuit without zkattn's four public signals (a route cannot be removed)", async function () {
    await writeTestManifest("three-signals", 3);
    expect(
      await rejectionOf(
        resolveModelRegistration({
          root: SCRATCH_ROOT,
          model: "tiny-model",
          layer: 0,
          circuit: "three-signals",
          modelHash: "1",
        }),
      ),
    ).to.equal(
      "deploy: circuit three-signals has 3 public signals, but the registry verifies circuits with 4 (modelCommitment, inputCommitment, outputCommitment, binding); register a zkattn inference circuit (routes cannot be removed)",
    );
  });

  it("refuses a layer the model does not have and a modelHash outside the field", async function () {
    const base = {
      root: PROJECT_ROOT,
      model: "gpt-nano-sort",
      circuitHash: CIRCUIT_HASH,
      vkHash: VK_HASH,
    };
    const layers = loadQuantizedModel(path.join(PROJECT_ROOT, "models/gpt-nano-sort")).layers;
    expect(await rejectionOf(resolveModelRegistration({ ...base, layer: 9 }))).to.equal(
      `deploy: model gpt-nano-sort has layers ${layers.map((l) => l.layer).join(", ")}, not 9; pass --layer`,
    );
    expect(
      await rejectionOf(
        resolveModelRegistration({ ...base, layer: 0, modelHash: BN254_SCALAR_FIELD.toString() }),
      ),
    ).to.equal(
      `deploy: --model-hash ${BN254_SCALAR_FIELD} is not a non-zero BN254 field element; pass the circuit's modelCommitment`,
    );
  });
});
