/**
 * A small circomkit-style witness tester (circomkit's WitnessTester vocabulary): compile once
 * (cached in build/ by content hash), expectPass against independently computed values,
 * expectFail on inputs the circuit must reject, editWitness + expectConstraintFail to attack
 * soundness, and the constraint count.
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "chai";

import { compileCircuit, compileKey } from "../../src/circom/compile.js";
import { firstViolatedConstraint, readR1cs, type R1cs } from "../../src/circuit/r1cs.js";
import {
  expectedSignals,
  loadWitnessCalculator,
  readSymbols,
  type CircuitInput,
  type WitnessCalculator,
} from "../../src/circuit/witness.js";
import type { IntAttentionTrace } from "../../src/quant/types.js";

/** Repository root (the cwd circom2 must run in). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Short build key of a test circuit: src/circom/compile.ts `compileKey` (the circuit, every file
 * it includes, the toolchain versions, the optimization level), as the prover's cache uses.
 */
function buildKey(circuit: string, optimization: 1 | 2): string {
  return compileKey(ROOT, circuit, optimization).slice(0, 16);
}

/** A compiled circuit with its witness calculator, constraint system and signal names. */
export class CircuitTester {
  constructor(
    readonly name: string,
    readonly r1cs: R1cs,
    readonly symbols: Map<string, number>,
    private readonly calculator: WitnessCalculator,
    /** Seconds the compile took (0 when the build came from the cache). */
    readonly compileSeconds: number,
  ) {}

  /** Number of R1CS constraints. */
  get constraintCount(): number {
    return this.r1cs.constraints.length;
  }

  /** Computes the witness; throws if a constraint checked during witness generation fails. */
  witness(input: CircuitInput): Promise<bigint[]> {
    return this.calculator.calculateWitness(input, true);
  }

  /** Computes the witness and requires every R1CS constraint to hold. Returns the witness. */
  async expectPass(input: CircuitInput): Promise<bigint[]> {
    const w = await this.witness(input);
    expect(
      firstViolatedConstraint(this.r1cs, w),
      `${this.name}: first violated constraint`,
    ).to.equal(-1);
    return w;
  }

  /** circom's accumulated error lines after the previous failure (see {@link failureMessage}). */
  private earlierErrors = "";

  /**
   * Requires witness generation to fail and returns its message as if the calculator were fresh:
   * circom's generated witness_calculator.js reports `<kind>.\n` followed by every
   * "Error in template ..." line since it was loaded (it never clears them), so the lines of
   * earlier failures are cut off and only the kind and the lines this failure added remain.
   */
  async failureMessage(input: CircuitInput): Promise<string> {
    let error: unknown;
    try {
      await this.witness(input);
    } catch (e) {
      error = e;
    }
    expect(error, `${this.name}: witness generation should fail`).to.be.instanceOf(Error);
    const text = (error as Error).message;
    const kindEnd = text.indexOf("\n") + 1;
    const lines = text.slice(kindEnd);
    const added = lines.startsWith(this.earlierErrors)
      ? lines.slice(this.earlierErrors.length)
      : lines;
    this.earlierErrors = lines;
    return text.slice(0, kindEnd) + added;
  }

  /** Requires witness generation to fail with a {@link failureMessage} containing `message` (e.g. "Assert Failed"). */
  async expectFail(input: CircuitInput, message: string): Promise<void> {
    expect(await this.failureMessage(input)).to.contain(message);
  }

  /** Wire index of a signal by full name (e.g. `main.delta[3]`); throws if the optimizer removed it. */
  wire(name: string): number {
    const w = this.symbols.get(name);
    if (w === undefined) throw new Error(`harness: ${this.name} has no wire for signal ${name}`);
    return w;
  }

  /** Value of a named signal in a witness. */
  read(w: readonly bigint[], name: string): bigint {
    return w[this.wire(name)];
  }

