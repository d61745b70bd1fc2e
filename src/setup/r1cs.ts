import { open } from "node:fs/promises";

import { FR_MODULUS } from "./field.js";

/** Header of a circom .r1cs file (iden3 r1csfile format, section 1). */
export interface R1csInfo {
  /** Number of constraints. */
  nConstraints: number;
  /** Number of witness wires, including the constant-one wire. */
  nVars: number;
  /** Public outputs. */
  nOutputs: number;
  /** Public inputs. */
  nPubInputs: number;
  /** Private inputs. */
  nPrvInputs: number;
  /** Field prime the circuit was compiled for. */
  prime: bigint;
}

/**
 * Reads the header section of a .r1cs file (format: github.com/iden3/r1csfile, "r1cs" magic,
 * version 1; section 1 = n8, prime, nWires, nPubOut, nPubIn, nPrvIn, nLabels(u64), nConstraints).
 * @throws Error naming the file if it is not an r1cs file or has no header section.
 */
export async function readR1csInfo(r1csPath: string): Promise<R1csInfo> {
  const fh = await open(r1csPath, "r");
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(12);
    await fh.read(head, 0, 12, 0);
    if (head.toString("latin1", 0, 4) !== "r1cs") {
      throw new Error(
        `setup: ${r1csPath} is not a circom .r1cs file (bad magic); compile the circuit with --r1cs`,
      );
    }
    const nSections = head.readUInt32LE(8);
    let pos = 12;
    for (let i = 0; i < nSections && pos + 12 <= size; i++) {
      const sh = Buffer.alloc(12);
      await fh.read(sh, 0, 12, pos);
      const id = sh.readUInt32LE(0);
      const len = Number(sh.readBigUInt64LE(4));
      if (id === 1) {
        const body = Buffer.alloc(Math.min(len, 256));
        await fh.read(body, 0, body.length, pos + 12);
        const n8 = body.readUInt32LE(0);
        let prime = 0n;
        for (let k = n8 - 1; k >= 0; k--) prime = (prime << 8n) | BigInt(body[4 + k]);
        const o = 4 + n8;
        return {
          nVars: body.readUInt32LE(o),
          nOutputs: body.readUInt32LE(o + 4),
          nPubInputs: body.readUInt32LE(o + 8),
          nPrvInputs: body.readUInt32LE(o + 12),
          nConstraints: body.readUInt32LE(o + 24),
          prime,
        };
      }
      pos += 12 + len;
    }
    throw new Error(
      `setup: ${r1csPath} has no r1cs header section; the file is truncated or corrupted`,
    );
  } finally {
    await fh.close();
  }
}

/**
 * The smallest ptau power that can serve this circuit in snarkjs Groth16:
 * `ceil(log2(nConstraints + nPubInputs + nOutputs + 1))` (snarkjs 0.7.6 zkey_new.js `cirPower`:
 * one extra row per public signal and one for the constant, rounded up to a power of two),
 * at least 1.
 * @throws Error if the circuit was not compiled for BN254 (the only curve zkattn supports).
 */
export function requiredPtauPower(info: R1csInfo): number {
  if (info.prime !== FR_MODULUS) {
    throw new Error(
      `setup: the circuit was compiled for prime ${info.prime}, not BN254; compile with circom's default prime (bn128)`,
    );
  }
  const rows = info.nConstraints + info.nPubInputs + info.nOutputs + 1;
  let p = 1;
  while (2 ** p < rows) p++;
  return p;
}
