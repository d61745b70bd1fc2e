/**
 * Off-chain verification of a proof file (`npx hardhat zkattn:verify <proof.json>`): every field
 * that verify prints or that a later step uses is checked against the Groth16 proof, not only the
 * proof and its public-signal array.
 *
 * Checks, in order (the first failure is reported, naming the field):
 * 1. `format`; `circuit` and `model` are plain directory names (never `..`, a separator or an
 *    absolute path: they become `build/<circuit>/` and `models/<model>/`); `layer` is a layer index.
 * 2. `publicSignalArray` holds 4 field elements; each named `publicSignals.<name>` equals its entry.
 * 3. `circuitHash` and `vkHash` equal those of the keys in `build/<circuit>/manifest.json`.
 * 4. The model: `models/<model>/quantized.json` layer `layer` has the proven `modelCommitment`.
 * 5. The openings: `inputQuantized` and `salt` open `inputCommitment`; `outputQuantized` opens
 *    `outputCommitment`; `output` is `outputQuantized` dequantized with the layer's output scale.
 * 6. `proof` verifies (snarkjs `groth16.verify`) against `publicSignalArray` and the keys' vkey.
 * 7. `calldata.inputCommitment`, `calldata.output` and `calldata.proof` are the encodings of the
 *    verified signals and proof, exactly what `verifyInference` receives.
 *
 * A whole-model file (`zkattn-model-proof/1`, `prove --prompt`) has no layer; its steps 4-5 are:
 * `circuit` is a whole-model circuit of `model` (circuits/circuits.json), `modelCommitment` is
 * that of models/<model>/quantized-model.json, `prompt` and `salt` open `inputCommitment`,
 * `generated` is what `outputCommitment` packs (16 bits per token), and `result` says them in
 * the task's words.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import * as snarkjs from "snarkjs";

import {
  generatedOutput,
  inputCommitment as commitInput,
  modelCommitment as commitModel,
  modelCommitmentOfStages,
  outputCommitment as commitOutput,
  promptCommitment,
} from "../circuit/commitments.js";
import { circuitNameOf, loadDescriptions } from "../circuit/descriptions.js";
import {
  BN254_SCALAR_FIELD,
  PUBLIC_SIGNALS,
  type NamedPublicSignals,
} from "../circuit/publicSignals.js";
import {
  encodeOutput,
  encodeProof,
  toBytes32,
  type SnarkjsGroth16Proof,
} from "../contracts/calldata.js";
import {
  BUILD_DIR,
  circuitArtifacts,
  mainCircuitFile,
  MODELS_DIR,
  setupFiles,
} from "../artifacts.js";
import { ZkattnUserError } from "../errors.js";
import { loadQuantizedModel } from "../quant/modelFile.js";
import { dequantizeOutput } from "../quant/quantize.js";
import { readModelDescription } from "../model/description.js";
import { describeModelResult } from "../model/task.js";
import { readManifest, type SetupManifest } from "../setup/manifest.js";
import { INT_MODEL_FILE, loadIntModel } from "../stages/file.js";
import { intModelStages } from "../stages/model.js";
import { PROOF_FILE_FORMAT } from "./prove.js";
import { MODEL_PROOF_FILE_FORMAT } from "./proveModel.js";

/** A proof file field that does not check out: the file is invalid (not a usage error). */
export class ProofFileError extends Error {
  /** The offending field, e.g. `publicSignals.outputCommitment` or `calldata.proof`. */
  readonly field: string;
  constructor(file: string, field: string, problem: string) {
    super(`zkattn:verify: ${file}: field "${field}" ${problem}`);
    this.name = "ProofFileError";
    this.field = field;
  }
}

/** What {@link verifyProofFile} checked for an attention-block file, for printing. */
export interface VerifiedProofFile {
  kind: "block";
  model: string;
  layer: number;
  circuit: string;
  circuitHash: string;
  vkHash: string;
  publicSignals: NamedPublicSignals;
  outputQuantized: number[][];
  output: number[][];
  calldata: { inputCommitment: string; output: string; proof: string };
}

