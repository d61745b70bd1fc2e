/**
 * Shared helpers of the stage circuit tests: write a standalone stage circuit
 * (src/stages/standalone.ts) under build/ and compile it with the witness tester, and compare
 * the emission's named intermediates with the integer reference's trace.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import type { StandaloneCircuit } from "../../../src/stages/standalone.js";
import { compileTester, ROOT, type CircuitTester } from "../harness.js";
import { seededRandom as rng } from "../../../src/random.js";

export { rng };

/** Writes `circuit.source` to build/circuits/src/stages/<name>.circom (if changed); returns the path. */
export async function writeStandalone(name: string, circuit: StandaloneCircuit): Promise<string> {
  const rel = `build/circuits/src/stages/${name}.circom`;
  const file = path.join(ROOT, rel);
  await mkdir(path.dirname(file), { recursive: true });
  const old = await readFile(file, "utf8").catch(() => "");
  if (old !== circuit.source) {
    await writeFile(`${file}.tmp`, circuit.source);
    await rename(`${file}.tmp`, file);
  }
  return rel;
}

/** Compiles a standalone stage circuit at --O1 (values, edits) and --O2 (constraint count). */
export async function compileStage(
  name: string,
  circuit: StandaloneCircuit,
): Promise<{ o1: CircuitTester; o2: CircuitTester }> {
  const rel = await writeStandalone(name, circuit);
  return { o1: await compileTester(rel, 1), o2: await compileTester(rel, 2) };
}

type Nested = number | bigint | string | Nested[];

/** Nested arrays of integers as the witness calculator's decimal strings. */
export function str(v: Nested): string | string[] | string[][] {
  if (Array.isArray(v)) return v.map((x) => str(x)) as string[] | string[][];
  return v.toString();
}

/** Flattens a value of a trace field into [index suffix, value] pairs (`[t][i]`). */
function flatten(v: unknown, prefix = ""): [string, bigint][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => flatten(x, `${prefix}[${i}]`));
  return [[prefix, BigInt(v as number | bigint)]];
}

/**
 * Requires every named intermediate the emission lists to equal the trace field it names, value
 * by value (`main.<signal>[t][i]`); returns the number of values compared. A name without a wire
 * fails unless `constantOk(signal)` says the optimizer removed it as a compile-time constant, in
 * which case the caller checks it otherwise.
 */
export function expectSignalsEqualTrace(
  c: CircuitTester,
  w: readonly bigint[],
  signals: readonly { signal: string; traceField: string }[],
  trace: object,
  constantOk: (signal: string) => boolean = () => false,
): number {
  const p = c.r1cs.prime;
  const mismatches: string[] = [];
  let compared = 0;
  for (const { signal, traceField } of signals) {
    const values = (trace as Record<string, unknown>)[traceField];
    expect(values, `trace field ${traceField}`).to.not.equal(undefined);
    for (const [suffix, v] of flatten(values)) {
      const name = `main.${signal}${suffix}`;
      const wire = c.symbols.get(name);
      if (wire === undefined) {
        expect(constantOk(signal), `${name} has no wire`).to.equal(true);
        continue;
      }
      compared++;
      const want = ((v % p) + p) % p;
      if (w[wire] !== want) mismatches.push(`${name}: witness ${w[wire]}, reference ${v}`);
    }
  }
  expect(mismatches, "named signals differing from the integer reference").to.deep.equal([]);
  return compared;
}

/** A [rows][cols] matrix of integers uniform in [lo, hi] from seed. */
export function randomInts(rows: number, cols: number, seed: number, lo: number, hi: number) {
  const r = rng(seed);
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => lo + Math.floor(r() * (hi - lo + 1))),
  );
}
