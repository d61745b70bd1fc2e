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
    /** A field element drawn from a ChaCha stream (how snarkjs draws phase-2 secrets). */
    fromRng(rng: ChaCha): FrElement;
  }
  /** A point in ffjavascript's wasm form: affine (2 coordinates) or Jacobian (3). */
  type CurvePoint = Uint8Array;
  /** One BN254 group (G1 or G2) of ffjavascript's wasm curve. */
  interface WasmGroup {
    /** The standard generator. */
    g: CurvePoint;
    /** A point drawn from a ChaCha stream (snarkjs's phase-2 public keys). */
    fromRng(rng: ChaCha): CurvePoint;
    /** p·s for a field element s in wasm form. */
    timesFr(p: CurvePoint, s: FrElement): CurvePoint;
    /** p·s for an integer s. */
    timesScalar(p: CurvePoint, s: bigint): CurvePoint;
    sub(a: CurvePoint, b: CurvePoint): CurvePoint;
    toAffine(p: CurvePoint): CurvePoint;
    /** Writes p as affine little-endian Montgomery coordinates (.ptau/.zkey point form). */
    toRprLEM(buf: Uint8Array, offset: number, p: CurvePoint): void;
    /** Writes p as big-endian affine coordinates (the form snarkjs hashes). */
    toRprUncompressed(buf: Uint8Array, offset: number, p: CurvePoint): void;
  }
  interface BnCurve {
    Fr: WasmFr;
    G1: WasmGroup;
    G2: WasmGroup;
    terminate(): Promise<void>;
  }
  /** The ChaCha20 stream generator snarkjs derives its random values from. */
  export class ChaCha {
    /** @param seed eight 32-bit words. */
    constructor(seed: number[]);
  }
  /** A prime field on bigints (ffjavascript's `ZqField`); elements are reduced to [0, p). */
  export class F1Field {
    constructor(p: bigint);
    readonly p: bigint;
    /** `a mod p` in [0, p), also for negative `a`. */
    e(a: bigint | number | string): bigint;
    add(a: bigint, b: bigint): bigint;
    sub(a: bigint, b: bigint): bigint;
    neg(a: bigint): bigint;
    mul(a: bigint, b: bigint): bigint;
    pow(base: bigint, exp: bigint): bigint;
    /** @throws Error "Division by zero" for 0. */
    inv(a: bigint): bigint;
  }
  /** Builds the BN254 curve; `singleThread` avoids the worker pool. */
  export function buildBn128(singleThread?: boolean): Promise<BnCurve>;
}