/** A directory name that stays inside its parent: letters, digits, `_`, `-`, `.` and no `..`. */
const DIRECTORY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * `<parent>/<name>` for a file-supplied directory name, or a {@link ProofFileError} naming `field`
 * if the name is absolute, contains a separator or `..`, or would resolve outside `parent`.
 */
export function directoryInside(
  file: string,
  field: string,
  parent: string,
  name: unknown,
): string {
  if (typeof name !== "string" || !DIRECTORY_NAME.test(name) || name.includes("..")) {
    throw new ProofFileError(
      file,
      field,
      `(${JSON.stringify(name)}) is not a plain directory name under ${path.basename(parent)}/ (no "..", separators or absolute paths)`,
    );
  }
  const dir = path.resolve(parent, name);
  if (path.dirname(dir) !== path.resolve(parent)) {
    throw new ProofFileError(file, field, `(${JSON.stringify(name)}) resolves outside ${parent}`);
  }
  return dir;
}

function fieldElement(file: string, field: string, value: unknown): bigint {
  if (typeof value !== "string" || !/^(0|[1-9][0-9]*)$/.test(value)) {
    throw new ProofFileError(file, field, `(${JSON.stringify(value)}) is not a decimal string`);
  }
  const v = BigInt(value);
  if (v >= BN254_SCALAR_FIELD) {
    throw new ProofFileError(file, field, `(${value}) is not below the BN254 scalar field modulus`);
  }
  return v;
}

function int8Matrix(file: string, field: string, value: unknown, rows: number, cols: number) {
  const ok =
    Array.isArray(value) &&
    value.length === rows &&
    value.every(
      (row) =>
        Array.isArray(row) &&
        row.length === cols &&
        row.every((v) => Number.isInteger(v) && v >= -128 && v <= 127),
    );
  if (!ok) throw new ProofFileError(file, field, `is not an int8 matrix [${rows}][${cols}]`);
  return value as number[][];
}

