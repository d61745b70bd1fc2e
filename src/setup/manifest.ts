import { readFile } from "node:fs/promises";

import { writeTextAtomically } from "./fsutil.js";

/** Kind of trusted setup behind a zkey. */
export type SetupKind = "development" | "production";

/** Manifest schema identifier; bump on incompatible changes. */
export const MANIFEST_SCHEMA = "zkattn-setup-manifest/v1";

/** The loud warning every development artifact carries. */
export const DEV_WARNING =
  "DEVELOPMENT SETUP - NOT SECURE: the toxic waste was generated on a single machine from a known seed; anyone who knows the seed can forge proofs. Never deploy these keys to a network with value at stake.";

/**
 * build/<circuit>/manifest.json: what the keys in this directory were made from.
 * Paths are relative to the manifest's directory unless absolute (ptau files may live
 * elsewhere). Hashes are 0x-prefixed lowercase hex unless named otherwise.
 */
export interface SetupManifest {
  schema: typeof MANIFEST_SCHEMA;
  /** Circuit name (the .circom file's base name). */
  circuit: string;
  setupKind: SetupKind;
  /** Present (and loud) for development setups only. */
  warning?: string;
  /** keccak256 of the .r1cs bytes (see hashes.ts `circuitHashOf`), bytes32. */
  circuitHash: string;
  /** keccak256 of the verifier's VK words (see vkHash.ts), bytes32. */
  vkHash: string;
  r1cs: { file: string; nConstraints: number; nPublic: number; power: number };
  wasm?: { file: string };
  /**
   * The ptau the keys were made from. Absent for a development setup: its zkey is computed
   * directly from the toxic waste (devZkey.ts) and no ptau file exists; scripts/setup/verify.ts
   * makes the seed's development ptau to check it.
   */
  ptau?: {
    file: string;
    power: number;
    /** blake2b-512 of the whole ptau file, hex without 0x (the convention of the published table). */
    blake2b512: string;
    source: "development" | "published" | "unlisted";
    /** Published file name when source is "published". */
    publishedName?: string;
  };
  zkey: { file: string; sha256: string };
  vkey: { file: string };
  phase2: { contributions: string[]; beacon: { hashHex: string; iterationsExp: number } | null };
  /** Development only: where the phase-1 seed came from ("default", "explicit" or "random"). */
  devSeed?: "default" | "explicit" | "random";
  /** Fingerprint of the setup inputs; a re-run with the same key may reuse the zkey. */
  inputsKey: string;
  snarkjsVersion: string;
}

/** Reads a manifest, or undefined if absent or not a zkattn v1 manifest. */
export async function readManifest(file: string): Promise<SetupManifest | undefined> {
  try {
    const m = JSON.parse(await readFile(file, "utf8")) as SetupManifest;
    return m.schema === MANIFEST_SCHEMA ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a manifest atomically, pretty-printed. */
export async function writeManifest(file: string, m: SetupManifest): Promise<void> {
  await writeTextAtomically(file, JSON.stringify(m, null, 2) + "\n");
}
