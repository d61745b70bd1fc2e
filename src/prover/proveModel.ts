/**
 * Proving a whole model's greedy generation: the integer forward pass (src/stages/model.ts
 * `generateGreedyInt`, via src/circuit/modelWitness.ts) decides the generated tokens, the
 * whole-model circuit (src/circuit/modelGenerator.ts) proves them, and the public output is the
 * generated tokens packed 16 bits each (src/circuit/commitments.ts `generatedOutput`), so the
 * verified output decodes back to tokens (`unpackGeneratedOutput`).
 */
import { generateModelMainCircuit } from "../circuit/mainCircuits.js";
import { modelWitnessInput } from "../circuit/modelWitness.js";
import type { NamedPublicSignals } from "../circuit/publicSignals.js";
import type { SnarkjsGroth16Proof } from "../contracts/calldata.js";
import { describeModelResult } from "../model/task.js";
import type { ResolvedModelRequest } from "./modelRequest.js";
import { groth16ProveChecked, randomSalt, writeProofFile } from "./prove.js";

/** Format tag of a whole-model proof file (attention-block files are `zkattn-proof/1`). */
export const MODEL_PROOF_FILE_FORMAT = "zkattn-model-proof/1";

/** A proved whole-model inference, as written to a proof file (bigints as decimal strings on disk). */
export interface ModelInferenceProof {
  /** Model directory name. */
  model: string;
  /** Circuit name, circuitHash and vkHash of the keys that made the proof. */
  circuit: string;
  circuitHash: string;
  vkHash: string;
  /** Named public signals (field elements); outputCommitment packs the generated tokens. */
  publicSignals: NamedPublicSignals;
  proof: SnarkjsGroth16Proof;
  /** Salt of the prompt commitment (keep it to open inputCommitment later). */
  salt: bigint;
  /** The prompt (P token ids) and the greedily generated tokens (G token ids). */
  prompt: number[];
  generated: number[];
  /** The result as a sentence (src/model/task.ts `describeModelResult`), e.g. "mingpt-adder computes 85 + 50 = 135". */
  result: string;
  /** Registry call arguments: `inputCommitment` (bytes32), `output` (bytes), compact `proof` (bytes). */
  calldata: { inputCommitment: string; output: string; proof: string };
}

/** Per-stage wall-clock seconds of {@link proveModelInference}. */
export interface ModelProveTimings {
  /** Circuit emission (for the witness input) and the integer forward passes. */
  reference: number;
  /** Witness and Groth16 proof. */
  prove: number;
}

/**
 * Proves the whole model's greedy generation on `req.prompt`, bound to `binding`.
 *
 * @param opts.binding field element the proof is bound to (the submitter's address, or
 *   `bindingOf(consumer, claimant)` through a consumer contract).
 * @param opts.salt prompt-commitment salt (default: a random field element).
 * @param opts.wasmPath, opts.zkeyPath the whole-model circuit's witness generator and proving key.
 * @throws Error `prover: ...` when the circuit's public signals differ from the integer
 *   reference's (keys of another circuit), or snarkjs errors.
 */
export async function proveModelInference(opts: {
  root: string;
  req: ResolvedModelRequest;
  binding: bigint;
  salt?: bigint;
  wasmPath: string;
  zkeyPath: string;
  circuitHash: string;
  vkHash: string;
}): Promise<{ result: ModelInferenceProof; timings: ModelProveTimings }> {
  const { req } = opts;
  const d = req.description;
  const salt = opts.salt ?? randomSalt();
  let t = performance.now();
  const circuit = generateModelMainCircuit(opts.root, d);
  const wi = modelWitnessInput(req.intModel.params, circuit.generated, req.prompt, {
    T: d.T,
    promptLength: d.promptLength!,
    salt,
    binding: opts.binding,
    modelCommitment: req.modelCommitment,
  });
  const reference = (performance.now() - t) / 1000;
  t = performance.now();
  const { proof, calldata } = await groth16ProveChecked(
    wi.input,
    wi.publicSignals,
    opts.wasmPath,
    opts.zkeyPath,
    req.circuit,
  );
  const prove = (performance.now() - t) / 1000;
  return {
    result: {
      model: req.model,
      circuit: req.circuit,
      circuitHash: opts.circuitHash,
      vkHash: opts.vkHash,
      publicSignals: wi.publicSignals,
      proof,
      salt,
      prompt: [...req.prompt],
      generated: wi.generated,
      result: describeModelResult(req.model, req.task, req.prompt, wi.generated),
      calldata,
    },
    timings: { reference, prove },
  };
}

/** Writes a whole-model proof file atomically (format {@link MODEL_PROOF_FILE_FORMAT}). */
export async function writeModelProofFile(path: string, r: ModelInferenceProof): Promise<void> {
  await writeProofFile(path, r, MODEL_PROOF_FILE_FORMAT);
}
