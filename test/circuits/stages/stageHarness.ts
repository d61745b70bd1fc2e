/**
 * Shared helpers of the stage-circuit tests: compile one stage's emission as a standalone circuit
 * (src/stages/standalone.ts) under build/stages/ (git-ignored) at --O1 (values, witness edits)
 * and --O2 (the production constraint count), and compare named signals with a reference trace.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import type { EmitContext, StageEmission } from "../../../src/stages/emit.js";
import { standaloneStageCircuit, type StandaloneInput } from "../../../src/stages/standalone.js";
import { compileTester, ROOT, type CircuitTester } from "../harness.js";

/** A stage compiled twice, with its emission. */
export interface CompiledStage {
  o1: CircuitTester;
  o2: CircuitTester;
  emission: StageEmission;
}

/** Writes build/stages/<name>.circom and compiles it at --O1 and --O2. */
export async function compileStage(
  name: string,
  inputs: readonly StandaloneInput[],
  emit: (ctx: EmitContext) => StageEmission,
  ctx: Omit<EmitContext, "inputs">,
): Promise<CompiledStage> {
  const c = standaloneStageCircuit(`Stage_${name}`, inputs, emit, ctx);
  const rel = `build/stages/${name}.circom`;
  await mkdir(path.join(ROOT, "build/stages"), { recursive: true });
  await writeFile(path.join(ROOT, rel), c.source);
  return { o1: await compileTester(rel, 1), o2: await compileTester(rel, 2), emission: c.emission };
}

/** Flattens a nested array into [index suffix, value] pairs: [[1,2],[3]] → ["[0][0]", 1], .... */
export function flatEntries(v: unknown, suffix = ""): [string, bigint][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => flatEntries(x, `${suffix}[${i}]`));
  if (typeof v === "number" || typeof v === "bigint") return [[suffix, BigInt(v)]];
  throw new Error(`flatEntries: unexpected ${typeof v}`);
}

/** Nested arrays of integers as circuit input strings. */
export function toInput(v: unknown): string | string[] | string[][] {
  return JSON.parse(
    JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? x.toString() : x)),
    (_, x: unknown) => (typeof x === "number" ? x.toString() : x),
  ) as string | string[] | string[][];
}

/**
 * Requires every named signal of the emission to equal its trace field, element by element.
 * `aliases` names, for a signal that --O1 merged into another wire (a signal constrained equal to
 * a main input), the signal whose wire holds its value; any other missing wire fails.
 * @returns the number of values compared.
 */
export function expectTraceSignals(
  c: CircuitTester,
  w: readonly bigint[],
  emission: StageEmission,
  trace: Record<string, unknown>,
  aliases: Record<string, string> = {},
): number {
  const p = c.r1cs.prime;
  const mismatches: string[] = [];
  let n = 0;
  for (const s of emission.signals) {
    const values = trace[s.traceField];
    expect(values, `trace field ${s.traceField}`).to.not.equal(undefined);
    for (const [suffix, v] of flatEntries(values)) {
      const name = `main.${s.signal}${suffix}`;
      const got = c.read(w, c.symbols.has(name) ? name : (aliases[name] ?? name));
      n++;
      if (got !== ((v % p) + p) % p) mismatches.push(`${name}: witness ${got}, reference ${v}`);
    }
  }
  expect(mismatches, `${c.name}: named signals differing from the reference`).to.deep.equal([]);
  return n;
}

/** A field element as a signed integer (values above p/2 are negative). */
export function signed(c: CircuitTester, v: bigint): bigint {
  const p = c.r1cs.prime;
  return v > p / 2n ? v - p : v;
}

/**
 * Witness edits (circuits/lib/argmax.circom `ArgmaxRow` as `main.argmax_*`, emitted by
 * src/stages/argmax.ts) that make argmax row g claim index b of `row`, with oneHot, best, prod,
 * gap, the gap bits and the generated token recomputed consistently. Gap bits of a negative gap
 * cannot exist: its dBits low bits are used, so the recomposition fails instead.
 * @param row the logits of the row (position P − 1 + g).
 * @param generatedWire the wire holding generated[g] (for g < G − 1 --O1 merges it into the input
 *   token tokens[P + g]).
 */
export function argmaxClaimEdits(
  row: readonly (number | bigint)[],
  g: number,
  b: number,
  dBits: number,
  generatedWire: string,
): Record<string, bigint> {
  const V = row.length;
  const logit = row.map(BigInt);
  const e: Record<string, bigint> = {};
  const pre = `main.argmax_row[${g}]`;
  for (let v = 0; v < V; v++) e[`main.argmax_oneHot[${g}][${v}]`] = v === b ? 1n : 0n;
  for (let v = 0; v < V - 1; v++) e[`${pre}.prod[${v}]`] = v === b ? logit[v] : 0n;
  e[`main.argmax_best[${g}]`] = logit[b];
  e[generatedWire] = BigInt(b);
  const mod = 1n << BigInt(dBits);
  for (let v = 0; v < V; v++) {
    const gap = logit[b] - logit[v] - (v < b ? 1n : 0n);
    e[`main.argmax_gap[${g}][${v}]`] = gap;
    const low = ((gap % mod) + mod) % mod;
    for (let k = 0; k < dBits; k++) e[`${pre}.gapRange[${v}].bits[${k}]`] = (low >> BigInt(k)) & 1n;
  }
  return e;
}
