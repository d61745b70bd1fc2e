import type { TaskDefinition } from "hardhat/types/tasks";

/**
 * Every zkattn Hardhat task, registered by hardhat.config.ts. Each task module exports a
 * declarative definition whose action is imported lazily (STYLE.md: tasks are thin).
 */
export const zkattnTasks: TaskDefinition[] = [];
