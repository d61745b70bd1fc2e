pragma circom 2.2.0;

include "range.circom";
include "dense.circom";

// The MLP's i-GELU (I-BERT, Kim et al., ICML 2021, §3.4, Algorithm 2) evaluated directly on the
// c_fc accumulator, exactly as src/stages/gelu.ts `geluInt` and src/stages/mlp.ts `mlpRef`
// (docs/integer-model.md "MLP", "GELU"). The linear layers are ConstDense / Dense (dense.circom),
// the output requantization RoundShift + SignedBits (range.circom). Costs after --O2.

// GeluPow2(aBits, m, n, A, ONE): i-GELU of the accumulator f whose channel scale puts the clip
// point c at exactly 2^m (x = f * c / 2^m):
//   absF = |f| (bits b[0..aBits-1]); clip = [absF >= 2^m] = [some bit m..aBits-1 is set];
//   u = min(floor(absF * 2^n / 2^m), 2^n) (the polynomial's input: the bits m-n..m-1 of absF,
//   or absF * 2^(n-m) when m < n, and 2^n when clipped);
//   poly = A * (u - 2^n)^2 + ONE;  gAcc = f * ONE + absF * poly  (= f * (ONE + sgn(f) * poly)).
// Preconditions: 1 <= m < aBits <= 252; |f| < 2^aBits for every honest f (the emitter checks the
//   bound of f); A < 0 < ONE with A * 2^(2n) + ONE >= 0 (poly in [0, ONE]);
//   2^aBits * 2 * ONE < 2^250 (gAcc is an exact integer far below p/2).
// absF * absF = f * f with absF in [0, 2^aBits) makes absF = |f| and bounds f (a field element
// whose square equals that of a small absF is +-absF).
// Outputs: u in [0, 2^n], gAcc (|gAcc| <= |f| * 2 * ONE).
// Constraints: aBits (absF bits) + 1 (square) + 2 (IsZero of the high bits) + 1 (u) + 1 (dd^2)
//   + 1 (gAcc) = aBits + 6.
template GeluPow2(aBits, m, n, A, ONE) {
    signal input f;
    signal output u;
    signal output gAcc;
    signal absF;
    signal dd2;

    absF <-- f < 0 ? -f : f;
    component ab = Num2Bits(aBits);
    ab.in <== absF;
    // Why: absF^2 = f^2 with absF in [0, 2^aBits): absF = |f| (and |f| < 2^aBits).
    (absF - f) * (absF + f) === 0;

    var high = 0;
    for (var i = m; i < aBits; i++) {
        high += ab.out[i];
    }
    var low = 0;
    for (var i = 0; i < m; i++) {
        if (i >= m - n) {
            low += ab.out[i] * 2 ** (i - (m - n));
        } else {
            // The bits below the polynomial's grid only enter through absF (its recomposition).
            _ <== ab.out[i];
        }
    }
    // Why: absF >= 2^m iff some bit at or above m is set (a sum of bits is zero iff each bit is).
    component below = IsZero();
    below.in <== high;
    // Why: u = low (= floor(absF * 2^n / 2^m) when absF < 2^m) or 2^n (clipped).
    u <== 2 ** n + below.out * (low - 2 ** n);
    // Why: the clipped second-order polynomial of erf and x * (1 + sgn * poly) (I-BERT §3.4).
    dd2 <== (u - 2 ** n) * (u - 2 ** n);
    gAcc <== f * ONE + absF * (A * dd2 + ONE);
}
