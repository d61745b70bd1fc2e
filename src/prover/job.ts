/**
 * The main job, `prove-and-submit`: from tokens (or an activations file) to an on-chain verified
 * attention-block inference. Each stage is a tested library call; this module only sequences
 * them, times them, and decides what may be created automatically:
 *
 * - development chains (the in-process network and chain id 31337, e.g. `npx hardhat node`):
 *   a missing compile, development setup, verifier, registry or model registration is made on
 *   the fly, so the first run needs no setup;
 * - any other network: nothing insecure or persistent is created implicitly — a missing setup or
 *   registry is an error naming the command that makes it.
 */
import path from "node:path";

import type { NetworkConnection } from "hardhat/types/network";

import { consumerBinding, decodeOutput, directBinding } from "../contracts/calldata.js";
import {
  ensureBounty,
  ensureModelDeployment,
  findModel,
  findRegistry,
  isPersistentNetwork,
  type DeployEnv,
} from "../deploy/ensure.js";
import { mainCircuitFile } from "../artifacts.js";
import { modelCommitment, unpackGeneratedOutput } from "../circuit/commitments.js";
import {
  circuitNameOf,
  recordNameOf,
  registryUriOf,
  type CircuitDescription,
} from "../circuit/descriptions.js";
import { layerDescription } from "../circuit/mainCircuits.js";
import type { NamedPublicSignals } from "../circuit/publicSignals.js";
import type { WeightsMode } from "../circuit/types.js";
import { describeModelResult } from "../model/task.js";
import { ZkattnUserError } from "../errors.js";
import { DEV_WARNING, type SetupManifest } from "../setup/manifest.js";
import { exportVerifier, setupCircuit } from "../setup/pipeline.js";
import { silentLogger, type SetupLogger } from "../setup/progress.js";
import { verifierContractName } from "../setup/verifier.js";
import { ensureMainCircuitBuild } from "./build.js";
import { resolveModelRequest } from "./modelRequest.js";
import { proveInference, type InferenceProof } from "./prove.js";
import { proveModelInference, type ModelInferenceProof } from "./proveModel.js";
import {
  readSetupArtifacts,
  requestKind,
  requireProvingKeys,
  resolveProofRequest,
} from "./resolve.js";

/** Dependencies of {@link proveAndSubmit}, injected so tests call it without the CLI. */
export interface JobDeps {
  /** Project root (`hre.config.paths.root`). */
  root: string;
  /** Ignition's folder (`hre.config.paths.ignition`). */
  ignitionDir: string;
  /** The network connection to submit on (`hre.network.getOrCreate()`). */
  conn: NetworkConnection;
  /** Compiles the Solidity sources (Hardhat's `build` task); called when a verifier changed. */
  buildContracts: () => Promise<void>;
  /** Progress lines. */
  log: (line: string) => void;
  /** Logger for the setup's own progress (default: silent). */
  setupLogger?: SetupLogger;
}

/** Options of {@link proveAndSubmit} (the task's flags). */
export interface ProveAndSubmitOptions {
  /** Model directory name under models/, e.g. "gpt-nano-sort". */
  model: string;
  /** Layer whose attention block is proved (default 0). */
  layer?: number;
  /**
   * `--prompt`: comma-separated prompt token ids (exactly the task's prompt length): prove the
   * whole model's greedy generation (src/prover/modelRequest.ts). Excludes tokens and inputFile.
   */
  prompt?: string;
  /** Comma-separated token ids (exactly block_size of them): prove one attention block. */
  tokens?: string;
  /** Activations file (`{"ln1": ...}` or `{"xQ": ...}`) instead of tokens. */
  inputFile?: string;
  /** Claim a bounty through InferenceBounty instead of calling verifyInference directly. */
  bounty?: boolean;
  /** Input-commitment salt (default: random). */
  salt?: bigint;
  /**
   * Which circuit proves the block: `private` (default for an attention block; the weights are
   * private inputs bound to the modelCommitment) or `public` (public-weights mode: the weights
   * are compiled into the circuit: 98,556 constraints instead of 233,093 on gpt-nano-sort layer
   * 0; bench/results.json: setup 82.7 s vs 453.2 s, proof 4.63 s vs 11.87 s). Both prove the
   * same modelCommitment. Whole-model proofs (`prompt`) are public-weights only
   * (src/prover/modelRequest.ts `wholeModelWeights`).
   */
  weights?: WeightsMode;
}

