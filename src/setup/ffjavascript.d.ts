/**
 * Minimal typings for the parts of ffjavascript 0.3.x that src/setup and src/circuit/r1cs.ts use
 * (the package ships none). If another area needs more of ffjavascript, move this file to types/
 * and extend it.
 */
declare module "ffjavascript" {
  /** A BN254 scalar-field element in ffjavascript's wasm representation. */
  type FrElement = Uint8Array;
  interface WasmFr {
    /** w[m]: the primitive 2^m-th root of unity used by ffjavascript's FFTs. */
    w: FrElement[];
    toObject(e: FrElement): bigint;
  }
  interface BnCurve {
    Fr: WasmFr;
    terminate(): Promise<void>;
  }
  /** A prime field on bigints (ffjavascript's `ZqField`); elements are reduced to [0, p). */
  export class F1Field {
    constructor(p: bigint);
    readonly p: bigint;
    /** `a mod p` in [0, p), also for negative `a`. */
    e(a: bigint | number | string): bigint;
    mul(a: bigint, b: bigint): bigint;
    pow(base: bigint, exp: bigint): bigint;
    /** @throws Error "Division by zero" for 0. */
    inv(a: bigint): bigint;
  }
  /** Builds the BN254 curve; `singleThread` avoids the worker pool. */
  export function buildBn128(singleThread?: boolean): Promise<BnCurve>;
}
