/**
 * Proving one attention block: integer reference → circuit input → Groth16 proof (snarkjs), and
 * the proof file that `prove` writes and `verify` / `prove-and-submit` read.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

import * as snarkjs from "snarkjs";

import {
  BN254_SCALAR_FIELD,
  fromPublicSignalArray,
  PUBLIC_SIGNALS,
  toPublicSignalArray,
  type NamedPublicSignals,
} from "../circuit/publicSignals.js";
import type { WeightsMode } from "../circuit/types.js";
import { circuitInput, publicSignalsFor } from "../circuit/witness.js";
import {
  encodeOutput,
  encodeProof,
  toBytes32,
  type SnarkjsGroth16Proof,
} from "../contracts/calldata.js";
import { intAttention } from "../quant/intAttention.js";
import { dequantizeOutput } from "../quant/quantize.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { writeTextAtomically } from "../setup/fsutil.js";
import { ZkattnUserError } from "../errors.js";
import type { BlockInput } from "./input.js";

/** Format tag of a proof file. */
export const PROOF_FILE_FORMAT = "zkattn-proof/1";

/** A proved inference, as written to a proof file (bigints as decimal strings on disk). */
export interface InferenceProof {
  /** Model directory name and layer. */
  model: string;
  layer: number;
  /** Circuit name, circuitHash and vkHash of the keys that made the proof. */
  circuit: string;
  circuitHash: string;
  vkHash: string;
  /** Named public signals (field elements). */
  publicSignals: NamedPublicSignals;
  /** The snarkjs proof. */
  proof: SnarkjsGroth16Proof;
  /** Salt of the input commitment (keep it to open the commitment later). */
  salt: bigint;
  /** Block input xQ [T][D] (int8) and output outQ [T][D] (int8). */
  inputQuantized: number[][];
  outputQuantized: number[][];
  /** Dequantized block output [T][D]: outQ · outputScale (units of the residual stream). */
  output: number[][];
  /** Registry call arguments: `inputCommitment` (bytes32), `output` (bytes) and compact `proof` (bytes). */
  calldata: { inputCommitment: string; output: string; proof: string };
}

/** A uniformly random salt below the BN254 scalar field (31 random bytes). */
export function randomSalt(): bigint {
  return BigInt(`0x${randomBytes(31).toString("hex")}`) % BN254_SCALAR_FIELD;
}

/** Per-stage wall-clock seconds of {@link proveInference}. */
export interface ProveTimings {
  reference: number;
  prove: number;
}

/**
 * snarkjs `groth16.fullProve` (witness, then proof) with the check that the circuit's public
 * signals are the ones the integer reference computed, and the registry call arguments.
 *
 * @param input the circuit input object (public signals included).
 * @param expected the named public signals the TypeScript reference computed.
 * @returns the proof and `verifyInference`'s `inputCommitment` (bytes32), `output` (bytes) and
 *   compact `proof` (bytes).
 * @throws Error `prover: ...` when snarkjs's public signals differ (the keys or wasm belong to
 *   another circuit: re-run the setup), or snarkjs errors (e.g. a constraint failing during
 *   witness generation).
 */
export async function groth16ProveChecked(
  input: object,
  expected: NamedPublicSignals,
  wasmPath: string,
  zkeyPath: string,
  circuit: string,
): Promise<{
  proof: SnarkjsGroth16Proof;
  calldata: { inputCommitment: string; output: string; proof: string };
}> {
  const { proof, publicSignals } = (await snarkjs.groth16.fullProve(
    input as never,
    wasmPath,
    zkeyPath,
  )) as unknown as {
    proof: SnarkjsGroth16Proof;
    publicSignals: string[];
  };
  const want = toPublicSignalArray(expected).map(String);
  if (publicSignals.length !== want.length || publicSignals.some((s, i) => s !== want[i])) {
    throw new Error(
      `prover: the circuit's public signals [${publicSignals.join(", ")}] differ from the integer reference's [${want.join(", ")}]; the wasm/zkey in build/${circuit} were made for another circuit — re-run the setup`,
    );
  }
  return {
    proof,
    calldata: {
      inputCommitment: toBytes32(expected.inputCommitment),
      output: encodeOutput(expected.outputCommitment),
      proof: encodeProof(proof, publicSignals),
    },
  };
}