/** Wall-clock seconds per stage. */
export type JobTimings = Record<
  "input" | "compile" | "setup" | "deploy" | "prove" | "submit" | "total",
  number
>;

/** What {@link proveAndSubmit} returns for either kind of proof. */
interface JobResultBase {
  verified: boolean;
  modelId: string;
  registry: string;
  /** Circuit name (build/<circuit>/). */
  circuit: string;
  txHash: string;
  gasUsed: string;
  /** The verified output, read back from the InferenceVerified event (decimal). */
  outputCommitment: string;
  /** Chain id and whether a bounty was claimed. */
  chainId: number;
  bountyId?: string;
  setupKind: string;
  timings: JobTimings;
}

/** An attention block's proof on-chain (`tokens` or `inputFile`). */
export interface BlockJobResult extends JobResultBase {
  kind: "block";
  /** Dequantized attention-block output [T][D]. */
  output: number[][];
  /** int8 output [T][D]. */
  outputQuantized: number[][];
  /** The token ids proved, when the input came from tokens. */
  tokens?: number[];
  proof: InferenceProof;
}

/** The whole model's greedy generation on-chain (`prompt`). */
export interface ModelJobResult extends JobResultBase {
  kind: "model";
  prompt: number[];
  /** The generated tokens decoded from the verified on-chain output. */
  generated: number[];
  /** The result as a sentence (src/model/task.ts `describeModelResult`), e.g. "mingpt-adder computes 85 + 50 = 135". */
  result: string;
  proof: ModelInferenceProof;
}

/** What {@link proveAndSubmit} returns (and the task prints). */
export type ProveAndSubmitResult = BlockJobResult | ModelJobResult;

/** Chains on which zkattn may deploy and set up (insecurely) on its own. */
export function isDevelopmentChain(conn: NetworkConnection, chainId: number): boolean {
  return !isPersistentNetwork(conn) || chainId === 31337;
}

/** A failure that is not the user's (a transaction or event that went wrong): keeps its stack. */
function fail(msg: string): never {
  throw new Error(`prove-and-submit: ${msg}`);
}

/** A mistake the user can fix (missing keys or deployment on a non-development network). */
function userFail(msg: string): never {
  throw new ZkattnUserError(`prove-and-submit: ${msg}`);
}

/**
 * `logger` without the development-key warnings of the setup and verifier export: the job's
 * caller states once per run that the keys are development keys (`setupKind` in the result).
 */
function withoutDevelopmentWarnings(logger: SetupLogger): SetupLogger {
  return {
    ...logger,
    warn: (m) => {
      if (m.includes(DEV_WARNING) || m.includes("DEVELOPMENT keys")) return;
      logger.warn(m);
    },
  };
}

/** What a job proves: one circuit, its registration, and how to prove on it. */
interface ProofTarget<P extends ProvedInference> {
  /** The circuit's description (src/circuit/descriptions.ts): compile, names. */
  description: CircuitDescription;
  /** modelHash registered for the circuit. */
  modelHash: bigint;
  /** `register-model` flags that register this circuit (named in the non-development error). */
  registerFlags: string;
  /** Proves with the circuit's keys, bound to `binding`. */
  prove(a: {
    binding: bigint;
    circuit: string;
    wasmPath: string;
    zkeyPath: string;
    manifest: SetupManifest;
  }): Promise<P>;
}

/** What both kinds of proofs carry for submission. */
interface ProvedInference {
  publicSignals: NamedPublicSignals;
  calldata: { inputCommitment: string; output: string; proof: string };
}

