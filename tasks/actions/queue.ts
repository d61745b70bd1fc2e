import path from "node:path";

import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { BUILD_DIR } from "../../src/artifacts.js";
import { ZkattnUserError } from "../../src/errors.js";
import { startQueueWorker } from "../../src/prover/queue.js";
import { reportingUserErrors } from "./userErrors.js";

/** A logger printing `[worker] ...` lines: progress to stdout, errors to stderr. */
const workerLogger = {
  info: (m: string) => console.log(`[worker] ${m}`),
  warn: (m: string) => console.error(`[worker] WARNING: ${m}`),
  debug: () => {},
  error: (m: string) => console.error(`[worker] ERROR: ${m}`),
};

/**
 * `zkattn:worker`: src/prover/queue.ts `startQueueWorker` until SIGINT or SIGTERM. The first
 * signal stops taking jobs and lets the jobs in progress finish; a second one kills their proofs
 * (the queue gives those jobs to another worker once their locks expire).
 */
export const workerAction = reportingUserErrors(
  async (
    args: {
      queue: string;
      concurrency: number;
      queueName: string;
      buildDir: string;
      lockDuration: number;
      stalledInterval: number;
      maxStalledCount: number;
    },
    hre: HardhatRuntimeEnvironment,
  ): Promise<void> => {
    if (!args.queue)
      throw new ZkattnUserError("worker: pass --queue redis://host:port (the Redis of the queue)");
    const root = hre.config.paths.root;
    const worker = await startQueueWorker({
      redisUrl: args.queue,
      buildDir: path.resolve(root, args.buildDir || BUILD_DIR),
      queueName: args.queueName,
      concurrency: args.concurrency,
      lockDurationMs: args.lockDuration,
      stalledIntervalMs: args.stalledInterval,
      maxStalledCount: args.maxStalledCount,
      logger: workerLogger,
    });
    await new Promise<void>((resolve, reject) => {
      let signals = 0;
      const stop = (sig: NodeJS.Signals) => {
        signals++;
        const abandon = signals > 1;
        workerLogger.info(
          abandon
            ? `${sig} again: abandoning the jobs in progress (another worker retries them)`
            : `${sig}: finishing the jobs in progress, then exiting (send it again to abandon them)`,
        );
        worker.close(abandon).then(resolve, reject);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    workerLogger.info("stopped");
  },
);
