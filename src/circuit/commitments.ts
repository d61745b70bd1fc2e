/**
 * The three Poseidon commitments of a zkattn attention circuit, computed in TypeScript exactly as
 * the circuit computes them (docs/integer-attention.md "Commitments"; circuits/lib/commit.circom).
 *
 * Poseidon is circomlib's (BN254, t = 17, `Poseidon(16)`), via poseidon-lite's `poseidon16`, which
 * uses the same round constants and MDS matrix (test/quant/commitments.test.ts cross-checks it
 * against circomlibjs and the compiled circuit).
 *
 * Every error thrown here is an `Error` whose message starts with `commitments: `.
 */
import { poseidon16 } from "poseidon-lite/poseidon16";

import {
  ACTIVATION_BITS,
  COMMITMENT_TAG,
  PACK_FIELD_BITS,
  SPONGE_RATE,
} from "../quant/constants.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { BN254_SCALAR_FIELD } from "./publicSignals.js";

function fail(msg: string): never {
  throw new Error(`commitments: ${msg}`);
}

/** Number of w-bit values packed into one field element: floor(PACK_FIELD_BITS / w). */
export function packCount(w: number): number {
  return Math.floor(PACK_FIELD_BITS / w);
}

/**
 * Packs signed w-bit integers into field elements: `v ∈ [−2^(w−1), 2^(w−1))` becomes
 * `v + 2^(w−1) ∈ [0, 2^w)`, `floor(PACK_FIELD_BITS / w)` values per element, the first value in the lowest
 * bits; the last element holds the remainder. Injective only together with the circuit's w-bit
 * range check of every value.
 * @param values signed integers (Number or BigInt), flattened row-major.
 * @param w bit width, 1 ≤ w ≤ PACK_FIELD_BITS (253).
 * @returns ceil(values.length / floor(PACK_FIELD_BITS / w)) field elements.
 * @throws Error if w is out of range or a value does not fit in w signed bits.
 */
export function packSigned(values: readonly (number | bigint)[], w: number): bigint[] {
  if (!Number.isInteger(w) || w < 1 || w > PACK_FIELD_BITS)
    fail(`packSigned: width ${w} is not in [1, ${PACK_FIELD_BITS}]`);
  const per = packCount(w);
  const offset = 1n << BigInt(w - 1);
  const out: bigint[] = [];
  for (let start = 0; start < values.length; start += per) {
    let acc = 0n;
    const end = Math.min(values.length, start + per);
    for (let k = end - 1; k >= start; k--) {
      const raw = values[k];
      if (typeof raw === "number" && !Number.isInteger(raw))
        fail(`packSigned: value[${k}] = ${raw} is not an integer`);
      const v = BigInt(raw);
      if (v < -offset || v >= offset)
        fail(`packSigned: value[${k}] = ${v} does not fit in ${w} signed bits`);
      acc = (acc << BigInt(w)) + v + offset;
    }
    out.push(acc);
  }
  return out;
}

/**
 * Poseidon sponge with a domain tag: `state = tag·2^64 + elements.length`; for each chunk of 15
 * elements (the last zero-padded) `state = Poseidon16([state, ...chunk])`.
 * @throws Error if `elements` is empty or an element is not a BN254 field element.
 */
export function sponge(tag: bigint, elements: readonly bigint[]): bigint {
  if (elements.length === 0) fail(`sponge: nothing to absorb for tag ${tag}`);
  let state = (tag << 64n) + BigInt(elements.length);
  for (let start = 0; start < elements.length; start += SPONGE_RATE) {
    const chunk: bigint[] = [state];
    for (let k = start; k < start + SPONGE_RATE; k++) {
      const e = k < elements.length ? elements[k] : 0n;
      if (e < 0n || e >= BN254_SCALAR_FIELD)
        fail(`sponge: element ${k} = ${e} is not a BN254 field element`);
      chunk.push(e);
    }
    state = poseidon16(chunk);
  }
  return state;
}

/**
 * The packed field elements the model commitment absorbs, in order: wq, wk, wv, wo (each D×D,
 * row-major (out, in), 8-bit), bq, bk, bv (biasBits), bo (outBiasBits); each tensor packed separately.
 */
export function modelCommitmentElements(p: QuantizedAttentionLayer): bigint[] {
  return [
    ...packSigned(p.wq, ACTIVATION_BITS),
    ...packSigned(p.wk, ACTIVATION_BITS),
    ...packSigned(p.wv, ACTIVATION_BITS),
    ...packSigned(p.wo, ACTIVATION_BITS),
    ...packSigned(p.bq, p.biasBits),
    ...packSigned(p.bk, p.biasBits),
    ...packSigned(p.bv, p.biasBits),
    ...packSigned(p.bo, p.outBiasBits),
  ];
}