/**
 * Proves layer `p.layer`'s attention block on `input`, bound to `binding`.
 *
 * @param opts.p the quantized layer; opts.input the block input (xQ [T][D] int8).
 * @param opts.binding field element the proof is bound to (ModelRegistry: the submitter's
 *   address for a direct call, `bindingOf(consumer, claimant)` through a consumer contract).
 * @param opts.salt input-commitment salt (default: {@link randomSalt}).
 * @param opts.wasmPath, opts.zkeyPath the circuit's witness generator and proving key.
 * @returns the proof and everything needed to submit and audit it.
 * @throws Error `prover: ...` when snarkjs's public signals differ from the TypeScript ones (the
 *   keys or wasm belong to another circuit: re-run the setup), or snarkjs errors (e.g. a
 *   constraint failing during witness generation).
 */
export async function proveInference(opts: {
  model: string;
  p: QuantizedAttentionLayer;
  input: BlockInput;
  binding: bigint;
  salt?: bigint;
  wasmPath: string;
  zkeyPath: string;
  circuit: string;
  circuitHash: string;
  vkHash: string;
  /** The circuit's weights mode (default private: weights are circuit inputs). */
  weights?: WeightsMode;
}): Promise<{ result: InferenceProof; timings: ProveTimings }> {
  const { p, input } = opts;
  const salt = opts.salt ?? randomSalt();
  let t = performance.now();
  const trace = intAttention(p, input.xQ);
  const named = publicSignalsFor(p, trace, salt, opts.binding);
  const inputSignals = circuitInput(p, named, input.xQ, salt, opts.weights);
  const reference = (performance.now() - t) / 1000;
  t = performance.now();
  const { proof, calldata } = await groth16ProveChecked(
    inputSignals,
    named,
    opts.wasmPath,
    opts.zkeyPath,
    opts.circuit,
  );
  const prove = (performance.now() - t) / 1000;
  return {
    result: {
      model: opts.model,
      layer: p.layer,
      circuit: opts.circuit,
      circuitHash: opts.circuitHash,
      vkHash: opts.vkHash,
      publicSignals: named,
      proof,
      salt,
      inputQuantized: trace.xQ,
      outputQuantized: trace.outQ,
      output: dequantizeOutput(p, trace.outQ).map((r) => Array.from(r)),
      calldata,
    },
    timings: { reference, prove },
  };
}

/**
 * Serializes a proof file (bigints as decimal strings): `format`, the proof's fields, the named
 * public signals and their array, the salt. `format` defaults to {@link PROOF_FILE_FORMAT}
 * (attention block); whole-model proofs pass theirs (src/prover/proveModel.ts).
 */
export function renderProofFile(
  r: { publicSignals: NamedPublicSignals; salt: bigint },
  format = PROOF_FILE_FORMAT,
): string {
  const named = Object.fromEntries(PUBLIC_SIGNALS.map((k) => [k, r.publicSignals[k].toString()]));
  return `${JSON.stringify(
    {
      format,
      ...r,
      publicSignals: named,
      publicSignalArray: toPublicSignalArray(r.publicSignals).map(String),
      salt: r.salt.toString(),
    },
    null,
    2,
  )}\n`;
}

/** Writes a proof file atomically ({@link renderProofFile}). */
export async function writeProofFile(
  path: string,
  r: { publicSignals: NamedPublicSignals; salt: bigint },
  format = PROOF_FILE_FORMAT,
): Promise<void> {
  await writeTextAtomically(path, renderProofFile(r, format));
}

/**
 * Reads a proof file written by {@link writeProofFile}.
 * @throws ZkattnUserError `prover: ...` for an unreadable file, another format, or malformed public signals.
 */
export function readProofFile(path: string): InferenceProof {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new ZkattnUserError(`prover: cannot read proof file ${path}: ${(e as Error).message}`);
  }
  if (raw.format !== PROOF_FILE_FORMAT) {
    throw new ZkattnUserError(
      `prover: ${path} is not a zkattn proof file (format ${JSON.stringify(raw.format)}, expected ${PROOF_FILE_FORMAT})`,
    );
  }
  const arr = raw.publicSignalArray;
  if (!Array.isArray(arr)) throw new ZkattnUserError(`prover: ${path} has no publicSignalArray`);
  return {
    ...(raw as unknown as InferenceProof),
    publicSignals: fromPublicSignalArray(arr as string[]),
    salt: BigInt(raw.salt as string),
  };
}

/**
 * Checks a proof off-chain against a verification key (snarkjs `groth16.verify`).
 * @returns true iff the proof verifies for the file's public signals.
 */
export async function verifyInferenceProof(r: InferenceProof, vkey: object): Promise<boolean> {
  return (await snarkjs.groth16.verify(
    vkey,
    toPublicSignalArray(r.publicSignals).map(String),
    r.proof as never,
  )) as boolean;
}
