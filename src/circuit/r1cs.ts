/**
 * A minimal reader and checker of circom's R1CS binary format (iden3 r1csfile spec:
 * github.com/iden3/r1csfile/blob/master/doc/r1cs_bin_format.md), for witness tests that edit a
 * valid witness and require the constraint check to fail (DESIGN.md "Soundness rules").
 *
 * Coefficients are read as plain little-endian integers (the file stores them in standard form,
 * not Montgomery). Every error thrown here is an `Error` whose message starts with `r1cs: `.
 */
import { readFile } from "node:fs/promises";

/** One linear combination: parallel arrays of wire indices and coefficients. */
export interface LinearCombination {
  wires: Uint32Array;
  coefs: bigint[];
}

/** A parsed constraint system: A·w × B·w = C·w (mod prime) for every constraint. */
export interface R1cs {
  prime: bigint;
  nWires: number;
  nPubOut: number;
  nPubIn: number;
  nPrvIn: number;
  constraints: [LinearCombination, LinearCombination, LinearCombination][];
}

function fail(msg: string): never {
  throw new Error(`r1cs: ${msg}`);
}

function readLE(buf: Buffer, off: number, n8: number): bigint {
  let v = 0n;
  for (let i = n8 - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[off + i]);
  return v;
}

/**
 * Reads an .r1cs file (header and constraints sections).
 * @throws Error if the magic, version or sections are not those of an R1CS v1 file.
 */
export async function readR1cs(path: string): Promise<R1cs> {
  const buf = await readFile(path);
  if (buf.toString("ascii", 0, 4) !== "r1cs") fail(`${path} is not an r1cs file (bad magic)`);
  if (buf.readUInt32LE(4) !== 1) fail(`${path}: unsupported r1cs version ${buf.readUInt32LE(4)}`);
  const nSections = buf.readUInt32LE(8);
  let pos = 12;
  const sections = new Map<number, { start: number; size: number }>();
  for (let s = 0; s < nSections; s++) {
    const type = buf.readUInt32LE(pos);
    const size = Number(buf.readBigUInt64LE(pos + 4));
    sections.set(type, { start: pos + 12, size });
    pos += 12 + size;
  }
  const header = sections.get(1) ?? fail(`${path}: no header section`);
  let h = header.start;
  const n8 = buf.readUInt32LE(h);
  const prime = readLE(buf, h + 4, n8);
  h += 4 + n8;
  const nWires = buf.readUInt32LE(h);
  const nPubOut = buf.readUInt32LE(h + 4);
  const nPubIn = buf.readUInt32LE(h + 8);
  const nPrvIn = buf.readUInt32LE(h + 12);
  const nConstraints = buf.readUInt32LE(h + 24);
  const cs = sections.get(2) ?? fail(`${path}: no constraints section`);
  let c = cs.start;
  const readLc = (): LinearCombination => {
    const n = buf.readUInt32LE(c);
    c += 4;
    const wires = new Uint32Array(n);
    const coefs: bigint[] = new Array(n);
    for (let i = 0; i < n; i++) {
      wires[i] = buf.readUInt32LE(c);
      coefs[i] = readLE(buf, c + 4, n8);
      c += 4 + n8;
    }
    return { wires, coefs };
  };
  const constraints: R1cs["constraints"] = [];
  for (let i = 0; i < nConstraints; i++) constraints.push([readLc(), readLc(), readLc()]);
  return { prime, nWires, nPubOut, nPubIn, nPrvIn, constraints };
}

function evalLc(lc: LinearCombination, w: readonly bigint[], p: bigint): bigint {
  let s = 0n;
  for (let i = 0; i < lc.wires.length; i++) s += lc.coefs[i] * w[lc.wires[i]];
  return s % p;
}

/**
 * Returns the index of the first constraint the witness violates, or −1 if it satisfies all.
 * @param witness wire values (wire 0 must be 1), length nWires.
 * @throws Error if the witness length differs from the number of wires or wire 0 is not 1.
 */
export function firstViolatedConstraint(r1cs: R1cs, witness: readonly bigint[]): number {
  if (witness.length !== r1cs.nWires)
    fail(`witness has ${witness.length} wires, the r1cs ${r1cs.nWires}`);
  if (witness[0] !== 1n) fail(`witness wire 0 is ${witness[0]}, must be 1`);
  const p = r1cs.prime;
  for (let i = 0; i < r1cs.constraints.length; i++) {
    const [a, b, c] = r1cs.constraints[i];
    if ((evalLc(a, witness, p) * evalLc(b, witness, p) - evalLc(c, witness, p)) % p !== 0n)
      return i;
  }
  return -1;
}
