import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { expect } from "chai";

import { directBinding } from "../../src/contracts/calldata.js";
import { circuitName, ensureCircuitBuild } from "../../src/prover/build.js";
import { blockInputFromTokens, parseTokens } from "../../src/prover/input.js";
import { loadModelByName } from "../../src/models.js";
import { proveInference, renderProofFile } from "../../src/prover/prove.js";
import { ProofFileError, verifyProofFile } from "../../src/prover/verifyFile.js";
import { loadGptModel } from "../../src/model/stateDict.js";
import { releaseCurve } from "../../src/setup/index.js";
import { setupCircuit } from "../../src/setup/pipeline.js";
import { silentLogger } from "../../src/setup/progress.js";

const run = promisify(execFile);
const ROOT = process.cwd();
const MODEL = "gpt-nano-sort";
const TOKENS = "0,0,2,1,0,1,0,0,0,1,1";
const SCRATCH = path.join(ROOT, ".tmp/verifyFile", `test-${process.pid}`);

type ProofJson = Record<string, unknown> & {
  publicSignals: Record<string, string>;
  publicSignalArray: string[];
  proof: { pi_a: string[] };
  inputQuantized: number[][];
  outputQuantized: number[][];
  output: number[][];
  calldata: Record<string, string>;
  salt: string;
};

/** `n + 1` as a decimal string (still below the field modulus for every value here). */
const plusOne = (n: string) => (BigInt(n) + 1n).toString();
/** Flips the last hex digit of a 0x string. */
const flipLastNibble = (hex: string) => hex.slice(0, -1) + (hex.endsWith("0") ? "1" : "0");