/**
 * Runs the whole job; see the module docs for what is created automatically. With `prompt`, it
 * proves the whole model's greedy generation (src/prover/modelRequest.ts, proveModel.ts) and
 * decodes the generated tokens from the verified on-chain output; with `tokens` or `inputFile`,
 * one attention block.
 *
 * @throws ZkattnUserError `prove-and-submit: ...` for an unknown model or layer, `prompt`
 *   together with `tokens`/`inputFile`, none of them, a bad prompt (length, vocabulary,
 *   block_size), `weights: private` with `prompt`, a missing setup or registry on a
 *   non-development network (naming the command), and `input: ...` for bad tokens or a bad
 *   activations file.
 * @throws Error `prove-and-submit: ...` for a transaction that did not verify or a verified
 *   output that differs from the proved one; plus the errors of each stage (`setup: `,
 *   `deploy: `, `prover: `, ERC-7992 custom errors).
 */
export async function proveAndSubmit(
  deps: JobDeps,
  opts: ProveAndSubmitOptions,
): Promise<ProveAndSubmitResult> {
  const lap = stopwatch();
  const { root } = deps;
  if (requestKind(opts, "prove-and-submit") === "model") {
    // 1. Input: the model, its task and the prompt; the integer reference runs in the proof step.
    const req = resolveModelRequest(root, { ...opts, prompt: opts.prompt! }, "prove-and-submit");
    const core = await runJob(deps, opts, lap, {
      description: req.description,
      modelHash: req.modelCommitment,
      registerFlags: "--whole-model",
      prove: async (a) => {
        const { result } = await proveModelInference({
          root,
          req,
          binding: a.binding,
          salt: opts.salt,
          wasmPath: a.wasmPath,
          zkeyPath: a.zkeyPath,
          circuitHash: a.manifest.circuitHash,
          vkHash: a.manifest.vkHash,
        });
        return result;
      },
    });
    // The verified output decodes to the generated tokens (16 bits each).
    const generated = unpackGeneratedOutput(
      BigInt(core.outputCommitment),
      req.description.generated!,
    );
    if (generated.join() !== core.proof.generated.join())
      fail(
        `the verified output decodes to ${generated.join(",")}, but the proof generated ${core.proof.generated.join(",")}`,
      );
    return {
      kind: "model",
      ...core,
      prompt: req.prompt,
      generated,
      result: describeModelResult(req.model, req.task, req.prompt, generated),
    };
  }

  // 1. Input: off-circuit embeddings, earlier layers and LayerNorm in float64, then quantization.
  const {
    layerIndex,
    layer: p,
    input,
    tokens,
  } = resolveProofRequest(root, opts, "prove-and-submit");
  const weights = opts.weights ?? "private";
  const core = await runJob(deps, opts, lap, {
    description: layerDescription(opts.model, layerIndex, weights, p.blockSize),
    modelHash: modelCommitment(p),
    registerFlags: `--layer ${layerIndex}${weights === "public" ? " --weights public" : ""}`,
    prove: async (a) => {
      const { result } = await proveInference({
        model: opts.model,
        p,
        input,
        binding: a.binding,
        salt: opts.salt,
        wasmPath: a.wasmPath,
        zkeyPath: a.zkeyPath,
        circuit: a.circuit,
        circuitHash: a.manifest.circuitHash,
        vkHash: a.manifest.vkHash,
        weights,
      });
      return result;
    },
  });
  return {
    kind: "block",
    ...core,
    output: core.proof.output,
    outputQuantized: core.proof.outputQuantized,
    tokens,
  };
}

/** Seconds since the previous call (the first call: since creation), and since creation. */
function stopwatch(): { lap: () => number; total: () => number } {
  const started = performance.now();
  let t = started;
  return {
    lap: () => {
      const now = performance.now();
      const s = (now - t) / 1000;
      t = now;
      return s;
    },
    total: () => (performance.now() - started) / 1000,
  };
}

