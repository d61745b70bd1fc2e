/**
 * Small helpers shared by the stage emitters of LayerNorm, residual add and embedding
 * (src/stages/emit.ts contract): circom constant functions and bit widths.
 */

/** Bits of a non-negative integer: smallest b with v < 2^b (0 for v = 0). */
export function bitLength(v: bigint): number {
  if (v < 0n) throw new Error(`stages: bitLength of negative ${v}`);
  return v === 0n ? 0 : v.toString(2).length;
}

const list = (a: readonly (number | bigint)[]) => `[${a.join(", ")}]`;

/** A circom function `fn()` returning the compile-time vector `v`. */
export function constVector(fn: string, v: readonly (number | bigint)[]): string {
  return `function ${fn}() {
    var v[${v.length}] = ${list(v)};
    return v;
}`;
}

/** A circom function `fn()` returning the compile-time [rows][cols] matrix `w` (row-major). */
export function constMatrix(
  fn: string,
  w: readonly (number | bigint)[],
  rows: number,
  cols: number,
): string {
  const body = Array.from(
    { length: rows },
    (_, j) => `        ${list(w.slice(j * cols, (j + 1) * cols))}`,
  );
  return `function ${fn}() {
    var w[${rows}][${cols}] = [
${body.join(",\n")}
    ];
    return w;
}`;
}

/** Number of field elements `PackSigned(n, w)` produces: ceil(n / floor(253 / w)). */
export const packedLength = (n: number, w: number) => Math.ceil(n / Math.floor(253 / w));

/**
 * Width yBits of a quotient y with |y| ≤ yMax that `SatSym(yBits, outBits)` (circuits/lib/
 * saturate.circom) range-checks: the smallest b ≥ outBits + 2 with yMax + 2^(outBits−1) < 2^(b−1).
 */
export function satQuotientBits(yMax: bigint, outBits: number): number {
  let b = outBits + 2;
  while (yMax + (1n << BigInt(outBits - 1)) >= 1n << BigInt(b - 1)) b++;
  return b;
}

/** SatSym cost after --O2: the quotient's bits, two IsZero (2 each), two products. */
export const satSymConstraints = (yBits: number) => yBits + 6;
