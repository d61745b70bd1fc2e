/**
 * Segment circuits: a whole-model description with `cuts` (circuits/circuits.json) is proven as a
 * chain of n = cuts.length + 1 circuits, one per segment of the stage sequence
 * (src/stages/model.ts `intModelStages`), each with the four public signals of
 * src/circuit/publicSignals.ts. The uncut description is the chain of length one (today's
 * whole-model circuit, unchanged). Generator: src/circuit/modelGenerator.ts; witness:
 * src/circuit/modelWitness.ts `segmentWitnessInputs`; names: src/circuit/descriptions.ts.
 *
 * Where a cut may be. Only after a residual add (`h<L>.attnResid`, `h<L>.mlpResid`): there the
 * residual stream is the only live activation (every later stage reads the stream or what is
 * computed from it), it is int16 at the residual scale (|v| ≤ RESIDUAL_MAX, RESIDUAL_BITS = 16
 * signed bits, src/stages/common.ts) and its range is PROVEN by the producer (the residual add's
 * clamp is a function of its quotient's range-checked bits).
 *
 * The chain. With S the user's salt and s_c = cutSalt(S, c) the salt of cut c (c = 0 .. n − 2):
 * - segment 0: inputCommitment = promptCommitment(prompt, S) (the whole model's, unchanged);
 * - segment k < n − 1: outputCommitment = cutCommitment(x_k, tokens, s_k), x_k [T][D] the
 *   residual stream after cut k;
 * - segment k > 0: inputCommitment = cutCommitment(x_{k−1}, tokens, s_{k−1}), the same value as
 *   segment k − 1's outputCommitment — the verifier of a chain checks this equality for every
 *   link ({@link checkSegmentChain}) and each proof against its own segment's registered model;
 * - segment n − 1: outputCommitment = generatedOutput(generated) (unchanged).
 * cutCommitment(x, tokens, s) = sponge(5, [...packSigned(x, 16), ...packSigned(tokens, 16), s]).
 *
 * The tokens travel in every cut commitment. The embedding (first segment) reads all T token ids
 * (prompt + the fed-back generated ones) and the argmax (last segment) checks the greedy relation
 * against tokens P .. T − 1; both must be the same ids, or a prover could embed non-greedy tokens
 * and check greediness against others. The first segment packs the tokens its embedding used (its
 * one-hot proves each in [0, V), so the linear packing is injective) into its output commitment;
 * a middle segment reads the packed elements from its input commitment and absorbs the very same
 * elements into its output commitment (pass-through: whatever was committed goes on unchanged,
 * no range check needed); the last segment range-checks every token to 16 signed bits
 * (`PackSigned(T, 16)`), so its packing is injective and its tokens are exactly the committed ones
 * — without that check, shifting a prompt token by −δ·2^16 would let tokens[P] differ by δ under
 * the same packed element.
 *
 * Range soundness at a cut. The producer proved x_k's range in ITS proof; the consumer is another
 * proof, so it must not rely on it: the consumer packs its private input activations with
 * `PackSigned(T·D, 16)`, a 16-bit signed range check of every value, which both makes the
 * commitment injective (one activation tensor per commitment) and establishes the range
 * [−2^15, 2^15) that the next stages assume (LayerNorm's and the residual add's widths are
 * computed over that range, src/stages/layerNorm.ts `layerNormWidths`, src/stages/residual.ts
 * `residualWidths`). The stages of a segment are therefore emitted exactly as in the uncut model
 * (the same input-check decisions), and each segment's stage constraints equal the uncut ones.
 * The producer packs its output with the linear `PackOffset` (0 constraints): its values are
 * range-proven there by the residual add's clamp, so that packing is injective too.
 *
 * Salts. Each cut commitment is hiding by its own salt s_c = sponge(6, [S, c]) (derived, so one
 * user salt is all a prover keeps; Poseidon is one-way, so a segment's prover who sees s_c, s_{c+1}
 * learns neither S nor the other cuts' salts). Callers may pass their own salts instead.
 *
 * modelCommitment of a segment = sponge(1, the segment's stages' commitment elements in stage
 * order) (`modelCommitmentOfStages` over the segment): pinned to that constant with public weights,
 * computed in the circuit with private weights; the registry registers each segment with its own.
 *
 * Every error thrown here is an `Error` whose message starts with `segments: `.
 */
import { COMMITMENT_TAG } from "../quant/constants.js";
import { RESIDUAL_BITS, type Stage } from "../stages/common.js";
import { packSigned, sponge, TOKEN_BITS } from "./commitments.js";
import { BN254_SCALAR_FIELD, type NamedPublicSignals } from "./publicSignals.js";

function fail(msg: string): never {
  throw new Error(`segments: ${msg}`);
}

/** Stage names a cut may follow: the residual adds, where the residual stream is the only live activation. */
export const CUT_STAGE_PATTERN = /^h(\d+)\.(attnResid|mlpResid)$/;

