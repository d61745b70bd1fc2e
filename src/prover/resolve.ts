/**
 * Resolving what a proving task was asked for: the quantized model by name (src/models.ts), the
 * layer, the block input (tokens or an activations file) and the keys of the layer's circuit.
 * Shared by `prove-and-submit` (src/prover/job.ts) and `prove` (tasks/actions/prover.ts), which differ
 * only in the error prefix and in which setup command their messages name.
 */
import { existsSync } from "node:fs";
import path from "node:path";

import {
  circuitArtifacts,
  mainCircuitFile,
  modelDir,
  setupFiles,
  type SetupFiles,
} from "../artifacts.js";
import { ZkattnUserError } from "../errors.js";
import { loadGptModel } from "../model/stateDict.js";
import { loadModelByName } from "../models.js";
import type { QuantizedModel } from "../quant/modelFile.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { readManifest, type SetupManifest } from "../setup/manifest.js";
import { blockInputFromTokens, parseTokens, readBlockInputFile, type BlockInput } from "./input.js";

/** What {@link resolveProofRequest} is given: the task's model, layer and input options. */
export interface ProofRequest {
  /** Model directory name under models/. */
  model: string;
  /** Layer index (default 0). */
  layer?: number;
  /** `--tokens`: comma-separated token ids (exactly block_size). */
  tokens?: string;
  /** `--input`: an activations file, resolved against `root`. */
  inputFile?: string;
}

/** A resolved request: the model, its layer's parameters, the parsed tokens and the input. */
export interface ResolvedProofRequest {
  model: QuantizedModel;
  layerIndex: number;
  layer: QuantizedAttentionLayer;
  /** The token ids when the input came from `--tokens`. */
  tokens?: number[];
  input: BlockInput;
}

/**
 * Checks the request and computes the block input: for tokens, the float64 model's embeddings,
 * earlier layers and LayerNorm-1, quantized with the layer's scales (src/prover/input.ts).
 *
 * @param command prefix of the error messages, e.g. `prove`.
 * @throws ZkattnUserError for an unknown model, a layer the model does not have, neither or both
 *   of tokens and input file, and the `input: ...` errors of a bad token list or file.
 */
export function resolveProofRequest(
  root: string,
  req: ProofRequest,
  command = "prove-and-submit",
): ResolvedProofRequest {
  const layerIndex = req.layer ?? 0;
  const q = loadModelByName(root, req.model, command);
  const p = q.layers[layerIndex];
  if (p === undefined)
    throw new ZkattnUserError(
      `${command}: model ${req.model} has layers 0 .. ${q.layers.length - 1}, not ${layerIndex}`,
    );
  if ((req.tokens === undefined) === (req.inputFile === undefined)) {
    throw new ZkattnUserError(
      `${command}: pass exactly one of --tokens (comma-separated token ids) or --input (an activations file)`,
    );
  }
  if (req.tokens !== undefined) {
    const tokens = parseTokens(req.tokens, q.config);
    const float = loadGptModel(path.join(modelDir(root, req.model), q.source.file));
    return {
      model: q,
      layerIndex,
      layer: p,
      tokens,
      input: blockInputFromTokens(float, p, tokens),
    };
  }
  return {
    model: q,
    layerIndex,
    layer: p,
    input: readBlockInputFile(path.resolve(root, req.inputFile!), p),
  };
}

/**
 * Which proof a task's input options ask for: `--prompt` the whole model's greedy generation
 * (src/prover/modelRequest.ts), `--tokens` / `--input` one attention block (--layer).
 * @throws ZkattnUserError `<command>: ...` for `--prompt` together with `--tokens`/`--input`, or
 *   none of the three.
 */
export function requestKind(
  req: { prompt?: string; tokens?: string; inputFile?: string },
  command: string,
): "model" | "block" {
  const block = req.tokens !== undefined || req.inputFile !== undefined;
  if (req.prompt !== undefined && block)
    throw new ZkattnUserError(
      `${command}: --prompt proves the whole model's greedy generation, --tokens/--input one attention block (--layer); pass one of them, not both`,
    );
  if (req.prompt === undefined && !block)
    throw new ZkattnUserError(
      `${command}: pass --prompt <token ids> (the whole model's greedy generation), or --tokens (comma-separated token ids) or --input (an activations file) for one attention block`,
    );
  return block ? "block" : "model";
}

/** A set-up circuit: its manifest and the absolute paths of the files it names. */
export interface SetupArtifacts extends SetupFiles {
  manifest: SetupManifest;
}

/**
 * Reads `<root>/build/<name>/manifest.json` (src/artifacts.ts layout) and resolves its files.
 * @returns undefined when there is no zkattn v1 manifest; the files it names may be missing.
 */
export async function readSetupArtifacts(
  root: string,
  name: string,
): Promise<SetupArtifacts | undefined> {
  const a = circuitArtifacts(root, name);
  const manifest = await readManifest(a.manifest);
  return manifest ? { manifest, ...setupFiles(a.dir, manifest) } : undefined;
}

/**
 * The keys of a set-up circuit, for proving: the manifest and existing zkey and wasm files.
 *
 * @param name circuit name (build/<name>/).
 * @param command prefix of the error messages.
 * @param setupHint what to do, appended to the error (default: run the development
 *   `zkattn:setup` of the circuit's main file).
 * @throws ZkattnUserError when build/<name>/ has no manifest, or its zkey or wasm is missing.
 */
export async function requireProvingKeys(
  root: string,
  name: string,
  command: string,
  setupHint = `run \`npx hardhat zkattn:setup ${mainCircuitFile(name)} --export-verifier\` first`,
): Promise<SetupArtifacts> {
  const keys = await readSetupArtifacts(root, name);
  if (!keys) throw new ZkattnUserError(`${command}: no keys for circuit ${name}; ${setupHint}`);
  for (const f of [keys.zkey, keys.wasm])
    if (!existsSync(f))
      throw new ZkattnUserError(
        `${command}: ${path.relative(root, f)} is missing; re-run \`npx hardhat zkattn:setup ${mainCircuitFile(name)} ...\``,
      );
  return keys;
}
