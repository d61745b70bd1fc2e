/**
 * Local parallel proving: a pool of child processes (src/prover/proveChild.ts), each proving one
 * job at a time with snarkjs; `proveSegmentsLocally` runs a whole set of segment jobs on it
 * without a queue (`workers: N`). The BullMQ worker (src/prover/queue.ts) proves on the same
 * pool, so its event loop stays free to renew job locks.
 *
 * Processes rather than worker threads: each proof runs snarkjs with its own ffjavascript curve
 * and worker threads, a crash or an out-of-memory kill takes down one process and fails one
 * job, and a process is terminated cleanly by disconnecting it (the child then calls
 * `releaseCurve`, docs/design.md "Toolchain facts").
 */
import { type ChildProcess, fork } from "node:child_process";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";

import { ZkattnUserError } from "../errors.js";
import type { ProveDone, ProveReply, ProveRequest } from "./proveChild.js";
import type { SegmentProgress } from "./segmentProgress.js";
import {
  checkSegmentOrder,
  locateArtifacts,
  type CircuitInput,
  type SegmentJob,
  type SegmentResult,
  type VerifiedArtifacts,
} from "./segments.js";

/** What one proof returns. */
export type PoolProof = Omit<ProveDone, "type" | "id">;

interface Task {
  id: number;
  wasm: string;
  zkey: string;
  input: CircuitInput;
  onStage?: (stage: "witness" | "prove") => void;
  resolve: (p: PoolProof) => void;
  reject: (e: Error) => void;
}

interface Slot {
  proc?: ChildProcess;
  task?: Task;
}

const CHILD = fileURLToPath(new URL("./proveChild.ts", import.meta.url));

/**
 * A fixed number of proving processes. `prove` queues a proof and resolves when a process has
 * made it; processes start on first use and are reused (the curve and its threads are built
 * once per process).
 */
export class ProvingPool {
  private readonly slots: Slot[];
  private readonly pending: Task[] = [];
  private nextId = 0;
  private closed = false;

