pragma circom 2.2.0;

include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/comparators.circom";
include "range.circom";

// Symmetric saturation and rounding shifts of the whole-model stages (LayerNorm output, residual
// add; docs/circuits.md "Whole-model stages", integer semantics docs/integer-model.md).
// Costs after `--O2` (linear constraints substituted away); test/circuits/stages/*.test.ts pin
// the stage totals.

// SatSym(yBits, outBits): out = clamp(y, -(2^(outBits-1) - 1), 2^(outBits-1) - 1), with y itself
// range-checked: yb = y + 2^(outBits-1) + 2^(yBits-1) must lie in [0, 2^yBits) (Num2Bits).
// The same bits drive the clamp (RequantSat's trick, range.circom, generalized): the top bit says
// y + 2^(outBits-1) >= 0, bits outBits..yBits-2 all zero say y + 2^(outBits-1) < 2^outBits, and
// the low outBits bits are y + 2^(outBits-1) then. That clamps to [-2^(outBits-1), 2^(outBits-1)-1];
// one IsZero lifts the single value -2^(outBits-1) to -(2^(outBits-1) - 1) (symmetric range).
// Preconditions: yBits >= outBits + 2 (at least one middle bit); yBits <= 252; every honest y
//   lies in [-2^(yBits-1) - 2^(outBits-1), 2^(yBits-1) - 2^(outBits-1)) (the caller sizes yBits).
// Input: y (any field element; rejected unless in the range above). Output: out, |out| <=
//   2^(outBits-1) - 1 by construction.
// Constraints: yBits + 6 (Num2Bits yBits, two IsZero 2 each, two products).
template SatSym(yBits, outBits) {
    signal input y;
    signal output out;

    // Why: the bit decomposition of the offset quotient is its range check, and its bits decide
    // the clamp (no comparator on unchecked inputs).
    component yb = Num2Bits(yBits);
    yb.in <== y + 2 ** (outBits - 1) + 2 ** (yBits - 1);

    var low = 0;
    for (var i = 0; i < outBits; i++) {
        low += yb.out[i] * 2 ** i;
    }
    var mid = 0;
    for (var i = outBits; i < yBits - 1; i++) {
        mid += yb.out[i];
    }
    // Why: mid == 0 exactly when y is not above the top of the representable range.
    component inRange = IsZero();
    inRange.in <== mid;
    signal capped;
    capped <== inRange.out * (low - (2 ** outBits - 1));
    // Why: top bit 0 means y below the range (out = -2^(outBits-1)); else the capped low bits.
    signal pre;
    pre <== yb.out[yBits - 1] * (2 ** outBits - 1 + capped) - 2 ** (outBits - 1);
    // Why: the one value outside the symmetric range, -2^(outBits-1), becomes -(2^(outBits-1)-1).
    component atMin = IsZero();
    atMin.in <== pre + 2 ** (outBits - 1);
    out <== pre + atMin.out;
}

// RoundSatSym(n, yBits, outBits): y = floor((acc + 2^(n-1)) / 2^n) (round half up; floor toward
// -infinity also for negative acc), out = SatSym(yBits, outBits)(y).
// Preconditions: 1 <= n; |acc| + 2^(n + yBits) < 2^250 for every value acc can take (so the
//   division identity cannot wrap around the field); the preconditions of SatSym.
// Output: out (|out| <= 2^(outBits-1) - 1). Internal: y (range-checked by SatSym), rem in [0, 2^n).
// Constraints: n + yBits + 6.
template RoundSatSym(n, yBits, outBits) {
    signal input acc;
    signal output out;
    signal y;
    signal rem;

    y <-- floorDivPow2(acc + 2 ** (n - 1), n);
    // Why: division identity; remainder (here) and quotient (SatSym's Num2Bits) are range-checked.
    rem <== acc + 2 ** (n - 1) - y * 2 ** n;
    // Why: remainder in [0, 2^n) makes y the floor.
    component remRange = RangeCheck(n);
    remRange.in <== rem;
    component sat = SatSym(yBits, outBits);
    sat.y <== y;
    out <== sat.out;
}