function sameHex(a: unknown, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

/**
 * Verifies a proof file written by `prove` (see the module comment for every check): an
 * attention-block file (`zkattn-proof/1`) or a whole-model file (`zkattn-model-proof/1`,
 * {@link verifyModelProof}).
 *
 * @param file the proof file path, as given on the command line (named in messages).
 * @param opts.root the project root: keys are read from `<root>/build/<circuit>/`, the model from
 *   `<root>/models/<model>/`.
 * @returns the checked contents.
 * @throws ProofFileError naming the first field that does not check out (the file is invalid).
 * @throws Error `zkattn:verify: ...` when the keys of the file's circuit are missing (run the setup).
 */
export async function verifyProofFile(
  file: string,
  opts: { root: string },
): Promise<VerifiedProofFile | VerifiedModelProofFile> {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new ProofFileError(file, "(file)", `cannot be read as JSON: ${(e as Error).message}`);
  }
  if (typeof raw === "object" && raw !== null && raw.format === MODEL_PROOF_FILE_FORMAT)
    return verifyModelProof(file, raw, opts.root);
  if (typeof raw !== "object" || raw === null || raw.format !== PROOF_FILE_FORMAT) {
    throw new ProofFileError(
      file,
      "format",
      `is ${JSON.stringify(raw?.format)}, not ${JSON.stringify(PROOF_FILE_FORMAT)} or ${JSON.stringify(MODEL_PROOF_FILE_FORMAT)}`,
    );
  }

  // 1. Names that become paths.
  const circuitDir = directoryInside(file, "circuit", path.join(opts.root, BUILD_DIR), raw.circuit);
  const modelDir = directoryInside(file, "model", path.join(opts.root, MODELS_DIR), raw.model);
  const circuit = raw.circuit as string;
  const model = raw.model as string;
  const layer = raw.layer;
  if (typeof layer !== "number" || !Number.isInteger(layer) || layer < 0) {
    throw new ProofFileError(file, "layer", `(${JSON.stringify(layer)}) is not a layer index`);
  }

  // 2-3. Named public signals against the proof's array; the keys.
  const { array, signals, salt } = checkSignals(file, raw);
  const manifest = await checkKeys(file, raw, opts.root, circuit, circuitDir);

  // 4. The model the proof is about.
  if (!existsSync(modelDir)) {
    throw new ProofFileError(file, "model", `(${model}) has no directory models/${model}/`);
  }
  const p = loadQuantizedModel(modelDir).layers.find((l) => l.layer === layer);
  if (!p) throw new ProofFileError(file, "layer", `(${layer}) is not a layer of ${model}`);
  const expectedModel = commitModel(p);
  if (expectedModel !== signals.modelCommitment) {
    throw new ProofFileError(
      file,
      "publicSignals.modelCommitment",
      `(${signals.modelCommitment}) is not the commitment of ${model} layer ${layer} (${expectedModel})`,
    );
  }
  // 5. The openings of the input and output commitments, and the decoded output.
  // The circuit is compiled for the model's block size T: T rows of d_model int8 each.
  const [T, D] = [p.blockSize, p.dModel];
  const inputQuantized = int8Matrix(file, "inputQuantized", raw.inputQuantized, T, D);
  const outputQuantized = int8Matrix(file, "outputQuantized", raw.outputQuantized, T, D);
  if (commitInput(inputQuantized, salt) !== signals.inputCommitment) {
    throw new ProofFileError(
      file,
      "inputQuantized",
      `with field "salt" does not open publicSignals.inputCommitment (${signals.inputCommitment})`,
    );
  }
  if (commitOutput(outputQuantized) !== signals.outputCommitment) {
    throw new ProofFileError(
      file,
      "outputQuantized",
      `does not open publicSignals.outputCommitment (${signals.outputCommitment})`,
    );
  }
  const output = dequantizeOutput(p, outputQuantized).map((r) => Array.from(r));
  const givenOutput = raw.output;
  const outputOk =
    Array.isArray(givenOutput) &&
    givenOutput.length === output.length &&
    output.every(
      (row, t) =>
        Array.isArray(givenOutput[t]) &&
        (givenOutput[t] as unknown[]).length === row.length &&
        row.every((v, j) => (givenOutput[t] as unknown[])[j] === v),
    );
  if (!outputOk) {
    throw new ProofFileError(
      file,
      "output",
      `is not outputQuantized dequantized with ${model} layer ${layer}'s output scale (${p.outputScale})`,
    );
  }

  // 6-7. The Groth16 proof; what verifyInference receives.
  const calldata = await checkProofAndCalldata(
    file,
    raw,
    circuit,
    circuitDir,
    manifest,
    array,
    signals,
  );

  return {
    kind: "block",
    model,
    layer,
    circuit,
    circuitHash: manifest.circuitHash,
    vkHash: manifest.vkHash,
    publicSignals: signals,
    outputQuantized,
    output,
    calldata,
  };
}

/** Step 2: the named public signals equal the array the proof is verified with; the salt. */
function checkSignals(
  file: string,
  raw: Record<string, unknown>,
): { array: string[]; signals: NamedPublicSignals; salt: bigint } {
  const array = raw.publicSignalArray;
  if (!Array.isArray(array) || array.length !== PUBLIC_SIGNALS.length) {
    throw new ProofFileError(
      file,
      "publicSignalArray",
      `is not an array of ${PUBLIC_SIGNALS.length} public signals (${PUBLIC_SIGNALS.join(", ")})`,
    );
  }
  const named = (raw.publicSignals ?? {}) as Record<string, unknown>;
  const signals = {} as NamedPublicSignals;
  PUBLIC_SIGNALS.forEach((name, i) => {
    signals[name] = fieldElement(file, `publicSignalArray[${i}]`, array[i]);
    if (named[name] !== array[i]) {
      throw new ProofFileError(
        file,
        `publicSignals.${name}`,
        `(${JSON.stringify(named[name])}) differs from publicSignalArray[${i}] (${array[i]}), which the proof is verified with`,
      );
    }
  });
  return { array: array as string[], signals, salt: fieldElement(file, "salt", raw.salt) };
}

