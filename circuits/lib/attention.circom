pragma circom 2.2.0;

include "range.circom";
include "linear.circom";
include "softmax.circom";
include "pack.circom";
include "freivalds.circom";
include "constants.circom";

// Building blocks of one layer's quantized attention block, with private committed weights or, in
// public-weights mode, weights as compile-time constants (docs/integer-attention.md "Steps" and
// "Commitments"). The generated main circuit
// (src/circuit/generator.ts → circuits/main/) declares the named intermediate signals and wires
// one AttentionRow per (head, query token): circom 2.2.3 cannot build component arrays whose
// elements have different signal sizes, and causal rows have t + 1 keys.
// Costs are after `--O2` (the constraint-count tests pin them as formulas).

// Projection(T, D): acc[t][j] = b[j] + sum_i x[t][i] * w[j][i] (step 1; weights in nn.Linear
// (out, in) layout). No requantization: accumulators stay wide.
// Preconditions: x, w, b range-checked by the caller (the commitments' packing); the generator
// checks the resulting bounds against the field. Constraints: T * D * D.
template Projection(T, D) {
    signal input x[T][D];
    signal input w[D][D];
    signal input b[D];
    signal output acc[T][D];

    component dot[T][D];
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            dot[t][j] = Dot(D);
            dot[t][j].a <== x[t];
            dot[t][j].b <== w[j];
            dot[t][j].bias <== b[j];
            acc[t][j] <== dot[t][j].out;
        }
    }
}

// ConstProjection(T, D, W, B): acc[t][j] = B[j] + sum_i W[j][i] * x[t][i] with compile-time
// weights W[D][D] (nn.Linear (out, in) layout) and biases B[D] (step 1, public-weights mode).
// A linear combination of the inputs: the constraints are linear, and --O2 substitutes them away.
// Preconditions: x range-checked by the caller (the input commitment's packing).
// Constraints: 0 after --O2 (T * D linear ones at --O1).
template ConstProjection(T, D, W, B) {
    signal input x[T][D];
    signal output acc[T][D];

    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            var lc = B[j];
            for (var i = 0; i < D; i++) {
                lc += W[j][i] * x[t][i];
            }
            acc[t][j] <== lc;
        }
    }
}

// AttentionRow(n, dh, c, Ms, ks, qBits, dBits, rBits, F, E, C, K, intBits, A1, A2, A3, P):
// one head's causal attention for one query token with n = t + 1 visible keys (steps 2-8).
//   scoresRaw[u] = sum_d c[d] q[d] k[u][d]                       (ScaledDot)
//   scoresQ[u]   = floor((scoresRaw[u] Ms + 2^(ks-1)) / 2^ks)     (RoundShift; quotient bounded by RowMax)
//   rowMax, delta[u] = rowMax - scoresQ[u]                        (RowMax; delta's bits reused by the exp)
//   exp[u]       = Exp2Neg(delta[u])                              (base 2, E bits)
//   rowSum, probs[u]                                               (Normalize, P bits, rounded half up)
//   av[d]        = sum_u probs[u] v[u][d]                          (Dot)
// Preconditions: q, k, v are the exact projection accumulators (bounded through the range-checked
//   inputs); widths qBits, dBits, rBits come from src/quant/bounds.ts and satisfy the
//   preconditions of RoundShift, RowMax, Exp2Neg and Normalize (checked by the generator).
// Constraints: n*dh + n*ks + (qBits + n*dBits + n - 1) + n*Exp2Neg + n*(2 + 2*rBits + P) + dh*n.
template AttentionRow(n, dh, c, Ms, ks, qBits, dBits, rBits, F, E, C, K, intBits, A1, A2, A3, P) {
    signal input q[dh];
    signal input k[n][dh];
    signal input v[n][dh];
    signal output scoresRaw[n];
    signal output scoresQ[n];
    signal output rowMax;
    signal output delta[n];
    signal output exp[n];
    signal output rowSum;
    signal output probs[n];
    signal output av[dh];

    component score[n];
    component round[n];
    component maxRow = RowMax(n, qBits, dBits);
    for (var u = 0; u < n; u++) {
        score[u] = ScaledDot(dh, c);
        score[u].a <== q;
        score[u].b <== k[u];
        score[u].bias <== 0;
        scoresRaw[u] <== score[u].out;
        round[u] = RoundShift(Ms, ks);
        round[u].in <== scoresRaw[u];
        scoresQ[u] <== round[u].out;
        maxRow.in[u] <== scoresQ[u];
    }
    rowMax <== maxRow.max;

    component expC[n];
    component norm = Normalize(n, rBits, P);
    for (var u = 0; u < n; u++) {
        delta[u] <== maxRow.delta[u];
        expC[u] = Exp2Neg(dBits, F, E, C, K, intBits, A1, A2, A3);
        expC[u].bits <== maxRow.deltaBits[u];
        exp[u] <== expC[u].out;
        norm.e[u] <== exp[u];
    }
    rowSum <== norm.sum;
    probs <== norm.probs;

    component avC[dh];
    for (var d = 0; d < dh; d++) {
        avC[d] = Dot(n);
        for (var u = 0; u < n; u++) {
            avC[d].a[u] <== probs[u];
            avC[d].b[u] <== v[u][d];
        }
        avC[d].bias <== 0;
        av[d] <== avC[d].out;
    }
}

