pragma circom 2.2.0;

include "linear.circom";
include "range.circom";
include "pack.circom";
include "constants.circom";

// Freivalds checks of the private-weight matrix products (docs/design.md "Soundness rules": Freivalds is only
// sound with a challenge derived in-circuit by a hash that binds both operands and the claimed
// product). zkattn derives one challenge rho = Poseidon sponge over the model and input
// commitments (binding weights, biases and xQ; every other operand is a deterministic,
// fully constrained function of them) and the injective packings of every claimed product
// (QKV accumulators through their range checks, output accumulators through the requantization's
// quotient and remainder). Costs after --O2.

// FreivaldsLinear(T, D, c): checks acc[t][j] = b[j] + sum_i c[i] x[t][i] w[j][i] for all t, j
// by the random linear combination with r[j] = rho^j:
//   sum_j r[j] acc[t][j] = sum_j r[j] b[j] + sum_i c[i] x[t][i] u[i],  u[i] = sum_j r[j] w[j][i]
// for every t. If some row of acc is wrong, its difference is a non-zero polynomial of degree < D
// in rho, zero with probability < D / p for a rho fixed after acc (Schwartz-Zippel).
// Preconditions (the caller enforces them): rho is the output of a Poseidon sponge whose inputs
//   bind x, w, b and acc injectively; the true products are integers of magnitude < p/2 and acc is
//   range-checked (directly or through a bound packing) to that range, so the field identity pins
//   the integer values.
// Constraints: (D - 2) powers + D (D - 1) for u + (D - 1) for the bias term + T (2D - 1) row checks
//   (products with r[0] = 1 are linear and vanish under --O2).
template FreivaldsLinear(T, D, c) {
    signal input x[T][D];
    signal input w[D][D];
    signal input b[D];
    signal input acc[T][D];
    signal input rho;

    signal r[D];
    r[0] <== 1;
    r[1] <== rho;
    for (var j = 2; j < D; j++) {
        r[j] <== r[j - 1] * rho;
    }

    // u = W^T r and r . b.
    component u[D];
    for (var i = 0; i < D; i++) {
        u[i] = Dot(D);
        u[i].a <== r;
        for (var j = 0; j < D; j++) {
            u[i].b[j] <== w[j][i];
        }
        u[i].bias <== 0;
    }
    component rb = Dot(D);
    rb.a <== r;
    rb.b <== b;
    rb.bias <== 0;

    // Why: one random linear combination per row ties the claimed accumulators to x W^T + b.
    component lhs[T];
    component rhs[T];
    for (var t = 0; t < T; t++) {
        lhs[t] = Dot(D);
        lhs[t].a <== r;
        lhs[t].b <== acc[t];
        lhs[t].bias <== 0;
        rhs[t] = ScaledDot(D, c);
        rhs[t].a <== x[t];
        for (var i = 0; i < D; i++) {
            rhs[t].b[i] <== u[i].out;
        }
        rhs[t].bias <== rb.out;
        lhs[t].out === rhs[t].out;
    }
}

// ClaimedProjection(T, D, accBits): the prover's claimed acc[t][j] = b[j] + sum_i x[t][i] w[j][i]
// (witness only), range-checked to accBits signed bits and packed for the challenge hash. The
// product itself is checked by FreivaldsLinear(T, D, ones) with the shared challenge.
// Preconditions: accBits covers every honest accumulator (src/quant/bounds.ts).
// Constraints: T*D*accBits.
template ClaimedProjection(T, D, accBits) {
    var per = PACK_FIELD_BITS() \ accBits;
    var m = (T * D + per - 1) \ per;
    signal input x[T][D];
    signal input w[D][D];
    signal input b[D];
    signal output acc[T][D];
    signal output packed[m];

    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            var s = b[j];
            for (var i = 0; i < D; i++) {
                s += x[t][i] * w[j][i];
            }
            acc[t][j] <-- s;
        }
    }
    // x, w, b only feed the witness here; FreivaldsLinear constrains the product.
    _ <== x;
    _ <== w;
    _ <== b;
    // Why: the range check makes the packing injective, so the challenge binds acc.
    component pack = PackSigned(T * D, accBits);
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            pack.in[t * D + j] <== acc[t][j];
        }
    }
    packed <== pack.out;
}

// ClaimedOutput(T, D, cV, Mo, ko, yBits): the prover's claimed output accumulators
// acc[t][j] = b[j] + sum_i cV[i] av[t][i] w[j][i] (witness only), their requantization with
// saturation (RequantSat, step 10) and a packing of each (rem, y) pair, which determines acc
// (acc = (y 2^ko + rem - 2^(ko-1)) / Mo[j]): the challenge hash binds acc through it at no extra
// range-check cost. The product is checked by FreivaldsLinear(T, D, cV).
// Constraints: T*D*(ko + yBits + 4).
template ClaimedOutput(T, D, cV, Mo, ko, yBits) {
    var w2 = ko + yBits;
    var per = PACK_FIELD_BITS() \ w2;
    var m = (T * D + per - 1) \ per;
    signal input av[T][D];
    signal input w[D][D];
    signal input b[D];
    signal output acc[T][D];
    signal output out[T][D];
    signal output packed[m];

    component req[T][D];
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            var s = b[j];
            for (var i = 0; i < D; i++) {
                s += cV[i] * av[t][i] * w[j][i];
            }
            acc[t][j] <-- s;
            req[t][j] = RequantSat(Mo[j], ko, yBits);
            req[t][j].in <== acc[t][j];
            out[t][j] <== req[t][j].out;
        }
    }
    // av, w, b only feed the witness here; FreivaldsLinear constrains the product.
    _ <== av;
    _ <== w;
    _ <== b;
    // Why: rem in [0, 2^ko) and y + 128 + 2^(yBits-1) in [0, 2^yBits) are range-checked by
    // RequantSat, so this packing is injective.
    for (var e = 0; e < m; e++) {
        var lc = 0;
        for (var k = 0; k < per; k++) {
            var v = e * per + k;
            if (v < T * D) {
                var t = v \ D;
                var j = v % D;
                lc += (req[t][j].rem + 2 ** ko * (req[t][j].y + 128 + 2 ** (yBits - 1))) * 2 ** (w2 * k);
            }
        }
        packed[e] <== lc;
    }
}
