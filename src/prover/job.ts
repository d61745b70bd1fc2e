/**
 * The main job, `prove-and-submit`: from a prompt to the whole model's greedy generation verified
 * on-chain, in one proof or as a chain of segment proofs (src/prover/proveChain.ts, one
 * `verifyInference` for the chain); or from tokens (or an activations file) to one verified
 * attention block. Each stage is a tested library call; this module only sequences them, times
 * them, and decides what may be created automatically:
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
  ensureModelChainDeployment,
  ensureModelDeployment,
  findModel,
  findModelChain,
  findRegistry,
  isPersistentNetwork,
  type DeployEnv,
  type ModelChainArgs,
} from "../deploy/ensure.js";
import { BUILD_DIR, mainCircuitFile } from "../artifacts.js";
import { modelCommitment, unpackGeneratedOutput } from "../circuit/commitments.js";
import {
  chainRecordNameOf,
  chainUriOf,
  circuitNameOf,
  recordNameOf,
  registryUriOf,
  segmentCount,
  type CircuitDescription,
} from "../circuit/descriptions.js";
import { toBytes32 } from "../contracts/calldata.js";
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
import { proveModelChain, type ChainInferenceProof } from "./proveChain.js";
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
   * same modelCommitment. Whole-model proofs (`prompt`) default to public weights; with private
   * weights they are proved as a chain of segment proofs (src/prover/modelRequest.ts
   * `wholeModelChain`).
   */
  weights?: WeightsMode;
  /**
   * `--chain`: prove the whole model (`prompt`) as a chain of segment proofs (the cut description
   * in circuits/circuits.json), verified in one `verifyInference` call. Default: with private
   * weights only.
   */
  chain?: boolean;
  /** Chain segments: local proving processes when there is no `queue` (default 1). */
  workers?: number;
  /**
   * Chain segments: `redis://host:port` of a BullMQ queue; each segment becomes a job for
   * `npx hardhat zkattn:worker --queue <url>` processes (on any machine with the same build/).
   */
  queue?: string;
  /** BullMQ queue name with `queue` (default src/prover/queue.ts `DEFAULT_QUEUE_NAME`); the workers must name the same. */
  queueName?: string;
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

