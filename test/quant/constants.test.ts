import { expect } from "chai";

import {
  EXP_BITS,
  EXP_COEF_BITS,
  EXP_MAX_INT,
  EXP_POLY_COEFFS,
  EXP_SHIFT,
  SCORE_FRAC_BITS,
} from "../../src/quant/constants.js";
import { expBase2 } from "../../src/quant/intAttention.js";

/** ∫_0^1 g(x) dx by composite Simpson's rule with n (even) intervals. */
function simpson(g: (x: number) => number, n: number): number {
  let s = g(0) + g(1);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * g(i / n);
  return s / (3 * n);
}

/** Solves a 3×3 linear system by Gaussian elimination with partial pivoting. */
function solve3(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < 3; c++) {
    let piv = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k < 4; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[3] / row[i]);
}

describe("quantization constants", () => {
  it("EXP_POLY_COEFFS are the least-squares cubic fit of 2^−x − 1 on [0, 1] (a0 pinned to 1), at 2^16", () => {
    // Normal equations of min ∫ (2^−x − 1 − Σ a_i x^i)^2 dx over the basis x, x², x³:
    // G[i][j] = ∫ x^(i+j) = 1/(i+j+1), rhs[i] = ∫ x^i (2^−x − 1) dx.
    const powers = [1, 2, 3];
    const G = powers.map((i) => powers.map((j) => 1 / (i + j + 1)));
    const rhs = powers.map((i) => simpson((x) => x ** i * (2 ** -x - 1), 20000));
    const a = solve3(G, rhs);
    const scaled = a.map((ai) => Math.round(ai * 2 ** EXP_COEF_BITS));
    expect(scaled).to.deep.equal([...EXP_POLY_COEFFS]);
  });

  it("the rounded polynomial approximates 2^−x within 1.3e-4 on every F-bit fraction", () => {
    let worst = 0;
    for (let f = 0; f < 2 ** SCORE_FRAC_BITS; f++) {
      const x = f / 2 ** SCORE_FRAC_BITS;
      const [a1, a2, a3] = EXP_POLY_COEFFS.map((c) => c / 2 ** EXP_COEF_BITS);
      worst = Math.max(worst, Math.abs(1 + a1 * x + a2 * x * x + a3 * x ** 3 - 2 ** -x));
    }
    expect(worst).to.be.lessThan(1.3e-4);
  });

  it("EXP_SHIFT is C + 3F + (EXP_MAX_INT − 1) − E, so exp(0) = 2^E", () => {
    expect(EXP_SHIFT).to.equal(EXP_COEF_BITS + 3 * SCORE_FRAC_BITS + EXP_MAX_INT - 1 - EXP_BITS);
    expect(expBase2(0n)).to.equal(2 ** EXP_BITS);
  });

  it("the integer exp is non-increasing in delta and stays in [0, 2^E]", () => {
    let prev = 2 ** EXP_BITS;
    for (let d = 0; d <= EXP_MAX_INT * 2 ** SCORE_FRAC_BITS; d++) {
      const e = expBase2(BigInt(d));
      expect(e).to.be.within(0, prev);
      prev = e;
    }
  });
});