/** modelCommitment = sponge(1, modelCommitmentElements(p)): binds every private parameter of the layer circuit. */
export function modelCommitment(p: QuantizedAttentionLayer): bigint {
  return sponge(COMMITMENT_TAG.model, modelCommitmentElements(p));
}

/**
 * inputCommitment = sponge(2, [...packSigned(xQ, 8), salt]).
 * @param xQ int8 input activations [T][D] (flattened row-major).
 * @param salt a BN254 field element (keeps a low-entropy input hidden).
 */
export function inputCommitment(xQ: readonly (readonly number[])[], salt: bigint): bigint {
  if (salt < 0n || salt >= BN254_SCALAR_FIELD)
    fail(`inputCommitment: salt ${salt} is not a BN254 field element`);
  return sponge(COMMITMENT_TAG.input, [...packSigned(xQ.flat(), ACTIVATION_BITS), salt]);
}

/** outputCommitment = sponge(3, packSigned(outQ, 8)), outQ int8 [T][D] flattened row-major. */
export function outputCommitment(outQ: readonly (readonly number[])[]): bigint {
  return sponge(COMMITMENT_TAG.output, packSigned(outQ.flat(), ACTIVATION_BITS));
}

/** Bits per token in the whole-model circuits' token packings. */
export const TOKEN_BITS = 16;

/** Most generated tokens that fit in one packed output field element (16 bits each, 240 ≤ 253 bits). */
export const MAX_PACKED_TOKENS = 15;

function checkTokens(what: string, tokens: readonly number[]): void {
  for (const [i, t] of tokens.entries())
    if (!Number.isInteger(t) || t < 0 || t >= 1 << (TOKEN_BITS - 1))
      fail(`${what}: token ${t} at position ${i} is not in [0, 2^${TOKEN_BITS - 1})`);
}

/**
 * Whole-model inputCommitment = sponge(2, [...packSigned(prompt, 16), salt]): the PROMPT tokens
 * (not the generated ones, which the output reveals) packed as the other commitments pack signed
 * values (token + 2^15, 15 per element, first in the lowest bits), then the salt.
 * In-circuit the packing is a linear combination: the embedding stage proves every token in [0, V).
 * @throws `commitments: ` error for an empty prompt, a token outside [0, 2^15) or a bad salt.
 */
export function promptCommitment(prompt: readonly number[], salt: bigint): bigint {
  if (prompt.length === 0) fail("promptCommitment: the prompt is empty");
  checkTokens("promptCommitment", prompt);
  if (salt < 0n || salt >= BN254_SCALAR_FIELD)
    fail(`promptCommitment: salt ${salt} is not a BN254 field element`);
  return sponge(COMMITMENT_TAG.input, [...packSigned(prompt, TOKEN_BITS), salt]);
}

/**
 * Whole-model public output: the generated tokens packed into one field element, 16 bits per
 * token little-endian (token i at bits 16i..16i+15), when there are at most 15; else
 * sponge(3, packSigned(generated, 16)).
 * @throws `commitments: ` error for no tokens or a token outside [0, 2^15).
 */
export function generatedOutput(generated: readonly number[]): bigint {
  if (generated.length === 0) fail("generatedOutput: no generated tokens");
  checkTokens("generatedOutput", generated);
  if (generated.length > MAX_PACKED_TOKENS)
    return sponge(COMMITMENT_TAG.output, packSigned(generated, TOKEN_BITS));
  return generated.reduce((acc, t, i) => acc + (BigInt(t) << BigInt(TOKEN_BITS * i)), 0n);
}

/** Inverse of {@link generatedOutput}'s packing (count ≤ 15): the tokens of a packed output. */
export function unpackGeneratedOutput(output: bigint, count: number): number[] {
  if (count < 1 || count > MAX_PACKED_TOKENS)
    fail(`unpackGeneratedOutput: count ${count} must be in 1..${MAX_PACKED_TOKENS}`);
  const mask = (1n << BigInt(TOKEN_BITS)) - 1n;
  return Array.from({ length: count }, (_, i) => Number((output >> BigInt(TOKEN_BITS * i)) & mask));
}

/**
 * Whole-model modelCommitment = sponge(1, every stage's commitment elements in stage order)
 * (src/stages: `Stage.commitmentElements()`); the whole-model circuits pin it (public weights) or
 * compute it from the stages' commitment arrays (private weights).
 * @throws `commitments: ` error when no stage commits to anything.
 */
export function modelCommitmentOfStages(
  stages: readonly { commitmentElements(): bigint[] }[],
): bigint {
  const elements = stages.flatMap((s) => s.commitmentElements());
  if (elements.length === 0) fail("modelCommitmentOfStages: no stage has commitment elements");
  return sponge(COMMITMENT_TAG.model, elements);
}