/** The whole model's greedy generation on-chain (`prompt`), in one proof or a chain of segment proofs. */
export interface ModelJobResult extends JobResultBase {
  kind: "model";
  prompt: number[];
  /** The generated tokens decoded from the verified on-chain output. */
  generated: number[];
  /** The result as a sentence (src/model/task.ts `describeModelResult`), e.g. "mingpt-adder computes 85 + 50 = 135". */
  result: string;
  /** Every circuit proved, in chain order (one for a single proof). */
  circuits: string[];
  /** One proof (`circuits.length` = 1) or the chain's segment proofs. */
  proof: ModelInferenceProof | ChainInferenceProof;
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

/** One circuit's keys on this machine. */
interface CircuitKeys {
  circuit: string;
  wasmPath: string;
  zkeyPath: string;
  manifest: SetupManifest;
}

/**
 * What a job proves: a description's circuits (one, or one per segment of a cut description,
 * registered as one chained model), and how to prove on them.
 */
interface ProofTarget<P extends ProvedInference> {
  /** The circuit's description (src/circuit/descriptions.ts): compile, names, segments. */
  description: CircuitDescription;
  /** modelHash registered for each circuit, in chain order. */
  modelHashes: bigint[];
  /** `register-model` flags that register these circuits (named in the non-development error). */
  registerFlags: string;
  /** Proves with the circuits' keys (in chain order), bound to `binding`. */
  prove(a: { binding: bigint; keys: CircuitKeys[] }): Promise<P>;
}

/** What every kind of proof carries for submission: the verified output and the call's arguments. */
interface ProvedInference {
  publicSignals: Pick<NamedPublicSignals, "outputCommitment">;
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
    if (!req.chain) refuseChainOptions(opts, `${req.circuit} is one circuit`);
    const weightsFlag = req.description.weights === "private" ? " --weights private" : "";
    const chainFlag = req.chain && req.description.weights === "public" ? " --chain" : "";
    const core = await runJob<ModelInferenceProof | ChainInferenceProof>(deps, opts, lap, {
      description: req.description,
      modelHashes: req.modelCommitments,
      registerFlags: `--whole-model${weightsFlag}${chainFlag}`,
      prove: async (a) => {
        if (req.chain) {
          deps.log(
            `prove: ${a.keys.length} segments ${opts.queue ? `on the queue at ${opts.queue} (run \`npx hardhat zkattn:worker --queue ${opts.queue}\` on machines holding this build/)` : `in ${opts.workers ?? 1} local process(es)`}...`,
          );
          const { result } = await proveModelChain({
            root,
            req,
            binding: a.binding,
            salt: opts.salt,
            buildDir: path.join(root, BUILD_DIR),
            proving: { workers: opts.workers, queue: opts.queue, queueName: opts.queueName },
          });
          return result;
        }
        const [k] = a.keys;
        const { result } = await proveModelInference({
          root,
          req,
          binding: a.binding,
          salt: opts.salt,
          wasmPath: k.wasmPath,
          zkeyPath: k.zkeyPath,
          circuitHash: k.manifest.circuitHash,
          vkHash: k.manifest.vkHash,
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
      circuits: req.circuits,
      prompt: req.prompt,
      generated,
      result: describeModelResult(req.model, req.task, req.prompt, generated),
    };
  }

  refuseChainOptions(opts, "an attention block is one circuit");
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
    modelHashes: [modelCommitment(p)],
    registerFlags: `--layer ${layerIndex}${weights === "public" ? " --weights public" : ""}`,
    prove: async (a) => {
      const [k] = a.keys;
      const { result } = await proveInference({
        model: opts.model,
        p,
        input,
        binding: a.binding,
        salt: opts.salt,
        wasmPath: k.wasmPath,
        zkeyPath: k.zkeyPath,
        circuit: k.circuit,
        circuitHash: k.manifest.circuitHash,
        vkHash: k.manifest.vkHash,
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

/**
 * Refuses `workers` ≠ 1 and `queue` for a proof that is not a chain (they would silently do nothing).
 * @throws ZkattnUserError `prove-and-submit: ...` naming why and the fix.
 */
function refuseChainOptions(opts: ProveAndSubmitOptions, why: string): void {
  const given = [
    ...(opts.queue ? ["--queue"] : []),
    ...(opts.workers !== undefined && opts.workers !== 1 ? ["--workers"] : []),
  ];
  if (given.length > 0)
    userFail(
      `${given.join(" and ")} prove the segments of a chain, but ${why}; prove a whole model as a chain with --prompt and --weights private (or --chain), or drop ${given.join(" and ")}`,
    );
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
 * Steps 2-6 of the job for a description's circuits (one, or every segment of a chain): compile
 * and set up (development chains), find or deploy the registry and register the model (a chain as
 * one chained model), prove, submit, and read the verified output back from the
 * InferenceVerified event.
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
  const n = segmentCount(d);
  const names = Array.from({ length: n }, (_, k) => circuitNameOf(d, k));
  const name = n === 1 ? names[0] : `${names[0]} .. ${names[n - 1]}`;

  const chainId = Number((await conn.provider.request({ method: "eth_chainId" })) as string);
  const devChain = isDevelopmentChain(conn, chainId);

  // 2-3. Compile and set up (development chains only make what is missing).
  const keys: CircuitKeys[] = [];
  if (devChain) {
    const builds = [];
    for (let k = 0; k < n; k++)
      builds.push(await ensureMainCircuitBuild({ root, description: d, segment: k, log }));
    timings.compile = lap();
    const setupLogger = withoutDevelopmentWarnings(deps.setupLogger ?? silentLogger);
    for (const [k, build] of builds.entries()) {
      const circuit = names[k];
      const previous = await readSetupArtifacts(root, circuit);
      log(
        previous
          ? `setup: checking the keys of ${circuit} (reused when still valid)...`
          : `setup: development keys for ${circuit} (first run: a few minutes)...`,
      );
      const s = await setupCircuit({
        root,
        circuit: path.relative(root, build.r1csPath),
        name: circuit,
        logger: setupLogger,
      });
      log(
        `setup: ${s.reused ? "reused" : "made"} ${path.relative(root, s.zkeyPath)} (${s.manifest.setupKind})`,
      );
      keys.push({ circuit, wasmPath: build.wasmPath, zkeyPath: s.zkeyPath, manifest: s.manifest });
      const v = await exportVerifier({ root, name: circuit, logger: setupLogger });
      if (v.changed) log(`setup: wrote ${path.relative(root, v.solPath)} (new verification key)`);
    }
    await deps.buildContracts();
    timings.setup = lap();
  } else {
    for (const circuit of names) {
      const k = await requireProvingKeys(
        root,
        circuit,
        "prove-and-submit",
        `make production keys with \`npx hardhat zkattn:setup ${mainCircuitFile(circuit)} --ptau <ceremony.ptau> --contributions <names> --beacon-hash <hex> --export-verifier\``,
      );
      keys.push({ circuit, wasmPath: k.wasm, zkeyPath: k.zkey, manifest: k.manifest });
    }
    timings.compile = lap();
    timings.setup = lap();
  }
  // The setup kind the job reports: development if any circuit's keys are.
  const setupKind =
    keys.find((k) => k.manifest.setupKind === "development")?.manifest.setupKind ??
    keys[0].manifest.setupKind;

  // 4. Deploy / find the registry, verifier routes, model (and bounty).
  const env: DeployEnv = { ignitionDir: deps.ignitionDir, log };
  const routes = keys.map((k) => ({
    contractName: verifierContractName(k.circuit),
    circuitHash: k.manifest.circuitHash,
    vkHash: k.manifest.vkHash,
    setupKind: k.manifest.setupKind, // marks a development route on-chain (registerVerifier)
  }));
  // One model id per circuit (the uri names the circuit, src/deploy/ensure.ts), or per chain.
  const chain: ModelChainArgs | undefined =
    n > 1
      ? {
          segments: routes.map((r, k) => ({
            modelHash: toBytes32(target.modelHashes[k]),
            circuitHash: r.circuitHash,
            vkHash: r.vkHash,
          })),
          uri: chainUriOf(d),
          name: chainRecordNameOf(d),
        }
      : undefined;
  const commitment = {
    ...routes[0],
    modelHash: target.modelHashes[0],
    name: recordNameOf(d),
    uri: registryUriOf(d),
  };
  let registry: string;
  let modelId: bigint;
  if (devChain) {
    const dep = chain
      ? await ensureModelChainDeployment(conn, env, routes, chain)
      : await ensureModelDeployment(conn, env, commitment);
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
    const found = chain
      ? await findModelChain(conn, registry, chain)
      : await findModel(conn, registry, commitment);
    if (!found)
      userFail(
        `${chain ? `chained model ${chain.name} (${n} segments)` : `model ${commitment.name} with vkHash ${commitment.vkHash}`} is not registered on ${conn.networkName}; run \`npx hardhat register-model --model ${d.model} ${target.registerFlags} --network ${conn.networkName}\``,
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
  const result = await target.prove({ binding, keys });
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
    setupKind,
    timings: timings as JobTimings,
    proof: result,
  };
}
