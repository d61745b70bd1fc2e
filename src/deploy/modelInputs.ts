/**
 * What `register-model` registers for a quantized model layer, resolved from the files the
 * pipeline wrote (docs/deploy.md):
 *
 * - modelHash: the circuit's `modelCommitment` public signal, `modelCommitment(layer)`
 *   (src/circuit/commitments.ts) of `models/<model>/quantized.json` layer `<layer>`;
 * - circuitHash and vkHash: `build/<circuit>/manifest.json` of the setup (src/setup/manifest.ts),
 *   where `<circuit>` is the main circuit's name, `<model>-layer<layer>` (circuits/main/, see
 *   src/circuit/mainCircuits.ts);
 * - the verifier contract: `verifierContractName(<circuit>)` (src/setup/verifier.ts), e.g.
 *   `GptNanoSortLayer0Verifier`.
 *
 * With `wholeModel` (`--whole-model`), the model's whole-model circuit instead
 * (src/prover/modelRequest.ts): circuit `<model>-model-public-weights`, modelHash
 * `modelCommitmentOfStages` of models/<model>/quantized-model.json, record name
 * `<model>/model/public-weights`.
 *
 * Every value can be given explicitly instead (e.g. a circuit set up elsewhere).
 */
import path from "node:path";

import { BUILD_DIR, circuitArtifacts, mainCircuitFile } from "../artifacts.js";
import { modelCommitment, modelCommitmentOfStages } from "../circuit/commitments.js";
import {
  chainRecordNameOf,
  chainUriOf,
  circuitNameOf,
  recordNameOf,
  segmentCount,
} from "../circuit/descriptions.js";
import { splitStages } from "../circuit/segments.js";
import type { WeightsMode } from "../circuit/types.js";
import { circuitName, modelRecordName } from "../circuit/mainCircuits.js";
import { BN254_SCALAR_FIELD, PUBLIC_SIGNALS } from "../circuit/publicSignals.js";
import { loadModelByName } from "../models.js";
import { readManifest, type SetupKind, type SetupManifest } from "../setup/manifest.js";
import { verifierContractName } from "../setup/verifier.js";
import { toBytes32 } from "../contracts/calldata.js";
import type { ModelSegment } from "../contracts/chain.js";
import { ZkattnUserError } from "../errors.js";
import {
  loadModelForPrompt,
  wholeModelChain,
  wholeModelDescription,
  wholeModelWeights,
} from "../prover/modelRequest.js";
import { intModelStages } from "../stages/model.js";
import type { ModelChainArgs, VerifierRoute } from "./ensure.js";

/** Inputs of {@link resolveModelRegistration}; empty strings count as absent (task defaults). */
export interface ModelRegistrationOptions {
  /** Project root (`hre.config.paths.root`). */
  root: string;
  /** Model directory name under `<root>/models/`, e.g. `gpt-nano-sort`. */
  model: string;
  /** Layer index of the model (one circuit per layer). */
  layer: number;
  /**
   * Register the model's whole-model circuit (`<model>-model-public-weights`, modelHash of
   * models/<model>/quantized-model.json) instead of layer `layer`'s attention block.
   */
  wholeModel?: boolean;
  /** Private committed weights (default) or public-weights mode; picks the default circuit. */
  weights?: WeightsMode;
  /** Setup name (build/<circuit>/); default `circuitName(model, layer, weights)`: `<model>-layer<layer>`, with `-public-weights` in public-weights mode. */
  circuit?: string;
  /** Verifier contract name; default `verifierContractName(circuit)`. */
  verifierContract?: string;
  /** bytes32 hex; default the manifest's. */
  circuitHash?: string;
  /** bytes32 hex; default the manifest's. */
  vkHash?: string;
  /** Decimal or 0x hex field element; default `modelCommitment` of the quantized layer. */
  modelHash?: string;
  /** Metadata URI; default `zkattn:<name>` (the record name below), which names the circuit. */
  uri?: string;
}

/** The whole-model circuit's names and commitment. */
interface ResolvedWholeModel {
  circuit: string;
  name: string;
  modelHash: bigint;
}

/** A resolved registration, ready for ensureVerifierRoute / ensureModelRegistered. */
export interface ModelRegistration {
  /** Record name, `<model>/layer<layer>` (`/public-weights` appended in that mode). */
  name: string;
  circuit: string;
  contractName: string;
  circuitHash: string;
  vkHash: string;
  modelHash: bigint;
  uri?: string;
  /** Kind of setup behind vkHash, if it came from a manifest. */
  setupKind?: SetupKind;
  /** The manifest's loud warning for a development setup. */
  warning?: string;
}

