// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/gpt-nano-sort/quantized.json (sha256:34723d68904746d0716731ccb66f2448f7ae559a5685de67bcb271665436bd20), layer 0. Generator: src/circuit/generator.ts; templates: circuits/lib/attention.circom.
// Matrix products with private weights: Freivalds with an in-circuit Poseidon challenge.
// Integer semantics: docs/integer-attention.md. Widths (src/quant/bounds.ts): qBits 19,
// dBits 19, yBits 15, accBits 21, rBits [17, 18, 19, 19, 20, 20, 20, 20, 21, 21, 21].
pragma circom 2.2.0;

include "circuits/lib/attention.circom";

// One attention block: T = 11, d_model = 48, 3 heads. Public inputs first, in
// src/circuit/publicSignals.ts order; private: xQ, weights, biases, salt.
template GptNanoSortLayer0() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input xQ[11][48];
    signal input wq[48][48];
    signal input wk[48][48];
    signal input wv[48][48];
    signal input wo[48][48];
    signal input bq[48];
    signal input bk[48];
    signal input bv[48];
    signal input bo[48];
    signal input salt;

    // Named intermediates (docs/integer-attention.md); ragged [h][t][u <= t] arrays are
    // flattened to h*T*(T+1)/2 + t*(t+1)/2 + u.
    signal qAcc[11][48];
    signal kAcc[11][48];
    signal vAcc[11][48];
    signal scoresRaw[198];
    signal scoresQ[198];
    signal rowMax[3][11];
    signal delta[198];
    signal exp[198];
    signal rowSum[3][11];
    signal probs[198];
    signal av[11][48];
    signal outAcc[11][48];
    signal outQ[11][48];
    signal bindingSquare;

    // Step 1: Q/K/V accumulators claimed by the prover, range-checked to 21 signed bits and
    // packed; the products are checked by Freivalds below.
    component projQ = ClaimedProjection(11, 48, 21);
    projQ.x <== xQ;
    projQ.w <== wq;
    projQ.b <== bq;
    qAcc <== projQ.acc;
    component projK = ClaimedProjection(11, 48, 21);
    projK.x <== xQ;
    projK.w <== wk;
    projK.b <== bk;
    kAcc <== projK.acc;
    component projV = ClaimedProjection(11, 48, 21);
    projV.x <== xQ;
    projV.w <== wv;
    projV.b <== bv;
    vAcc <== projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component row_h0_t0 = AttentionRow(1, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t0.q[d] <== qAcc[0][0 + d];
        for (var u = 0; u <= 0; u++) {
            row_h0_t0.k[u][d] <== kAcc[u][0 + d];
            row_h0_t0.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[0][0 + d] <== row_h0_t0.av[d];
    }
    for (var u = 0; u <= 0; u++) {
        scoresRaw[0 + u] <== row_h0_t0.scoresRaw[u];
        scoresQ[0 + u] <== row_h0_t0.scoresQ[u];
        delta[0 + u] <== row_h0_t0.delta[u];
        exp[0 + u] <== row_h0_t0.exp[u];
        probs[0 + u] <== row_h0_t0.probs[u];
    }
    rowMax[0][0] <== row_h0_t0.rowMax;
    rowSum[0][0] <== row_h0_t0.rowSum;
    // Head 0, query 1: keys 0..1 (pairs 1..2).
    component row_h0_t1 = AttentionRow(2, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t1.q[d] <== qAcc[1][0 + d];
        for (var u = 0; u <= 1; u++) {
            row_h0_t1.k[u][d] <== kAcc[u][0 + d];
            row_h0_t1.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[1][0 + d] <== row_h0_t1.av[d];
    }
    for (var u = 0; u <= 1; u++) {
        scoresRaw[1 + u] <== row_h0_t1.scoresRaw[u];
        scoresQ[1 + u] <== row_h0_t1.scoresQ[u];
        delta[1 + u] <== row_h0_t1.delta[u];
        exp[1 + u] <== row_h0_t1.exp[u];
        probs[1 + u] <== row_h0_t1.probs[u];
    }
    rowMax[0][1] <== row_h0_t1.rowMax;
    rowSum[0][1] <== row_h0_t1.rowSum;
    // Head 0, query 2: keys 0..2 (pairs 3..5).
    component row_h0_t2 = AttentionRow(3, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t2.q[d] <== qAcc[2][0 + d];
        for (var u = 0; u <= 2; u++) {
            row_h0_t2.k[u][d] <== kAcc[u][0 + d];
            row_h0_t2.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[2][0 + d] <== row_h0_t2.av[d];
    }
    for (var u = 0; u <= 2; u++) {
        scoresRaw[3 + u] <== row_h0_t2.scoresRaw[u];
        scoresQ[3 + u] <== row_h0_t2.scoresQ[u];
        delta[3 + u] <== row_h0_t2.delta[u];
        exp[3 + u] <== row_h0_t2.exp[u];
        probs[3 + u] <== row_h0_t2.probs[u];
    }
    rowMax[0][2] <== row_h0_t2.rowMax;
    rowSum[0][2] <== row_h0_t2.rowSum;
    // Head 0, query 3: keys 0..3 (pairs 6..9).
    component row_h0_t3 = AttentionRow(4, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t3.q[d] <== qAcc[3][0 + d];
        for (var u = 0; u <= 3; u++) {
            row_h0_t3.k[u][d] <== kAcc[u][0 + d];
            row_h0_t3.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[3][0 + d] <== row_h0_t3.av[d];
    }
    for (var u = 0; u <= 3; u++) {
        scoresRaw[6 + u] <== row_h0_t3.scoresRaw[u];
        scoresQ[6 + u] <== row_h0_t3.scoresQ[u];
        delta[6 + u] <== row_h0_t3.delta[u];
        exp[6 + u] <== row_h0_t3.exp[u];
        probs[6 + u] <== row_h0_t3.probs[u];
    }
    rowMax[0][3] <== row_h0_t3.rowMax;
    rowSum[0][3] <== row_h0_t3.rowSum;
    // Head 0, query 4: keys 0..4 (pairs 10..14).
    component row_h0_t4 = AttentionRow(5, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t4.q[d] <== qAcc[4][0 + d];
        for (var u = 0; u <= 4; u++) {
            row_h0_t4.k[u][d] <== kAcc[u][0 + d];
            row_h0_t4.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[4][0 + d] <== row_h0_t4.av[d];
    }
    for (var u = 0; u <= 4; u++) {
        scoresRaw[10 + u] <== row_h0_t4.scoresRaw[u];
        scoresQ[10 + u] <== row_h0_t4.scoresQ[u];
        delta[10 + u] <== row_h0_t4.delta[u];
        exp[10 + u] <== row_h0_t4.exp[u];
        probs[10 + u] <== row_h0_t4.probs[u];
    }
    rowMax[0][4] <== row_h0_t4.rowMax;
    rowSum[0][4] <== row_h0_t4.rowSum;
    // Head 0, query 5: keys 0..5 (pairs 15..20).
    component row_h0_t5 = AttentionRow(6, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t5.q[d] <== qAcc[5][0 + d];
        for (var u = 0; u <= 5; u++) {
            row_h0_t5.k[u][d] <== kAcc[u][0 + d];
            row_h0_t5.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[5][0 + d] <== row_h0_t5.av[d];
    }
    for (var u = 0; u <= 5; u++) {
        scoresRaw[15 + u] <== row_h0_t5.scoresRaw[u];
        scoresQ[15 + u] <== row_h0_t5.scoresQ[u];
        delta[15 + u] <== row_h0_t5.delta[u];
        exp[15 + u] <== row_h0_t5.exp[u];
        probs[15 + u] <== row_h0_t5.probs[u];
    }
    rowMax[0][5] <== row_h0_t5.rowMax;
    rowSum[0][5] <== row_h0_t5.rowSum;
    // Head 0, query 6: keys 0..6 (pairs 21..27).
    component row_h0_t6 = AttentionRow(7, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t6.q[d] <== qAcc[6][0 + d];
        for (var u = 0; u <= 6; u++) {
            row_h0_t6.k[u][d] <== kAcc[u][0 + d];
            row_h0_t6.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[6][0 + d] <== row_h0_t6.av[d];
    }
    for (var u = 0; u <= 6; u++) {
        scoresRaw[21 + u] <== row_h0_t6.scoresRaw[u];
        scoresQ[21 + u] <== row_h0_t6.scoresQ[u];
        delta[21 + u] <== row_h0_t6.delta[u];
        exp[21 + u] <== row_h0_t6.exp[u];
        probs[21 + u] <== row_h0_t6.probs[u];
    }
    rowMax[0][6] <== row_h0_t6.rowMax;
    rowSum[0][6] <== row_h0_t6.rowSum;
    // Head 0, query 7: keys 0..7 (pairs 28..35).
    component row_h0_t7 = AttentionRow(8, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t7.q[d] <== qAcc[7][0 + d];
        for (var u = 0; u <= 7; u++) {
            row_h0_t7.k[u][d] <== kAcc[u][0 + d];
            row_h0_t7.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[7][0 + d] <== row_h0_t7.av[d];
    }
    for (var u = 0; u <= 7; u++) {
        scoresRaw[28 + u] <== row_h0_t7.scoresRaw[u];
        scoresQ[28 + u] <== row_h0_t7.scoresQ[u];
        delta[28 + u] <== row_h0_t7.delta[u];
        exp[28 + u] <== row_h0_t7.exp[u];
        probs[28 + u] <== row_h0_t7.probs[u];
    }
    rowMax[0][7] <== row_h0_t7.rowMax;
    rowSum[0][7] <== row_h0_t7.rowSum;
    // Head 0, query 8: keys 0..8 (pairs 36..44).
    component row_h0_t8 = AttentionRow(9, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t8.q[d] <== qAcc[8][0 + d];
        for (var u = 0; u <= 8; u++) {
            row_h0_t8.k[u][d] <== kAcc[u][0 + d];
            row_h0_t8.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[8][0 + d] <== row_h0_t8.av[d];
    }
    for (var u = 0; u <= 8; u++) {
        scoresRaw[36 + u] <== row_h0_t8.scoresRaw[u];
        scoresQ[36 + u] <== row_h0_t8.scoresQ[u];
        delta[36 + u] <== row_h0_t8.delta[u];
        exp[36 + u] <== row_h0_t8.exp[u];
        probs[36 + u] <== row_h0_t8.probs[u];
    }
    rowMax[0][8] <== row_h0_t8.rowMax;
    rowSum[0][8] <== row_h0_t8.rowSum;
    // Head 0, query 9: keys 0..9 (pairs 45..54).
    component row_h0_t9 = AttentionRow(10, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t9.q[d] <== qAcc[9][0 + d];
        for (var u = 0; u <= 9; u++) {
            row_h0_t9.k[u][d] <== kAcc[u][0 + d];
            row_h0_t9.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[9][0 + d] <== row_h0_t9.av[d];
    }
    for (var u = 0; u <= 9; u++) {
        scoresRaw[45 + u] <== row_h0_t9.scoresRaw[u];
        scoresQ[45 + u] <== row_h0_t9.scoresQ[u];
        delta[45 + u] <== row_h0_t9.delta[u];
        exp[45 + u] <== row_h0_t9.exp[u];
        probs[45 + u] <== row_h0_t9.probs[u];
    }
    rowMax[0][9] <== row_h0_t9.rowMax;
    rowSum[0][9] <== row_h0_t9.rowSum;
    // Head 0, query 10: keys 0..10 (pairs 55..65).
    component row_h0_t10 = AttentionRow(11, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h0_t10.q[d] <== qAcc[10][0 + d];
        for (var u = 0; u <= 10; u++) {
            row_h0_t10.k[u][d] <== kAcc[u][0 + d];
            row_h0_t10.v[u][d] <== vAcc[u][0 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[10][0 + d] <== row_h0_t10.av[d];
    }
    for (var u = 0; u <= 10; u++) {
        scoresRaw[55 + u] <== row_h0_t10.scoresRaw[u];
        scoresQ[55 + u] <== row_h0_t10.scoresQ[u];
        delta[55 + u] <== row_h0_t10.delta[u];
        exp[55 + u] <== row_h0_t10.exp[u];
        probs[55 + u] <== row_h0_t10.probs[u];
    }
    rowMax[0][10] <== row_h0_t10.rowMax;
    rowSum[0][10] <== row_h0_t10.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 66..66).
    component row_h1_t0 = AttentionRow(1, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t0.q[d] <== qAcc[0][16 + d];
        for (var u = 0; u <= 0; u++) {
            row_h1_t0.k[u][d] <== kAcc[u][16 + d];
            row_h1_t0.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[0][16 + d] <== row_h1_t0.av[d];
    }
    for (var u = 0; u <= 0; u++) {
        scoresRaw[66 + u] <== row_h1_t0.scoresRaw[u];
        scoresQ[66 + u] <== row_h1_t0.scoresQ[u];
        delta[66 + u] <== row_h1_t0.delta[u];
        exp[66 + u] <== row_h1_t0.exp[u];
        probs[66 + u] <== row_h1_t0.probs[u];
    }
    rowMax[1][0] <== row_h1_t0.rowMax;
    rowSum[1][0] <== row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 67..68).
    component row_h1_t1 = AttentionRow(2, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t1.q[d] <== qAcc[1][16 + d];
        for (var u = 0; u <= 1; u++) {
            row_h1_t1.k[u][d] <== kAcc[u][16 + d];
            row_h1_t1.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[1][16 + d] <== row_h1_t1.av[d];
    }
    for (var u = 0; u <= 1; u++) {
        scoresRaw[67 + u] <== row_h1_t1.scoresRaw[u];
        scoresQ[67 + u] <== row_h1_t1.scoresQ[u];
        delta[67 + u] <== row_h1_t1.delta[u];
        exp[67 + u] <== row_h1_t1.exp[u];
        probs[67 + u] <== row_h1_t1.probs[u];
    }
    rowMax[1][1] <== row_h1_t1.rowMax;
    rowSum[1][1] <== row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 69..71).
    component row_h1_t2 = AttentionRow(3, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t2.q[d] <== qAcc[2][16 + d];
        for (var u = 0; u <= 2; u++) {
            row_h1_t2.k[u][d] <== kAcc[u][16 + d];
            row_h1_t2.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[2][16 + d] <== row_h1_t2.av[d];
    }
    for (var u = 0; u <= 2; u++) {
        scoresRaw[69 + u] <== row_h1_t2.scoresRaw[u];
        scoresQ[69 + u] <== row_h1_t2.scoresQ[u];
        delta[69 + u] <== row_h1_t2.delta[u];
        exp[69 + u] <== row_h1_t2.exp[u];
        probs[69 + u] <== row_h1_t2.probs[u];
    }
    rowMax[1][2] <== row_h1_t2.rowMax;
    rowSum[1][2] <== row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 72..75).
    component row_h1_t3 = AttentionRow(4, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t3.q[d] <== qAcc[3][16 + d];
        for (var u = 0; u <= 3; u++) {
            row_h1_t3.k[u][d] <== kAcc[u][16 + d];
            row_h1_t3.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[3][16 + d] <== row_h1_t3.av[d];
    }
    for (var u = 0; u <= 3; u++) {
        scoresRaw[72 + u] <== row_h1_t3.scoresRaw[u];
        scoresQ[72 + u] <== row_h1_t3.scoresQ[u];
        delta[72 + u] <== row_h1_t3.delta[u];
        exp[72 + u] <== row_h1_t3.exp[u];
        probs[72 + u] <== row_h1_t3.probs[u];
    }
    rowMax[1][3] <== row_h1_t3.rowMax;
    rowSum[1][3] <== row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 76..80).
    component row_h1_t4 = AttentionRow(5, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t4.q[d] <== qAcc[4][16 + d];
        for (var u = 0; u <= 4; u++) {
            row_h1_t4.k[u][d] <== kAcc[u][16 + d];
            row_h1_t4.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[4][16 + d] <== row_h1_t4.av[d];
    }
    for (var u = 0; u <= 4; u++) {
        scoresRaw[76 + u] <== row_h1_t4.scoresRaw[u];
        scoresQ[76 + u] <== row_h1_t4.scoresQ[u];
        delta[76 + u] <== row_h1_t4.delta[u];
        exp[76 + u] <== row_h1_t4.exp[u];
        probs[76 + u] <== row_h1_t4.probs[u];
    }
    rowMax[1][4] <== row_h1_t4.rowMax;
    rowSum[1][4] <== row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 81..86).
    component row_h1_t5 = AttentionRow(6, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t5.q[d] <== qAcc[5][16 + d];
        for (var u = 0; u <= 5; u++) {
            row_h1_t5.k[u][d] <== kAcc[u][16 + d];
            row_h1_t5.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[5][16 + d] <== row_h1_t5.av[d];
    }
    for (var u = 0; u <= 5; u++) {
        scoresRaw[81 + u] <== row_h1_t5.scoresRaw[u];
        scoresQ[81 + u] <== row_h1_t5.scoresQ[u];
        delta[81 + u] <== row_h1_t5.delta[u];
        exp[81 + u] <== row_h1_t5.exp[u];
        probs[81 + u] <== row_h1_t5.probs[u];
    }
    rowMax[1][5] <== row_h1_t5.rowMax;
    rowSum[1][5] <== row_h1_t5.rowSum;
    // Head 1, query 6: keys 0..6 (pairs 87..93).
    component row_h1_t6 = AttentionRow(7, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t6.q[d] <== qAcc[6][16 + d];
        for (var u = 0; u <= 6; u++) {
            row_h1_t6.k[u][d] <== kAcc[u][16 + d];
            row_h1_t6.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[6][16 + d] <== row_h1_t6.av[d];
    }
    for (var u = 0; u <= 6; u++) {
        scoresRaw[87 + u] <== row_h1_t6.scoresRaw[u];
        scoresQ[87 + u] <== row_h1_t6.scoresQ[u];
        delta[87 + u] <== row_h1_t6.delta[u];
        exp[87 + u] <== row_h1_t6.exp[u];
        probs[87 + u] <== row_h1_t6.probs[u];
    }
    rowMax[1][6] <== row_h1_t6.rowMax;
    rowSum[1][6] <== row_h1_t6.rowSum;
    // Head 1, query 7: keys 0..7 (pairs 94..101).
    component row_h1_t7 = AttentionRow(8, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t7.q[d] <== qAcc[7][16 + d];
        for (var u = 0; u <= 7; u++) {
            row_h1_t7.k[u][d] <== kAcc[u][16 + d];
            row_h1_t7.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[7][16 + d] <== row_h1_t7.av[d];
    }
    for (var u = 0; u <= 7; u++) {
        scoresRaw[94 + u] <== row_h1_t7.scoresRaw[u];
        scoresQ[94 + u] <== row_h1_t7.scoresQ[u];
        delta[94 + u] <== row_h1_t7.delta[u];
        exp[94 + u] <== row_h1_t7.exp[u];
        probs[94 + u] <== row_h1_t7.probs[u];
    }
    rowMax[1][7] <== row_h1_t7.rowMax;
    rowSum[1][7] <== row_h1_t7.rowSum;
    // Head 1, query 8: keys 0..8 (pairs 102..110).
    component row_h1_t8 = AttentionRow(9, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t8.q[d] <== qAcc[8][16 + d];
        for (var u = 0; u <= 8; u++) {
            row_h1_t8.k[u][d] <== kAcc[u][16 + d];
            row_h1_t8.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[8][16 + d] <== row_h1_t8.av[d];
    }
    for (var u = 0; u <= 8; u++) {
        scoresRaw[102 + u] <== row_h1_t8.scoresRaw[u];
        scoresQ[102 + u] <== row_h1_t8.scoresQ[u];
        delta[102 + u] <== row_h1_t8.delta[u];
        exp[102 + u] <== row_h1_t8.exp[u];
        probs[102 + u] <== row_h1_t8.probs[u];
    }
    rowMax[1][8] <== row_h1_t8.rowMax;
    rowSum[1][8] <== row_h1_t8.rowSum;
    // Head 1, query 9: keys 0..9 (pairs 111..120).
    component row_h1_t9 = AttentionRow(10, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t9.q[d] <== qAcc[9][16 + d];
        for (var u = 0; u <= 9; u++) {
            row_h1_t9.k[u][d] <== kAcc[u][16 + d];
            row_h1_t9.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[9][16 + d] <== row_h1_t9.av[d];
    }
    for (var u = 0; u <= 9; u++) {
        scoresRaw[111 + u] <== row_h1_t9.scoresRaw[u];
        scoresQ[111 + u] <== row_h1_t9.scoresQ[u];
        delta[111 + u] <== row_h1_t9.delta[u];
        exp[111 + u] <== row_h1_t9.exp[u];
        probs[111 + u] <== row_h1_t9.probs[u];
    }
    rowMax[1][9] <== row_h1_t9.rowMax;
    rowSum[1][9] <== row_h1_t9.rowSum;
    // Head 1, query 10: keys 0..10 (pairs 121..131).
    component row_h1_t10 = AttentionRow(11, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h1_t10.q[d] <== qAcc[10][16 + d];
        for (var u = 0; u <= 10; u++) {
            row_h1_t10.k[u][d] <== kAcc[u][16 + d];
            row_h1_t10.v[u][d] <== vAcc[u][16 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[10][16 + d] <== row_h1_t10.av[d];
    }
    for (var u = 0; u <= 10; u++) {
        scoresRaw[121 + u] <== row_h1_t10.scoresRaw[u];
        scoresQ[121 + u] <== row_h1_t10.scoresQ[u];
        delta[121 + u] <== row_h1_t10.delta[u];
        exp[121 + u] <== row_h1_t10.exp[u];
        probs[121 + u] <== row_h1_t10.probs[u];
    }
    rowMax[1][10] <== row_h1_t10.rowMax;
    rowSum[1][10] <== row_h1_t10.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 132..132).
    component row_h2_t0 = AttentionRow(1, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t0.q[d] <== qAcc[0][32 + d];
        for (var u = 0; u <= 0; u++) {
            row_h2_t0.k[u][d] <== kAcc[u][32 + d];
            row_h2_t0.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[0][32 + d] <== row_h2_t0.av[d];
    }
    for (var u = 0; u <= 0; u++) {
        scoresRaw[132 + u] <== row_h2_t0.scoresRaw[u];
        scoresQ[132 + u] <== row_h2_t0.scoresQ[u];
        delta[132 + u] <== row_h2_t0.delta[u];
        exp[132 + u] <== row_h2_t0.exp[u];
        probs[132 + u] <== row_h2_t0.probs[u];
    }
    rowMax[2][0] <== row_h2_t0.rowMax;
    rowSum[2][0] <== row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 133..134).
    component row_h2_t1 = AttentionRow(2, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t1.q[d] <== qAcc[1][32 + d];
        for (var u = 0; u <= 1; u++) {
            row_h2_t1.k[u][d] <== kAcc[u][32 + d];
            row_h2_t1.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[1][32 + d] <== row_h2_t1.av[d];
    }
    for (var u = 0; u <= 1; u++) {
        scoresRaw[133 + u] <== row_h2_t1.scoresRaw[u];
        scoresQ[133 + u] <== row_h2_t1.scoresQ[u];
        delta[133 + u] <== row_h2_t1.delta[u];
        exp[133 + u] <== row_h2_t1.exp[u];
        probs[133 + u] <== row_h2_t1.probs[u];
    }
    rowMax[2][1] <== row_h2_t1.rowMax;
    rowSum[2][1] <== row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 135..137).
    component row_h2_t2 = AttentionRow(3, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t2.q[d] <== qAcc[2][32 + d];
        for (var u = 0; u <= 2; u++) {
            row_h2_t2.k[u][d] <== kAcc[u][32 + d];
            row_h2_t2.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[2][32 + d] <== row_h2_t2.av[d];
    }
    for (var u = 0; u <= 2; u++) {
        scoresRaw[135 + u] <== row_h2_t2.scoresRaw[u];
        scoresQ[135 + u] <== row_h2_t2.scoresQ[u];
        delta[135 + u] <== row_h2_t2.delta[u];
        exp[135 + u] <== row_h2_t2.exp[u];
        probs[135 + u] <== row_h2_t2.probs[u];
    }
    rowMax[2][2] <== row_h2_t2.rowMax;
    rowSum[2][2] <== row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 138..141).
    component row_h2_t3 = AttentionRow(4, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t3.q[d] <== qAcc[3][32 + d];
        for (var u = 0; u <= 3; u++) {
            row_h2_t3.k[u][d] <== kAcc[u][32 + d];
            row_h2_t3.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[3][32 + d] <== row_h2_t3.av[d];
    }
    for (var u = 0; u <= 3; u++) {
        scoresRaw[138 + u] <== row_h2_t3.scoresRaw[u];
        scoresQ[138 + u] <== row_h2_t3.scoresQ[u];
        delta[138 + u] <== row_h2_t3.delta[u];
        exp[138 + u] <== row_h2_t3.exp[u];
        probs[138 + u] <== row_h2_t3.probs[u];
    }
    rowMax[2][3] <== row_h2_t3.rowMax;
    rowSum[2][3] <== row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 142..146).
    component row_h2_t4 = AttentionRow(5, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t4.q[d] <== qAcc[4][32 + d];
        for (var u = 0; u <= 4; u++) {
            row_h2_t4.k[u][d] <== kAcc[u][32 + d];
            row_h2_t4.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[4][32 + d] <== row_h2_t4.av[d];
    }
    for (var u = 0; u <= 4; u++) {
        scoresRaw[142 + u] <== row_h2_t4.scoresRaw[u];
        scoresQ[142 + u] <== row_h2_t4.scoresQ[u];
        delta[142 + u] <== row_h2_t4.delta[u];
        exp[142 + u] <== row_h2_t4.exp[u];
        probs[142 + u] <== row_h2_t4.probs[u];
    }
    rowMax[2][4] <== row_h2_t4.rowMax;
    rowSum[2][4] <== row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 147..152).
    component row_h2_t5 = AttentionRow(6, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t5.q[d] <== qAcc[5][32 + d];
        for (var u = 0; u <= 5; u++) {
            row_h2_t5.k[u][d] <== kAcc[u][32 + d];
            row_h2_t5.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[5][32 + d] <== row_h2_t5.av[d];
    }
    for (var u = 0; u <= 5; u++) {
        scoresRaw[147 + u] <== row_h2_t5.scoresRaw[u];
        scoresQ[147 + u] <== row_h2_t5.scoresQ[u];
        delta[147 + u] <== row_h2_t5.delta[u];
        exp[147 + u] <== row_h2_t5.exp[u];
        probs[147 + u] <== row_h2_t5.probs[u];
    }
    rowMax[2][5] <== row_h2_t5.rowMax;
    rowSum[2][5] <== row_h2_t5.rowSum;
    // Head 2, query 6: keys 0..6 (pairs 153..159).
    component row_h2_t6 = AttentionRow(7, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t6.q[d] <== qAcc[6][32 + d];
        for (var u = 0; u <= 6; u++) {
            row_h2_t6.k[u][d] <== kAcc[u][32 + d];
            row_h2_t6.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[6][32 + d] <== row_h2_t6.av[d];
    }
    for (var u = 0; u <= 6; u++) {
        scoresRaw[153 + u] <== row_h2_t6.scoresRaw[u];
        scoresQ[153 + u] <== row_h2_t6.scoresQ[u];
        delta[153 + u] <== row_h2_t6.delta[u];
        exp[153 + u] <== row_h2_t6.exp[u];
        probs[153 + u] <== row_h2_t6.probs[u];
    }
    rowMax[2][6] <== row_h2_t6.rowMax;
    rowSum[2][6] <== row_h2_t6.rowSum;
    // Head 2, query 7: keys 0..7 (pairs 160..167).
    component row_h2_t7 = AttentionRow(8, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t7.q[d] <== qAcc[7][32 + d];
        for (var u = 0; u <= 7; u++) {
            row_h2_t7.k[u][d] <== kAcc[u][32 + d];
            row_h2_t7.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[7][32 + d] <== row_h2_t7.av[d];
    }
    for (var u = 0; u <= 7; u++) {
        scoresRaw[160 + u] <== row_h2_t7.scoresRaw[u];
        scoresQ[160 + u] <== row_h2_t7.scoresQ[u];
        delta[160 + u] <== row_h2_t7.delta[u];
        exp[160 + u] <== row_h2_t7.exp[u];
        probs[160 + u] <== row_h2_t7.probs[u];
    }
    rowMax[2][7] <== row_h2_t7.rowMax;
    rowSum[2][7] <== row_h2_t7.rowSum;
    // Head 2, query 8: keys 0..8 (pairs 168..176).
    component row_h2_t8 = AttentionRow(9, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t8.q[d] <== qAcc[8][32 + d];
        for (var u = 0; u <= 8; u++) {
            row_h2_t8.k[u][d] <== kAcc[u][32 + d];
            row_h2_t8.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[8][32 + d] <== row_h2_t8.av[d];
    }
    for (var u = 0; u <= 8; u++) {
        scoresRaw[168 + u] <== row_h2_t8.scoresRaw[u];
        scoresQ[168 + u] <== row_h2_t8.scoresQ[u];
        delta[168 + u] <== row_h2_t8.delta[u];
        exp[168 + u] <== row_h2_t8.exp[u];
        probs[168 + u] <== row_h2_t8.probs[u];
    }
    rowMax[2][8] <== row_h2_t8.rowMax;
    rowSum[2][8] <== row_h2_t8.rowSum;
    // Head 2, query 9: keys 0..9 (pairs 177..186).
    component row_h2_t9 = AttentionRow(10, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t9.q[d] <== qAcc[9][32 + d];
        for (var u = 0; u <= 9; u++) {
            row_h2_t9.k[u][d] <== kAcc[u][32 + d];
            row_h2_t9.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[9][32 + d] <== row_h2_t9.av[d];
    }
    for (var u = 0; u <= 9; u++) {
        scoresRaw[177 + u] <== row_h2_t9.scoresRaw[u];
        scoresQ[177 + u] <== row_h2_t9.scoresQ[u];
        delta[177 + u] <== row_h2_t9.delta[u];
        exp[177 + u] <== row_h2_t9.exp[u];
        probs[177 + u] <== row_h2_t9.probs[u];
    }
    rowMax[2][9] <== row_h2_t9.rowMax;
    rowSum[2][9] <== row_h2_t9.rowSum;
    // Head 2, query 10: keys 0..10 (pairs 187..197).
    component row_h2_t10 = AttentionRow(11, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var d = 0; d < 16; d++) {
        row_h2_t10.q[d] <== qAcc[10][32 + d];
        for (var u = 0; u <= 10; u++) {
            row_h2_t10.k[u][d] <== kAcc[u][32 + d];
            row_h2_t10.v[u][d] <== vAcc[u][32 + d];
        }
    }
    for (var d = 0; d < 16; d++) {
        av[10][32 + d] <== row_h2_t10.av[d];
    }
    for (var u = 0; u <= 10; u++) {
        scoresRaw[187 + u] <== row_h2_t10.scoresRaw[u];
        scoresQ[187 + u] <== row_h2_t10.scoresQ[u];
        delta[187 + u] <== row_h2_t10.delta[u];
        exp[187 + u] <== row_h2_t10.exp[u];
        probs[187 + u] <== row_h2_t10.probs[u];
    }
    rowMax[2][10] <== row_h2_t10.rowMax;
    rowSum[2][10] <== row_h2_t10.rowSum;

    // Steps 9-10: output accumulators claimed by the prover (checked by Freivalds below),
    // requantization with saturation.
    component outProj = ClaimedOutput(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [12707, 9881, 13868, 13014, 14346, 15265, 9019, 14609, 7582, 11480, 11450, 8729, 14862, 10348, 17335, 16790, 15680, 11740, 15869, 14027, 10009, 16329, 14395, 12064, 12000, 10284, 11073, 9717, 11969, 17129, 7598, 8951, 12087, 16474, 10005, 8854, 11978, 7899, 9633, 11540, 10027, 8211, 9722, 8456, 9668, 20605, 12139, 11419], 45, 15);
    outProj.av <== av;
    outProj.w <== wo;
    outProj.b <== bo;
    outAcc <== outProj.acc;
    outQ <== outProj.out;
    // Commitments (their packing range checks are the range checks of the private inputs).
    component modelHash = ModelCommitment(48, 14, 37);
    modelHash.wq <== wq;
    modelHash.wk <== wk;
    modelHash.wv <== wv;
    modelHash.wo <== wo;
    modelHash.bq <== bq;
    modelHash.bk <== bk;
    modelHash.bv <== bv;
    modelHash.bo <== bo;
    modelCommitment === modelHash.out;
    component inputHash = InputCommitment(11, 48);
    inputHash.xQ <== xQ;
    inputHash.salt <== salt;
    inputCommitment === inputHash.out;
    component outputHash = OutputCommitment(11, 48);
    outputHash.outQ <== outQ;
    outputCommitment === outputHash.out;

    // Freivalds challenge: Poseidon over the model and input commitments (binding weights, biases,
    // xQ; av is a constrained function of them) and the packed claimed accumulators.
    component challenge = Sponge(266, 4);
    challenge.in[0] <== modelHash.out;
    challenge.in[1] <== inputHash.out;
    for (var e = 0; e < 44; e++) {
        challenge.in[2 + e] <== projQ.packed[e];
        challenge.in[46 + e] <== projK.packed[e];
        challenge.in[90 + e] <== projV.packed[e];
    }
    for (var e = 0; e < 132; e++) {
        challenge.in[134 + e] <== outProj.packed[e];
    }
    signal rho;
    rho <== challenge.out;
    // Why: the four private-weight products, each checked by one random linear combination per row.
    component checkQ = FreivaldsLinear(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    checkQ.x <== xQ;
    checkQ.w <== wq;
    checkQ.b <== bq;
    checkQ.acc <== qAcc;
    checkQ.rho <== rho;
    component checkK = FreivaldsLinear(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    checkK.x <== xQ;
    checkK.w <== wk;
    checkK.b <== bk;
    checkK.acc <== kAcc;
    checkK.rho <== rho;
    component checkV = FreivaldsLinear(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    checkV.x <== xQ;
    checkV.w <== wv;
    checkV.b <== bv;
    checkV.acc <== vAcc;
    checkV.rho <== rho;
    component checkO = FreivaldsLinear(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    checkO.x <== av;
    checkO.w <== wo;
    checkO.b <== bo;
    checkO.acc <== outAcc;
    checkO.rho <== rho;

    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = GptNanoSortLayer0();
