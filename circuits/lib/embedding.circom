pragma circom 2.2.0;

// Token + position embedding (docs/integer-model.md "Embedding"; src/stages/embedding.ts
// `embeddingRef`): x0Q[t][i] = wteQ[tokens[t]][i] + wpeQ[t][i], exact (no rounding).
// The token ids are private inputs; the row is selected by a one-hot vector. Costs after `--O2`.

// TokenOneHot(V): bits[v] = 1 if token == v else 0, for a token that must lie in [0, V).
// Soundness: booleanity and sum_v bits[v] = 1 leave exactly one bit set (V < p), and
//   sum_v v bits[v] = token makes it the token's; a token outside [0, V) has no solution.
// Input: token (any field element; rejected unless in [0, V)). Output: bits[V] boolean, one-hot.
// Constraints: V booleanity (the two linear sums are substituted away, for V >= 2).
template TokenOneHot(V) {
    signal input token;
    signal output bits[V];

    var sum = 0;
    var index = 0;
    for (var v = 0; v < V; v++) {
        bits[v] <-- token == v ? 1 : 0;
        // Why: each selector is 0 or 1.
        bits[v] * (bits[v] - 1) === 0;
        sum += bits[v];
        index += v * bits[v];
    }
    // Why: exactly one selector is set ...
    sum === 1;
    // ... and it is the token's (this is also the range check token in [0, V)).
    index === token;
}

// EmbeddingConst(T, V, D, W, P): public-weights mode, W = wteQ [V][D], P = wpeQ's first T rows
// [T][D] as compile-time constants.
// Input: tokens[T] (each rejected unless in [0, V)). Outputs: tokQ, posQ, x0Q [T][D]; x0Q within
//   the constants' exact bound (src/stages/embedding.ts `embeddingOutputBound`).
// Constraints: T V (the selection is linear in the one-hot bits).
template EmbeddingConst(T, V, D, W, P) {
    signal input tokens[T];
    signal output tokQ[T][D];
    signal output posQ[T][D];
    signal output x0Q[T][D];

    component sel[T];
    for (var t = 0; t < T; t++) {
        sel[t] = TokenOneHot(V);
        sel[t].token <== tokens[t];
        for (var i = 0; i < D; i++) {
            var row = 0;
            for (var v = 0; v < V; v++) {
                row += sel[t].bits[v] * W[v][i];
            }
            // Why: the selected token row (linear in the bits for constant W).
            tokQ[t][i] <== row;
            posQ[t][i] <== P[t][i];
            x0Q[t][i] <== tokQ[t][i] + posQ[t][i];
        }
    }
}

// Embedding(T, V, D): private-weights mode, tables as private signals wte[V][D] and wpe[T][D]
// (the rows 0..T-1 of the position table that T tokens use).
// Preconditions: the CALLER range-checks every table entry to its declared width w (the
//   commitment's PackSigned does), so |x0Q| < 2^w.
// Constraints: T V (one-hot) + T D V (one product per selector and channel).
template Embedding(T, V, D) {
    signal input tokens[T];
    signal input wte[V][D];
    signal input wpe[T][D];
    signal output tokQ[T][D];
    signal output posQ[T][D];
    signal output x0Q[T][D];

    component sel[T];
    signal prod[T][D][V];
    for (var t = 0; t < T; t++) {
        sel[t] = TokenOneHot(V);
        sel[t].token <== tokens[t];
        for (var i = 0; i < D; i++) {
            var row = 0;
            for (var v = 0; v < V; v++) {
                // Why: the selector times the private table entry, one product each.
                prod[t][i][v] <== sel[t].bits[v] * wte[v][i];
                row += prod[t][i][v];
            }
            tokQ[t][i] <== row;
            posQ[t][i] <== wpe[t][i];
            x0Q[t][i] <== tokQ[t][i] + posQ[t][i];
        }
    }
}
