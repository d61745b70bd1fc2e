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
