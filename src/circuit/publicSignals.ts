/**
 * The one definition of the public-signal layout of every zkattn inference circuit.
 *
 * snarkjs orders public signals as: circuit outputs first, then public inputs in declaration
 * order. zkattn main circuits have no outputs; they declare exactly these public inputs, in
 * this order, in `component main {public [...]}`. The circuit generator, the TypeScript prover
 * and the Solidity wrapper (via the generated `contracts/lib/PublicSignals.sol`, checked
 * by a test) all read this array; nobody indexes `publicSignals[3]` by hand.
 *
 * - `modelCommitment`: Poseidon commitment to every quantized parameter the circuit takes as a
 *   signal (weights, biases). Equals ERC-7992 `ModelCommitment.modelHash`.
 * - `inputCommitment`: Poseidon over the quantized input activations and a salt.
 * - `outputCommitment`: Poseidon over the quantized output activations.
 * - `binding`: the field element the proof is bound to (submitter address or request id),
 *   squared inside the circuit so the proof cannot be replayed with another binding.
 */
export const PUBLIC_SIGNALS = [
  "modelCommitment",
  "inputCommitment",
  "outputCommitment",
  "binding",
] as const;

/** Name of one public signal. */
export type PublicSignalName = (typeof PUBLIC_SIGNALS)[number];

/** Public signals by name, as field elements (each < the BN254 scalar field modulus). */
export type NamedPublicSignals = Record<PublicSignalName, bigint>;

/** BN254 scalar field modulus r (EIP-196/197; circom's default prime `bn128`). */
export const BN254_SCALAR_FIELD =
  21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/**
 * Orders named public signals into the array snarkjs produces and the verifier expects.
 * @throws Error if a value is negative or not below {@link BN254_SCALAR_FIELD}.
 */
export function toPublicSignalArray(named: NamedPublicSignals): bigint[] {
  return PUBLIC_SIGNALS.map((name) => {
    const v = named[name];
    if (v < 0n || v >= BN254_SCALAR_FIELD) {
      throw new Error(
        `publicSignals: ${name} = ${v} is not a BN254 field element; reduce it modulo the scalar field`,
      );
    }
    return v;
  });
}

/**
 * Reads the snarkjs public-signal array (decimal strings) back into named values.
 * @throws Error if the array length differs from {@link PUBLIC_SIGNALS}.
 */
export function fromPublicSignalArray(signals: readonly (string | bigint)[]): NamedPublicSignals {
  if (signals.length !== PUBLIC_SIGNALS.length) {
    throw new Error(
      `publicSignals: expected ${PUBLIC_SIGNALS.length} public signals (${PUBLIC_SIGNALS.join(", ")}), got ${signals.length}; was the proof made for a zkattn inference circuit?`,
    );
  }
  const out = {} as NamedPublicSignals;
  PUBLIC_SIGNALS.forEach((name, i) => {
    out[name] = BigInt(signals[i]);
  });
  return out;
}