describe("zkattn:verify's proof-file check (src/prover/verifyFile.ts) on a real gpt-nano-sort proof", function () {
  // A real proof of layer 0 in public-weights mode: compile and development setup are cached in
  // build/ (first run: ~30 s compile + ~2 min setup, as prove-and-submit --weights public).
  this.timeout(30 * 60_000);
  let original: ProofJson;
  let goodFile: string;

  before(async function () {
    await mkdir(SCRATCH, { recursive: true });
    const weights = "public" as const;
    const build = await ensureCircuitBuild({ root: ROOT, model: MODEL, layer: 0, weights });
    const name = circuitName(MODEL, 0, weights);
    const setup = await setupCircuit({
      root: ROOT,
      circuit: path.relative(ROOT, build.r1csPath),
      name,
      logger: silentLogger,
    });
    const q = loadModelByName(ROOT, MODEL);
    const p = q.layers[0];
    const input = blockInputFromTokens(
      loadGptModel(path.join(ROOT, "models", MODEL, q.source.file)),
      p,
      parseTokens(TOKENS, q.config),
    );
    const { result } = await proveInference({
      model: MODEL,
      p,
      input,
      binding: directBinding("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
      wasmPath: build.wasmPath,
      zkeyPath: setup.zkeyPath,
      circuit: name,
      circuitHash: setup.manifest.circuitHash,
      vkHash: setup.manifest.vkHash,
      weights,
    });
    goodFile = path.join(SCRATCH, "proof.json");
    await writeFile(goodFile, renderProofFile(result));
    original = JSON.parse(await readFile(goodFile, "utf8")) as ProofJson;
  });

  after(async function () {
    await rm(SCRATCH, { recursive: true, force: true });
    await releaseCurve();
  });

  /** Writes `original` edited by `edit` and returns verifyProofFile's rejection. */
  async function rejectionOf(edit: (f: ProofJson) => void): Promise<ProofFileError> {
    const f = structuredClone(original);
    edit(f);
    const file = path.join(SCRATCH, "edited.json");
    await writeFile(file, JSON.stringify(f));
    try {
      await verifyProofFile(file, { root: ROOT });
    } catch (e) {
      if (e instanceof ProofFileError) return e;
      throw e;
    }
    throw new Error("expected the edited proof file to be rejected, but it verified");
  }

  it("accepts the file as prove wrote it and returns the checked fields", async function () {
    const v = await verifyProofFile(goodFile, { root: ROOT });
    expect(v.kind).to.equal("block");
    if (v.kind !== "block") return;
    expect(v.circuit).to.equal("gpt-nano-sort-layer0-public-weights");
    expect(v.publicSignals.outputCommitment.toString()).to.equal(
      original.publicSignals.outputCommitment,
    );
    expect(v.calldata).to.deep.equal(original.calldata);
    expect(v.output).to.deep.equal(original.output);
  });

  const edits: [string, string, (f: ProofJson) => void][] = [
    ["format", "format", (f) => (f.format = "zkattn-proof/0")],
    [
      "the named outputCommitment",
      "publicSignals.outputCommitment",
      (f) => {
        f.publicSignals.outputCommitment = plusOne(f.publicSignals.outputCommitment);
      },
    ],
    [
      "the named modelCommitment",
      "publicSignals.modelCommitment",
      (f) => {
        f.publicSignals.modelCommitment = plusOne(f.publicSignals.modelCommitment);
      },
    ],
    [
      "the named inputCommitment",
      "publicSignals.inputCommitment",
      (f) => {
        f.publicSignals.inputCommitment = plusOne(f.publicSignals.inputCommitment);
      },
    ],
    [
      "the named binding",
      "publicSignals.binding",
      (f) => {
        f.publicSignals.binding = plusOne(f.publicSignals.binding);
      },
    ],
    [
      "the binding in both places",
      "proof",
      (f) => {
        f.publicSignals.binding = plusOne(f.publicSignals.binding);
        f.publicSignalArray[3] = f.publicSignals.binding;
      },
    ],
    ["the salt", "inputQuantized", (f) => (f.salt = plusOne(f.salt))],
    [
      "outputQuantized",
      "outputQuantized",
      (f) => {
        f.outputQuantized[0][0] = f.outputQuantized[0][0] === 5 ? 6 : 5;
      },
    ],
    [
      "inputQuantized",
      "inputQuantized",
      (f) => {
        f.inputQuantized[0][0] = f.inputQuantized[0][0] === 5 ? 6 : 5;
      },
    ],
    ["the decoded output", "output", (f) => (f.output[0][0] += 0.5)],
    ["the proof", "proof", (f) => (f.proof.pi_a[0] = plusOne(f.proof.pi_a[0]))],
    [
      "calldata.proof",
      "calldata.proof",
      (f) => {
        f.calldata.proof = flipLastNibble(f.calldata.proof);
      },
    ],
    [
      "calldata.output",
      "calldata.output",
      (f) => {
        f.calldata.output = flipLastNibble(f.calldata.output);
      },
    ],
    [
      "calldata.inputCommitment",
      "calldata.inputCommitment",
      (f) => {
        f.calldata.inputCommitment = flipLastNibble(f.calldata.inputCommitment);
      },
    ],
    [
      "circuitHash",
      "circuitHash",
      (f) => {
        f.circuitHash = flipLastNibble(f.circuitHash as string);
      },
    ],
    ["vkHash", "vkHash", (f) => (f.vkHash = flipLastNibble(f.vkHash as string))],
    ["layer", "publicSignals.modelCommitment", (f) => (f.layer = 1)],
    [
      "circuit with ..",
      "circuit",
      (f) => {
        f.circuit = "../build/gpt-nano-sort-layer0-public-weights";
      },
    ],
    ["circuit as ..", "circuit", (f) => (f.circuit = "..")],
    [
      "circuit as an absolute path",
      "circuit",
      (f) => {
        f.circuit = path.join(ROOT, "build", "gpt-nano-sort-layer0-public-weights");
      },
    ],
    ["model with ..", "model", (f) => (f.model = "../models/gpt-nano-sort")],
  ];
  for (const [what, field, edit] of edits) {
    it(`rejects a file with ${what} edited, naming the field "${field}"`, async function () {
      const e = await rejectionOf(edit);
      expect(e.field).to.equal(field);
      expect(e.message).to.include(`field "${field}"`);
    });
  }

  it("names salt beside inputQuantized when the salt no longer opens the input commitment", async function () {
    const e = await rejectionOf((f) => (f.salt = plusOne(f.salt)));
    expect(e.message).to.include(`field "salt"`);
  });

  it("names publicSignalArray when only the array entry was edited", async function () {
    const e = await rejectionOf((f) => {
      f.publicSignalArray[2] = plusOne(f.publicSignalArray[2]);
    });
    expect(e.field).to.equal("publicSignals.outputCommitment");
    expect(e.message).to.include("publicSignalArray[2]");
  });

  it("names the model when the file names a model that does not exist", async function () {
    const e = await rejectionOf((f) => (f.model = "no-such-model"));
    expect(e.field).to.equal("model");
    expect(e.message).to.include(`field "model" (no-such-model)`);
  });

  it("names layer 1 when the layer was edited", async function () {
    const e = await rejectionOf((f) => (f.layer = 1));
    expect(e.message).to.include("gpt-nano-sort layer 1");
  });

  it("npx hardhat zkattn:verify prints OK for the file and INVALID (exit 1) for an edited outputCommitment", async function () {
    const ok = await run("npx", ["hardhat", "zkattn:verify", goodFile]);
    expect(ok.stdout).to.include(`OK: ${goodFile} verifies`);
    const f = structuredClone(original);
    f.publicSignals.outputCommitment = plusOne(f.publicSignals.outputCommitment);
    const edited = path.join(SCRATCH, "edited-cli.json");
    await writeFile(edited, JSON.stringify(f));
    const failed = await run("npx", ["hardhat", "zkattn:verify", edited]).then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed?.code).to.equal(1);
    expect(failed?.stdout).to.include(
      `INVALID: zkattn:verify: ${edited}: field "publicSignals.outputCommitment"`,
    );
  });
});
