import { open } from "node:fs/promises";
import path from "node:path";

import { FQ_MODULUS } from "./field.js";
import { hashFile } from "./hashes.js";
import type { ProgressReporter } from "./progress.js";
import { PUBLISHED_PTAU, type PublishedPtau } from "./publishedPtau.js";

/** Structure of a snarkjs .ptau file, read from its header and section table. */
export interface PtauInfo {
  /** Power P: supports circuits with up to 2^P constraints. */
  power: number;
  /** Power of the ceremony the file was truncated from (header field). */
  ceremonyPower: number;
  /** Whether the phase-2 (Lagrange) sections 12–15 are present. */
  prepared: boolean;
  /** File size in bytes. */
  size: number;
}

/**
 * Section sizes in bytes that a prepared ptau of power P must have
 * (snarkjs 0.7.6 powersoftau_new.js and powersoftau_preparephase2.js; M = 2^P, G1 point 64 B,
 * G2 point 128 B).
 */
export function expectedPtauSectionBytes(power: number): Record<number, number> {
  const M = 2 ** power;
  return {
    2: (2 * M - 1) * 64,
    3: M * 128,
    4: M * 64,
    5: M * 64,
    6: 128,
    12: (4 * M - 1) * 64,
    13: (2 * M - 1) * 128,
    14: (2 * M - 1) * 64,
    15: (2 * M - 1) * 64,
  };
}

/**
 * Reads and checks the structure of a .ptau file without reading its points: magic, the
 * section table against the file size (truncation), the BN254 header, and the sizes of the
 * point sections against the power in the header.
 * @throws Error `setup: <file> is truncated ...` / `... is not a snarkjs .ptau file` /
 *   `... is corrupted ...` with the fix.
 */
export async function inspectPtau(ptauPath: string): Promise<PtauInfo> {
  const name = path.basename(ptauPath);
  const fh = await open(ptauPath, "r");
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(12);
    const { bytesRead } = await fh.read(head, 0, 12, 0);
    if (bytesRead < 12 || head.toString("latin1", 0, 4) !== "ptau") {
      throw new Error(
        `setup: ${name} is not a snarkjs .ptau file (no "ptau" magic); pass a powers-of-tau file such as powersOfTau28_hez_final_NN.ptau`,
      );
    }
    const nSections = head.readUInt32LE(8);
    const sections = new Map<number, { pos: number; len: number }>();
    let pos = 12;
    for (let i = 0; i < nSections; i++) {
      if (pos + 12 > size) {
        throw new Error(
          `setup: ${name} is truncated: it declares ${nSections} sections but ends after ${i} (${size} bytes); download or copy the file again`,
        );
      }
      const sh = Buffer.alloc(12);
      await fh.read(sh, 0, 12, pos);
      const id = sh.readUInt32LE(0);
      const len = Number(sh.readBigUInt64LE(4));
      if (pos + 12 + len > size) {
        throw new Error(
          `setup: ${name} is truncated: section ${id} needs ${len} bytes but only ${size - pos - 12} remain; download or copy the file again`,
        );
      }
      sections.set(id, { pos: pos + 12, len });
      pos += 12 + len;
    }
    const hdr = sections.get(1);
    if (!hdr) throw new Error(`setup: ${name} is corrupted: it has no header section`);
    const body = Buffer.alloc(hdr.len);
    await fh.read(body, 0, hdr.len, hdr.pos);
    const n8 = body.readUInt32LE(0);
    let q = 0n;
    for (let k = n8 - 1; k >= 0; k--) q = (q << 8n) | BigInt(body[4 + k]);
    if (q !== FQ_MODULUS) {
      throw new Error(
        `setup: ${name} is not a BN254 ptau (base field ${q}); zkattn needs a bn128/BN254 ceremony file`,
      );
    }
    const power = body.readUInt32LE(4 + n8);
    const ceremonyPower = body.readUInt32LE(8 + n8);
    const expected = expectedPtauSectionBytes(power);
    const prepared = sections.has(12);
    for (const [id, bytes] of Object.entries(expected)) {
      const s = sections.get(Number(id));
      if (!s) {
        if (Number(id) >= 12) continue;
        throw new Error(`setup: ${name} is corrupted: section ${id} is missing`);
      }
      if (s.len !== bytes) {
        throw new Error(
          `setup: ${name} is corrupted: section ${id} has ${s.len} bytes, a power-${power} ptau has ${bytes}`,
        );
      }
    }
    return { power, ceremonyPower, prepared, size };
  } finally {
    await fh.close();
  }
}

