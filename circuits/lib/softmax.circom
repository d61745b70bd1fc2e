pragma circom 2.2.0;

include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/comparators.circom";
include "range.circom";

// Causal softmax pieces in the base-2 log domain (docs/integer-attention.md steps 4-7).
// Costs are after `--O2` (`--O1` also keeps the linear constraints); test/circuits/templates.test.ts pins them.

// Largest of n signed field values (witness computation only).
function signedMax(n, values) {
    var m = values[0];
    for (var u = 1; u < n; u++) {
        if (values[u] > m) {
            m = values[u];
        }
    }
    return m;
}

// RowMax(n, qBits, dBits): max = max_u in[u], delta[u] = max - in[u] >= 0, with delta's bits.
// Proves: max is range-checked to qBits signed bits; every delta is in [0, 2^dBits) (so
// max >= in[u]); prod_u delta[u] = 0 (so max equals one of the inputs). Together these also
// bound every input to [max - 2^dBits, max]: they serve as the range check of the inputs (the
// quotients of RoundShift), so those are not range-checked twice.
// Preconditions: inputs are integers with |in| < 2^(qBits-1) when honest; qBits, dBits <= 250.
// Outputs: deltaBits[u] are the dBits boolean bits of delta[u], LSB first (they feed Exp2Neg).
// Constraints: qBits + n*dBits + (n - 1).
template RowMax(n, qBits, dBits) {
    signal input in[n];
    signal output max;
    signal output delta[n];
    signal output deltaBits[n][dBits];

    if (n == 1) {
        max <== in[0];
    } else {
        max <-- signedMax(n, in);
    }
    // Why: bounds max (and through delta every input).
    component maxRange = RangeCheck(qBits);
    maxRange.in <== max + 2 ** (qBits - 1);

    // Why: delta >= 0 for every u, i.e. max is an upper bound; its bits are the exp's input.
    component deltaRange[n];
    for (var u = 0; u < n; u++) {
        delta[u] <== max - in[u];
        deltaRange[u] = Num2Bits(dBits);
        deltaRange[u].in <== delta[u];
        deltaBits[u] <== deltaRange[u].out;
    }

    // Why: max is attained: the product of all deltas is zero.
    if (n == 2) {
        delta[0] * delta[1] === 0;
    } else if (n > 2) {
        signal chain[n - 2];
        chain[0] <== delta[0] * delta[1];
        for (var u = 1; u < n - 2; u++) {
            chain[u] <== chain[u - 1] * delta[u + 1];
        }
        chain[n - 3] * delta[n - 1] === 0;
    }
}

// Exp2Neg(dBits, F, E, C, K, intBits, A1, A2, A3): out = 2^E * 2^(-delta/2^F), computed as
// docs/integer-attention.md step 5: n = floor(delta/2^F) (bits F..F+intBits-1), f = delta mod 2^F
// (bits 0..F-1); out = 0 when any bit >= F+intBits is set (n >= 2^intBits = EXP_MAX_INT);
// otherwise out = floor(poly(f) * 2^(2^intBits - 1 - n) / 2^K) with
// poly = 2^C*2^(3F) + A1*f*2^(2F) + A2*f^2*2^F + A3*f^3 (constants from src/quant/constants.ts).
// Preconditions: bits[] are boolean (the caller's Num2Bits of delta); dBits >= F + intBits;
//   intBits >= 2; poly(f) >= 0 for f in [0, 2^F) (test/quant/constants.test.ts);
//   2^(C + 3F + 2 + 2^intBits) < 2^250.
// Output: out in [0, 2^E], range-checked to E+1 bits; the remainder to K bits.
// Constraints: 2 (f^2, f^3) + (intBits - 1) (power of two) + 3 (overflow flag and mask, when
//   dBits > F + intBits; else 0) + 1 (division identity) + K + (E + 1).
template Exp2Neg(dBits, F, E, C, K, intBits, A1, A2, A3) {
    signal input bits[dBits];
    signal output out;

    var f = 0;
    for (var i = 0; i < F; i++) {
        f += bits[i] * 2 ** i;
    }
    signal f2;
    signal f3;
    f2 <== f * f;
    f3 <== f2 * f;
    var poly = 2 ** (C + 3 * F) + A1 * f * 2 ** (2 * F) + A2 * f2 * 2 ** F + A3 * f3;

    // Why: 2^(2^intBits - 1 - n) = prod_i (b_i + (1 - b_i) * 2^(2^i)), n = sum_i b_i 2^i.
    signal pw[intBits - 1];
    for (var i = 1; i < intBits; i++) {
        var factor = bits[F + i] + (1 - bits[F + i]) * 2 ** (2 ** i);
        if (i == 1) {
            pw[0] <== (bits[F] + (1 - bits[F]) * 2) * factor;
        } else {
            pw[i - 1] <== pw[i - 2] * factor;
        }
    }

    // Why: n >= 2^intBits (any higher bit set) gives exp = 0.
    signal scale;
    if (dBits > F + intBits) {
        var high = 0;
        for (var i = F + intBits; i < dBits; i++) {
            high += bits[i];
        }
        component small = IsZero();
        small.in <== high;
        scale <== pw[intBits - 2] * small.out;
    } else {
        scale <== pw[intBits - 2];
    }

    signal rem;
    out <-- (poly * scale) \ 2 ** K;
    rem <-- (poly * scale) % 2 ** K;
    // Why: division identity; remainder in [0, 2^K) and quotient in [0, 2^(E+1)) make it exact.
    poly * scale === out * 2 ** K + rem;
    component remRange = RangeCheck(K);
    remRange.in <== rem;
    component outRange = RangeCheck(E + 1);
    outRange.in <== out;
}

// Normalize(n, rBits, P): sum = sum_u e[u]; probs[u] = floor((e[u]*2^(P+1) + sum) / (2*sum))
// (docs/integer-attention.md steps 6-7: probability rounded half up, P bits).
// Proves per u: e*2^(P+1) + sum = probs*(2 sum) + r with r in [0, 2^rBits), 2 sum - 1 - r in
//   [0, 2^rBits) (so 0 <= r < 2 sum) and probs in [0, 2^(P+1)).
// Preconditions: e[u] are integers in [0, 2^(E+1)) (Exp2Neg's range check) with sum >= 1 (the
//   row maximum contributes 2^E); 2^rBits > 2*sum for every honest sum; rBits + P + 2 < 250.
// Constraints: n * (1 + 2*rBits + P + 1).
template Normalize(n, rBits, P) {
    signal input e[n];
    signal output sum;
    signal output probs[n];

    var s = 0;
    for (var u = 0; u < n; u++) {
        s += e[u];
    }
    sum <== s;

    signal r[n];
    component rRange[n];
    component rUpper[n];
    component pRange[n];
    for (var u = 0; u < n; u++) {
        probs[u] <-- (e[u] * 2 ** (P + 1) + sum) \ (2 * sum);
        r[u] <-- (e[u] * 2 ** (P + 1) + sum) % (2 * sum);
        // Why: division identity with a variable divisor.
        e[u] * 2 ** (P + 1) + sum === probs[u] * (2 * sum) + r[u];
        // Why: 0 <= r < 2 sum.
        rRange[u] = RangeCheck(rBits);
        rRange[u].in <== r[u];
        rUpper[u] = RangeCheck(rBits);
        rUpper[u].in <== 2 * sum - 1 - r[u];
        // Why: quotient range, so the identity cannot wrap around the field.
        pRange[u] = RangeCheck(P + 1);
        pRange[u].in <== probs[u];
    }
}
