/**
 * BN254 scalar-field arithmetic on bigints, for the few per-level constants of the development
 * phase-1 file (the bulk work runs in WebAssembly, see src/setup/fixedBase.ts). The arithmetic is
 * ffjavascript's `F1Field` (the library snarkjs builds on); this module only names the constants.
 */
import { F1Field } from "ffjavascript";

import { BN254_SCALAR_FIELD } from "../circuit/publicSignals.js";

/** BN254 scalar field modulus r: the one constant, src/circuit/publicSignals.ts. */
export const FR_MODULUS = BN254_SCALAR_FIELD;

/** BN254 base field modulus q (EIP-196/197); the `q` written in .ptau headers. */
export const FQ_MODULUS =
  21888242871839275222246405745257275088696311157297823662689037894645226208583n;

/** Largest k with 2^k | r − 1 (the 2-adicity of the BN254 scalar field). */
export const FR_TWO_ADICITY = 28;

/** The scalar field Fr of BN254 (ffjavascript). */
export const Fr = new F1Field(FR_MODULUS);

/** `x mod r` in [0, r). */
export function fmod(x: bigint): bigint {
  return Fr.e(x);
}

/** `base^exp mod r`; exp ≥ 0. */
export function fpow(base: bigint, exp: bigint): bigint {
  return Fr.pow(Fr.e(base), exp);
}

/**
 * Multiplicative inverse mod r.
 * @throws Error if x ≡ 0.
 */
export function finv(x: bigint): bigint {
  if (fmod(x) === 0n) throw new Error("setup: internal error: inverse of zero in the scalar field");
  return Fr.inv(Fr.e(x));
}

/** 32-byte little-endian encoding of a non-negative bigint < 2^256 (snarkjs file layout). */
export function toLE32(x: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let v = x;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