/** Where a ptau file's identity comes from. */
export type PtauSource =
  { kind: "published"; entry: PublishedPtau } | { kind: "unlisted" } | { kind: "development" };

/** Options for {@link checkProductionPtau}. */
export interface CheckPtauOptions {
  ptauPath: string;
  /** Minimum power the circuit needs ({@link requiredPtauPower}). */
  requiredPower: number;
  /** Number of constraints (for the error message only). */
  nConstraints: number;
  /**
   * Accept a structurally valid ptau whose hash is not in the published table (your own
   * ceremony). Off by default: an unknown file could come from anyone, including someone who
   * kept its toxic waste.
   */
  allowUnlistedPtau?: boolean;
  /** Table of trusted hashes; default {@link PUBLISHED_PTAU} (tests inject their own). */
  published?: readonly PublishedPtau[];
  /** Progress of hashing the file. */
  progress?: ProgressReporter;
}

/** Result of {@link checkProductionPtau}. */
export interface CheckedPtau extends PtauInfo {
  blake2b512: string;
  source: PtauSource;
}

/**
 * Checks a ceremony ptau for a production setup, cheapest checks first:
 *  1. structure (truncation, section sizes) — {@link inspectPtau};
 *  2. power ≥ the circuit's power;
 *  3. phase-2 sections present;
 *  4. blake2b-512 of the whole file against the published table: a file named like a
 *     published file must have its hash; any other file must have a published hash unless
 *     `allowUnlistedPtau`.
 * @throws Error prefixed `setup:` naming the problem and the fix (see docs/setup.md).
 */
export async function checkProductionPtau(opts: CheckPtauOptions): Promise<CheckedPtau> {
  const name = path.basename(opts.ptauPath);
  const info = await inspectPtau(opts.ptauPath);
  const table = opts.published ?? PUBLISHED_PTAU;
  const suggestion = table
    .filter((e) => e.power >= opts.requiredPower)
    .sort((a, b) => a.power - b.power)[0];
  const hint = suggestion ? ` (e.g. ${suggestion.fileName})` : "";
  if (info.power < opts.requiredPower) {
    throw new Error(
      `setup: ptau power ${info.power} is too small for ${opts.nConstraints} constraints; need power ${opts.requiredPower}${hint}`,
    );
  }
  if (!info.prepared) {
    throw new Error(
      `setup: ${name} is not prepared for phase 2 (no Lagrange sections); run \`snarkjs powersoftau prepare phase2\` on it or use a *_final_NN.ptau file`,
    );
  }
  const blake2b512 = await hashFile(opts.ptauPath, "blake2b512", opts.progress);
  const byHash = table.find((e) => e.blake2b512 === blake2b512);
  if (byHash) {
    if (byHash.power !== info.power) {
      throw new Error(
        `setup: ${name} has the hash of ${byHash.fileName} (power ${byHash.power}) but its header says power ${info.power}; the file is corrupted`,
      );
    }
    return { ...info, blake2b512, source: { kind: "published", entry: byHash } };
  }
  const byName = table.find((e) => e.fileName === name);
  if (byName) {
    throw new Error(
      `setup: ${name} does not match its published blake2b-512 hash (expected ${byName.blake2b512.slice(0, 16)}…, got ${blake2b512.slice(0, 16)}…); the file is corrupted or not the published one: download it again from ${byName.url}`,
    );
  }
  if (!opts.allowUnlistedPtau) {
    throw new Error(
      `setup: ${name} has an unknown blake2b-512 hash (${blake2b512.slice(0, 16)}…) that is not in the published ceremony table; use a published file${hint} or, for your own ceremony, pass --allow-unlisted-ptau`,
    );
  }
  return { ...info, blake2b512, source: { kind: "unlisted" } };
}