/**
 * Steps 2-6 of the job for one circuit: compile and set up (development chains), find or deploy
 * the registry and register the circuit's model, prove, submit, and read the verified output
 * back from the InferenceVerified event.
 */
async function runJob<P extends ProvedInference>(
  deps: JobDeps,
  opts: ProveAndSubmitOptions,
  watch: ReturnType<typeof stopwatch>,
  target: ProofTarget<P>,
): Promise<JobResultBase & { proof: P }> {
  const lap = watch.lap;
  const { root, conn, log } = deps;
  const timings: Partial<JobTimings> = { input: lap() };
  const d = target.description;
  const name = circuitNameOf(d);

  const chainId = Number((await conn.provider.request({ method: "eth_chainId" })) as string);
  const devChain = isDevelopmentChain(conn, chainId);

  // 2-3. Compile and set up (development chains only make what is missing).
  let manifest: SetupManifest | undefined;
  let zkeyPath: string;
  let wasmPath: string;
  if (devChain) {
    const build = await ensureMainCircuitBuild({ root, description: d, log });
    timings.compile = lap();
    const setupLogger = withoutDevelopmentWarnings(deps.setupLogger ?? silentLogger);
    const previous = await readSetupArtifacts(root, name);
    log(
      previous
        ? `setup: checking the keys of ${name} (reused when still valid)...`
        : `setup: development keys for ${name} (first run: a few minutes)...`,
    );
    const s = await setupCircuit({
      root,
      circuit: path.relative(root, build.r1csPath),
      name,
      logger: setupLogger,
    });
    log(
      `setup: ${s.reused ? "reused" : "made"} ${path.relative(root, s.zkeyPath)} (${s.manifest.setupKind})`,
    );
    manifest = s.manifest;
    zkeyPath = s.zkeyPath;
    wasmPath = build.wasmPath;
    const v = await exportVerifier({ root, name, logger: setupLogger });
    if (v.changed) log(`setup: wrote ${path.relative(root, v.solPath)} (new verification key)`);
    await deps.buildContracts();
    timings.setup = lap();
  } else {
    const keys = await requireProvingKeys(
      root,
      name,
      "prove-and-submit",
      `make production keys with \`npx hardhat zkattn:setup ${mainCircuitFile(name)} --ptau <ceremony.ptau> --contributions <names> --beacon-hash <hex> --export-verifier\``,
    );
    manifest = keys.manifest;
    zkeyPath = keys.zkey;
    wasmPath = keys.wasm;
    timings.compile = lap();
    timings.setup = lap();
  }

  // 4. Deploy / find the registry, verifier route, model (and bounty).
  const env: DeployEnv = { ignitionDir: deps.ignitionDir, log };
  // One model id per circuit: the uri names the circuit (src/deploy/ensure.ts).
  const recordName = recordNameOf(d);
  const commitment = {
    contractName: verifierContractName(name),
    circuitHash: manifest.circuitHash,
    vkHash: manifest.vkHash,
    setupKind: manifest.setupKind, // marks a development route on-chain (registerVerifier)
    modelHash: target.modelHash,
    name: recordName,
    uri: registryUriOf(d),
  };
  let registry: string;
  let modelId: bigint;
  if (devChain) {
    const dep = await ensureModelDeployment(conn, env, commitment);
    registry = dep.registry;
    modelId = dep.modelId;
  } else {
    try {
      registry = await findRegistry(conn, env);
    } catch (e) {
      userFail(
        `network ${conn.networkName} (chain ${chainId}) has no zkattn registry: ${(e as Error).message}`,
      );
    }
    const found = await findModel(conn, registry, commitment);
    if (!found)
      userFail(
        `model ${commitment.name} with vkHash ${commitment.vkHash} is not registered on ${conn.networkName}; run \`npx hardhat register-model --model ${d.model} ${target.registerFlags} --network ${conn.networkName}\``,
      );
    modelId = found.modelId;
  }
  const { ethers } = conn;
  const [signer, requester] = await ethers.getSigners();
  let bountyAddress: string | undefined;
  if (opts.bounty) bountyAddress = (await ensureBounty(conn, env, registry)).bounty;
  timings.deploy = lap();

  // 5. Prove, bound to the submitter (directly or through the bounty contract).
  const binding = bountyAddress
    ? consumerBinding(bountyAddress, signer.address)
    : directBinding(signer.address);
  log(
    `prove: witness and Groth16 proof for ${name} (binding ${signer.address}${bountyAddress ? ` via bounty ${bountyAddress}` : ""})...`,
  );
  const result = await target.prove({ binding, circuit: name, wasmPath, zkeyPath, manifest });
  timings.prove = lap();

  // 6. Submit and wait for the receipt.
  const inputCommitment = result.calldata.inputCommitment;
  const output = result.calldata.output;
  let bountyId: bigint | undefined;
  let tx;
  if (bountyAddress) {
    const bounty = await ethers.getContractAt("InferenceBounty", bountyAddress, signer);
    const funder = requester ?? signer;
    const block = await ethers.provider.getBlock("latest");
    const deadline = BigInt((block?.timestamp ?? Math.floor(Date.now() / 1000)) + 3600);
    // createBounty pins the model version the requester trusts: the current one.
    const [version] = await (
      await ethers.getContractAt("ModelRegistry", registry)
    ).modelStatus(modelId);
    const created = await (
      await bounty.connect(funder).getFunction("createBounty")(
        modelId,
        version,
        inputCommitment,
        deadline,
        {
          value: ethers.parseEther("0.01"),
        },
      )
    ).wait();
    const ev = created?.logs
      .map((l) => {
        try {
          return bounty.interface.parseLog(l);
        } catch {
          return null;
        }
      })
      .find((e) => e?.name === "BountyCreated");
    bountyId = ev ? BigInt(ev.args[0]) : undefined;
    if (bountyId === undefined) fail("the bounty was created but no BountyCreated event was found");
    log(`submit: claiming bounty ${bountyId} (0.01 ETH escrowed by ${funder.address})`);
    tx = await bounty.getFunction("claim")(bountyId, output, result.calldata.proof);
  } else {
    const reg = await ethers.getContractAt("ModelRegistry", registry, signer);
    log(`submit: verifyInference(modelId ${modelId}) to ${registry}`);
    tx = await reg.getFunction("verifyInference")(
      modelId,
      inputCommitment,
      output,
      result.calldata.proof,
    );
  }
  const receipt = await tx.wait();
  if (receipt === null || receipt.status !== 1) fail(`transaction ${tx.hash} did not succeed`);
  const reg = await ethers.getContractAt("ModelRegistry", registry);
  const verifiedEvent = receipt.logs
    .filter((l) => l.address.toLowerCase() === registry.toLowerCase())
    .map((l) => reg.interface.parseLog(l))
    .find((e) => e?.name === "InferenceVerified");
  if (!verifiedEvent) fail(`transaction ${tx.hash} emitted no InferenceVerified event`);
  // The output the registry verified, as the event carries it.
  const verifiedOutput = decodeOutput(verifiedEvent.args.output as string);
  if (verifiedOutput !== result.publicSignals.outputCommitment)
    fail(
      `transaction ${tx.hash} verified output ${verifiedOutput}, not the proved ${result.publicSignals.outputCommitment}`,
    );
  timings.submit = lap();
  timings.total = watch.total();

  return {
    verified: true,
    modelId: modelId.toString(),
    registry,
    circuit: name,
    txHash: tx.hash,
    gasUsed: receipt.gasUsed.toString(),
    outputCommitment: verifiedOutput.toString(),
    chainId,
    bountyId: bountyId?.toString(),
    setupKind: manifest.setupKind,
    timings: timings as JobTimings,
    proof: result,
  };
}
