import type { TaskDefinition } from "hardhat/types/tasks";

import { deployTasks } from "./deploy.js";
import { importTasks } from "./import.js";
import { queueTasks } from "./queue.js";
import { setupTasks } from "./setup.js";
import { proverTasks } from "./zkattn.js";

/**
 * Every zkattn Hardhat task, registered by hardhat.config.ts. Each task module exports
 * declarative definitions whose actions are imported lazily (docs/design.md "Conventions": tasks are thin).
 */
export const zkattnTasks: TaskDefinition[] = [
  ...setupTasks,
  ...deployTasks,
  ...proverTasks,
  ...importTasks,
  ...queueTasks,
];
