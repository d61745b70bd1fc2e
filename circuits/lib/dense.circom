pragma circom 2.2.0;

include "linear.circom";

// Rectangular fully connected layers (nn.Linear (out, in) layout) for the whole-model stages:
// the MLP's c_fc and c_proj and lm_head (docs/circuits.md "MLP", "lm_head"). The attention block
// keeps its square Projection / ConstProjection (attention.circom). Costs after --O2.

// ConstDense(T, nIn, nOut, W, B): acc[t][j] = B[j] + sum_i W[j][i] * x[t][i] with compile-time
// weights W[nOut][nIn] and biases B[nOut] (public-weights mode).
// Why no multiplication constraint: with constant weights every accumulator is a linear
// combination of the inputs; the linear constraints are substituted away by --O2.
// Preconditions: x is bounded by the caller (an int8 clamp upstream), so acc is the exact integer
//   (|acc| < p/2; the stage emitters compute the bound from the constants).
// Constraints: 0 after --O2 (T * nOut linear ones at --O1).
template ConstDense(T, nIn, nOut, W, B) {
    signal input x[T][nIn];
    signal output acc[T][nOut];

    for (var t = 0; t < T; t++) {
        for (var j = 0; j < nOut; j++) {
            var lc = B[j];
            for (var i = 0; i < nIn; i++) {
                lc += W[j][i] * x[t][i];
            }
            acc[t][j] <== lc;
        }
    }
}

// Dense(T, nIn, nOut): acc[t][j] = b[j] + sum_i x[t][i] * w[j][i] with private weights
// w[nOut][nIn] and biases b[nOut] (private-weights mode, direct products).
// Why one constraint per product: both operands are signals (Dot, linear.circom).
// Preconditions: x, w, b range-checked by the caller (x by an upstream clamp, w and b by the
//   commitment's PackSigned), so acc is the exact integer (|acc| < p/2).
// Constraints: T * nOut * nIn.
template Dense(T, nIn, nOut) {
    signal input x[T][nIn];
    signal input w[nOut][nIn];
    signal input b[nOut];
    signal output acc[T][nOut];

    component dot[T][nOut];
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < nOut; j++) {
            dot[t][j] = Dot(nIn);
            dot[t][j].a <== x[t];
            dot[t][j].b <== w[j];
            dot[t][j].bias <== b[j];
            acc[t][j] <== dot[t][j].out;
        }
    }
}

// ClaimedDense(T, nIn, nOut): the prover's claimed acc[t][j] = b[j] + sum_i x[t][i] * w[j][i]
// (witness only). The product is constrained by FreivaldsDense with a challenge that binds x, w,
// b and acc (the caller hashes them).
// Constraints: 0.
template ClaimedDense(T, nIn, nOut) {
    signal input x[T][nIn];
    signal input w[nOut][nIn];
    signal input b[nOut];
    signal output acc[T][nOut];

    for (var t = 0; t < T; t++) {
        for (var j = 0; j < nOut; j++) {
            var s = b[j];
            for (var i = 0; i < nIn; i++) {
                s += x[t][i] * w[j][i];
            }
            acc[t][j] <-- s;
        }
    }
    // x, w, b only feed the witness here; acc is pinned by the caller (FreivaldsDense with a
    // challenge that binds it), so no constraint here.
    _ <== x;
    _ <== w;
    _ <== b;
    _ <== acc;
}

// FreivaldsDense(T, nIn, nOut): checks acc[t][j] = b[j] + sum_i x[t][i] w[j][i] for all t, j by
// one random linear combination per row with r[j] = rho^j (the rectangular FreivaldsLinear,
// freivalds.circom):
//   sum_j r[j] acc[t][j] = sum_j r[j] b[j] + sum_i x[t][i] u[i],  u[i] = sum_j r[j] w[j][i].
// A wrong row makes the difference a non-zero polynomial of degree < nOut in rho, zero with
// probability < nOut / p for rho fixed after acc (Schwartz-Zippel).
// Preconditions (the caller enforces them, docs/design.md "Soundness rules" 7): rho is the output
//   of a Poseidon sponge whose inputs bind x, w, b and acc injectively; the true products are
//   integers of magnitude < p/2 and acc is bound to that range (range check or injective packing
//   of a bounded representation), so the field identity pins the integers. nOut >= 2.
// Constraints: (nOut - 2) powers + nIn (nOut - 1) for u + (nOut - 1) for r.b + T ((nOut - 1) + nIn)
//   row checks (products with r[0] = 1 are linear and vanish under --O2).
template FreivaldsDense(T, nIn, nOut) {
    signal input x[T][nIn];
    signal input w[nOut][nIn];
    signal input b[nOut];
    signal input acc[T][nOut];
    signal input rho;

    signal r[nOut];
    r[0] <== 1;
    r[1] <== rho;
    for (var j = 2; j < nOut; j++) {
        r[j] <== r[j - 1] * rho;
    }

    // u = W^T r and r . b.
    component u[nIn];
    for (var i = 0; i < nIn; i++) {
        u[i] = Dot(nOut);
        u[i].a <== r;
        for (var j = 0; j < nOut; j++) {
            u[i].b[j] <== w[j][i];
        }
        u[i].bias <== 0;
    }
    component rb = Dot(nOut);
    rb.a <== r;
    rb.b <== b;
    rb.bias <== 0;

    // Why: one random linear combination per row ties the claimed accumulators to x W^T + b.
    component lhs[T];
    component rhs[T];
    for (var t = 0; t < T; t++) {
        lhs[t] = Dot(nOut);
        lhs[t].a <== r;
        lhs[t].b <== acc[t];
        lhs[t].bias <== 0;
        rhs[t] = Dot(nIn);
        rhs[t].a <== x[t];
        for (var i = 0; i < nIn; i++) {
            rhs[t].b[i] <== u[i].out;
        }
        rhs[t].bias <== rb.out;
        lhs[t].out === rhs[t].out;
    }
}