/** Step 3: the file's circuitHash and vkHash are those of build/<circuit>/'s keys. */
async function checkKeys(
  file: string,
  raw: Record<string, unknown>,
  root: string,
  circuit: string,
  circuitDir: string,
): Promise<SetupManifest> {
  const artifacts = circuitArtifacts(root, circuit);
  const manifest = await readManifest(artifacts.manifest);
  if (!manifest) {
    throw new ZkattnUserError(
      `zkattn:verify: no keys for circuit ${circuit} in ${circuitDir}; run \`npx hardhat zkattn:setup ${mainCircuitFile(circuit)}\``,
    );
  }
  if (!sameHex(raw.circuitHash, manifest.circuitHash)) {
    throw new ProofFileError(
      file,
      "circuitHash",
      `(${JSON.stringify(raw.circuitHash)}) differs from build/${circuit}'s ${manifest.circuitHash}`,
    );
  }
  if (!sameHex(raw.vkHash, manifest.vkHash)) {
    throw new ProofFileError(
      file,
      "vkHash",
      `(${JSON.stringify(raw.vkHash)}) differs from build/${circuit}'s ${manifest.vkHash}; verify the proof with the keys that made it`,
    );
  }
  return manifest;
}

/**
 * Steps 6-7: the Groth16 proof verifies against the array with the keys' vkey, and the calldata
 * is the encoding of the verified signals and proof.
 * @returns the expected calldata.
 */
async function checkProofAndCalldata(
  file: string,
  raw: Record<string, unknown>,
  circuit: string,
  circuitDir: string,
  manifest: SetupManifest,
  array: string[],
  signals: NamedPublicSignals,
): Promise<{ inputCommitment: string; output: string; proof: string }> {
  const vkeyPath = setupFiles(circuitDir, manifest).vkey;
  if (!existsSync(vkeyPath))
    throw new ZkattnUserError(`zkattn:verify: ${vkeyPath} is missing; re-run the setup`);
  const proof = raw.proof as SnarkjsGroth16Proof;
  let verified = false;
  try {
    verified = (await snarkjs.groth16.verify(
      JSON.parse(readFileSync(vkeyPath, "utf8")),
      array,
      proof as never,
    )) as boolean;
  } catch {
    verified = false;
  }
  if (!verified) {
    throw new ProofFileError(
      file,
      "proof",
      `does not verify against publicSignalArray with build/${circuit}'s verification key`,
    );
  }

  const calldata = (raw.calldata ?? {}) as Record<string, unknown>;
  const expected = {
    inputCommitment: toBytes32(signals.inputCommitment),
    output: encodeOutput(signals.outputCommitment),
    proof: encodeProof(proof, array),
  };
  for (const key of ["inputCommitment", "output", "proof"] as const) {
    if (!sameHex(calldata[key], expected[key])) {
      throw new ProofFileError(
        file,
        `calldata.${key}`,
        `is not the encoding of the verified ${key === "proof" ? "proof" : `publicSignals.${key === "output" ? "outputCommitment" : key}`} (${expected[key]})`,
      );
    }
  }

  return expected;
}

/** What {@link verifyModelProof} checked, for printing. */
export interface VerifiedModelProofFile {
  kind: "model";
  model: string;
  circuit: string;
  circuitHash: string;
  vkHash: string;
  publicSignals: NamedPublicSignals;
  prompt: number[];
  generated: number[];
  /** The result as a sentence (src/model/task.ts `describeModelResult`). */
  result: string;
  calldata: { inputCommitment: string; output: string; proof: string };
}

