/**
 * BN254 scalar-field arithmetic on bigints, for the few per-level constants of the development
 * phase-1 file (the bulk work runs in WebAssembly, see fixedBaseWorker.ts).
 */

/** BN254 scalar field modulus r (EIP-196/197; circom's `bn128` prime). */
export const FR_MODULUS =
  21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/** BN254 base field modulus q (EIP-196/197); the `q` written in .ptau headers. */
export const FQ_MODULUS =
  21888242871839275222246405745257275088696311157297823662689037894645226208583n;

/** Largest k with 2^k | r − 1 (the 2-adicity of the BN254 scalar field). */
export const FR_TWO_ADICITY = 28;

/** `x mod r` in [0, r). */
export function fmod(x: bigint): bigint {
  const m = x % FR_MODULUS;
  return m < 0n ? m + FR_MODULUS : m;
}

/** `base^exp mod r` by square-and-multiply; exp ≥ 0. */
export function fpow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = fmod(base);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % FR_MODULUS;
    b = (b * b) % FR_MODULUS;
    e >>= 1n;
  }
  return result;
}

/**
 * Multiplicative inverse mod r (Fermat: x^(r−2)).
 * @throws Error if x ≡ 0.
 */
export function finv(x: bigint): bigint {
  if (fmod(x) === 0n) throw new Error("setup: internal error: inverse of zero in the scalar field");
  return fpow(x, FR_MODULUS - 2n);
}