/**
 * Resolves the ERC-7992 commitment and verifier contract of a model layer (see module docs).
 *
 * @throws ZkattnUserError `deploy: ...` if the layer does not exist, the manifest is missing while a hash is
 *   not given (naming the `zkattn:setup` command that makes it), the manifest's circuit does not
 *   have zkattn's 4 public signals, or a given modelHash is not a field element; `deploy: unknown model ...` for a model without quantized.json; `model file: ...` from
 *   loadQuantizedModel for an invalid one.
 */
export async function resolveModelRegistration(
  opts: ModelRegistrationOptions,
): Promise<ModelRegistration> {
  let whole: ResolvedWholeModel | undefined;
  if (opts.wholeModel) {
    const { task, intModel } = loadModelForPrompt(opts.root, opts.model, "deploy");
    const d = wholeModelDescription(
      opts.root,
      opts.model,
      task,
      wholeModelWeights(opts.weights),
      "deploy",
      wholeModelChain(wholeModelWeights(opts.weights), false, "deploy"),
    );
    whole = {
      circuit: circuitNameOf(d),
      name: recordNameOf(d),
      modelHash: modelCommitmentOfStages(intModelStages(intModel.params)),
    };
  }
  const weights = opts.weights ?? "private";
  const circuit = opts.circuit || whole?.circuit || circuitName(opts.model, opts.layer, weights);
  const contractName = opts.verifierContract || verifierContractName(circuit);

  let modelHash: bigint;
  if (opts.modelHash) {
    try {
      modelHash = BigInt(opts.modelHash);
    } catch {
      throw new ZkattnUserError(
        `deploy: --model-hash ${opts.modelHash} is not a decimal or 0x-hex integer`,
      );
    }
    if (modelHash <= 0n || modelHash >= BN254_SCALAR_FIELD) {
      throw new ZkattnUserError(
        `deploy: --model-hash ${opts.modelHash} is not a non-zero BN254 field element; pass the circuit's modelCommitment`,
      );
    }
  } else if (whole) {
    modelHash = whole.modelHash;
  } else {
    const quantized = loadModelByName(opts.root, opts.model, "deploy");
    const layer = quantized.layers.find((l) => l.layer === opts.layer);
    if (!layer) {
      throw new ZkattnUserError(
        `deploy: model ${opts.model} has layers ${quantized.layers.map((l) => l.layer).join(", ")}, not ${opts.layer}; pass --layer`,
      );
    }
    modelHash = modelCommitment(layer);
  }

  let circuitHash = opts.circuitHash || undefined;
  let vkHash = opts.vkHash || undefined;
  let setupKind: SetupKind | undefined;
  let warning: string | undefined;
  if (!circuitHash || !vkHash) {
    const manifestPath = circuitArtifacts(opts.root, circuit).manifest;
    const manifest = await readManifest(manifestPath);
    if (!manifest) {
      throw new ZkattnUserError(
        `deploy: no setup manifest ${path.relative(opts.root, manifestPath)} for circuit ${circuit}; run \`npx hardhat zkattn:setup ${mainCircuitFile(circuit)} --export-verifier\` first, or pass --circuit-hash and --vk-hash`,
      );
    }
    if (manifest.r1cs.nPublic !== PUBLIC_SIGNALS.length) {
      throw new ZkattnUserError(
        `deploy: circuit ${circuit} has ${manifest.r1cs.nPublic} public signals, but the registry verifies circuits with ${PUBLIC_SIGNALS.length} (${PUBLIC_SIGNALS.join(", ")}); register a zkattn inference circuit (routes cannot be removed)`,
      );
    }
    circuitHash ??= manifest.circuitHash;
    vkHash ??= manifest.vkHash;
    setupKind = manifest.setupKind;
    warning = manifest.warning;
  }
  const name = whole?.name ?? modelRecordName(opts.model, opts.layer, weights);
  return {
    name,
    circuit,
    contractName,
    circuitHash,
    vkHash,
    modelHash,
    uri: opts.uri || `zkattn:${name}`,
    setupKind,
    warning,
  };
}