  /** A copy of the witness with the given signals replaced (values reduced into the field). */
  editWitness(w: readonly bigint[], edits: Record<string, bigint>): bigint[] {
    const out = [...w];
    const p = this.r1cs.prime;
    for (const [name, v] of Object.entries(edits)) out[this.wire(name)] = ((v % p) + p) % p;
    return out;
  }

  /** Requires the (edited) witness to violate at least one constraint. */
  expectConstraintFail(w: readonly bigint[]): void {
    expect(
      firstViolatedConstraint(this.r1cs, w),
      `${this.name}: an edited witness must violate a constraint`,
    ).to.be.at.least(0);
  }

  /** Requires the witness to satisfy every constraint. */
  expectConstraintPass(w: readonly bigint[]): void {
    expect(
      firstViolatedConstraint(this.r1cs, w),
      `${this.name}: first violated constraint`,
    ).to.equal(-1);
  }
}

/**
 * Compiles `circuit` (path relative to the repo root) into build/circuits/<name>-<hash>/ unless
 * that build already exists, and loads it.
 */
export async function compileTester(
  circuit: string,
  optimization: 1 | 2 = 1,
): Promise<CircuitTester> {
  const base = path.basename(circuit, ".circom");
  const outDir = path.join(
    "build",
    "circuits",
    `${base}-O${optimization}-${buildKey(circuit, optimization)}`,
  );
  const r1csPath = path.join(ROOT, outDir, `${base}.r1cs`);
  const wasmPath = path.join(ROOT, outDir, `${base}_js`, `${base}.wasm`);
  const symPath = path.join(ROOT, outDir, `${base}.sym`);
  let seconds = 0;
  if (!existsSync(r1csPath) || !existsSync(wasmPath) || !existsSync(symPath)) {
    // Compile into a temporary folder and rename it, so an interrupted build is never reused.
    const tmpDir = `${outDir}.tmp-${process.pid}`;
    await rm(path.join(ROOT, tmpDir), { recursive: true, force: true });
    seconds = (await compileCircuit({ circuit, outDir: tmpDir, root: ROOT, optimization })).seconds;
    await rm(path.join(ROOT, outDir), { recursive: true, force: true });
    await rename(path.join(ROOT, tmpDir), path.join(ROOT, outDir));
  }
  const [r1cs, symbols, calculator] = await Promise.all([
    readR1cs(r1csPath),
    readSymbols(symPath),
    loadWitnessCalculator(wasmPath),
  ]);
  return new CircuitTester(base, r1cs, symbols, calculator, seconds);
}

/**
 * Requires every named intermediate of the integer reference (docs/integer-attention.md) to equal
 * the witness, signal by signal, under `prefix` (e.g. `main`). `--O1` merges signals that are
 * constrained equal; the only named signals that can lose their wire that way are the row max and
 * row sum of one-key rows (t = 0), which equal scoresQ[h][0][0] and exp[h][0][0] by construction:
 * for those the reference relation is checked instead, and any other missing name fails.
 * @returns the number of signals compared.
 */
export function expectNamedSignals(
  c: CircuitTester,
  w: readonly bigint[],
  trace: IntAttentionTrace,
  prefix = "main",
): number {
  const expected = expectedSignals(trace, prefix);
  let compared = 0;
  const mismatches: string[] = [];
  for (const [name, value] of expected) {
    const wire = c.symbols.get(name);
    if (wire === undefined) {
      const m = /^.*\.(rowMax|rowSum)\[(\d+)\]\[0\]$/.exec(name);
      expect(m, `${c.name}: named signal ${name} has no wire`).to.not.equal(null);
      const h = Number(m![2]);
      if (m![1] === "rowMax") expect(trace.rowMax[h][0]).to.equal(trace.scoresQ[h][0][0]);
      else expect(trace.rowSum[h][0]).to.equal(trace.exp[h][0][0]);
      continue;
    }
    compared++;
    if (w[wire] !== value) mismatches.push(`${name}: witness ${w[wire]}, reference ${value}`);
  }
  expect(mismatches, `${c.name}: named signals differing from the integer reference`).to.deep.equal(
    [],
  );
  return compared;
}
