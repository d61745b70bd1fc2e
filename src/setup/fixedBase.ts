import os from "node:os";
import { Worker } from "node:worker_threads";

import { buildBn128 } from "ffjavascript";

/** Which BN254 group a job's points live in. */
export type Group = "G1" | "G2";

/**
 * One batch of fixed-base multiplications `s_i·G` (G the standard generator of the group),
 * i < count. Scalars are defined in fixedBaseWorker.cjs: geometric (`powers`) or
 * Lagrange-basis (`lagrange`) sequences. All bigints are elements of the BN254 scalar field.
 */
export interface FixedBaseSequenceJob {
  group: Group;
  kind: "powers" | "lagrange";
  count: number;
  first: bigint;
  ratio: bigint;
  /** lagrange only: the evaluation point tau. */
  tau?: bigint;
  /** lagrange only: the factor c. */
  c?: bigint;
  /** lagrange only: the correction e. */
  e?: bigint;
  /**
   * Return the `count` scalars (32 bytes little-endian each, normal form) instead of the points:
   * the sequence is computed in the workers' WebAssembly field, no group operation is done.
   */
  scalarsOnly?: boolean;
  /** See {@link FixedBaseExplicitJob.uncompressed}. */
  uncompressed?: boolean;
}

/** Fixed-base multiplications of given scalars. */
export interface FixedBaseExplicitJob {
  group: Group;
  kind: "explicit";
  count: number;
  /** count scalars below r, 32 bytes little-endian each (transferred to the worker). */
  scalars: Uint8Array;
  /**
   * Also return the points in snarkjs's uncompressed form (big-endian x‖y, normal form, the
   * form snarkjs hashes): the result is count LEM points followed by count uncompressed ones.
   */
  uncompressed?: boolean;
}

/** A job for {@link FixedBasePool.run}. */
export type FixedBaseJob = FixedBaseSequenceJob | FixedBaseExplicitJob;

/** Options for {@link FixedBasePool.create}. */
export interface FixedBasePoolOptions {
  /** Worker threads; default: the number of CPUs. */
  threads?: number;
  /** Window width in bits (1..16) of the G1 table (see devPtau.ts `chooseWindow`). */
  windowG1: number;
  /** Window width for G2 (1..16), or 0 when no G2 points are needed. */
  windowG2: number;
}

/** Bytes of one affine point in snarkjs LEM form: 2 coordinates of 32 (G1) or 64 (G2) bytes. */
export const POINT_BYTES: Record<Group, number> = { G1: 64, G2: 128 };

/** Relative cost of one point (G2 mixed addition ≈ 3.5× G1, measured here), for progress. */
export const GROUP_COST: Record<Group, number> = { G1: 1, G2: 3.5 };

/**
 * A pool of worker threads computing fixed-base scalar multiplications on BN254, returning
 * affine points in little-endian Montgomery form (the .ptau/.zkey point format of snarkjs).
 * Always call {@link FixedBasePool.terminate} (worker threads keep the process alive).
 */
export class FixedBasePool {
  private nextId = 0;
  private readonly idle: Worker[] = [];
  private readonly queue: {
    job: FixedBaseJob;
    resolve: (b: Uint8Array) => void;
    reject: (e: Error) => void;
  }[] = [];
  private readonly pending = new Map<
    Worker,
    { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }
  >();

  private constructor(private readonly workers: Worker[]) {}

  /**
   * Starts the workers and builds their window tables (each worker holds its own:
   * 64 MiB for a 16-bit G1 table, 128 MiB for G2).
   * @throws Error if a worker fails to start.
   */
  static async create(opts: FixedBasePoolOptions): Promise<FixedBasePool> {
    // A single-threaded curve exposes the wasm module bytes (tm.code) and the generator
    // offsets inside the module's memory; the workers instantiate the same module.
    const curve = await buildBn128(true);
    const tm = (curve as unknown as { tm: { code: Uint8Array; pG1gen: number; pG2gen: number } })
      .tm;
    const code = tm.code.slice();
    const { pG1gen, pG2gen } = tm;
    await curve.terminate();
    const n = Math.max(1, opts.threads ?? os.cpus().length);
    const workerFile = new URL("./fixedBaseWorker.cjs", import.meta.url);
    const workers = Array.from({ length: n }, () => new Worker(workerFile));
    const pool = new FixedBasePool(workers);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const onMsg = (m: { type: string }) => {
              if (m.type === "ready") {
                w.off("message", onMsg);
                w.off("error", reject);
                resolve();
              }
            };
            w.on("message", onMsg);
            w.on("error", reject);
            w.postMessage({
              type: "init",
              code,
              pG1gen,
              pG2gen,
              windowG1: opts.windowG1,
              windowG2: opts.windowG2,
            });
          }),
      ),
    );
    for (const w of workers) {
      w.on("message", (m: { type: string; points: Uint8Array }) => {
        if (m.type !== "done") return;
        const p = pool.pending.get(w);
        pool.pending.delete(w);
        pool.idle.push(w);
        p?.resolve(m.points);
        pool.pump();
      });
      w.on("error", (err) => {
        // A dead worker cannot finish its job; fail it and everything still queued.
        const e = new Error(`setup: fixed-base worker failed: ${err.message}`);
        pool.pending.get(w)?.reject(e);
        pool.pending.delete(w);
        for (const q of pool.queue.splice(0)) q.reject(e);
      });
      pool.idle.push(w);
    }
    return pool;
  }

  /** Number of worker threads. */
  get threads(): number {
    return this.workers.length;
  }

  /**
   * Queues a job; resolves to `count` affine LEM points (count·64 or count·128 bytes), or to
   * `count` 32-byte scalars for a `scalarsOnly` job. An explicit job's scalar buffer is
   * transferred to the worker (unusable afterwards; pass a buffer of its own).
   */
  run(job: FixedBaseJob): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const { job, resolve, reject } = this.queue.shift()!;
      this.pending.set(w, { resolve, reject });
      if (job.kind === "explicit") {
        w.postMessage({ type: "job", id: this.nextId++, ...job }, [
          job.scalars.buffer as ArrayBuffer,
        ]);
      } else {
        w.postMessage({
          type: "job",
          id: this.nextId++,
          ...job,
          tau: job.tau ?? 0n,
          c: job.c ?? 0n,
          e: job.e ?? 0n,
        });
      }
    }
  }

  /** Stops the worker threads. */
  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
