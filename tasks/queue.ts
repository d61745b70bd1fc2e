import { task } from "hardhat/config";
import { ArgumentType } from "hardhat/types/arguments";
import type { TaskDefinition } from "hardhat/types/tasks";

import { DEFAULT_QUEUE_NAME, QUEUE_DEFAULTS } from "../src/prover/queue.js";

/**
 * Segment-proving worker task (docs/prover.md "Proving segments in parallel"). Declarative; the
 * action in tasks/actions/queue.ts is imported lazily and calls src/prover/queue.ts.
 */
export const queueTasks: TaskDefinition[] = [
  task(
    "zkattn:worker",
    "Prove segment jobs from a BullMQ queue on Redis, with this machine's build/ artifacts (found by content hash); stops on SIGINT/SIGTERM after the jobs in progress (twice: at once)",
  )
    .addOption({
      name: "queue",
      description: "Redis URL of the queue, e.g. redis://10.0.0.5:6379",
      defaultValue: "",
    })
    .addOption({
      name: "concurrency",
      description: "Jobs proved at once, each in its own process",
      type: ArgumentType.INT,
      defaultValue: 1,
    })
    .addOption({
      name: "queueName",
      description: "BullMQ queue name",
      defaultValue: DEFAULT_QUEUE_NAME,
    })
    .addOption({
      name: "buildDir",
      description: "Folder holding build/<circuit>/ directories; empty means the project's build/",
      defaultValue: "",
    })
    .addOption({
      name: "lockDuration",
      description:
        "Milliseconds a job's lock lasts without renewal (renewed every half of it); a dead worker's job is retried after it expires",
      type: ArgumentType.INT,
      defaultValue: QUEUE_DEFAULTS.lockDurationMs,
    })
    .addOption({
      name: "stalledInterval",
      description: "Milliseconds between this worker's checks for jobs whose lock expired",
      type: ArgumentType.INT,
      defaultValue: QUEUE_DEFAULTS.stalledIntervalMs,
    })
    .addOption({
      name: "maxStalledCount",
      description: "Times a job may be taken back from a dead worker before it fails",
      type: ArgumentType.INT,
      defaultValue: QUEUE_DEFAULTS.maxStalledCount,
    })
    .setAction(() => import("./actions/queue.js").then((m) => ({ default: m.workerAction })))
    .build(),
];
