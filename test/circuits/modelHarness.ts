/**
 * Shared helpers of the whole-model circuit tests: compare a witness with the named-signal map of
 * the integer reference (src/circuit/modelWitness.ts), with the names --O1 leaves without a wire.
 */
import { expect } from "chai";

import type { IntModelParams } from "../../src/stages/model.js";

import type { CircuitTester } from "./harness.js";

/**
 * Requires every named signal of the map to equal the witness. A name without a wire (merged by
 * --O1 into an equal signal, or a compile-time constant) is checked through `alias`: it returns
 * the wire name holding the same value, or `true` when the caller checked the value against the
 * reference otherwise; anything else fails. Returns [compared, aliased].
 */
export function expectModelSignals(
  c: CircuitTester,
  w: readonly bigint[],
  expected: Map<string, bigint>,
  alias: (name: string, value: bigint) => string | boolean,
): [number, number] {
  const p = c.r1cs.prime;
  const bad: string[] = [];
  let compared = 0;
  let aliased = 0;
  for (const [name, v] of expected) {
    let wire = c.symbols.get(name);
    if (wire === undefined) {
      const a = alias(name, v);
      aliased++;
      if (a === true) continue;
      wire = a === false ? undefined : c.symbols.get(a);
      if (wire === undefined) {
        bad.push(`${name}: no wire`);
        continue;
      }
    }
    compared++;
    const want = ((v % p) + p) % p;
    if (w[wire] !== want) bad.push(`${name}: witness ${w[wire]}, reference ${v}`);
  }
  expect(bad.slice(0, 20), `${c.name}: named signals differing from the reference`).to.deep.equal(
    [],
  );
  return [compared, aliased];
}

/**
 * Names --O1 leaves without a wire in the tiny model: one-key attention rows' rowMax/rowSum (equal
 * to scoresQ/exp of the only key, checked in the map itself), the embedding's position rows posQ
 * (the position table's row t: constants or the private table's wires; checked against the
 * quantized table), and the argmax's generated[g] for g < G − 1 (constrained equal to tokens[P + g]).
 */
export function aliasOf(p: IntModelParams, expected: Map<string, bigint>, T: number, P: number) {
  const G = T - P + 1;
  return (name: string, value: bigint): string | boolean => {
    let m = /^main\.(\w+)_(rowMax|rowSum)\[(\d+)\]\[0\]$/.exec(name);
    if (m) {
      const other = `main.${m[1]}_${m[2] === "rowMax" ? "scoresQ" : "exp"}[${Number(m[3]) * ((T * (T + 1)) / 2)}]`;
      return expected.get(other) === value && other;
    }
    m = /^main\.embedding_posQ\[(\d+)\]\[(\d+)\]$/.exec(name);
    if (m) return BigInt(p.embedding.wpeQ[Number(m[1]) * p.dModel + Number(m[2])]) === value;
    m = /^main\.argmax_generated\[(\d+)\]$/.exec(name);
    if (m && Number(m[1]) < G - 1) return `main.tokens[${P + Number(m[1])}]`;
    return false;
  };
}
