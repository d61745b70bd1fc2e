/**
 * Types shared by the circuit generator, the witness builder and the constraint counter (kept
 * apart so that those modules do not import each other in a circle).
 */

/** Compile-time widths of one layer circuit (see circuits/lib/attention.circom parameters). */
export interface LayerCircuitWidths {
  /** Sequence length the circuit is built for. */
  T: number;
  /** Signed width of rowMax (and through delta, of every scoresQ). */
  qBits: number;
  /** Width of delta (≥ F + log2(EXP_MAX_INT)). */
  dBits: number;
  /** Width of the pre-saturation output quotient + 128 (RequantSat). */
  yBits: number;
  /** Width of the softmax division remainder of row t (t + 1 entries): [T]. */
  rBits: number[];
  /** log2(EXP_MAX_INT): bits of the exp's integer part. */
  intBits: number;
  /** Signed width of the Q/K/V accumulators (range-checked in Freivalds mode to bind them). */
  accBits: number;
}

/**
 * Where the weights and biases live (docs/circuits.md "Public-weights mode"):
 * - `private`: private inputs, bound to the public `modelCommitment` by an in-circuit Poseidon
 *   commitment whose packing range-checks them; anyone holding the weights and the keys proves.
 * - `public`: compile-time constants of the circuit (public-weights mode). Products with constants
 *   are linear combinations and cost no constraints; `modelCommitment` is pinned to the constant
 *   commitment of these weights (computed by src/circuit/commitments.ts at generation time), so
 *   the registry entry is the same as in private mode. The circuit source, r1cs and proving key
 *   contain the weights: for models whose weights may be published, or whose owner is the only
 *   prover.
 */
export type WeightsMode = "private" | "public";
