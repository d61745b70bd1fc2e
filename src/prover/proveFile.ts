/**
 * The `prove` task's job: prove the whole model's greedy generation on a prompt
 * (src/prover/proveModel.ts format) or a model layer's attention block (src/prover/prove.ts
 * format) with existing keys, and write the proof file. Unlike `prove-and-submit` it never
 * compiles or sets up: the keys must come from `zkattn:setup`.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { defaultProofPath, mainCircuitFile } from "../artifacts.js";
import { directBinding } from "../contracts/calldata.js";
import { circuitName } from "../circuit/mainCircuits.js";
import type { WeightsMode } from "../circuit/types.js";
import { ZkattnUserError } from "../errors.js";
import { resolveModelRequest } from "./modelRequest.js";
import { proveInference, writeProofFile, type InferenceProof } from "./prove.js";
import {
  proveModelInference,
  writeModelProofFile,
  type ModelInferenceProof,
} from "./proveModel.js";
import { requestKind, requireProvingKeys, resolveProofRequest } from "./resolve.js";

/** Options of {@link proveToFile} (the `prove` task's flags, empty strings already dropped). */
export interface ProveToFileOptions {
  /** Project root. */
  root: string;
  /** Model directory under models/. */
  model: string;
  /** Layer index (default 0). */
  layer?: number;
  /** Private committed weights (default) or public-weights mode. */
  weights?: WeightsMode;
  /** `--prompt`: the whole model's greedy generation on these prompt token ids. */
  prompt?: string;
  /** `--tokens`: comma-separated token ids. Exactly one of prompt, tokens and inputFile. */
  tokens?: string;
  /** `--input`: activations file, relative to `root` or absolute. */
  inputFile?: string;
  /**
   * The address the proof is bound to, or a function that finds it (e.g. the network's first
   * account); called only once the request and the keys are known to be valid.
   */
  submitter: string | (() => Promise<string>);
  /** Proof file to write; default {@link defaultProofPath} (build/proofs/<circuit>.proof.json). */
  out?: string;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** What {@link proveToFile} wrote. */
export interface ProveToFileResult {
  /** Circuit name, e.g. `gpt-nano-sort-layer0`. */
  circuit: string;
  /** Absolute path of the proof file. */
  out: string;
  submitter: string;
  proof: InferenceProof | ModelInferenceProof;
  /** Seconds of the Groth16 proof (witness included). */
  proveSeconds: number;
}

/** The `prove` task's hint for missing keys of circuit `name`. */
function setupHint(name: string): string {
  return `run \`npx hardhat zkattn:setup ${mainCircuitFile(name)} --export-verifier\` first (or \`npx hardhat prove-and-submit\`, which sets up on development chains)`;
}

/**
 * Resolves the request (src/prover/resolve.ts, modelRequest.ts), proves with build/<circuit>/'s
 * keys and writes the proof file.
 *
 * @throws ZkattnUserError `prove: ...` for an unknown model or layer, a bad prompt, tokens or
 *   input file, `--prompt` with `--tokens`/`--input`, or missing keys (naming `zkattn:setup`);
 *   `prover: ...` errors of the proof itself.
 */
export async function proveToFile(opts: ProveToFileOptions): Promise<ProveToFileResult> {
  const { root } = opts;
  const log = opts.log ?? (() => {});
  if (requestKind(opts, "prove") === "model") {
    const req = resolveModelRequest(root, { ...opts, prompt: opts.prompt! }, "prove");
    if (req.chain)
      throw new ZkattnUserError(
        `prove: ${req.description.weights === "private" ? "--weights private proves the whole model" : "--chain proves the whole model"} as a chain of ${req.circuits.length} segment proofs, which \`prove\` does not write to a proof file yet; prove and verify the chain on-chain with \`npx hardhat prove-and-submit --model ${req.model} --prompt ${req.prompt.join(",")} --weights ${req.description.weights}${req.description.weights === "public" ? " --chain" : ""}\`, or prove the single public-weights circuit here (--weights public)`,
      );
    const keys = await requireProvingKeys(root, req.circuit, "prove", setupHint(req.circuit));
    const submitter = typeof opts.submitter === "string" ? opts.submitter : await opts.submitter();
    log(`prove: ${req.circuit} (whole model), bound to ${submitter}...`);
    const { result, timings } = await proveModelInference({
      root,
      req,
      binding: directBinding(submitter),
      wasmPath: keys.wasm,
      zkeyPath: keys.zkey,
      circuitHash: keys.manifest.circuitHash,
      vkHash: keys.manifest.vkHash,
    });
    const out = await proofPath(root, req.circuit, opts.out);
    await writeModelProofFile(out, result);
    return { circuit: req.circuit, out, submitter, proof: result, proveSeconds: timings.prove };
  }
  const { layerIndex, layer, input } = resolveProofRequest(root, opts, "prove");
  const weights = opts.weights ?? "private";
  const name = circuitName(opts.model, layerIndex, weights);
  const keys = await requireProvingKeys(root, name, "prove", setupHint(name));
  const submitter = typeof opts.submitter === "string" ? opts.submitter : await opts.submitter();
  log(`prove: ${name}, bound to ${submitter}...`);
  const { result, timings } = await proveInference({
    model: opts.model,
    p: layer,
    input,
    binding: directBinding(submitter),
    wasmPath: keys.wasm,
    zkeyPath: keys.zkey,
    circuit: name,
    circuitHash: keys.manifest.circuitHash,
    vkHash: keys.manifest.vkHash,
    weights,
  });
  const out = await proofPath(root, name, opts.out);
  await writeProofFile(out, result);
  return { circuit: name, out, submitter, proof: result, proveSeconds: timings.prove };
}

/** The proof file's absolute path (default build/proofs/<circuit>.proof.json); makes its folder. */
async function proofPath(root: string, circuit: string, out: string | undefined): Promise<string> {
  const file = out ? path.resolve(root, out) : defaultProofPath(root, circuit);
  await mkdir(path.dirname(file), { recursive: true });
  return file;
}
