pragma circom 2.2.0;

include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/poseidon.circom";
include "range.circom";
include "constants.circom";

// Commitment pieces (docs/integer-attention.md "Commitments"; TypeScript twin:
// src/circuit/commitments.ts). Costs after `--O2` (`--O1` also keeps the linear constraints).

// PackOffset(n, w): packs n signed w-bit values, floor(PACK_FIELD_BITS()/w) per field element, first value in
// the lowest bits, each as v + 2^(w-1).
// Preconditions: the CALLER proves every in[i] in [-2^(w-1), 2^(w-1)) (otherwise packing is not
//   injective); 1 <= w <= PACK_FIELD_BITS().
// Constraints: 0.
template PackOffset(n, w) {
    var per = PACK_FIELD_BITS() \ w;
    var m = (n + per - 1) \ per;
    signal input in[n];
    signal output out[m];

    for (var e = 0; e < m; e++) {
        var acc = 0;
        for (var k = 0; k < per; k++) {
            if (e * per + k < n) {
                acc += (in[e * per + k] + 2 ** (w - 1)) * 2 ** (w * k);
            }
        }
        out[e] <== acc;
    }
}

// PackSigned(n, w): range-checks n signed w-bit values, then PackOffset(n, w).
// Preconditions: 2 <= w <= 252. Constraints: n*w.
template PackSigned(n, w) {
    var per = PACK_FIELD_BITS() \ w;
    var m = (n + per - 1) \ per;
    signal input in[n];
    signal output out[m];

    // Why: w-bit range checks make the packing injective.
    component range[n];
    for (var i = 0; i < n; i++) {
        range[i] = RangeCheck(w);
        range[i].in <== in[i] + 2 ** (w - 1);
    }
    component pack = PackOffset(n, w);
    pack.in <== in;
    out <== pack.out;
}

// Sponge(n, tag): state = tag*2^64 + n; for each chunk of 15 inputs (the last zero-padded)
// state = Poseidon(16)([state, chunk...]); out = state.
// Preconditions: n >= 1. Constraints: ceil(n/15) * 609 (circomlib Poseidon(16) after --O2), minus
// 3 per compile-time-constant input (the initial state and the zero padding of the last chunk).
template Sponge(n, tag) {
    var chunks = (n + 14) \ 15;
    signal input in[n];
    signal output out;

    component h[chunks];
    for (var c = 0; c < chunks; c++) {
        h[c] = Poseidon(16);
        if (c == 0) {
            h[c].inputs[0] <== tag * 2 ** 64 + n;
        } else {
            h[c].inputs[0] <== h[c - 1].out;
        }
        for (var k = 0; k < 15; k++) {
            if (c * 15 + k < n) {
                h[c].inputs[k + 1] <== in[c * 15 + k];
            } else {
                h[c].inputs[k + 1] <== 0;
            }
        }
    }
    out <== h[chunks - 1].out;
}