// OutputProjection(T, D, cV, Mo, ko, yBits): acc[t][j] = b[j] + sum_i cV[i] av[t][i] w[j][i]
// (step 9) and out[t][j] = clamp(floor((acc Mo[j] + 2^(ko-1)) / 2^ko), -128, 127) (step 10).
// Preconditions: av, w, b bounded (range-checked inputs); yBits and the identities' sizes checked
//   by the generator (RequantSat). Output: out in [-128, 127] by construction.
// Constraints: T*D*D + T*D*(ko + yBits + 4).
template OutputProjection(T, D, cV, Mo, ko, yBits) {
    signal input av[T][D];
    signal input w[D][D];
    signal input b[D];
    signal output acc[T][D];
    signal output out[T][D];

    component dot[T][D];
    component req[T][D];
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            dot[t][j] = ScaledDot(D, cV);
            dot[t][j].a <== av[t];
            dot[t][j].b <== w[j];
            dot[t][j].bias <== b[j];
            acc[t][j] <== dot[t][j].out;
            req[t][j] = RequantSat(Mo[j], ko, yBits);
            req[t][j].in <== acc[t][j];
            out[t][j] <== req[t][j].out;
            _ <== req[t][j].y;
            _ <== req[t][j].rem;
        }
    }
}

// ConstOutputProjection(T, D, cV, W, B, Mo, ko, yBits): acc[t][j] = B[j] + sum_i cV[i] W[j][i] av[t][i]
// with compile-time weights W[D][D] and biases B[D] (step 9, public-weights mode: linear), and
// out[t][j] = clamp(floor((acc Mo[j] + 2^(ko-1)) / 2^ko), -128, 127) (step 10, RequantSat).
// Preconditions: av bounded (a constrained function of range-checked inputs); yBits and the
//   identities' sizes checked by the generator. Output: out in [-128, 127] by construction.
// Constraints: T*D*(ko + yBits + 4) after --O2.
template ConstOutputProjection(T, D, cV, W, B, Mo, ko, yBits) {
    signal input av[T][D];
    signal output acc[T][D];
    signal output out[T][D];

    component req[T][D];
    for (var t = 0; t < T; t++) {
        for (var j = 0; j < D; j++) {
            var lc = B[j];
            for (var i = 0; i < D; i++) {
                lc += cV[i] * W[j][i] * av[t][i];
            }
            acc[t][j] <== lc;
            req[t][j] = RequantSat(Mo[j], ko, yBits);
            req[t][j].in <== acc[t][j];
            out[t][j] <== req[t][j].out;
            _ <== req[t][j].y;
            _ <== req[t][j].rem;
        }
    }
}