  /** @param size number of proving processes (>= 1). */
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new ZkattnUserError(`prove segments: the number of workers must be >= 1, not ${size}`);
    this.slots = Array.from({ length: size }, () => ({}));
  }

  /**
   * Proves `input` with `wasm` and `zkey` (absolute paths, already checked by the caller).
   * @param onStage called when the witness and the proof computation start.
   * @throws Error the snarkjs error (e.g. a failing constraint), or that the proving process
   *   exited during the proof; Error `the proving pool is closed` after {@link close}.
   */
  prove(
    wasm: string,
    zkey: string,
    input: CircuitInput,
    onStage?: (stage: "witness" | "prove") => void,
  ): Promise<PoolProof> {
    if (this.closed) return Promise.reject(new Error("the proving pool is closed"));
    return new Promise((resolve, reject) => {
      this.pending.push({ id: this.nextId++, wasm, zkey, input, onStage, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.pending.length === 0) continue;
      const task = this.pending.shift()!;
      slot.task = task;
      const proc = slot.proc ?? this.spawn(slot);
      const req: ProveRequest = {
        type: "prove",
        id: task.id,
        wasm: task.wasm,
        zkey: task.zkey,
        input: task.input,
      };
      proc.send(req);
    }
  }

  private spawn(slot: Slot): ChildProcess {
    // The child is TypeScript: run it with tsx, resolved from this package (a forked process
    // does not inherit the parent's in-process loader).
    const proc = fork(CHILD, [], {
      execArgv: ["--import", import.meta.resolve("tsx")],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    slot.proc = proc;
    proc.on("message", (m: ProveReply) => {
      const task = slot.task;
      if (!task || m.id !== task.id) return;
      if (m.type === "stage") task.onStage?.(m.stage);
      else {
        slot.task = undefined;
        if (m.type === "done")
          task.resolve({
            proof: m.proof,
            publicSignals: m.publicSignals,
            timings: m.timings,
            peakRssMB: m.peakRssMB,
          });
        else task.reject(new Error(m.message));
        this.dispatch();
      }
    });
    proc.on("exit", (code, signal) => {
      if (slot.proc === proc) slot.proc = undefined;
      const task = slot.task;
      slot.task = undefined;
      task?.reject(
        new Error(
          `proving process ${proc.pid} exited with ${signal ?? `status ${code}`} during a proof`,
        ),
      );
      if (!this.closed) this.dispatch();
    });
    return proc;
  }

  /**
   * Stops the pool: queued proofs are rejected; idle processes are disconnected (they release
   * the curve and exit); busy ones are killed (SIGKILL) when `abandon`, else awaited.
   */
  async close(abandon = false): Promise<void> {
    this.closed = true;
    for (const t of this.pending.splice(0)) t.reject(new Error("the proving pool is closed"));
    const exits = this.slots.map(async (slot) => {
      const proc = slot.proc;
      if (!proc) return;
      const exited = new Promise<void>((r) => proc.once("exit", () => r()));
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      if (slot.task && abandon) proc.kill("SIGKILL");
      else if (slot.task)
        await new Promise<void>((r) => {
          const poll = setInterval(() => {
            if (!slot.task) {
              clearInterval(poll);
              r();
            }
          }, 50);
        });
      if (proc.connected) proc.disconnect();
      await exited;
    });
    await Promise.all(exits);
  }
}

/** `host:pid` of this process: who proved a result. */
export function proverId(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Proves one job on `pool` after checking its artifacts in `buildDir` ({@link locateArtifacts}).
 * @param who prefix of artifact errors.
 */
export async function proveJob(
  pool: ProvingPool,
  buildDir: string,
  job: SegmentJob,
  who: string,
  onStage?: (stage: "witness" | "prove") => void,
  cache: Map<string, Promise<VerifiedArtifacts>> = new Map(),
): Promise<SegmentResult> {
  const { wasm, zkey } = await artifactsFor(cache, buildDir, job, who);
  const p = await pool.prove(wasm, zkey, job.input, onStage);
  return { index: job.index, ...p, prover: proverId() };
}

/**
 * Proves every job in local proving processes, `workers` at a time, and returns the results in
 * segment order. Every job's artifacts are checked against `buildDir` before anything is proved.
 *
 * @param jobs one per segment; `jobs[i].index` must be `i`.
 * @param opts.buildDir where the circuits' build/<circuit>/ directories are (usually `<root>/build`).
 * @param opts.workers proving processes (default 1).
 * @throws ZkattnUserError for a bad index or worker count, or artifacts that do not match a job
 *   ({@link locateArtifacts}); Error `prove segments: segment <i>: ...` when a proof fails (the
 *   other proofs are abandoned).
 */
export async function proveSegmentsLocally(
  jobs: readonly SegmentJob[],
  opts: { buildDir: string; workers?: number; progress?: SegmentProgress },
): Promise<SegmentResult[]> {
  checkJobIndices(jobs);
  const cache = new Map<string, Promise<VerifiedArtifacts>>();
  const prover = `local prover ${proverId()}`;
  for (const j of jobs)
    await artifactsFor(cache, opts.buildDir, j, `${prover}: segment ${j.index + 1}`);
  const pool = new ProvingPool(opts.workers ?? 1);
  const progress = opts.progress;
  let ok = false;
  try {
    const results = await Promise.all(
      jobs.map(async (j) => {
        try {
          const r = await proveJob(
            pool,
            opts.buildDir,
            j,
            `${prover}: segment ${j.index + 1}`,
            (s) => progress?.stage(j.index, s),
            cache,
          );
          progress?.done(j.index, r);
          return r;
        } catch (e) {
          throw new Error(`prove segments: segment ${j.index + 1}: ${(e as Error).message}`, {
            cause: e,
          });
        }
      }),
    );
    checkSegmentOrder(results, jobs.length);
    ok = true;
    return results;
  } finally {
    progress?.stop();
    await pool.close(!ok);
  }
}

/** {@link locateArtifacts} for a job, once per distinct set of hashes in `cache`. */
function artifactsFor(
  cache: Map<string, Promise<VerifiedArtifacts>>,
  buildDir: string,
  job: SegmentJob,
  who: string,
): Promise<VerifiedArtifacts> {
  const key = JSON.stringify(job.artifacts);
  let files = cache.get(key);
  if (!files) {
    files = locateArtifacts(buildDir, job.artifacts, who);
    // A failed check is not cached: the next job checks again (the files may have been fixed).
    files.catch(() => cache.delete(key));
    cache.set(key, files);
  }
  return files;
}

/**
 * Checks that `jobs[i].index === i` (results are collected by index).
 * @throws ZkattnUserError `prove segments: job <i> has index <j>`.
 */
export function checkJobIndices(jobs: readonly SegmentJob[]): void {
  jobs.forEach((j, i) => {
    if (j.index !== i)
      throw new ZkattnUserError(
        `prove segments: job ${i} has index ${j.index}; segment jobs must be numbered 0..${jobs.length - 1} in order`,
      );
  });
}
