pragma circom 2.2.0;

include "range.circom";

// Argmax with the lowest-index tie rule and the greedy-decoding check
// (docs/integer-model.md "Final LayerNorm, lm_head, argmax"; src/stages/argmax.ts).
// Costs after --O2.

// Index of the largest of n signed field values, lowest index on ties (witness computation only;
// relational operators read field values above p/2 as negative).
function argmaxLowestIndex(n, values) {
    var best = 0;
    for (var v = 1; v < n; v++) {
        if (values[v] > values[best]) {
            best = v;
        }
    }
    return best;
}

// ArgmaxRow(V, dBits): index = the argmax of logits[V], ties to the lowest index.
//   oneHot[v] in {0, 1}, sum_v oneHot[v] = 1, index = sum_v v * oneHot[v];
//   best = sum_v oneHot[v] * logits[v] (= logits[index]);
//   gap[v] = best - logits[v] - [v < index] in [0, 2^dBits), where [v < index] = sum_{u > v} oneHot[u].
// So logits[index] >= logits[v] for v > index and logits[index] > logits[v] for v < index: index is
// exactly the lowest-index argmax (a non-maximal index or a tie claimed for the higher index makes
// some gap negative, i.e. a field element near p, which the range check rejects).
// Preconditions: every |logits[v]| <= L (the caller's bound, e.g. lm_head's exact output bound),
//   2L + 1 <= 2^dBits and dBits <= 250 (so a negative gap cannot pass as a dBits-bit value).
// Outputs: oneHot boolean, index in [0, V), gap in [0, 2^dBits).
// Constraints: V (booleans) + V (best: V - 1 products, the last folded) + V * dBits (gaps).
template ArgmaxRow(V, dBits) {
    signal input logits[V];
    signal output oneHot[V];
    signal output index;
    signal output gap[V];
    signal output best;

    var a = argmaxLowestIndex(V, logits);
    for (var v = 0; v < V; v++) {
        oneHot[v] <-- v == a ? 1 : 0;
        // Why: each selector is a bit ...
        oneHot[v] * (oneHot[v] - 1) === 0;
    }
    var ones = 0;
    var idx = 0;
    for (var v = 0; v < V; v++) {
        ones += oneHot[v];
        idx += v * oneHot[v];
    }
    // Why: ... and exactly one is set, so index and best name one vocabulary entry.
    ones === 1;
    index <== idx;

    // Why: best is the selected logit (one product per entry).
    if (V == 1) {
        best <== oneHot[0] * logits[0];
    } else {
        signal prod[V - 1];
        var acc = 0;
        for (var v = 0; v < V - 1; v++) {
            prod[v] <== oneHot[v] * logits[v];
            acc += prod[v];
        }
        best <== acc + oneHot[V - 1] * logits[V - 1];
    }

    // Why: best >= every later logit and > every earlier one: the argmax with the lowest-index
    // tie rule (range-checked differences, docs/design.md "Soundness rules" 5).
    component gapRange[V];
    for (var v = 0; v < V; v++) {
        var later = 0;
        for (var u = v + 1; u < V; u++) {
            later += oneHot[u];
        }
        gap[v] <== best - logits[v] - later;
        gapRange[v] = RangeCheck(dBits);
        gapRange[v].in <== gap[v];
    }
}
