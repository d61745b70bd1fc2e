/**
 * Proving segments on a BullMQ queue (Redis): {@link proveSegmentsOnQueue} enqueues one job per
 * segment and collects the results in segment order; {@link startQueueWorker} (the
 * `zkattn:worker` task) proves jobs on any machine holding the same build artifacts. Retry
 * semantics (docs/prover.md "Proving segments in parallel"):
 *
 * - A worker holds a lock on each job it proves, renewed every `lockDuration / 2` by its main
 *   thread (proofs run in child processes, src/prover/pool.ts, so the event loop stays free).
 *   A killed worker stops renewing; after `lockDuration` the lock expires and the stalled-job
 *   check that every worker runs each `stalledInterval` moves the job back to the queue, where
 *   another worker proves it. A job that stalls more than `maxStalledCount` times fails.
 * - A job whose proof throws is retried `attempts - 1` times with exponential backoff.
 * - Each segment is one BullMQ job with its own id: the queue stores one return value per job
 *   and refuses a late completion from a worker that lost the lock, so a job proved twice
 *   contributes exactly one result.
 */
import { randomUUID } from "node:crypto";

import { type Job, Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";

import { ZkattnUserError } from "../errors.js";
import type { SetupLogger } from "../setup/progress.js";
import { checkJobIndices, proveJob, proverId, proveSegmentsLocally, ProvingPool } from "./pool.js";
import {
  terminalSegmentProgress,
  type SegmentProgress,
  type SegmentStage,
} from "./segmentProgress.js";
import {
  checkSegmentOrder,
  type SegmentJob,
  type SegmentResult,
  type VerifiedArtifacts,
} from "./segments.js";

/** Default queue name (one Redis may serve several queues). */
export const DEFAULT_QUEUE_NAME = "zkattn-prove";

/**
 * Defaults of the retry settings, chosen for proofs of seconds to minutes:
 * - `lockDurationMs` 60 s: a live worker renews its lock every 30 s; a dead worker's job is
 *   reclaimed at most `lockDurationMs + 2 * stalledIntervalMs` (~2 min) after it died.
 * - `stalledIntervalMs` 30 s: BullMQ's default.
 * - `maxStalledCount` 2: a job survives two dead workers (BullMQ's default, 1, fails the job
 *   the second time a worker dies under it).
 * - `attempts` 3 with `backoffMs` 5 s exponential: a failing proof (e.g. a worker without the
 *   artifacts) is tried three times, 5 s and 10 s apart, possibly on other workers.
 */
export const QUEUE_DEFAULTS = {
  lockDurationMs: 60_000,
  stalledIntervalMs: 30_000,
  maxStalledCount: 2,
  attempts: 3,
  backoffMs: 5_000,
} as const;

/** A job's payload and progress as stored in Redis. */
interface StageProgress {
  stage: SegmentStage;
  prover: string;
}

/**
 * Connects to the Redis at `url` (`redis://host:port[/db]` or `rediss://`) and checks that it
 * answers, failing fast instead of ioredis' endless reconnection.
 * @returns a connection for BullMQ (`maxRetriesPerRequest: null`, as BullMQ workers require).
 * @throws ZkattnUserError `queue: ...` for a malformed URL or an unreachable server.
 */
export async function connectRedis(url: string): Promise<Redis> {
  if (!/^rediss?:\/\/[^/]+/.test(url))
    throw new ZkattnUserError(
      `queue: ${JSON.stringify(url)} is not a Redis URL; pass --queue redis://host:port`,
    );
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // ioredis rejects connect() with "Connection is closed."; the socket error says why.
  let socketError: Error | undefined;
  probe.on("error", (e: Error) => (socketError ??= e));
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    const why = (socketError ?? (e as Error)).message;
    throw new ZkattnUserError(`queue: cannot reach Redis at ${url}: ${why}`, {
      fix: "start Redis there (Debian: `apt-get install redis-server`) or pass the right --queue redis://host:port",
      cause: e,
    });
  } finally {
    probe.disconnect();
  }
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** Options of {@link proveSegmentsOnQueue}. */
export interface QueueProveOptions {
  /** `redis://host:port`. */
  redisUrl: string;
  queueName?: string;
  progress?: SegmentProgress;
  /** Tries per job (default {@link QUEUE_DEFAULTS}.attempts). */
  attempts?: number;
  /** First retry delay, doubled for each further retry (default {@link QUEUE_DEFAULTS}.backoffMs). */
  backoffMs?: number;
}

/**
 * Enqueues one job per segment on the BullMQ queue and waits until workers (`zkattn:worker`)
 * have proved all of them; progress is reported per segment.
 *
 * @param jobs one per segment; `jobs[i].index` must be `i`.
 * @returns the results in segment order, one per segment.
 * @throws ZkattnUserError `queue: ...` for an unreachable Redis or bad job indices; Error
 *   `queue: segment <i> failed: <reason>` when a job failed for good (its tries are used up or it
 *   stalled too often); the run's jobs still waiting are then removed from the queue.
 */
export async function proveSegmentsOnQueue(
  jobs: readonly SegmentJob[],
  opts: QueueProveOptions,
): Promise<SegmentResult[]> {
  checkJobIndices(jobs);
  const name = opts.queueName ?? DEFAULT_QUEUE_NAME;
  const queueConn = await connectRedis(opts.redisUrl);
  const eventsConn = queueConn.duplicate();
  const queue = new Queue<SegmentJob, SegmentResult>(name, { connection: queueConn });
  const events = new QueueEvents(name, { connection: eventsConn });
  const progress = opts.progress;
  const run = randomUUID();
  const indexOf = new Map(jobs.map((j) => [`${run}-${j.index}`, j.index]));
  const of = (jobId: string) => indexOf.get(jobId);
  events.on("progress", ({ jobId, data }) => {
    const i = of(jobId);
    const p = data as unknown as StageProgress;
    if (i !== undefined && typeof p === "object") progress?.stage(i, p.stage, p.prover);
  });
  events.on("stalled", ({ jobId }) => {
    const i = of(jobId);
    if (i !== undefined) progress?.waiting(i, "its worker stopped renewing the lock");
  });
  events.on("delayed", ({ jobId }) => {
    const i = of(jobId);
    if (i !== undefined) progress?.waiting(i, "retry after a failed attempt");
  });
  let added: Job<SegmentJob, SegmentResult>[] = [];
  try {
    await events.waitUntilReady();
    added = await queue.addBulk(
      jobs.map((j) => ({
        name: "prove",
        data: j,
        opts: {
          jobId: `${run}-${j.index}`,
          attempts: opts.attempts ?? QUEUE_DEFAULTS.attempts,
          backoff: { type: "exponential", delay: opts.backoffMs ?? QUEUE_DEFAULTS.backoffMs },
          removeOnComplete: { age: 3600 },
          removeOnFail: { age: 24 * 3600 },
        },
      })),
    );
    const results = await Promise.all(
      added.map(async (job, i) => {
        let r: SegmentResult;
        try {
          r = (await job.waitUntilFinished(events)) as SegmentResult;
        } catch (e) {
          throw new Error(`queue: segment ${i + 1} failed: ${(e as Error).message}`, { cause: e });
        }
        if (r?.index !== i)
          throw new Error(`queue: job ${job.id} returned segment index ${r?.index}, expected ${i}`);
        progress?.done(i, r);
        return r;
      }),
    );
    checkSegmentOrder(results, jobs.length);
    return results;
  } catch (e) {
    // Best effort: jobs still waiting are removed; an active job cannot be (its worker holds the lock).
    await Promise.all(added.map((j) => queue.remove(j.id!).catch(() => 0)));
    throw e;
  } finally {
    progress?.stop();
    await events.close();
    await queue.close();
    await Promise.all([queueConn.quit(), eventsConn.quit()].map((p) => p.catch(() => {})));
  }
}

/** Options of {@link startQueueWorker}: the `zkattn:worker` flags. */
export interface QueueWorkerOptions {
  redisUrl: string;
  /** Where this machine's build/<circuit>/ directories are. */
  buildDir: string;
  queueName?: string;
  /** Jobs proved at once, each in its own process (default 1). */
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  maxStalledCount?: number;
  /** One line per job event (`info`) and per failure (`error`). */
  logger: SetupLogger;
}

/** A running worker. */
export interface QueueWorker {
  /**
   * Stops taking jobs and waits for the jobs being proved; with `abandon`, kills their proving
   * processes instead (BullMQ gives them to another worker once their locks expire).
   */
  close(abandon?: boolean): Promise<void>;
}

/**
 * Starts a BullMQ worker proving segment jobs from the queue with a local proving pool of
 * `concurrency` processes. Each job's artifacts are found in `buildDir` by content hash
 * (src/prover/segments.ts `locateArtifacts`); a mismatch fails the job with the hash that
 * differs.
 * @throws ZkattnUserError `queue: ...` for an unreachable Redis or a bad concurrency.
 */
export async function startQueueWorker(opts: QueueWorkerOptions): Promise<QueueWorker> {
  const concurrency = opts.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new ZkattnUserError(`queue: --concurrency must be an integer >= 1, not ${concurrency}`);
  const connection = await connectRedis(opts.redisUrl);
  const pool = new ProvingPool(concurrency);
  const cache = new Map<string, Promise<VerifiedArtifacts>>();
  const me = proverId();
  const log = opts.logger;
  const worker = new Worker<SegmentJob, SegmentResult>(
    opts.queueName ?? DEFAULT_QUEUE_NAME,
    async (job) => {
      const who = `worker ${me}: segment ${job.data.index + 1} (job ${job.id}, attempt ${job.attemptsStarted})`;
      const r = await proveJob(
        pool,
        opts.buildDir,
        job.data,
        who,
        (stage) => {
          log.info(`${who}: ${stage === "prove" ? "proving" : "witness"}`);
          const p: StageProgress = { stage, prover: me };
          job.updateProgress(p as never).catch(() => {});
        },
        cache,
      );
      log.info(
        `${who}: done (witness ${r.timings.witness.toFixed(2)} s, prove ${r.timings.prove.toFixed(2)} s)`,
      );
      return r;
    },
    {
      connection,
      concurrency,
      lockDuration: opts.lockDurationMs ?? QUEUE_DEFAULTS.lockDurationMs,
      stalledInterval: opts.stalledIntervalMs ?? QUEUE_DEFAULTS.stalledIntervalMs,
      maxStalledCount: opts.maxStalledCount ?? QUEUE_DEFAULTS.maxStalledCount,
    },
  );
  worker.on("failed", (job, err) =>
    log.error(`worker ${me}: job ${job?.id ?? "?"} failed: ${err.message}`),
  );
  worker.on("error", (err) => log.error(`worker ${me}: ${err.message}`));
  await worker.waitUntilReady();
  log.info(
    `worker ${me}: ready on ${opts.redisUrl} queue ${opts.queueName ?? DEFAULT_QUEUE_NAME}, concurrency ${concurrency}, artifacts from ${opts.buildDir}`,
  );
  let closing: Promise<void> | undefined;
  return {
    close(abandon = false) {
      if (abandon) {
        // Kill the proofs first so that worker.close() need not wait for them.
        const stopped = pool.close(true);
        closing = Promise.all([stopped, worker.close(true)]).then(() => {});
      } else
        closing ??= worker
          .close()
          .then(() => pool.close())
          .then(() => {});
      return closing.finally(() => connection.quit().catch(() => {}));
    },
  };
}

/** Options of {@link proveSegments}. */
export interface ProveSegmentsOptions {
  /** Where build/<circuit>/ directories are, for local proving (usually `<root>/build`). */
  buildDir: string;
  /** `redis://host:port`: prove on the BullMQ queue there; absent: in local processes. */
  queue?: string;
  queueName?: string;
  /** Local proving processes when there is no queue (default 1). */
  workers?: number;
  /** Default: {@link terminalSegmentProgress} on stderr with `[prove]` lines. */
  progress?: SegmentProgress;
}

/** `[prove] ...` lines on stderr. */
const proveLogger: SetupLogger = {
  info: (m) => console.error(`[prove] ${m}`),
  warn: (m) => console.error(`[prove] WARNING: ${m}`),
  debug: () => {},
  error: (m) => console.error(`[prove] ERROR: ${m}`),
};

/**
 * Proves every segment job, on the queue when `opts.queue` is given ({@link proveSegmentsOnQueue}),
 * else in `opts.workers` local processes (src/prover/pool.ts `proveSegmentsLocally`), with
 * per-segment progress.
 * @returns the results in segment order.
 * @throws the errors of the two functions.
 */
export function proveSegments(
  jobs: readonly SegmentJob[],
  opts: ProveSegmentsOptions,
): Promise<SegmentResult[]> {
  const progress = opts.progress ?? terminalSegmentProgress(jobs.length, proveLogger);
  return opts.queue
    ? proveSegmentsOnQueue(jobs, { redisUrl: opts.queue, queueName: opts.queueName, progress })
    : proveSegmentsLocally(jobs, { buildDir: opts.buildDir, workers: opts.workers, progress });
}