// ModelCommitment(D, biasBits, outBiasBits): sponge(1, packSigned(wq,8) ++ packSigned(wk,8) ++
// packSigned(wv,8) ++ packSigned(wo,8) ++ packSigned(bq,biasBits) ++ packSigned(bk,biasBits) ++
// packSigned(bv,biasBits) ++ packSigned(bo,outBiasBits)), weights flattened row-major.
// Its packing range checks are THE range checks of the private weights and biases.
// Constraints: 4*D*D*8 + 3*D*biasBits + D*outBiasBits + Sponge(m), m = packed elements.
template ModelCommitment(D, biasBits, outBiasBits) {
    signal input wq[D][D];
    signal input wk[D][D];
    signal input wv[D][D];
    signal input wo[D][D];
    signal input bq[D];
    signal input bk[D];
    signal input bv[D];
    signal input bo[D];
    signal output out;

    var per8 = PACK_FIELD_BITS() \ 8;
    var mW = (D * D + per8 - 1) \ per8;
    var perB = PACK_FIELD_BITS() \ biasBits;
    var mB = (D + perB - 1) \ perB;
    var perO = PACK_FIELD_BITS() \ outBiasBits;
    var mO = (D + perO - 1) \ perO;

    component packW[4];
    for (var m = 0; m < 4; m++) {
        packW[m] = PackSigned(D * D, 8);
    }
    for (var j = 0; j < D; j++) {
        for (var i = 0; i < D; i++) {
            packW[0].in[j * D + i] <== wq[j][i];
            packW[1].in[j * D + i] <== wk[j][i];
            packW[2].in[j * D + i] <== wv[j][i];
            packW[3].in[j * D + i] <== wo[j][i];
        }
    }
    component packB[3];
    for (var m = 0; m < 3; m++) {
        packB[m] = PackSigned(D, biasBits);
    }
    packB[0].in <== bq;
    packB[1].in <== bk;
    packB[2].in <== bv;
    component packBo = PackSigned(D, outBiasBits);
    packBo.in <== bo;

    component hash = Sponge(4 * mW + 3 * mB + mO, 1);
    for (var m = 0; m < 4; m++) {
        for (var e = 0; e < mW; e++) {
            hash.in[m * mW + e] <== packW[m].out[e];
        }
    }
    for (var m = 0; m < 3; m++) {
        for (var e = 0; e < mB; e++) {
            hash.in[4 * mW + m * mB + e] <== packB[m].out[e];
        }
    }
    for (var e = 0; e < mO; e++) {
        hash.in[4 * mW + 3 * mB + e] <== packBo.out[e];
    }
    out <== hash.out;
}

// InputCommitment(T, D): sponge(2, packSigned(xQ, 8) ++ [salt]); its packing range checks are the
// int8 range check of the input. Constraints: T*D*8 + Sponge(ceil(T*D/31) + 1).
template InputCommitment(T, D) {
    signal input xQ[T][D];
    signal input salt;
    signal output out;

    var per8 = PACK_FIELD_BITS() \ 8;
    var mX = (T * D + per8 - 1) \ per8;
    component pack = PackSigned(T * D, 8);
    for (var t = 0; t < T; t++) {
        for (var i = 0; i < D; i++) {
            pack.in[t * D + i] <== xQ[t][i];
        }
    }
    component hash = Sponge(mX + 1, 2);
    for (var e = 0; e < mX; e++) {
        hash.in[e] <== pack.out[e];
    }
    hash.in[mX] <== salt;
    out <== hash.out;
}

// OutputCommitment(T, D): sponge(3, packSigned(outQ, 8)).
// Preconditions: every outQ in [-128, 127] (RequantSat guarantees it by construction), so no
// range check is repeated. Constraints: Sponge(ceil(T*D/31)).
template OutputCommitment(T, D) {
    signal input outQ[T][D];
    signal output out;

    var per8 = PACK_FIELD_BITS() \ 8;
    var mX = (T * D + per8 - 1) \ per8;
    component pack = PackOffset(T * D, 8);
    for (var t = 0; t < T; t++) {
        for (var i = 0; i < D; i++) {
            pack.in[t * D + i] <== outQ[t][i];
        }
    }
    component hash = Sponge(mX, 3);
    hash.in <== pack.out;
    out <== hash.out;
}