/**
 * The setup manifests of a chain's circuits (`buildDir/<circuit>/manifest.json`), in chain order.
 * @throws ZkattnUserError `deploy: ...` naming the segment whose manifest is missing or whose
 *   circuit does not have zkattn's four public signals.
 */
async function segmentManifests(
  buildDir: string,
  circuits: readonly string[],
): Promise<SetupManifest[]> {
  return Promise.all(
    circuits.map(async (circuit, k) => {
      const m = await readManifest(path.join(buildDir, circuit, "manifest.json"));
      const which = `segment ${k + 1} of ${circuits.length} (${circuit})`;
      if (!m)
        throw new ZkattnUserError(
          `deploy: ${which} has no setup in ${path.join(buildDir, circuit)}; run \`npx hardhat zkattn:setup ${mainCircuitFile(circuit)} --export-verifier\` (prove-and-submit does it on development chains)`,
        );
      if (m.r1cs.nPublic !== PUBLIC_SIGNALS.length)
        throw new ZkattnUserError(
          `deploy: ${which} has ${m.r1cs.nPublic} public signals, but the registry verifies circuits with ${PUBLIC_SIGNALS.length} (${PUBLIC_SIGNALS.join(", ")}); re-run its setup from circuits/main/${circuit}.circom`,
        );
      return m;
    }),
  );
}

/**
 * The chain's segments as the registry registers them (`registerModelChain`): each segment's
 * modelCommitment, and the circuitHash and vkHash of its keys in `buildDir/<circuit>/manifest.json`.
 * @param modelCommitments each segment's modelCommitment public signal (BN254 field elements).
 * @throws ZkattnUserError `deploy: ...` as {@link segmentManifests}.
 */
export async function chainSegmentsOf(
  buildDir: string,
  circuits: readonly string[],
  modelCommitments: readonly bigint[],
): Promise<ModelSegment[]> {
  const manifests = await segmentManifests(buildDir, circuits);
  return manifests.map((m, k) => ({
    modelHash: toBytes32(modelCommitments[k]),
    circuitHash: m.circuitHash,
    vkHash: m.vkHash,
  }));
}

/** A resolved chain registration, ready for `ensureModelChainDeployment` (src/deploy/ensure.ts). */
export interface ModelChainRegistration {
  /** Record name, `<model>/model/chain<n>` (src/circuit/descriptions.ts `chainRecordNameOf`). */
  name: string;
  /** Each segment's verifier route, in chain order. */
  routes: VerifierRoute[];
  /** The chained model: segments and uri. */
  chain: ModelChainArgs;
  /** The manifests' loud warning when a segment has development keys. */
  warning?: string;
}

/**
 * What `register-model --whole-model` registers for a chain (private weights, or `--chain`): the
 * cut description's segments (src/prover/modelRequest.ts `resolveModelRequest`), each with the
 * modelCommitment of its stages and its setup manifest's route.
 * @throws ZkattnUserError `deploy: ...` for an unknown model, no cut description (naming the
 *   circuits.json entry to add), or a segment without a setup.
 */
export async function resolveModelChainRegistration(opts: {
  root: string;
  model: string;
  weights?: WeightsMode;
}): Promise<ModelChainRegistration> {
  const { task, intModel } = loadModelForPrompt(opts.root, opts.model, "deploy");
  const weights = wholeModelWeights(opts.weights);
  const d = wholeModelDescription(opts.root, opts.model, task, weights, "deploy", true);
  const circuits = Array.from({ length: segmentCount(d) }, (_, k) => circuitNameOf(d, k));
  const manifests = await segmentManifests(path.join(opts.root, BUILD_DIR), circuits);
  const commitments = splitStages(intModelStages(intModel.params), d.cuts ?? []).map(
    modelCommitmentOfStages,
  );
  const routes = manifests.map((m, k) => ({
    contractName: verifierContractName(circuits[k]),
    circuitHash: m.circuitHash,
    vkHash: m.vkHash,
    setupKind: m.setupKind,
  }));
  return {
    name: chainRecordNameOf(d),
    routes,
    chain: {
      segments: manifests.map((m, k) => ({
        modelHash: toBytes32(commitments[k]),
        circuitHash: m.circuitHash,
        vkHash: m.vkHash,
      })),
      uri: chainUriOf(d),
      name: chainRecordNameOf(d),
    },
    warning: manifests.find((m) => m.warning)?.warning,
  };
}
