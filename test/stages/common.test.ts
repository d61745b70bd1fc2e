import { expect } from "chai";

import {
  fixedMultiplier,
  isqrt,
  requantize,
  signedBits,
  STAGE_MULTIPLIER_BITS,
} from "../../src/stages/common.js";

/** Deterministic 32-bit LCG (Numerical Recipes constants) for reproducible random cases. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

describe("stages: fixed-point arithmetic", function () {
  it("isqrt is floor(sqrt(n)): exhaustive for n < 2^17, and s² ≤ n < (s+1)² on random n < 2^128", function () {
    // Independent check: by the defining inequality, not by another square-root routine.
    for (let n = 0; n < 1 << 17; n++) {
      const s = isqrt(BigInt(n));
      expect(s * s <= BigInt(n) && (s + 1n) * (s + 1n) > BigInt(n), `n = ${n}`).to.equal(true);
    }
    const r = lcg(7);
    for (let k = 0; k < 2000; k++) {
      let n = 0n;
      for (let w = 0; w < 4; w++) n = (n << 32n) | BigInt(r());
      n >>= BigInt(r() % 128);
      const s = isqrt(n);
      expect(s * s <= n && (s + 1n) * (s + 1n) > n, `n = ${n}`).to.equal(true);
    }
    expect(() => isqrt(-1n)).to.throw(/stages: isqrt of negative/);
  });

  it("requantize rounds half up: equals the exact rational round(acc·M/2^k) with ties toward +∞", function () {
    // Independent check with exact rationals: q = floor(acc·M / 2^k) by truncating division
    // corrected for negatives, then +1 iff the remainder is at least half of 2^k.
    const r = lcg(11);
    for (let i = 0; i < 20000; i++) {
      const acc = BigInt((r() % 2000001) - 1000000) * BigInt(1 + (r() % 4096));
      const m = BigInt(1 + (r() % 2 ** 20));
      const k = 1 + (r() % 40);
      const num = acc * m;
      const den = 1n << BigInt(k);
      let q = num / den;
      if (num % den !== 0n && num < 0n) q -= 1n;
      const rem = num - q * den;
      const expected = 2n * rem >= den ? q + 1n : q;
      expect(requantize(acc, m, k), `acc ${acc} M ${m} k ${k}`).to.equal(expected);
    }
    expect(requantize(-3n, 1n, 1)).to.equal(-1n); // −1.5 → −1 (half up)
    expect(requantize(3n, 1n, 1)).to.equal(2n); // 1.5 → 2
  });

  it("fixedMultiplier normalizes M to [2^30, 2^31) with relative error ≤ 2^−31", function () {
    for (const f of [1e-12, 3.7e-6, 0.001, 0.1234, 0.5, 0.99999, 1, 7.5, 123456.789]) {
      const { multiplier, shift } = fixedMultiplier(f);
      expect(multiplier).to.be.at.least(2 ** (STAGE_MULTIPLIER_BITS - 1));
      expect(multiplier).to.be.below(2 ** STAGE_MULTIPLIER_BITS);
      // |M − f·2^k| ≤ 1/2 and M ≥ 2^30, so the relative error is ≤ 2^−31.
      expect(Math.abs(multiplier / 2 ** shift - f) / f).to.be.at.most(2 ** -31);
    }
    expect(() => fixedMultiplier(0)).to.throw(/positive finite/);
  });

  it("signedBits is the smallest signed width", function () {
    expect(signedBits(-128n, 127n)).to.equal(8);
    expect(signedBits(-129n, 0n)).to.equal(9);
    expect(signedBits(0n, 128n)).to.equal(9);
    expect(signedBits(0n, 0n)).to.equal(1);
  });
});
