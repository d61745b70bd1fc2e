pragma circom 2.2.0;

include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/comparators.circom";

// Range checks and fixed-point helpers shared by the zkattn attention templates
// (docs/circuits.md; integer semantics: docs/integer-attention.md).
//
// Every template here states its preconditions (what the caller must enforce) and its cost in
// constraints after `--O2` (linear constraints are substituted away; `--O1` keeps them in
// addition). test/circuits/templates.test.ts pins every count.

// Floor division of a signed field value by 2^k, for witness computation only (`<--`).
// Field values above p/2 are negative (circom's relational operators use that convention).
function floorDivPow2(v, k) {
    if (v < 0) {
        return -((-v + 2 ** k - 1) \ 2 ** k);
    }
    return v \ 2 ** k;
}

// RangeCheck(n): proves 0 <= in < 2^n by bit decomposition (circomlib Num2Bits without the
// output bits, for values whose bits are not needed elsewhere).
// Preconditions: 1 <= n <= 252, so the bit sum cannot wrap around the field.
// Constraints: n.
template RangeCheck(n) {
    signal input in;
    signal bits[n];

    var lc = 0;
    for (var i = 0; i < n; i++) {
        bits[i] <-- (in >> i) & 1;
        // Why: each bit is 0 or 1.
        bits[i] * (bits[i] - 1) === 0;
        lc += bits[i] * 2 ** i;
    }
    // Why: the bits recompose the value.
    lc === in;
}

// SignedBits(n): proves -2^(n-1) <= in < 2^(n-1) and outputs the n bits of in + 2^(n-1), LSB first.
// Preconditions: 2 <= n <= 252, so the bit sum cannot wrap around the field.
// Output: bits[n] boolean. Constraints: n.
template SignedBits(n) {
    signal input in;
    signal output bits[n];

    // Why: the bit decomposition of the offset value is the range check.
    component b = Num2Bits(n);
    b.in <== in + 2 ** (n - 1);
    bits <== b.out;
}

// RoundShift(M, k): out = floor((in*M + 2^(k-1)) / 2^k), i.e. in*M/2^k rounded half up, with the
// remainder range-checked to k bits.
// Preconditions (the caller enforces them; the generator checks them from src/quant/bounds.ts):
//   - |in*M| + 2^k < 2^250 for every value `in` can take;
//   - the CALLER range-checks `out` to a width w with 2^(k+w) < 2^250. Without that range check
//     the remainder could be shifted into a huge field-element quotient.
// Constraints: k.
template RoundShift(M, k) {
    signal input in;
    signal output out;
    signal rem;

    out <-- floorDivPow2(in * M + 2 ** (k - 1), k);
    // Why: quotient and remainder reproduce the numerator (exact over the integers given the ranges).
    rem <== in * M + 2 ** (k - 1) - out * 2 ** k;
    // Why: remainder in [0, 2^k) makes the quotient the floor.
    component remRange = RangeCheck(k);
    remRange.in <== rem;
}

// RequantSat(M, k, yBits): out = clamp(floor((in*M + 2^(k-1)) / 2^k), -128, 127)
// (docs/integer-attention.md step 10).
// The pre-saturation quotient y is range-checked through yb = y + 128 + 2^(yBits-1) in [0, 2^yBits);
// the same bits drive the clamp (no second comparison): the top bit says y + 128 >= 0, bits
// 8..yBits-2 all zero say y + 128 < 256, and bits 0..7 are y + 128 then.
// Preconditions: yBits >= 10; every value y can take lies in [-2^(yBits-1) - 128, 2^(yBits-1) - 128);
//   |in*M| + 2^(k + yBits) < 2^250 (the generator checks both from src/quant/bounds.ts).
// Outputs: out in [-128, 127] by construction (no separate range check is needed to pack it);
// y (the pre-saturation quotient, y + 128 + 2^(yBits-1) in [0, 2^yBits)) and rem (in [0, 2^k)),
// range-checked here, so a caller may pack them injectively to bind `in` (in = (y 2^k + rem -
// 2^(k-1)) / M).
// Constraints: k + yBits + 4 (IsZero 2, two products).
template RequantSat(M, k, yBits) {
    signal input in;
    signal output out;
    signal output y;
    signal output rem;

    y <-- floorDivPow2(in * M + 2 ** (k - 1), k);
    // Why: division identity; remainder and quotient are both range-checked below.
    rem <== in * M + 2 ** (k - 1) - y * 2 ** k;
    component remRange = RangeCheck(k);
    remRange.in <== rem;
    component yb = Num2Bits(yBits);
    yb.in <== y + 128 + 2 ** (yBits - 1);

    // Why: saturation from the quotient's own bits.
    var low8 = 0;
    for (var i = 0; i < 8; i++) {
        low8 += yb.out[i] * 2 ** i;
    }
    var mid = 0;
    for (var i = 8; i < yBits - 1; i++) {
        mid += yb.out[i];
    }
    component inByte = IsZero();
    inByte.in <== mid;
    signal capped;
    capped <== inByte.out * (low8 - 255);
    out <== yb.out[yBits - 1] * (255 + capped) - 128;
}
