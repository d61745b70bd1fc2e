/**
 * Proving a whole model's greedy generation as a chain of segment proofs (issue 14,
 * src/circuit/segments.ts): the integer forward pass decides the generated tokens and every
 * activation at the cuts (src/circuit/modelWitness.ts `segmentWitnessInputs`), so the segments
 * are independent jobs, proven in local worker processes or by `zkattn:worker`s on a BullMQ
 * queue (src/prover/queue.ts `proveSegments`). The proofs are checked against the integer
 * reference's public signals and encoded as ONE `verifyInference` proof argument
 * (src/contracts/chain.ts `encodeChainProof`): the registry checks every segment against its
 * registered model and every link between them (docs/registry.md "Chained models").
 */
import { generateModelMainCircuit } from "../circuit/mainCircuits.js";
import { circuitNameOf, segmentCount } from "../circuit/descriptions.js";
import { segmentWitnessInputs } from "../circuit/modelWitness.js";
import { toPublicSignalArray, type NamedPublicSignals } from "../circuit/publicSignals.js";
import { encodeOutput, toBytes32, type SnarkjsGroth16Proof } from "../contracts/calldata.js";
import { encodeChainProof } from "../contracts/chain.js";
import { chainSegmentsOf } from "../deploy/modelInputs.js";
import { ZkattnUserError } from "../errors.js";
import { describeModelResult } from "../model/task.js";
import type { ResolvedModelRequest } from "./modelRequest.js";
import { randomSalt } from "./prove.js";
import { proveSegments } from "./queue.js";
import type { SegmentProgress } from "./segmentProgress.js";
import { artifactHashes, type SegmentJob, type SegmentTimings } from "./segments.js";

/** One proved segment of a chain. */
export interface ProvedSegment {
  /** Segment circuit name, e.g. gpt-nano-sort-model-seg2of4 (build/<circuit>/). */
  circuit: string;
  circuitHash: string;
  vkHash: string;
  /** The segment's four public signals (field elements). */
  publicSignals: NamedPublicSignals;
  proof: SnarkjsGroth16Proof;
  /** `host:pid` of the process that proved it. */
  prover: string;
  /** Witness and proof seconds on that prover. */
  timings: SegmentTimings;
}

/** A whole-model inference proved as a chain of segment proofs. */
export interface ChainInferenceProof {
  /** Model directory name. */
  model: string;
  /** The chain's endpoints: segment 0's inputCommitment (the prompt's), the last segment's outputCommitment (the generated tokens), and the binding every segment carries. */
  publicSignals: Pick<NamedPublicSignals, "inputCommitment" | "outputCommitment" | "binding">;
  /** Every segment, in chain order. */
  segments: ProvedSegment[];
  /** Salt of the prompt commitment; cut c's salt is `cutSalt(salt, c)` (src/circuit/segments.ts). */
  salt: bigint;
  /** The prompt (P token ids) and the greedily generated tokens (G token ids). */
  prompt: number[];
  generated: number[];
  /** The result as a sentence (src/model/task.ts `describeModelResult`). */
  result: string;
  /** `verifyInference` arguments: `inputCommitment` (bytes32), `output` (bytes), the compact chain `proof` (bytes, 288·n − 32). */
  calldata: { inputCommitment: string; output: string; proof: string };
}

/** How a chain's segments are proved (src/prover/queue.ts `ProveSegmentsOptions`). */
export interface ChainProvingOptions {
  /** Local proving processes when there is no queue (default 1). */
  workers?: number;
  /** `redis://host:port`: enqueue the segments on the BullMQ queue there and wait for `zkattn:worker`s. */
  queue?: string;
  /** BullMQ queue name (default src/prover/queue.ts `DEFAULT_QUEUE_NAME`). */
  queueName?: string;
  /** Per-segment progress (default: `[prove]` lines on stderr). */
  progress?: SegmentProgress;
}

/** Per-stage wall-clock seconds of {@link proveModelChain}. */
export interface ChainProveTimings {
  /** Segment circuits emitted (for the witness inputs) and the integer forward pass. */
  reference: number;
  /** All segments proved (wall clock, workers in parallel). */
  prove: number;
}

