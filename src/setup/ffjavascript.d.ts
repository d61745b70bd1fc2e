/**
 * Minimal typings for the parts of ffjavascript 0.3.x that src/setup uses (the package ships
 * none). If another area needs more of ffjavascript, move this file to types/ and extend it.
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
  /** Builds the BN254 curve; `singleThread` avoids the worker pool. */
  export function buildBn128(singleThread?: boolean): Promise<BnCurve>;
}
