pragma circom 2.2.0;

include "range.circom";
include "saturate.circom";

// Residual add with requantization to one common scale (docs/integer-model.md "Residual add";
// src/stages/residual.ts `residualRef`):
//   sumAcc[t][j] = a[t][j] MA[j] + b[t][j] MB[j];
//   outQ[t][j]   = clamp(floor((sumAcc + 2^(KS[j]-1)) / 2^KS[j]), -32767, 32767).
// MA, MB, KS are compile-time constants in both weights modes (a residual stage commits nothing).

// ResidualAdd(T, D, MA, MB, KS, YB, aBits, bBits):
// Inputs: a[T][D] (the residual stream), b[T][D] (the branch). If aBits > 0 (bBits > 0) every a
//   (b) is range-checked here to aBits (bBits) signed bits; 0 means the CALLER guarantees that
//   range (the producing stage range-proves its output).
// Preconditions: for every j, |a| MA[j] + |b| MB[j] + 2^(KS[j] + YB[j]) < 2^250 over those
//   ranges (no wrap-around); YB[j] sizes the quotient: |y| + 2^15 < 2^(YB[j]-1), YB[j] >= 18
//   (RoundSatSym(KS[j], YB[j], 16)).
// Outputs: sumAcc[T][D] (exact), outQ[T][D] in [-32767, 32767] by construction (16-bit signed).
// Constraints: T sum_j (KS[j] + YB[j] + 6) + T D (aBits + bBits).
template ResidualAdd(T, D, MA, MB, KS, YB, aBits, bBits) {
    signal input a[T][D];
    signal input b[T][D];
    signal output sumAcc[T][D];
    signal output outQ[T][D];

    // Why: the input ranges keep sumAcc's identity far from the field size.
    component aRange[T][D];
    component bRange[T][D];
    component out[T][D];
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            if (aBits > 0) {
                aRange[t][j] = RangeCheck(aBits);
                aRange[t][j].in <== a[t][j] + 2 ** (aBits - 1);
            }
            if (bBits > 0) {
                bRange[t][j] = RangeCheck(bBits);
                bRange[t][j].in <== b[t][j] + 2 ** (bBits - 1);
            }
            // Why: both operands at the common scale before one rounding (linear: constants).
            sumAcc[t][j] <== a[t][j] * MA[j] + b[t][j] * MB[j];
            // Why: rounding shift with range-checked remainder and quotient, then the ±32767 clamp.
            out[t][j] = RoundSatSym(KS[j], YB[j], 16);
            out[t][j].acc <== sumAcc[t][j];
            outQ[t][j] <== out[t][j].out;
        }
    }
}
