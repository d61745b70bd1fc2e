pragma circom 2.2.0;

include "dense.circom";

// lm_head (docs/integer-model.md "Final LayerNorm, lm_head, argmax"; src/stages/lmHead.ts
// `lmHeadRef`): logitAcc[t][v] = sum_i xQ[t][i] * w[v][i], int8 weights [V][D] at one per-tensor
// scale, no bias (minGPT). Costs after --O2.

// ConstLmHead(T, D, V, W): public-weights mode, compile-time W[V][D].
// Why no multiplication constraint: linear combinations of the inputs (ConstDense).
// Preconditions: xQ int8 (the ln_f clamp). Output: |logitAcc[t][v]| <= 127 * sum_i |W[v][i]|.
// Constraints: 0 after --O2.
template ConstLmHead(T, D, V, W) {
    signal input xQ[T][D];
    signal output logitAcc[T][V];

    var zero[V];
    for (var v = 0; v < V; v++) {
        zero[v] = 0;
    }
    component dense = ConstDense(T, D, V, W, zero);
    dense.x <== xQ;
    logitAcc <== dense.acc;
}

// LmHead(T, D, V): private-weights mode, w[V][D] private signals, direct products.
// Why one constraint per product: both operands are signals (Dot, linear.circom).
// Preconditions: xQ int8 (the ln_f clamp); w range-checked to 8 signed bits by the caller (the
//   commitment's PackSigned). Output: |logitAcc[t][v]| <= D * 127 * 128.
// Constraints: T * V * D.
template LmHead(T, D, V) {
    signal input xQ[T][D];
    signal input w[V][D];
    signal output logitAcc[T][V];

    component dot[T][V];
    for (var t = 0; t < T; t++) {
        for (var v = 0; v < V; v++) {
            dot[t][v] = Dot(D);
            dot[t][v].a <== xQ[t];
            dot[t][v].b <== w[v];
            dot[t][v].bias <== 0;
            logitAcc[t][v] <== dot[t][v].out;
        }
    }
}
