/**
 * circom's R1CS binary format (iden3 r1csfile spec:
 * github.com/iden3/r1csfile/blob/master/doc/r1cs_bin_format.md), read with the iden3 `r1csfile`
 * package (the reader snarkjs itself uses): the header for the setup (number of constraints and
 * signals, prime) and the constraints for witness tests that edit a valid witness and require the
 * constraint check to fail (docs/circuits.md "How each step is constrained").
 *
 * Coefficients are field elements in standard form (bigint). Every error thrown here is an
 * `Error` whose message starts with `r1cs: `, except the user-facing ones of
 * {@link readR1csInfo}, which start with `setup: `.
 */
import { open } from "node:fs/promises";

import { F1Field } from "ffjavascript";
import { readR1cs as readR1csFile, readR1csHeader } from "r1csfile";
import { readBinFile } from "@iden3/binfileutils";

import { ZkattnUserError } from "../errors.js";

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

/**
 * The field of a prime as ffjavascript's bigint `F1Field`, so r1csfile does not build a
 * WebAssembly curve (and its worker threads) to read a file.
 */
const fieldOf = (prime: bigint) => new F1Field(prime);

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
 * Reads the header section of a .r1cs file (constraints are not loaded).
 * @throws ZkattnUserError `setup: ...` naming the file if it is missing or unreadable, not an r1cs
 *   file, of an unsupported version, or has no header section.
 */
export async function readR1csInfo(r1csPath: string): Promise<R1csInfo> {
  // binfileutils leaves its file handle open when the type check fails, so check it here first.
  let magic: string;
  try {
    const fh = await open(r1csPath, "r");
    try {
      const b = Buffer.alloc(4);
      await fh.read(b, 0, 4, 0);
      magic = b.toString("latin1");
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new ZkattnUserError(`setup: cannot read ${r1csPath}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  if (magic !== "r1cs")
    throw new ZkattnUserError(
      `setup: ${r1csPath} is not a circom .r1cs file (bad magic); compile the circuit with --r1cs`,
    );
  let opened: Awaited<ReturnType<typeof readBinFile>>;
  try {
    opened = await readBinFile(r1csPath, "r1cs", 1);
  } catch (e) {
    throw new ZkattnUserError(
      `setup: ${r1csPath} is not a readable r1cs file (${(e as Error).message}); compile the circuit with circom2 --r1cs`,
      { cause: e },
    );
  }
  const { fd, sections } = opened;
  try {
    if (!sections[1])
      throw new ZkattnUserError(
        `setup: ${r1csPath} has no r1cs header section; the file is truncated or corrupted`,
      );
    const h = await readR1csHeader(fd, sections, { getFieldFromPrime: fieldOf });
    return {
      nConstraints: h.nConstraints,
      nVars: h.nVars,
      nOutputs: h.nOutputs,
      nPubInputs: h.nPubInputs,
      nPrvInputs: h.nPrvInputs,
      prime: h.prime,
    };
  } finally {
    await fd.close();
  }
}

/**
 * Reads an .r1cs file (header and constraints sections).
 * @throws Error `r1cs: ...` if the file is not an R1CS v1 file.
 */
export async function readR1cs(path: string): Promise<R1cs> {
  let r: Awaited<ReturnType<typeof readR1csFile>>;
  try {
    r = await readR1csFile(path, {
      loadConstraints: true,
      loadMap: false,
      loadCustomGates: false,
      getFieldFromPrime: fieldOf,
    });
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  const lc = (o: Record<string, bigint>): LinearCombination => {
    const keys = Object.keys(o);
    const wires = new Uint32Array(keys.length);
    const coefs: bigint[] = new Array(keys.length);
    keys.forEach((k, i) => {
      wires[i] = Number(k);
      coefs[i] = o[k];
    });
    return { wires, coefs };
  };
  const constraints: R1cs["constraints"] = [];
  for (let i = 0; i < r.nConstraints; i++) {
    const [a, b, c] = r.constraints[i];
    constraints.push([lc(a), lc(b), lc(c)]);
  }
  return {
    prime: r.prime,
    nWires: r.nVars,
    nPubOut: r.nOutputs,
    nPubIn: r.nPubInputs,
    nPrvIn: r.nPrvInputs,
    constraints,
  };
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
