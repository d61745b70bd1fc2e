/**
 * Small text helpers shared by the stage emitters (src/stages/emit.ts contract): compile-time
 * constants as circom functions, and bit widths.
 *
 * Every error thrown here is an `Error` whose message starts with `stages: `.
 */
import { fail } from "./common.js";

/** `[a, b, c]` for circom. */
export const circomList = (a: readonly (number | bigint)[]): string => `[${a.join(", ")}]`;

/**
 * A compile-time [rows][cols] matrix (row-major) as a circom function returning it.
 * @throws `stages: ` error if `w` does not have rows·cols entries.
 */
export function constMatrixFn(
  fn: string,
  w: readonly (number | bigint)[],
  rows: number,
  cols: number,
): string {
  if (w.length !== rows * cols)
    fail(`constMatrixFn ${fn}: ${w.length} values for a ${rows}×${cols} matrix`);
  const body = Array.from(
    { length: rows },
    (_, j) => `        ${circomList(w.slice(j * cols, (j + 1) * cols))}`,
  );
  return `function ${fn}() {
    var w[${rows}][${cols}] = [
${body.join(",\n")}
    ];
    return w;
}`;
}

/** A compile-time vector as a circom function returning it. */
export function constVectorFn(fn: string, v: readonly (number | bigint)[]): string {
  return `function ${fn}() {
    var v[${v.length}] = ${circomList(v)};
    return v;
}`;
}

/** Smallest n ≥ 1 with 0 ≤ v < 2^n (v ≥ 0). */
export function unsignedBits(v: bigint): number {
  if (v < 0n) fail(`unsignedBits of negative ${v}`);
  return Math.max(1, v.toString(2).length);
}

/** Rows of a flat row-major array. */
export function rowsOf<T>(flat: readonly T[], cols: number): T[][] {
  const out: T[][] = [];
  for (let s = 0; s < flat.length; s += cols) out.push(flat.slice(s, s + cols));
  return out;
}
