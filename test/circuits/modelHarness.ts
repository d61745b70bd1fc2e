/**
 * Shared helpers of the whole-model circuit tests: the TINY model (1 layer, D = 4, 2 heads, V = 3,
 * block_size 3; random seeded float weights quantized by quantizeIntModel with every length-3
 * sequence as the calibration set), and comparing a witness with the named-signal map of the
 * integer reference (src/circuit/modelWitness.ts), with the names --O1 leaves without a wire.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import type { GptConfig, GptModel, Tensor } from "../../src/model/stateDict.js";
import { seededRandom as rng } from "../../src/random.js";
import { calibrateModel } from "../../src/stages/calibrate.js";
import { quantizeIntModel, type IntModelParams } from "../../src/stages/model.js";

import { ROOT, type CircuitTester } from "./harness.js";

/** A random float minGPT model of the given config (weights ~ U(−scale, scale)). */
export function randomGptModel(config: GptConfig, seed: number): GptModel {
  const r = rng(seed);
  const t = (shape: number[], scale = 0.5, mean = 0): Tensor => ({
    shape,
    data: Float64Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => {
      return mean + (2 * r() - 1) * scale;
    }),
  });
  const { nEmbd: D, vocabSize: V, blockSize: B } = config;
  const ln = () => ({ weight: t([D], 0.3, 1), bias: t([D], 0.1) });
  return {
    config,
    wte: t([V, D]),
    wpe: t([B, D], 0.2),
    layers: Array.from({ length: config.nLayer }, () => ({
      ln1: ln(),
      cAttnWeight: t([3 * D, D]),
      cAttnBias: t([3 * D], 0.1),
      attnProjWeight: t([D, D]),
      attnProjBias: t([D], 0.1),
      ln2: ln(),
      fcWeight: t([4 * D, D]),
      fcBias: t([4 * D], 0.1),
      mlpProjWeight: t([D, 4 * D], 0.3),
      mlpProjBias: t([D], 0.1),
    })),
    lnF: ln(),
    lmHead: t([V, D]),
    source: `random seed ${seed}`,
  };
}

/** The tiny model's configuration. */
export const TINY_CONFIG: GptConfig = { nLayer: 1, nHead: 2, nEmbd: 4, vocabSize: 3, blockSize: 3 };
/** The tiny circuits' sequence length (= block_size). */
export const TINY_T = 3;

/** Every token sequence of length n over V tokens. */
export function allSequences(n: number, V: number): number[][] {
  if (n === 0) return [[]];
  return allSequences(n - 1, V).flatMap((s) => Array.from({ length: V }, (_, v) => [...s, v]));
}

/** The tiny model with random weights of `seed`, calibrated on every length-T sequence. */
export function tinyIntModel(seed: number): IntModelParams {
  const model = randomGptModel(TINY_CONFIG, seed);
  return quantizeIntModel(
    model,
    calibrateModel(model, allSequences(TINY_T, TINY_CONFIG.vocabSize)),
  );
}

/** Writes a generated circuit under build/ (git-ignored) when its text changed. */
export async function writeBuildCircuit(name: string, source: string): Promise<string> {
  const rel = `build/circuits/src/model/${name}.circom`;
  const file = path.join(ROOT, rel);
  await mkdir(path.dirname(file), { recursive: true });
  if ((await readFile(file, "utf8").catch(() => "")) !== source) {
    await writeFile(`${file}.tmp`, source);
    await rename(`${file}.tmp`, file);
  }
  return rel;
}

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
