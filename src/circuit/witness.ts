/**
 * Witness helpers for zkattn layer circuits: the circuit input (private and public signals) for a
 * layer and an input, loading circom's witness calculator in this ESM project, reading signal
 * names from the .sym file, and the expected value of every named signal from the integer
 * reference (docs/integer-attention.md "Named intermediates").
 *
 * Every error thrown here is an `Error` whose message starts with `witness: `.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import type { IntAttentionTrace, QuantizedAttentionLayer } from "../quant/types.js";
import { inputCommitment, modelCommitment, outputCommitment } from "./commitments.js";
import type { WeightsMode } from "./types.js";
import { BN254_SCALAR_FIELD, type NamedPublicSignals } from "./publicSignals.js";

function fail(msg: string): never {
  throw new Error(`witness: ${msg}`);
}

/** JSON-able circuit input: every signal as a decimal string (negative values allowed). */
export type CircuitInput = Record<string, string | string[] | string[][]>;

const str = (v: number | bigint) => v.toString();

/**
 * The named public signals of a layer circuit for one inference: the three commitments computed
 * in TypeScript (src/circuit/commitments.ts) and the binding.
 */
export function publicSignalsFor(
  p: QuantizedAttentionLayer,
  trace: IntAttentionTrace,
  salt: bigint,
  binding: bigint,
): NamedPublicSignals {
  if (binding < 0n || binding >= BN254_SCALAR_FIELD)
    fail(`binding ${binding} is not a BN254 field element`);
  return {
    modelCommitment: modelCommitment(p),
    inputCommitment: inputCommitment(trace.xQ, salt),
    outputCommitment: outputCommitment(trace.outQ),
    binding,
  };
}

/**
 * The full input of the generated layer circuit (signal names of src/circuit/generator.ts):
 * public commitments and binding, private xQ [T][D] (int8), salt, and with private weights
 * wq/wk/wv/wo [D][D] (int8, row-major (out, in)) and bq/bk/bv/bo [D] (int32 at the accumulator
 * scale). In public-weights mode the weights are circuit constants and not part of the input.
 */
export function circuitInput(
  p: QuantizedAttentionLayer,
  pub: NamedPublicSignals,
  xQ: readonly (readonly number[])[],
  salt: bigint,
  weights: WeightsMode = "private",
): CircuitInput {
  const D = p.dModel;
  const mat = (w: number[]) =>
    Array.from({ length: D }, (_, j) => w.slice(j * D, (j + 1) * D).map(str));
  const common: CircuitInput = {
    modelCommitment: str(pub.modelCommitment),
    inputCommitment: str(pub.inputCommitment),
    outputCommitment: str(pub.outputCommitment),
    binding: str(pub.binding),
    xQ: xQ.map((r) => r.map(str)),
    salt: str(salt),
  };
  if (weights === "public") return common;
  return {
    ...common,
    wq: mat(p.wq),
    wk: mat(p.wk),
    wv: mat(p.wv),
    wo: mat(p.wo),
    bq: p.bq.map(str),
    bk: p.bk.map(str),
    bv: p.bv.map(str),
    bo: p.bo.map(str),
  };
}

/** circom's generated witness calculator (witness_calculator.js). */
export interface WitnessCalculator {
  /** All wire values (wire 0 = 1). Throws on a failing `===` during witness generation. */
  calculateWitness(input: CircuitInput, sanityCheck: boolean): Promise<bigint[]>;
}

/**
 * Loads the witness calculator circom generated next to `wasmPath`. The generated JavaScript is
 * CommonJS; a `package.json` with `"type": "commonjs"` is written into that build folder so that
 * it loads inside this ESM package (docs/design.md "Toolchain facts").
 */
export async function loadWitnessCalculator(wasmPath: string): Promise<WitnessCalculator> {
  const dir = path.dirname(wasmPath);
  await writeFile(path.join(dir, "package.json"), '{ "type": "commonjs" }\n');
  const require = createRequire(import.meta.url);
  const builder = require(path.resolve(dir, "witness_calculator.js")) as (
    code: Buffer,
  ) => Promise<WitnessCalculator>;
  return builder(await readFile(wasmPath));
}

/**
 * Reads a .sym file into a map from signal name (e.g. `main.block.qAcc[0][1]`) to wire index;
 * signals the optimizer removed (wire −1) are left out.
 */
export async function readSymbols(symPath: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const line of (await readFile(symPath, "utf8")).split("\n")) {
    if (!line) continue;
    const [, wire, , name] = line.split(",");
    const w = Number(wire);
    if (w >= 0) out.set(name, w);
  }
  return out;
}

/** Names of the named intermediates (docs/integer-attention.md), in spec order. */
export const NAMED_SIGNALS = [
  "xQ",
  "qAcc",
  "kAcc",
  "vAcc",
  "scoresRaw",
  "scoresQ",
  "rowMax",
  "delta",
  "exp",
  "rowSum",
  "probs",
  "av",
  "outAcc",
  "outQ",
] as const;

/** Index of causal pair (h, t, u ≤ t) in the circuit's flattened ragged arrays. */
export function pairIndex(T: number, h: number, t: number, u: number): number {
  return (h * T * (T + 1)) / 2 + (t * (t + 1)) / 2 + u;
}

/**
 * Expected value of every named signal of the circuit, by full signal name under `prefix`
 * (e.g. `main.block`), from the integer reference trace. Ragged [h][t][u] arrays map to the
 * flattened index {@link pairIndex}; values are field elements (negatives reduced mod r).
 */
export function expectedSignals(trace: IntAttentionTrace, prefix: string): Map<string, bigint> {
  const T = trace.xQ.length;
  const out = new Map<string, bigint>();
  const field = (v: number | bigint) =>
    ((BigInt(v) % BN254_SCALAR_FIELD) + BN254_SCALAR_FIELD) % BN254_SCALAR_FIELD;
  for (const name of NAMED_SIGNALS) {
    const v = trace[name] as unknown;
    if (["scoresRaw", "scoresQ", "delta", "exp", "probs"].includes(name)) {
      const ragged = v as (number | bigint)[][][];
      ragged.forEach((rows, h) =>
        rows.forEach((row, t) =>
          row.forEach((x, u) => out.set(`${prefix}.${name}[${pairIndex(T, h, t, u)}]`, field(x))),
        ),
      );
    } else {
      (v as (number | bigint)[][]).forEach((row, i) =>
        row.forEach((x, j) => out.set(`${prefix}.${name}[${i}][${j}]`, field(x))),
      );
    }
  }
  return out;
}
