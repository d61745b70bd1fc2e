/**
 * Fixed-point constants of zkattn's quantized attention, shared by the quantizer, the integer
 * reference (src/quant/intAttention.ts), the circuit generator and the Solidity side. The integer
 * semantics they parameterize are specified in docs/integer-attention.md.
 */

/** Weights are symmetric int8 in [−WEIGHT_MAX, WEIGHT_MAX] (no −128: symmetric quantization). */
export const WEIGHT_MAX = 127;
/** Bit width of input/output activations (signed int8: [−128, 127]). */
export const ACTIVATION_BITS = 8;
/** Activation range, from ACTIVATION_BITS. */
export const ACTIVATION_MIN = -(2 ** (ACTIVATION_BITS - 1));
export const ACTIVATION_MAX = 2 ** (ACTIVATION_BITS - 1) - 1;

/**
 * Fractional bits F of requantized scores. Scores live in the base-2 log domain:
 * `scoresQ ≈ (q·k / sqrt(dh)) · log2(e) · 2^F`, so a score step is 2^−8 of a doubling.
 */
export const SCORE_FRAC_BITS = 8;
/** Output bits E of the exp: exp(delta = 0) = 2^E. */
export const EXP_BITS = 16;
/** exp is 0 once the integer part of delta/2^F reaches this (2^−16 · 2^E < 1). */
export const EXP_MAX_INT = 16;
/** Fixed-point bits C of the exp polynomial coefficients (A0 = 2^C). */
export const EXP_COEF_BITS = 16;
/**
 * Coefficients A1, A2, A3 of `2^(−x) ≈ 1 + a1·x + a2·x² + a3·x³` on x ∈ [0, 1), at scale
 * 2^EXP_COEF_BITS: `Ai = round(ai · 2^16)`. Derivation: continuous least-squares fit of
 * `2^(−x) − 1` on [0, 1] in the basis x, x², x³ with a0 pinned to 1 so that exp(0) is exact
 * (a1 = −0.691837, a2 = 0.232116, a3 = −0.040398); max abs error 1.3e-4 after rounding.
 * test/quant/constants.test.ts recomputes the fit independently.
 */
export const EXP_POLY_COEFFS: readonly [number, number, number] = [-45340, 15212, -2648];
/** The exp's final shift K = C + 3F + (EXP_MAX_INT − 1) − E (docs/integer-attention.md step 5). */
export const EXP_SHIFT = EXP_COEF_BITS + 3 * SCORE_FRAC_BITS + (EXP_MAX_INT - 1) - EXP_BITS;
/** Bits P of the softmax probabilities: probs ∈ [0, 2^P], 2^P = probability 1. */
export const PROB_BITS = 12;
/** Requantization multipliers are normalized into [2^(MULTIPLIER_BITS−1), 2^MULTIPLIER_BITS). */
export const MULTIPLIER_BITS = 15;
/** Per-channel constant multipliers cQK, cV are at most 2^CHANNEL_MULTIPLIER_BITS. */
export const CHANNEL_MULTIPLIER_BITS = 8;
/** Bits of a packed commitment element: BN254's scalar field holds 253 bits safely. */
export const PACK_FIELD_BITS = 253;
/** Poseidon sponge rate: circomlib Poseidon(16) absorbs 15 elements beside the state. */
export const SPONGE_RATE = 15;
/**
 * Domain tags of the sponges (docs/integer-attention.md "Commitments"): the three commitments of
 * a circuit (model 1, input 2, output 3); 4 is the Freivalds challenge; `cut` (5) the activation
 * commitment at a segment boundary and `cutSalt` (6) the derivation of its salt
 * (src/circuit/segments.ts).
 */
export const COMMITMENT_TAG = { model: 1n, input: 2n, output: 3n, cut: 5n, cutSalt: 6n } as const;