/** A list of `count` token ids in [0, V). */
function tokenList(file: string, field: string, value: unknown, count: number, V: number) {
  const ok =
    Array.isArray(value) &&
    value.length === count &&
    value.every((t) => Number.isInteger(t) && t >= 0 && t < V);
  if (!ok)
    throw new ProofFileError(file, field, `is not a list of ${count} token ids in [0, ${V})`);
  return value as number[];
}

/**
 * Verifies a whole-model proof file (`zkattn-model-proof/1`, src/prover/proveModel.ts): names,
 * public signals and keys as an attention-block file; then `circuit` is a whole-model circuit of
 * `model` (circuits/circuits.json), `modelCommitment` is the commitment of
 * models/<model>/quantized-model.json, `prompt` and `salt` open `inputCommitment`, `generated`
 * is what `outputCommitment` packs, `result` says them in the task's words; then the proof and
 * the calldata.
 * @throws ProofFileError naming the first field that does not check out.
 */
async function verifyModelProof(
  file: string,
  raw: Record<string, unknown>,
  root: string,
): Promise<VerifiedModelProofFile> {
  const circuitDir = directoryInside(file, "circuit", path.join(root, BUILD_DIR), raw.circuit);
  const modelDir = directoryInside(file, "model", path.join(root, MODELS_DIR), raw.model);
  const circuit = raw.circuit as string;
  const model = raw.model as string;
  const { array, signals, salt } = checkSignals(file, raw);
  const manifest = await checkKeys(file, raw, root, circuit, circuitDir);

  // The model and the circuit the proof is about.
  const d = loadDescriptions(root).find(
    (c) => c.stages === "all" && c.model === model && circuitNameOf(c) === circuit,
  );
  if (!d)
    throw new ProofFileError(
      file,
      "circuit",
      `(${circuit}) is not a whole-model circuit of ${model} in circuits/circuits.json`,
    );
  if (!existsSync(path.join(modelDir, INT_MODEL_FILE)))
    throw new ProofFileError(file, "model", `(${model}) has no models/${model}/${INT_MODEL_FILE}`);
  const expectedModel = modelCommitmentOfStages(intModelStages(loadIntModel(modelDir).params));
  if (expectedModel !== signals.modelCommitment)
    throw new ProofFileError(
      file,
      "publicSignals.modelCommitment",
      `(${signals.modelCommitment}) is not the commitment of models/${model}/${INT_MODEL_FILE} (${expectedModel})`,
    );

  // The openings: the prompt and salt, the generated tokens, and the sentence.
  const task = readModelDescription(modelDir).task;
  const V = task.vocabulary.length;
  const prompt = tokenList(file, "prompt", raw.prompt, d.promptLength!, V);
  const generated = tokenList(file, "generated", raw.generated, d.generated!, V);
  if (promptCommitment(prompt, salt) !== signals.inputCommitment)
    throw new ProofFileError(
      file,
      "prompt",
      `with field "salt" does not open publicSignals.inputCommitment (${signals.inputCommitment})`,
    );
  if (generatedOutput(generated) !== signals.outputCommitment)
    throw new ProofFileError(
      file,
      "generated",
      `is not what publicSignals.outputCommitment (${signals.outputCommitment}) packs`,
    );
  const result = describeModelResult(model, task, prompt, generated);
  if (raw.result !== result)
    throw new ProofFileError(
      file,
      "result",
      `is not "${result}" (the prompt and generated tokens)`,
    );

  const calldata = await checkProofAndCalldata(
    file,
    raw,
    circuit,
    circuitDir,
    manifest,
    array,
    signals,
  );
  return {
    kind: "model",
    model,
    circuit,
    circuitHash: manifest.circuitHash,
    vkHash: manifest.vkHash,
    publicSignals: signals,
    prompt,
    generated,
    result,
    calldata,
  };
}
