/**
 * Where zkattn's deployment state lives on a persistent chain (docs/deploy.md):
 *
 * - Hardhat Ignition's own deployment folder `<ignitionDir>/deployments/<deploymentId>/`
 *   (default id `chain-<chainId>`, Ignition's `resolveDeploymentId`): `journal.jsonl` and
 *   `deployed_addresses.json` (future id -> address) for the contracts of deploy/*.ts.
 * - zkattn's record `zkattn.json` in that same folder: the verifier routes and models zkattn
 *   added, with their modelIds. It lives next to Ignition's files so that deleting the folder
 *   resets both together. It is a log for people and tools; the chain stays the source of truth
 *   (ensure* functions always read the registry).
 *
 * The in-process network (`edr-simulated`) keeps nothing on disk: Ignition deploys it with an
 * ephemeral journal.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

import { writeTextAtomically } from "../setup/fsutil.js";

/** Where deployments are recorded: Hardhat's `config.paths.ignition` and an optional deployment id. */
export interface DeployEnv {
  /**
   * Hardhat Ignition's directory: must be `hre.config.paths.ignition` (default `<root>/ignition`),
   * the folder Ignition itself writes to.
   */
  ignitionDir: string;
  /**
   * Ignition deployment id; default `chain-<chainId>` as Ignition's own default, so the zkattn
   * tasks and `npx hardhat ignition deploy` share one deployment per chain.
   */
  deploymentId?: string;
  /** Receives one line per action (deployed, reused, registered...). Default: silent. */
  log?: (line: string) => void;
}

/** Ignition's default deployment id for `chainId` (`resolveDeploymentId` in hardhat-ignition). */
export function deploymentIdOf(env: DeployEnv, chainId: number): string {
  return env.deploymentId ?? `chain-${chainId}`;
}

/** The Ignition deployment folder of `chainId`: `<ignitionDir>/deployments/<deploymentId>`. */
export function deploymentDirOf(env: DeployEnv, chainId: number): string {
  return path.join(env.ignitionDir, "deployments", deploymentIdOf(env, chainId));
}

/**
 * Ignition's `deployed_addresses.json` of a deployment folder: future id (e.g.
 * `ModelRegistryModule#ModelRegistry`) -> checksummed address; empty if nothing was deployed.
 * @throws Error `deploy: ...` if the file exists but is not a JSON object of strings.
 */
export async function readRecordedAddresses(
  deploymentDir: string,
): Promise<Record<string, string>> {
  const file = path.join(deploymentDir, "deployed_addresses.json");
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Error(
      `deploy: ${file} is not valid JSON (${(e as Error).message}); delete ${deploymentDir} to start a new deployment`,
    );
  }
  if (
    parsed === null ||
    typeof parsed !== "object" ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((v) => typeof v === "string")
  ) {
    throw new Error(
      `deploy: ${file} is not a map of future ids to addresses; delete ${deploymentDir} to start a new deployment`,
    );
  }
  return parsed as Record<string, string>;
}

/** Schema tag of {@link ZkattnRecord}; bump on incompatible changes. */
export const ZKATTN_RECORD_SCHEMA = "zkattn-deployment/v1";
/** File name of {@link ZkattnRecord} inside the Ignition deployment folder. */
export const ZKATTN_RECORD_FILE = "zkattn.json";

/** A verifier route zkattn added (or found) in the registry. Hashes are 0x bytes32 hex. */
export interface RecordedRoute {
  circuitHash: string;
  vkHash: string;
  verifier: string;
  /** Generated contract name, e.g. `GptNanoSortLayer0Verifier` (empty if the route was found). */
  contractName: string;
}

/** A model zkattn registered (or found) in the registry: its current commitment. */
export interface RecordedModel {
  /** Decimal string (a uint256). */
  modelId: string;
  modelHash: string;
  circuitHash: string;
  vkHash: string;
  uri: string;
  owner: string;
  /** Number of versions after the last zkattn action (1 = as registered). */
  versions: number;
}

/** `<deployment folder>/zkattn.json`: what zkattn registered on one chain. */
export interface ZkattnRecord {
  schema: typeof ZKATTN_RECORD_SCHEMA;
  chainId: number;
  /** The registry the routes and modelIds below belong to. */
  registry: string;
  bounty?: string;
  /** Routes by `<circuitHash>:<vkHash>`. */
  routes: Record<string, RecordedRoute>;
  /** Models by name (e.g. `gpt-nano-sort/layer0`, or the modelHash when unnamed). */
  models: Record<string, RecordedModel>;
}

/**
 * Reads `zkattn.json` of a deployment folder, or undefined if absent.
 * @throws Error `deploy: ...` if it exists but is not a zkattn v1 record.
 */
export async function readZkattnRecord(deploymentDir: string): Promise<ZkattnRecord | undefined> {
  const file = path.join(deploymentDir, ZKATTN_RECORD_FILE);
  if (!existsSync(file)) return undefined;
  let parsed: ZkattnRecord;
  try {
    parsed = JSON.parse(await readFile(file, "utf8")) as ZkattnRecord;
  } catch (e) {
    throw new Error(
      `deploy: ${file} is not valid JSON (${(e as Error).message}); delete it, the next register-model rewrites it`,
    );
  }
  if (parsed.schema !== ZKATTN_RECORD_SCHEMA) {
    throw new Error(
      `deploy: ${file} has schema ${JSON.stringify(parsed.schema)}, not ${ZKATTN_RECORD_SCHEMA}; delete it, the next register-model rewrites it`,
    );
  }
  return parsed;
}

/** Writes `zkattn.json` atomically (temp file + rename), pretty-printed. */
export async function writeZkattnRecord(
  deploymentDir: string,
  record: ZkattnRecord,
): Promise<void> {
  await mkdir(deploymentDir, { recursive: true });
  await writeTextAtomically(
    path.join(deploymentDir, ZKATTN_RECORD_FILE),
    JSON.stringify(record, null, 2) + "\n",
  );
}
