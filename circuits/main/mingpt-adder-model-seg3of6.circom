// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/mingpt-adder/quantized-model.json (sha256:d09e844c12aeda5f5a18f268a960c921b9d987067211b16fe9c0db8d26ca8a65). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 3 of 6 of the whole model (h1.ln1 .. h1.attnResid; src/circuit/segments.ts), private committed weights:
// T = 6 tokens (prompt 4 + generated 3 − 1), d_model 48, 3 heads, 3 layers, vocabulary 10.
// Stages: h1.ln1, h1.attention, h1.attnResid.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/attention.circom";
include "circuits/lib/residual.circom";

function h1_attnResid_ma() {
    var v[48] = [62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597, 62597];
    return v;
}

function h1_attnResid_mb() {
    var v[48] = [10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508, 10038508];
    return v;
}

function h1_attnResid_shift() {
    var v[48] = [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16];
    return v;
}

function h1_attnResid_yBits() {
    var v[48] = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt (of the cut before), streamIn, outSalt, every stage's parameters.
template MingptAdderModelSeg3of6() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[6];
    signal input salt;
    signal input streamIn[6][48];
    signal input outSalt;
    signal input h1_ln1_gammaQ[48];
    signal input h1_ln1_betaQ[48];
    signal input h1_attention_wq[48][48];
    signal input h1_attention_wk[48][48];
    signal input h1_attention_wv[48][48];
    signal input h1_attention_wo[48][48];
    signal input h1_attention_bq[48];
    signal input h1_attention_bk[48];
    signal input h1_attention_bv[48];
    signal input h1_attention_bo[48];

    // Token ids as committed at the previous cut: the same packed elements go into the output commitment
    // (pass-through; this segment reads no token, so no range check is needed).
    component tokensPack = PackOffset(6, 16);
    tokensPack.in <== tokens;
    // inputCommitment: Sponge(5) over the residual stream streamIn, the tokens and the salt
    // (src/circuit/segments.ts cutCommitment). Why PackSigned: the range proof of streamIn is in the
    // previous segment's proof; this 16-bit check is the range the next stages assume, and makes
    // the commitment injective.
    component streamInPack = PackSigned(288, 16);
    for (var glue_t = 0; glue_t < 6; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamInPack.in[glue_t * 48 + glue_i] <== streamIn[glue_t][glue_i];
        }
    }
    component inputHash = Sponge(22, 5);
    for (var glue_e = 0; glue_e < 20; glue_e++) {
        inputHash.in[glue_e] <== streamInPack.out[glue_e];
    }
    for (var glue_e = 0; glue_e < 1; glue_e++) {
        inputHash.in[20 + glue_e] <== tokensPack.out[glue_e];
    }
    inputHash.in[21] <== salt;
    inputCommitment === inputHash.out;

    // h1_ln1: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h1_ln1_sumX[6];
    signal h1_ln1_centered[6][48];
    signal h1_ln1_varQ[6];
    signal h1_ln1_sd[6];
    signal h1_ln1_invSd[6];
    signal h1_ln1_yAcc[6][48];
    signal h1_ln1_yQ[6][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h1_ln1_packGamma = PackSigned(48, 16);
    h1_ln1_packGamma.in <== h1_ln1_gammaQ;
    component h1_ln1_packBeta = PackSigned(48, 10);
    h1_ln1_packBeta.in <== h1_ln1_betaQ;
    signal h1_ln1_commitment[6];
    for (var e = 0; e < 4; e++) {
        h1_ln1_commitment[e] <== h1_ln1_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h1_ln1_commitment[4 + e] <== h1_ln1_packBeta.out[e];
    }
    component h1_ln1_ln = LayerNorm(6, 48, 1624568607, 33, 6, 0, 25, 26, 18, 11);
    h1_ln1_ln.gamma <== h1_ln1_gammaQ;
    h1_ln1_ln.beta <== h1_ln1_betaQ;
    h1_ln1_ln.x <== streamIn;
    h1_ln1_sumX <== h1_ln1_ln.sumX;
    h1_ln1_centered <== h1_ln1_ln.centered;
    h1_ln1_varQ <== h1_ln1_ln.varQ;
    h1_ln1_sd <== h1_ln1_ln.sd;
    h1_ln1_invSd <== h1_ln1_ln.invSd;
    h1_ln1_yAcc <== h1_ln1_ln.yAcc;
    h1_ln1_yQ <== h1_ln1_ln.yQ;

    // h1_attention: causal attention, T = 6, d_model = 48, 3 heads (circuits/lib/attention.circom).
    signal h1_attention_qAcc[6][48];
    signal h1_attention_kAcc[6][48];
    signal h1_attention_vAcc[6][48];
    signal h1_attention_scoresRaw[63];
    signal h1_attention_scoresQ[63];
    signal h1_attention_rowMax[3][6];
    signal h1_attention_delta[63];
    signal h1_attention_exp[63];
    signal h1_attention_rowSum[3][6];
    signal h1_attention_probs[63];
    signal h1_attention_av[6][48];
    signal h1_attention_outAcc[6][48];
    signal h1_attention_outQ[6][48];
    // h1_attention: private weights and biases, range-checked by their commitment packing.
    signal h1_attention_commitment[317];
    component h1_attention_pack_wq = PackSigned(2304, 8);
    for (var h1_attention_i = 0; h1_attention_i < 48; h1_attention_i++) {
        for (var h1_attention_j = 0; h1_attention_j < 48; h1_attention_j++) {
            h1_attention_pack_wq.in[h1_attention_i * 48 + h1_attention_j] <== h1_attention_wq[h1_attention_i][h1_attention_j];
        }
    }
    for (var h1_attention_e = 0; h1_attention_e < 75; h1_attention_e++) {
        h1_attention_commitment[0 + h1_attention_e] <== h1_attention_pack_wq.out[h1_attention_e];
    }
    component h1_attention_pack_wk = PackSigned(2304, 8);
    for (var h1_attention_i = 0; h1_attention_i < 48; h1_attention_i++) {
        for (var h1_attention_j = 0; h1_attention_j < 48; h1_attention_j++) {
            h1_attention_pack_wk.in[h1_attention_i * 48 + h1_attention_j] <== h1_attention_wk[h1_attention_i][h1_attention_j];
        }
    }
    for (var h1_attention_e = 0; h1_attention_e < 75; h1_attention_e++) {
        h1_attention_commitment[75 + h1_attention_e] <== h1_attention_pack_wk.out[h1_attention_e];
    }
    component h1_attention_pack_wv = PackSigned(2304, 8);
    for (var h1_attention_i = 0; h1_attention_i < 48; h1_attention_i++) {
        for (var h1_attention_j = 0; h1_attention_j < 48; h1_attention_j++) {
            h1_attention_pack_wv.in[h1_attention_i * 48 + h1_attention_j] <== h1_attention_wv[h1_attention_i][h1_attention_j];
        }
    }
    for (var h1_attention_e = 0; h1_attention_e < 75; h1_attention_e++) {
        h1_attention_commitment[150 + h1_attention_e] <== h1_attention_pack_wv.out[h1_attention_e];
    }
    component h1_attention_pack_wo = PackSigned(2304, 8);
    for (var h1_attention_i = 0; h1_attention_i < 48; h1_attention_i++) {
        for (var h1_attention_j = 0; h1_attention_j < 48; h1_attention_j++) {
            h1_attention_pack_wo.in[h1_attention_i * 48 + h1_attention_j] <== h1_attention_wo[h1_attention_i][h1_attention_j];
        }
    }
    for (var h1_attention_e = 0; h1_attention_e < 75; h1_attention_e++) {
        h1_attention_commitment[225 + h1_attention_e] <== h1_attention_pack_wo.out[h1_attention_e];
    }
    component h1_attention_pack_bq = PackSigned(48, 14);
    h1_attention_pack_bq.in <== h1_attention_bq;
    for (var h1_attention_e = 0; h1_attention_e < 3; h1_attention_e++) {
        h1_attention_commitment[300 + h1_attention_e] <== h1_attention_pack_bq.out[h1_attention_e];
    }
    component h1_attention_pack_bk = PackSigned(48, 14);
    h1_attention_pack_bk.in <== h1_attention_bk;
    for (var h1_attention_e = 0; h1_attention_e < 3; h1_attention_e++) {
        h1_attention_commitment[303 + h1_attention_e] <== h1_attention_pack_bk.out[h1_attention_e];
    }
    component h1_attention_pack_bv = PackSigned(48, 14);
    h1_attention_pack_bv.in <== h1_attention_bv;
    for (var h1_attention_e = 0; h1_attention_e < 3; h1_attention_e++) {
        h1_attention_commitment[306 + h1_attention_e] <== h1_attention_pack_bv.out[h1_attention_e];
    }
    component h1_attention_pack_bo = PackSigned(48, 37);
    h1_attention_pack_bo.in <== h1_attention_bo;
    for (var h1_attention_e = 0; h1_attention_e < 8; h1_attention_e++) {
        h1_attention_commitment[309 + h1_attention_e] <== h1_attention_pack_bo.out[h1_attention_e];
    }
    // Step 1: Q/K/V projections with bias, wide accumulators (one constraint per product).
    component h1_attention_projQ = Projection(6, 48);
    h1_attention_projQ.x <== h1_ln1_yQ;
    h1_attention_projQ.w <== h1_attention_wq;
    h1_attention_projQ.b <== h1_attention_bq;
    h1_attention_qAcc <== h1_attention_projQ.acc;
    component h1_attention_projK = Projection(6, 48);
    h1_attention_projK.x <== h1_ln1_yQ;
    h1_attention_projK.w <== h1_attention_wk;
    h1_attention_projK.b <== h1_attention_bk;
    h1_attention_kAcc <== h1_attention_projK.acc;
    component h1_attention_projV = Projection(6, 48);
    h1_attention_projV.x <== h1_ln1_yQ;
    h1_attention_projV.w <== h1_attention_wv;
    h1_attention_projV.b <== h1_attention_bv;
    h1_attention_vAcc <== h1_attention_projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component h1_attention_row_h0_t0 = AttentionRow(1, 16, [128, 109, 182, 85, 56, 99, 137, 67, 123, 121, 153, 108, 150, 145, 162, 103], 26976, 46, 20, 20, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t0.q[h1_attention_d] <== h1_attention_qAcc[0][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 0; h1_attention_u++) {
            h1_attention_row_h0_t0.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t0.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[0][0 + h1_attention_d] <== h1_attention_row_h0_t0.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 0; h1_attention_u++) {
        h1_attention_scoresRaw[0 + h1_attention_u] <== h1_attention_row_h0_t0.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[0 + h1_attention_u] <== h1_attention_row_h0_t0.scoresQ[h1_attention_u];
        h1_attention_delta[0 + h1_attention_u] <== h1_attention_row_h0_t0.delta[h1_attention_u];
        h1_attention_exp[0 + h1_attention_u] <== h1_attention_row_h0_t0.exp[h1_attention_u];
        h1_attention_probs[0 + h1_attention_u] <== h1_attention_row_h0_t0.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][0] <== h1_attention_row_h0_t0.rowMax;
    h1_attention_rowSum[0][0] <== h1_attention_row_h0_t0.rowSum;
    // Head 0, query 1: keys 0..1 (pairs 1..2).
    component h1_attention_row_h0_t1 = AttentionRow(2, 16, [128, 109, 182, 85, 56, 99, 137, 67, 123, 121, 153, 108, 150, 145, 162, 103], 26976, 46, 20, 20, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t1.q[h1_attention_d] <== h1_attention_qAcc[1][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 1; h1_attention_u++) {
            h1_attention_row_h0_t1.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t1.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[1][0 + h1_attention_d] <== h1_attention_row_h0_t1.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 1; h1_attention_u++) {
        h1_attention_scoresRaw[1 + h1_attention_u] <== h1_attention_row_h0_t1.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[1 + h1_attention_u] <== h1_attention_row_h0_t1.scoresQ[h1_attention_u];
        h1_attention_delta[1 + h1_attention_u] <== h1_attention_row_h0_t1.delta[h1_attention_u];
        h1_attention_exp[1 + h1_attention_u] <== h1_attention_row_h0_t1.exp[h1_attention_u];
        h1_attention_probs[1 + h1_attention_u] <== h1_attention_row_h0_t1.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][1] <== h1_attention_row_h0_t1.rowMax;
    h1_attention_rowSum[0][1] <== h1_attention_row_h0_t1.rowSum;
    // Head 0, query 2: keys 0..2 (pairs 3..5).
    component h1_attention_row_h0_t2 = AttentionRow(3, 16, [128, 109, 182, 85, 56, 99, 137, 67, 123, 121, 153, 108, 150, 145, 162, 103], 26976, 46, 20, 20, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t2.q[h1_attention_d] <== h1_attention_qAcc[2][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 2; h1_attention_u++) {
            h1_attention_row_h0_t2.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t2.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[2][0 + h1_attention_d] <== h1_attention_row_h0_t2.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 2; h1_attention_u++) {
        h1_attention_scoresRaw[3 + h1_attention_u] <== h1_attention_row_h0_t2.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[3 + h1_attention_u] <== h1_attention_row_h0_t2.scoresQ[h1_attention_u];
        h1_attention_delta[3 + h1_attention_u] <== h1_attention_row_h0_t2.delta[h1_attention_u];
        h1_attention_exp[3 + h1_attention_u] <== h1_attention_row_h0_t2.exp[h1_attention_u];
        h1_attention_probs[3 + h1_attention_u] <== h1_attention_row_h0_t2.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][2] <== h1_attention_row_h0_t2.rowMax;
    h1_attention_rowSum[0][2] <== h1_attention_row_h0_t2.rowSum;
    // Head 0, query 3: keys 0..3 (pairs 6..9).
    component h1_attention_row_h0_t3 = AttentionRow(4, 16, [128, 109, 182, 85, 56, 99, 137, 67, 123, 121, 153, 108, 150, 145, 162, 103], 26976, 46, 20, 20, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t3.q[h1_attention_d] <== h1_attention_qAcc[3][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 3; h1_attention_u++) {
            h1_attention_row_h0_t3.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t3.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[3][0 + h1_attention_d] <== h1_attention_row_h0_t3.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 3; h1_attention_u++) {
        h1_attention_scoresRaw[6 + h1_attention_u] <== h1_attention_row_h0_t3.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[6 + h1_attention_u] <== h1_attention_row_h0_t3.scoresQ[h1_attention_u];
        h1_attention_delta[6 + h1_attention_u] <== h1_attention_row_h0_t3.delta[h1_attention_u];
        h1_attention_exp[6 + h1_attention_u] <== h1_attention_row_h0_t3.exp[h1_attention_u];
        h1_attention_probs[6 + h1_attention_u] <== h1_attention_row_h0_t3.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][3] <== h1_attention_row_h0_t3.rowMax;
    h1_attention_rowSum[0][3] <== h1_attention_row_h0_t3.rowSum;
    // Head 0, query 4: keys 0..4 (pairs 10..14).
    component h1_attention_row_h0_t4 = AttentionRow(5, 16, [128, 109, 182, 85, 56, 99, 137, 67, 123, 121, 153, 108, 150, 145, 162, 103], 26976, 46, 20, 20, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t4.q[h1_attention_d] <== h1_attention_qAcc[4][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 4; h1_attention_u++) {
            h1_attention_row_h0_t4.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t4.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[4][0 + h1_attention_d] <== h1_attention_row_h0_t4.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 4; h1_attention_u++) {
        h1_attention_scoresRaw[10 + h1_attention_u] <== h1_attention_row_h0_t4.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[10 + h1_attention_u] <== h1_attention_row_h0_t4.scoresQ[h1_attention_u];
        h1_attention_delta[10 + h1_attention_u] <== h1_attention_row_h0_t4.delta[h1_attention_u];
        h1_attention_exp[10 + h1_attention_u] <== h1_attention_row_h0_t4.exp[h1_attention_u];
        h1_attention_probs[10 + h1_attention_u] <== h1_attention_row_h0_t4.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][4] <== h1_attention_row_h0_t4.rowMax;
    h1_attention_rowSum[0][4] <== h1_attention_row_h0_t4.rowSum;
    // Head 0, query 5: keys 0..5 (pairs 15..20).
    component h1_attention_row_h0_t5 = AttentionRow(6, 16, [128, 109, 182, 85, 56, 99, 137, 67, 123, 121, 153, 108, 150, 145, 162, 103], 26976, 46, 20, 20, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t5.q[h1_attention_d] <== h1_attention_qAcc[5][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 5; h1_attention_u++) {
            h1_attention_row_h0_t5.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t5.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[5][0 + h1_attention_d] <== h1_attention_row_h0_t5.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 5; h1_attention_u++) {
        h1_attention_scoresRaw[15 + h1_attention_u] <== h1_attention_row_h0_t5.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[15 + h1_attention_u] <== h1_attention_row_h0_t5.scoresQ[h1_attention_u];
        h1_attention_delta[15 + h1_attention_u] <== h1_attention_row_h0_t5.delta[h1_attention_u];
        h1_attention_exp[15 + h1_attention_u] <== h1_attention_row_h0_t5.exp[h1_attention_u];
        h1_attention_probs[15 + h1_attention_u] <== h1_attention_row_h0_t5.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][5] <== h1_attention_row_h0_t5.rowMax;
    h1_attention_rowSum[0][5] <== h1_attention_row_h0_t5.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 21..21).
    component h1_attention_row_h1_t0 = AttentionRow(1, 16, [138, 65, 127, 118, 82, 129, 93, 143, 103, 140, 133, 128, 148, 61, 103, 157], 26976, 46, 20, 20, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t0.q[h1_attention_d] <== h1_attention_qAcc[0][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 0; h1_attention_u++) {
            h1_attention_row_h1_t0.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t0.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[0][16 + h1_attention_d] <== h1_attention_row_h1_t0.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 0; h1_attention_u++) {
        h1_attention_scoresRaw[21 + h1_attention_u] <== h1_attention_row_h1_t0.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[21 + h1_attention_u] <== h1_attention_row_h1_t0.scoresQ[h1_attention_u];
        h1_attention_delta[21 + h1_attention_u] <== h1_attention_row_h1_t0.delta[h1_attention_u];
        h1_attention_exp[21 + h1_attention_u] <== h1_attention_row_h1_t0.exp[h1_attention_u];
        h1_attention_probs[21 + h1_attention_u] <== h1_attention_row_h1_t0.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][0] <== h1_attention_row_h1_t0.rowMax;
    h1_attention_rowSum[1][0] <== h1_attention_row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 22..23).
    component h1_attention_row_h1_t1 = AttentionRow(2, 16, [138, 65, 127, 118, 82, 129, 93, 143, 103, 140, 133, 128, 148, 61, 103, 157], 26976, 46, 20, 20, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t1.q[h1_attention_d] <== h1_attention_qAcc[1][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 1; h1_attention_u++) {
            h1_attention_row_h1_t1.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t1.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[1][16 + h1_attention_d] <== h1_attention_row_h1_t1.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 1; h1_attention_u++) {
        h1_attention_scoresRaw[22 + h1_attention_u] <== h1_attention_row_h1_t1.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[22 + h1_attention_u] <== h1_attention_row_h1_t1.scoresQ[h1_attention_u];
        h1_attention_delta[22 + h1_attention_u] <== h1_attention_row_h1_t1.delta[h1_attention_u];
        h1_attention_exp[22 + h1_attention_u] <== h1_attention_row_h1_t1.exp[h1_attention_u];
        h1_attention_probs[22 + h1_attention_u] <== h1_attention_row_h1_t1.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][1] <== h1_attention_row_h1_t1.rowMax;
    h1_attention_rowSum[1][1] <== h1_attention_row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 24..26).
    component h1_attention_row_h1_t2 = AttentionRow(3, 16, [138, 65, 127, 118, 82, 129, 93, 143, 103, 140, 133, 128, 148, 61, 103, 157], 26976, 46, 20, 20, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t2.q[h1_attention_d] <== h1_attention_qAcc[2][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 2; h1_attention_u++) {
            h1_attention_row_h1_t2.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t2.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[2][16 + h1_attention_d] <== h1_attention_row_h1_t2.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 2; h1_attention_u++) {
        h1_attention_scoresRaw[24 + h1_attention_u] <== h1_attention_row_h1_t2.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[24 + h1_attention_u] <== h1_attention_row_h1_t2.scoresQ[h1_attention_u];
        h1_attention_delta[24 + h1_attention_u] <== h1_attention_row_h1_t2.delta[h1_attention_u];
        h1_attention_exp[24 + h1_attention_u] <== h1_attention_row_h1_t2.exp[h1_attention_u];
        h1_attention_probs[24 + h1_attention_u] <== h1_attention_row_h1_t2.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][2] <== h1_attention_row_h1_t2.rowMax;
    h1_attention_rowSum[1][2] <== h1_attention_row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 27..30).
    component h1_attention_row_h1_t3 = AttentionRow(4, 16, [138, 65, 127, 118, 82, 129, 93, 143, 103, 140, 133, 128, 148, 61, 103, 157], 26976, 46, 20, 20, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t3.q[h1_attention_d] <== h1_attention_qAcc[3][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 3; h1_attention_u++) {
            h1_attention_row_h1_t3.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t3.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[3][16 + h1_attention_d] <== h1_attention_row_h1_t3.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 3; h1_attention_u++) {
        h1_attention_scoresRaw[27 + h1_attention_u] <== h1_attention_row_h1_t3.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[27 + h1_attention_u] <== h1_attention_row_h1_t3.scoresQ[h1_attention_u];
        h1_attention_delta[27 + h1_attention_u] <== h1_attention_row_h1_t3.delta[h1_attention_u];
        h1_attention_exp[27 + h1_attention_u] <== h1_attention_row_h1_t3.exp[h1_attention_u];
        h1_attention_probs[27 + h1_attention_u] <== h1_attention_row_h1_t3.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][3] <== h1_attention_row_h1_t3.rowMax;
    h1_attention_rowSum[1][3] <== h1_attention_row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 31..35).
    component h1_attention_row_h1_t4 = AttentionRow(5, 16, [138, 65, 127, 118, 82, 129, 93, 143, 103, 140, 133, 128, 148, 61, 103, 157], 26976, 46, 20, 20, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t4.q[h1_attention_d] <== h1_attention_qAcc[4][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 4; h1_attention_u++) {
            h1_attention_row_h1_t4.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t4.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[4][16 + h1_attention_d] <== h1_attention_row_h1_t4.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 4; h1_attention_u++) {
        h1_attention_scoresRaw[31 + h1_attention_u] <== h1_attention_row_h1_t4.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[31 + h1_attention_u] <== h1_attention_row_h1_t4.scoresQ[h1_attention_u];
        h1_attention_delta[31 + h1_attention_u] <== h1_attention_row_h1_t4.delta[h1_attention_u];
        h1_attention_exp[31 + h1_attention_u] <== h1_attention_row_h1_t4.exp[h1_attention_u];
        h1_attention_probs[31 + h1_attention_u] <== h1_attention_row_h1_t4.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][4] <== h1_attention_row_h1_t4.rowMax;
    h1_attention_rowSum[1][4] <== h1_attention_row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 36..41).
    component h1_attention_row_h1_t5 = AttentionRow(6, 16, [138, 65, 127, 118, 82, 129, 93, 143, 103, 140, 133, 128, 148, 61, 103, 157], 26976, 46, 20, 20, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t5.q[h1_attention_d] <== h1_attention_qAcc[5][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 5; h1_attention_u++) {
            h1_attention_row_h1_t5.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t5.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[5][16 + h1_attention_d] <== h1_attention_row_h1_t5.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 5; h1_attention_u++) {
        h1_attention_scoresRaw[36 + h1_attention_u] <== h1_attention_row_h1_t5.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[36 + h1_attention_u] <== h1_attention_row_h1_t5.scoresQ[h1_attention_u];
        h1_attention_delta[36 + h1_attention_u] <== h1_attention_row_h1_t5.delta[h1_attention_u];
        h1_attention_exp[36 + h1_attention_u] <== h1_attention_row_h1_t5.exp[h1_attention_u];
        h1_attention_probs[36 + h1_attention_u] <== h1_attention_row_h1_t5.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][5] <== h1_attention_row_h1_t5.rowMax;
    h1_attention_rowSum[1][5] <== h1_attention_row_h1_t5.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 42..42).
    component h1_attention_row_h2_t0 = AttentionRow(1, 16, [147, 134, 101, 119, 124, 87, 160, 134, 135, 142, 136, 158, 112, 106, 63, 256], 26976, 46, 20, 20, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t0.q[h1_attention_d] <== h1_attention_qAcc[0][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 0; h1_attention_u++) {
            h1_attention_row_h2_t0.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t0.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[0][32 + h1_attention_d] <== h1_attention_row_h2_t0.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 0; h1_attention_u++) {
        h1_attention_scoresRaw[42 + h1_attention_u] <== h1_attention_row_h2_t0.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[42 + h1_attention_u] <== h1_attention_row_h2_t0.scoresQ[h1_attention_u];
        h1_attention_delta[42 + h1_attention_u] <== h1_attention_row_h2_t0.delta[h1_attention_u];
        h1_attention_exp[42 + h1_attention_u] <== h1_attention_row_h2_t0.exp[h1_attention_u];
        h1_attention_probs[42 + h1_attention_u] <== h1_attention_row_h2_t0.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][0] <== h1_attention_row_h2_t0.rowMax;
    h1_attention_rowSum[2][0] <== h1_attention_row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 43..44).
    component h1_attention_row_h2_t1 = AttentionRow(2, 16, [147, 134, 101, 119, 124, 87, 160, 134, 135, 142, 136, 158, 112, 106, 63, 256], 26976, 46, 20, 20, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t1.q[h1_attention_d] <== h1_attention_qAcc[1][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 1; h1_attention_u++) {
            h1_attention_row_h2_t1.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t1.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[1][32 + h1_attention_d] <== h1_attention_row_h2_t1.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 1; h1_attention_u++) {
        h1_attention_scoresRaw[43 + h1_attention_u] <== h1_attention_row_h2_t1.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[43 + h1_attention_u] <== h1_attention_row_h2_t1.scoresQ[h1_attention_u];
        h1_attention_delta[43 + h1_attention_u] <== h1_attention_row_h2_t1.delta[h1_attention_u];
        h1_attention_exp[43 + h1_attention_u] <== h1_attention_row_h2_t1.exp[h1_attention_u];
        h1_attention_probs[43 + h1_attention_u] <== h1_attention_row_h2_t1.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][1] <== h1_attention_row_h2_t1.rowMax;
    h1_attention_rowSum[2][1] <== h1_attention_row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 45..47).
    component h1_attention_row_h2_t2 = AttentionRow(3, 16, [147, 134, 101, 119, 124, 87, 160, 134, 135, 142, 136, 158, 112, 106, 63, 256], 26976, 46, 20, 20, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t2.q[h1_attention_d] <== h1_attention_qAcc[2][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 2; h1_attention_u++) {
            h1_attention_row_h2_t2.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t2.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[2][32 + h1_attention_d] <== h1_attention_row_h2_t2.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 2; h1_attention_u++) {
        h1_attention_scoresRaw[45 + h1_attention_u] <== h1_attention_row_h2_t2.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[45 + h1_attention_u] <== h1_attention_row_h2_t2.scoresQ[h1_attention_u];
        h1_attention_delta[45 + h1_attention_u] <== h1_attention_row_h2_t2.delta[h1_attention_u];
        h1_attention_exp[45 + h1_attention_u] <== h1_attention_row_h2_t2.exp[h1_attention_u];
        h1_attention_probs[45 + h1_attention_u] <== h1_attention_row_h2_t2.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][2] <== h1_attention_row_h2_t2.rowMax;
    h1_attention_rowSum[2][2] <== h1_attention_row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 48..51).
    component h1_attention_row_h2_t3 = AttentionRow(4, 16, [147, 134, 101, 119, 124, 87, 160, 134, 135, 142, 136, 158, 112, 106, 63, 256], 26976, 46, 20, 20, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t3.q[h1_attention_d] <== h1_attention_qAcc[3][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 3; h1_attention_u++) {
            h1_attention_row_h2_t3.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t3.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[3][32 + h1_attention_d] <== h1_attention_row_h2_t3.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 3; h1_attention_u++) {
        h1_attention_scoresRaw[48 + h1_attention_u] <== h1_attention_row_h2_t3.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[48 + h1_attention_u] <== h1_attention_row_h2_t3.scoresQ[h1_attention_u];
        h1_attention_delta[48 + h1_attention_u] <== h1_attention_row_h2_t3.delta[h1_attention_u];
        h1_attention_exp[48 + h1_attention_u] <== h1_attention_row_h2_t3.exp[h1_attention_u];
        h1_attention_probs[48 + h1_attention_u] <== h1_attention_row_h2_t3.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][3] <== h1_attention_row_h2_t3.rowMax;
    h1_attention_rowSum[2][3] <== h1_attention_row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 52..56).
    component h1_attention_row_h2_t4 = AttentionRow(5, 16, [147, 134, 101, 119, 124, 87, 160, 134, 135, 142, 136, 158, 112, 106, 63, 256], 26976, 46, 20, 20, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t4.q[h1_attention_d] <== h1_attention_qAcc[4][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 4; h1_attention_u++) {
            h1_attention_row_h2_t4.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t4.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[4][32 + h1_attention_d] <== h1_attention_row_h2_t4.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 4; h1_attention_u++) {
        h1_attention_scoresRaw[52 + h1_attention_u] <== h1_attention_row_h2_t4.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[52 + h1_attention_u] <== h1_attention_row_h2_t4.scoresQ[h1_attention_u];
        h1_attention_delta[52 + h1_attention_u] <== h1_attention_row_h2_t4.delta[h1_attention_u];
        h1_attention_exp[52 + h1_attention_u] <== h1_attention_row_h2_t4.exp[h1_attention_u];
        h1_attention_probs[52 + h1_attention_u] <== h1_attention_row_h2_t4.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][4] <== h1_attention_row_h2_t4.rowMax;
    h1_attention_rowSum[2][4] <== h1_attention_row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 57..62).
    component h1_attention_row_h2_t5 = AttentionRow(6, 16, [147, 134, 101, 119, 124, 87, 160, 134, 135, 142, 136, 158, 112, 106, 63, 256], 26976, 46, 20, 20, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t5.q[h1_attention_d] <== h1_attention_qAcc[5][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 5; h1_attention_u++) {
            h1_attention_row_h2_t5.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t5.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[5][32 + h1_attention_d] <== h1_attention_row_h2_t5.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 5; h1_attention_u++) {
        h1_attention_scoresRaw[57 + h1_attention_u] <== h1_attention_row_h2_t5.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[57 + h1_attention_u] <== h1_attention_row_h2_t5.scoresQ[h1_attention_u];
        h1_attention_delta[57 + h1_attention_u] <== h1_attention_row_h2_t5.delta[h1_attention_u];
        h1_attention_exp[57 + h1_attention_u] <== h1_attention_row_h2_t5.exp[h1_attention_u];
        h1_attention_probs[57 + h1_attention_u] <== h1_attention_row_h2_t5.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][5] <== h1_attention_row_h2_t5.rowMax;
    h1_attention_rowSum[2][5] <== h1_attention_row_h2_t5.rowSum;
    // Steps 9-10: output projection with bias, requantization with saturation.
    component h1_attention_outProj = OutputProjection(6, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [4877, 7030, 12496, 7676, 11678, 8235, 7682, 4644, 6957, 8470, 9279, 8247, 8394, 4642, 7920, 5488, 7942, 11513, 8249, 7185, 11570, 12541, 10008, 5580, 9134, 8603, 9895, 7841, 11084, 17436, 7873, 11867, 10508, 11674, 4625, 6805, 12803, 17516, 10531, 7472, 4144, 10021, 13690, 5678, 5153, 9867, 13023, 8311], 45, 15);
    h1_attention_outProj.av <== h1_attention_av;
    h1_attention_outProj.w <== h1_attention_wo;
    h1_attention_outProj.b <== h1_attention_bo;
    h1_attention_outAcc <== h1_attention_outProj.acc;
    h1_attention_outQ <== h1_attention_outProj.out;

    // h1_attnResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h1_attnResid_sumAcc[6][48];
    signal h1_attnResid_outQ[6][48];
    component h1_attnResid_add = ResidualAdd(6, 48, h1_attnResid_ma(), h1_attnResid_mb(), h1_attnResid_shift(), h1_attnResid_yBits(), 16, 8);
    h1_attnResid_add.a <== streamIn;
    h1_attnResid_add.b <== h1_attention_outQ;
    h1_attnResid_sumAcc <== h1_attnResid_add.sumAcc;
    h1_attnResid_outQ <== h1_attnResid_add.outQ;

    // outputCommitment: Sponge(5) over the residual stream after h1.attnResid, the tokens and
    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).
    component streamOutPack = PackOffset(288, 16);
    for (var glue_t = 0; glue_t < 6; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamOutPack.in[glue_t * 48 + glue_i] <== h1_attnResid_outQ[glue_t][glue_i];
        }
    }
    component outputHash = Sponge(22, 5);
    for (var glue_e = 0; glue_e < 20; glue_e++) {
        outputHash.in[glue_e] <== streamOutPack.out[glue_e];
    }
    for (var glue_e = 0; glue_e < 1; glue_e++) {
        outputHash.in[20 + glue_e] <== tokensPack.out[glue_e];
    }
    outputHash.in[21] <== outSalt;
    outputCommitment === outputHash.out;
    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.
    component modelHash = Sponge(323, 1);
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[0 + glue_e] <== h1_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[6 + glue_e] <== h1_attention_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MingptAdderModelSeg3of6();