/**
 * Proves the whole model's greedy generation on `req.prompt` as the chain of the segment circuits
 * of `req.description` (a cut description), every segment bound to `binding`.
 *
 * @param opts.buildDir where the segments' build/<circuit>/ directories (compiled and set up) are.
 * @param opts.salt prompt-commitment salt (default: a random field element); the cut salts derive from it.
 * @returns the chain proof and the `verifyInference` arguments.
 * @throws ZkattnUserError for an uncut description or a segment without a setup; Error `prover:
 *   ...` when a segment's public signals differ from the integer reference's (keys of another
 *   circuit); the errors of `proveSegments` (a failed proof, an unreachable queue).
 */
export async function proveModelChain(opts: {
  root: string;
  req: ResolvedModelRequest;
  binding: bigint;
  salt?: bigint;
  buildDir: string;
  proving?: ChainProvingOptions;
}): Promise<{ result: ChainInferenceProof; timings: ChainProveTimings }> {
  const { req } = opts;
  const d = req.description;
  const n = segmentCount(d);
  if (n < 2)
    throw new ZkattnUserError(
      `prover: ${circuitNameOf(d)} is one circuit, not a chain; prove it with proveModelInference`,
    );
  const salt = opts.salt ?? randomSalt();
  let t = performance.now();
  const names = Array.from({ length: n }, (_, k) => circuitNameOf(d, k));
  const circuits = names.map((_, k) => generateModelMainCircuit(opts.root, d, k).generated);
  const wi = segmentWitnessInputs(req.intModel.params, circuits, req.prompt, {
    T: d.T,
    promptLength: d.promptLength!,
    salt,
    binding: opts.binding,
  });
  const reference = (performance.now() - t) / 1000;

  const segments = await chainSegmentsOf(
    opts.buildDir,
    names,
    wi.segments.map((s) => s.publicSignals.modelCommitment),
  );
  const jobs: SegmentJob[] = await Promise.all(
    wi.segments.map(async (s, k) => ({
      index: k,
      artifacts: await artifactHashes(opts.buildDir, names[k]),
      input: JSON.parse(JSON.stringify(s.input)) as SegmentJob["input"],
    })),
  );
  t = performance.now();
  const results = await proveSegments(jobs, { buildDir: opts.buildDir, ...opts.proving });
  const prove = (performance.now() - t) / 1000;

  const proved = results.map((r, k): ProvedSegment => {
    const want = toPublicSignalArray(wi.segments[k].publicSignals).map(String);
    if (r.publicSignals.length !== want.length || r.publicSignals.some((v, i) => v !== want[i]))
      throw new Error(
        `prover: segment ${k + 1} of ${n} (${names[k]}): the circuit's public signals [${r.publicSignals.join(", ")}] differ from the integer reference's [${want.join(", ")}]; the wasm/zkey in build/${names[k]} were made for another circuit — re-run the setup`,
      );
    return {
      circuit: names[k],
      circuitHash: segments[k].circuitHash,
      vkHash: segments[k].vkHash,
      publicSignals: wi.segments[k].publicSignals,
      proof: r.proof,
      prover: r.prover,
      timings: r.timings,
    };
  });
  const first = wi.segments[0].publicSignals;
  const last = wi.segments[n - 1].publicSignals;
  return {
    result: {
      model: req.model,
      publicSignals: {
        inputCommitment: first.inputCommitment,
        outputCommitment: last.outputCommitment,
        binding: opts.binding,
      },
      segments: proved,
      salt,
      prompt: [...req.prompt],
      generated: wi.generated,
      result: describeModelResult(req.model, req.task, req.prompt, wi.generated),
      calldata: {
        inputCommitment: toBytes32(first.inputCommitment),
        output: encodeOutput(last.outputCommitment),
        proof: encodeChainProof(
          results.map((r) => ({ proof: r.proof, publicSignals: r.publicSignals })),
        ),
      },
    },
    timings: { reference, prove },
  };
}
