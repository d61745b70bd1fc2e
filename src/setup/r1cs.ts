import { readR1csInfo, type R1csInfo } from "../circuit/r1cs.js";
import { ZkattnUserError } from "../errors.js";
import { FR_MODULUS } from "./field.js";

/** The r1cs header reader lives with the other r1cs code (src/circuit/r1cs.ts, on r1csfile). */
export { readR1csInfo, type R1csInfo };

/**
 * The smallest ptau power that can serve this circuit in snarkjs Groth16:
 * `ceil(log2(nConstraints + nPubInputs + nOutputs + 1))` (snarkjs 0.7.6 zkey_new.js `cirPower`:
 * one extra row per public signal and one for the constant, rounded up to a power of two),
 * at least 1.
 * @throws ZkattnUserError if the circuit was not compiled for BN254 (the only curve zkattn supports).
 */
export function requiredPtauPower(info: R1csInfo): number {
  if (info.prime !== FR_MODULUS) {
    throw new ZkattnUserError(
      `setup: the circuit was compiled for prime ${info.prime}, not BN254; compile with circom's default prime (bn128)`,
    );
  }
  const rows = info.nConstraints + info.nPubInputs + info.nOutputs + 1;
  let p = 1;
  while (2 ** p < rows) p++;
  return p;
}
