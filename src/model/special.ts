/**
 * Special functions the float reference needs beyond `Math`.
 */

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, to about 1e-15 absolute: the Maclaurin series
 * Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)) for |x| < 2.5 (Abramowitz & Stegun 7.1.5), and 1 − erfc(x)
 * with erfc's continued fraction (A&S 7.1.14) beyond. Odd; erf(±∞) = ±1; NaN stays NaN.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  let r: number;
  if (a < 2.5) {
    let term = a;
    let sum = a;
    for (let n = 1; n < 100; n++) {
      term *= (-a * a) / n;
      const t = term / (2 * n + 1);
      sum += t;
      if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
    }
    r = (2 / Math.sqrt(Math.PI)) * sum;
  } else if (a > 6) {
    r = 1;
  } else {
    // erfc(a) = e^(−a²)/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + ...))))), evaluated backwards.
    let f = a;
    for (let k = 80; k >= 1; k--) f = a + k / 2 / f;
    r = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / f;
  }
  return x < 0 ? -r : r;
}