/** Position of a cut stage in forward order: 2·L (+1 after the MLP's residual add). */
function cutOrder(name: string): number {
  const m = CUT_STAGE_PATTERN.exec(name);
  if (!m)
    fail(
      `cut "${name}" is not a residual add (h<L>.attnResid or h<L>.mlpResid); cut after a residual add, where the residual stream is the only live activation`,
    );
  return 2 * Number(m[1]) + (m[2] === "mlpResid" ? 1 : 0);
}

/**
 * Checks the shape of a cut list without the model: every cut a residual add's name, strictly in
 * forward order (no duplicates).
 * @throws `segments: ` error naming the offending cut.
 */
export function validateCuts(cuts: readonly string[]): void {
  let last = -1;
  for (const c of cuts) {
    const o = cutOrder(c);
    if (o <= last) fail(`cuts must be distinct and in forward order; "${c}" comes too late`);
    last = o;
  }
}

/**
 * Splits the model's stages into segments at the cuts.
 * @param stages every stage in forward order (`intModelStages`).
 * @param cuts stage names after which activations are committed (validated by {@link validateCuts}).
 * @returns cuts.length + 1 non-empty stage lists; segment k ends with cut k (k < n − 1).
 * @throws `segments: ` error for an invalid cut or one that is not a stage of this model.
 */
export function splitStages(stages: readonly Stage[], cuts: readonly string[]): Stage[][] {
  validateCuts(cuts);
  const out: Stage[][] = [];
  let from = 0;
  for (const c of cuts) {
    const at = stages.findIndex((s) => s.name === c);
    if (at < 0) fail(`cut "${c}" is not a stage of this model (it has ${stages.length} stages)`);
    out.push(stages.slice(from, at + 1));
    from = at + 1;
  }
  out.push(stages.slice(from));
  return out;
}

/**
 * The elements a cut commitment absorbs before its salt: the residual stream packed as 16-bit
 * signed values, then the token ids packed as 16-bit signed values (15 per element each).
 * @param stream [T][D] residual stream after the cut (|v| < 2^15).
 * @param tokens T token ids (prompt + the first G − 1 generated).
 * @throws `commitments: ` error for a value that does not fit 16 signed bits.
 */
export function cutCommitmentElements(
  stream: readonly (readonly number[])[],
  tokens: readonly number[],
): bigint[] {
  return [...packSigned(stream.flat(), RESIDUAL_BITS), ...packSigned(tokens, TOKEN_BITS)];
}

/**
 * The commitment at a cut: sponge(5, [...packSigned(stream, 16), ...packSigned(tokens, 16), salt]);
 * segment k's outputCommitment and segment k + 1's inputCommitment.
 * @param salt the cut's salt, a BN254 field element ({@link cutSalt}).
 * @throws `segments: ` error for a salt outside the field; `commitments: ` errors for values.
 */
export function cutCommitment(
  stream: readonly (readonly number[])[],
  tokens: readonly number[],
  salt: bigint,
): bigint {
  if (salt < 0n || salt >= BN254_SCALAR_FIELD)
    fail(`cutCommitment: salt ${salt} is not a BN254 field element`);
  return sponge(COMMITMENT_TAG.cut, [...cutCommitmentElements(stream, tokens), salt]);
}

/**
 * Salt of cut c derived from the user's salt: sponge(6, [salt, c]).
 * @param salt the user's salt (the prompt commitment's), a BN254 field element.
 * @param cut cut index c ≥ 0 (0 = the boundary after segment 0).
 * @throws `segments: ` error for a salt outside the field or a negative/non-integer index.
 */
export function cutSalt(salt: bigint, cut: number): bigint {
  if (salt < 0n || salt >= BN254_SCALAR_FIELD)
    fail(`cutSalt: salt ${salt} is not a BN254 field element`);
  if (!Number.isInteger(cut) || cut < 0) fail(`cutSalt: cut index ${cut} must be an integer ≥ 0`);
  return sponge(COMMITMENT_TAG.cutSalt, [salt, BigInt(cut)]);
}

/**
 * Checks the links of a chain of segment proofs' public signals: segment k's outputCommitment
 * equals segment k + 1's inputCommitment for every k. (Each proof must also verify against its
 * own segment's registered model; that is the registry's part.)
 * @throws `segments: ` error naming the first broken link.
 */
export function checkSegmentChain(signals: readonly NamedPublicSignals[]): void {
  for (let k = 0; k + 1 < signals.length; k++)
    if (signals[k].outputCommitment !== signals[k + 1].inputCommitment)
      fail(
        `segment ${k + 1}'s outputCommitment ${signals[k].outputCommitment} is not segment ${k + 2}'s inputCommitment ${signals[k + 1].inputCommitment}; the proofs do not chain`,
      );
}
