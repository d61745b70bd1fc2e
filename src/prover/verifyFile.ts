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
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import * as snarkjs from "snarkjs";

import {
  inputCommitment as commitInput,
  modelCommitment as commitModel,
  outputCommitment as commitOutput,
} from "../circuit/commitments.js";
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
import { readManifest } from "../setup/manifest.js";
import { PROOF_FILE_FORMAT } from "./prove.js";

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

/** What {@link verifyProofFile} checked, for printing. */
export interface VerifiedProofFile {
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
 * Verifies a proof file written by `prove` (see the module comment for every check).
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
): Promise<VerifiedProofFile> {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new ProofFileError(file, "(file)", `cannot be read as JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || raw.format !== PROOF_FILE_FORMAT) {
    throw new ProofFileError(
      file,
      "format",
      `is ${JSON.stringify(raw?.format)}, not ${JSON.stringify(PROOF_FILE_FORMAT)}`,
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

  // 2. Named public signals against the array the proof is verified with.
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
  const salt = fieldElement(file, "salt", raw.salt);

  // 3. The keys.
  const artifacts = circuitArtifacts(opts.root, circuit);
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

  // 6. The Groth16 proof.
  const vkeyPath = setupFiles(circuitDir, manifest).vkey;
  if (!existsSync(vkeyPath))
    throw new ZkattnUserError(`zkattn:verify: ${vkeyPath} is missing; re-run the setup`);
  const proof = raw.proof as SnarkjsGroth16Proof;
  let verified = false;
  try {
    verified = (await snarkjs.groth16.verify(
      JSON.parse(readFileSync(vkeyPath, "utf8")),
      array as string[],
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

  // 7. What verifyInference receives.
  const calldata = (raw.calldata ?? {}) as Record<string, unknown>;
  const expected = {
    inputCommitment: toBytes32(signals.inputCommitment),
    output: encodeOutput(signals.outputCommitment),
    proof: encodeProof(proof, array as string[]),
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

  return {
    model,
    layer,
    circuit,
    circuitHash: manifest.circuitHash,
    vkHash: manifest.vkHash,
    publicSignals: signals,
    outputQuantized,
    output,
    calldata: expected,
  };
}
