// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/mingpt-adder/quantized-model.json (sha256:d09e844c12aeda5f5a18f268a960c921b9d987067211b16fe9c0db8d26ca8a65). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 1 of 6 of the whole model (embedding .. h0.attnResid; src/circuit/segments.ts), private committed weights:
// T = 6 tokens (prompt 4 + generated 3 − 1), d_model 48, 3 heads, 3 layers, vocabulary 10.
// Stages: embedding, h0.ln1, h0.attention, h0.attnResid.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/embedding.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/attention.circom";
include "circuits/lib/residual.circom";

function h0_attnResid_ma() {
    var v[48] = [45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459, 45459];
    return v;
}

function h0_attnResid_mb() {
    var v[48] = [8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201, 8377201];
    return v;
}

function h0_attnResid_shift() {
    var v[48] = [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16];
    return v;
}

function h0_attnResid_yBits() {
    var v[48] = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt, every stage's parameters.
template MingptAdderModelSeg1of6() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[6];
    signal input salt;
    signal input outSalt;
    signal input embedding_wte[10][48];
    signal input embedding_wpe[6][48];
    signal input h0_ln1_gammaQ[48];
    signal input h0_ln1_betaQ[48];
    signal input h0_attention_wq[48][48];
    signal input h0_attention_wk[48][48];
    signal input h0_attention_wv[48][48];
    signal input h0_attention_wo[48][48];
    signal input h0_attention_bq[48];
    signal input h0_attention_bk[48];
    signal input h0_attention_bv[48];
    signal input h0_attention_bo[48];

    // embedding: token + position embedding (circuits/lib/embedding.circom; src/stages/embedding.ts).
    signal embedding_tokQ[6][48];
    signal embedding_posQ[6][48];
    signal embedding_x0Q[6][48];
    // Why: the packing range-checks every table entry (injective commitment) and binds it.
    component embedding_packWte = PackSigned(480, 16);
    for (var v = 0; v < 10; v++) {
        for (var i = 0; i < 48; i++) {
            embedding_packWte.in[v * 48 + i] <== embedding_wte[v][i];
        }
    }
    component embedding_packWpe = PackSigned(288, 16);
    for (var u = 0; u < 6; u++) {
        for (var i = 0; i < 48; i++) {
            embedding_packWpe.in[u * 48 + i] <== embedding_wpe[u][i];
        }
    }
    signal embedding_commitment[52];
    for (var e = 0; e < 32; e++) {
        embedding_commitment[e] <== embedding_packWte.out[e];
    }
    for (var e = 0; e < 20; e++) {
        embedding_commitment[32 + e] <== embedding_packWpe.out[e];
    }
    component embedding_emb = Embedding(6, 10, 48);
    embedding_emb.wte <== embedding_wte;
    for (var t = 0; t < 6; t++) {
        embedding_emb.wpe[t] <== embedding_wpe[t];
    }
    embedding_emb.tokens <== tokens;
    embedding_tokQ <== embedding_emb.tokQ;
    embedding_posQ <== embedding_emb.posQ;
    embedding_x0Q <== embedding_emb.x0Q;

    // h0_ln1: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h0_ln1_sumX[6];
    signal h0_ln1_centered[6][48];
    signal h0_ln1_varQ[6];
    signal h0_ln1_sd[6];
    signal h0_ln1_invSd[6];
    signal h0_ln1_yAcc[6][48];
    signal h0_ln1_yQ[6][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h0_ln1_packGamma = PackSigned(48, 17);
    h0_ln1_packGamma.in <== h0_ln1_gammaQ;
    component h0_ln1_packBeta = PackSigned(48, 10);
    h0_ln1_packBeta.in <== h0_ln1_betaQ;
    signal h0_ln1_commitment[6];
    for (var e = 0; e < 4; e++) {
        h0_ln1_commitment[e] <== h0_ln1_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h0_ln1_commitment[4 + e] <== h0_ln1_packBeta.out[e];
    }
    component h0_ln1_ln = LayerNorm(6, 48, 8740069856, 33, 6, 16, 25, 26, 17, 12);
    h0_ln1_ln.gamma <== h0_ln1_gammaQ;
    h0_ln1_ln.beta <== h0_ln1_betaQ;
    h0_ln1_ln.x <== embedding_x0Q;
    h0_ln1_sumX <== h0_ln1_ln.sumX;
    h0_ln1_centered <== h0_ln1_ln.centered;
    h0_ln1_varQ <== h0_ln1_ln.varQ;
    h0_ln1_sd <== h0_ln1_ln.sd;
    h0_ln1_invSd <== h0_ln1_ln.invSd;
    h0_ln1_yAcc <== h0_ln1_ln.yAcc;
    h0_ln1_yQ <== h0_ln1_ln.yQ;

    // h0_attention: causal attention, T = 6, d_model = 48, 3 heads (circuits/lib/attention.circom).
    signal h0_attention_qAcc[6][48];
    signal h0_attention_kAcc[6][48];
    signal h0_attention_vAcc[6][48];
    signal h0_attention_scoresRaw[63];
    signal h0_attention_scoresQ[63];
    signal h0_attention_rowMax[3][6];
    signal h0_attention_delta[63];
    signal h0_attention_exp[63];
    signal h0_attention_rowSum[3][6];
    signal h0_attention_probs[63];
    signal h0_attention_av[6][48];
    signal h0_attention_outAcc[6][48];
    signal h0_attention_outQ[6][48];
    // h0_attention: private weights and biases, range-checked by their commitment packing.
    signal h0_attention_commitment[317];
    component h0_attention_pack_wq = PackSigned(2304, 8);
    for (var h0_attention_i = 0; h0_attention_i < 48; h0_attention_i++) {
        for (var h0_attention_j = 0; h0_attention_j < 48; h0_attention_j++) {
            h0_attention_pack_wq.in[h0_attention_i * 48 + h0_attention_j] <== h0_attention_wq[h0_attention_i][h0_attention_j];
        }
    }
    for (var h0_attention_e = 0; h0_attention_e < 75; h0_attention_e++) {
        h0_attention_commitment[0 + h0_attention_e] <== h0_attention_pack_wq.out[h0_attention_e];
    }
    component h0_attention_pack_wk = PackSigned(2304, 8);
    for (var h0_attention_i = 0; h0_attention_i < 48; h0_attention_i++) {
        for (var h0_attention_j = 0; h0_attention_j < 48; h0_attention_j++) {
            h0_attention_pack_wk.in[h0_attention_i * 48 + h0_attention_j] <== h0_attention_wk[h0_attention_i][h0_attention_j];
        }
    }
    for (var h0_attention_e = 0; h0_attention_e < 75; h0_attention_e++) {
        h0_attention_commitment[75 + h0_attention_e] <== h0_attention_pack_wk.out[h0_attention_e];
    }
    component h0_attention_pack_wv = PackSigned(2304, 8);
    for (var h0_attention_i = 0; h0_attention_i < 48; h0_attention_i++) {
        for (var h0_attention_j = 0; h0_attention_j < 48; h0_attention_j++) {
            h0_attention_pack_wv.in[h0_attention_i * 48 + h0_attention_j] <== h0_attention_wv[h0_attention_i][h0_attention_j];
        }
    }
    for (var h0_attention_e = 0; h0_attention_e < 75; h0_attention_e++) {
        h0_attention_commitment[150 + h0_attention_e] <== h0_attention_pack_wv.out[h0_attention_e];
    }
    component h0_attention_pack_wo = PackSigned(2304, 8);
    for (var h0_attention_i = 0; h0_attention_i < 48; h0_attention_i++) {
        for (var h0_attention_j = 0; h0_attention_j < 48; h0_attention_j++) {
            h0_attention_pack_wo.in[h0_attention_i * 48 + h0_attention_j] <== h0_attention_wo[h0_attention_i][h0_attention_j];
        }
    }
    for (var h0_attention_e = 0; h0_attention_e < 75; h0_attention_e++) {
        h0_attention_commitment[225 + h0_attention_e] <== h0_attention_pack_wo.out[h0_attention_e];
    }
    component h0_attention_pack_bq = PackSigned(48, 15);
    h0_attention_pack_bq.in <== h0_attention_bq;
    for (var h0_attention_e = 0; h0_attention_e < 3; h0_attention_e++) {
        h0_attention_commitment[300 + h0_attention_e] <== h0_attention_pack_bq.out[h0_attention_e];
    }
    component h0_attention_pack_bk = PackSigned(48, 15);
    h0_attention_pack_bk.in <== h0_attention_bk;
    for (var h0_attention_e = 0; h0_attention_e < 3; h0_attention_e++) {
        h0_attention_commitment[303 + h0_attention_e] <== h0_attention_pack_bk.out[h0_attention_e];
    }
    component h0_attention_pack_bv = PackSigned(48, 15);
    h0_attention_pack_bv.in <== h0_attention_bv;
    for (var h0_attention_e = 0; h0_attention_e < 3; h0_attention_e++) {
        h0_attention_commitment[306 + h0_attention_e] <== h0_attention_pack_bv.out[h0_attention_e];
    }
    component h0_attention_pack_bo = PackSigned(48, 37);
    h0_attention_pack_bo.in <== h0_attention_bo;
    for (var h0_attention_e = 0; h0_attention_e < 8; h0_attention_e++) {
        h0_attention_commitment[309 + h0_attention_e] <== h0_attention_pack_bo.out[h0_attention_e];
    }
    // Step 1: Q/K/V projections with bias, wide accumulators (one constraint per product).
    component h0_attention_projQ = Projection(6, 48);
    h0_attention_projQ.x <== h0_ln1_yQ;
    h0_attention_projQ.w <== h0_attention_wq;
    h0_attention_projQ.b <== h0_attention_bq;
    h0_attention_qAcc <== h0_attention_projQ.acc;
    component h0_attention_projK = Projection(6, 48);
    h0_attention_projK.x <== h0_ln1_yQ;
    h0_attention_projK.w <== h0_attention_wk;
    h0_attention_projK.b <== h0_attention_bk;
    h0_attention_kAcc <== h0_attention_projK.acc;
    component h0_attention_projV = Projection(6, 48);
    h0_attention_projV.x <== h0_ln1_yQ;
    h0_attention_projV.w <== h0_attention_wv;
    h0_attention_projV.b <== h0_attention_bv;
    h0_attention_vAcc <== h0_attention_projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component h0_attention_row_h0_t0 = AttentionRow(1, 16, [85, 74, 93, 71, 108, 73, 43, 256, 66, 123, 113, 73, 67, 92, 65, 50], 22507, 45, 21, 21, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t0.q[h0_attention_d] <== h0_attention_qAcc[0][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 0; h0_attention_u++) {
            h0_attention_row_h0_t0.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t0.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[0][0 + h0_attention_d] <== h0_attention_row_h0_t0.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 0; h0_attention_u++) {
        h0_attention_scoresRaw[0 + h0_attention_u] <== h0_attention_row_h0_t0.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[0 + h0_attention_u] <== h0_attention_row_h0_t0.scoresQ[h0_attention_u];
        h0_attention_delta[0 + h0_attention_u] <== h0_attention_row_h0_t0.delta[h0_attention_u];
        h0_attention_exp[0 + h0_attention_u] <== h0_attention_row_h0_t0.exp[h0_attention_u];
        h0_attention_probs[0 + h0_attention_u] <== h0_attention_row_h0_t0.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][0] <== h0_attention_row_h0_t0.rowMax;
    h0_attention_rowSum[0][0] <== h0_attention_row_h0_t0.rowSum;
    // Head 0, query 1: keys 0..1 (pairs 1..2).
    component h0_attention_row_h0_t1 = AttentionRow(2, 16, [85, 74, 93, 71, 108, 73, 43, 256, 66, 123, 113, 73, 67, 92, 65, 50], 22507, 45, 21, 21, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t1.q[h0_attention_d] <== h0_attention_qAcc[1][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 1; h0_attention_u++) {
            h0_attention_row_h0_t1.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t1.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[1][0 + h0_attention_d] <== h0_attention_row_h0_t1.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 1; h0_attention_u++) {
        h0_attention_scoresRaw[1 + h0_attention_u] <== h0_attention_row_h0_t1.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[1 + h0_attention_u] <== h0_attention_row_h0_t1.scoresQ[h0_attention_u];
        h0_attention_delta[1 + h0_attention_u] <== h0_attention_row_h0_t1.delta[h0_attention_u];
        h0_attention_exp[1 + h0_attention_u] <== h0_attention_row_h0_t1.exp[h0_attention_u];
        h0_attention_probs[1 + h0_attention_u] <== h0_attention_row_h0_t1.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][1] <== h0_attention_row_h0_t1.rowMax;
    h0_attention_rowSum[0][1] <== h0_attention_row_h0_t1.rowSum;
    // Head 0, query 2: keys 0..2 (pairs 3..5).
    component h0_attention_row_h0_t2 = AttentionRow(3, 16, [85, 74, 93, 71, 108, 73, 43, 256, 66, 123, 113, 73, 67, 92, 65, 50], 22507, 45, 21, 21, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t2.q[h0_attention_d] <== h0_attention_qAcc[2][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 2; h0_attention_u++) {
            h0_attention_row_h0_t2.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t2.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[2][0 + h0_attention_d] <== h0_attention_row_h0_t2.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 2; h0_attention_u++) {
        h0_attention_scoresRaw[3 + h0_attention_u] <== h0_attention_row_h0_t2.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[3 + h0_attention_u] <== h0_attention_row_h0_t2.scoresQ[h0_attention_u];
        h0_attention_delta[3 + h0_attention_u] <== h0_attention_row_h0_t2.delta[h0_attention_u];
        h0_attention_exp[3 + h0_attention_u] <== h0_attention_row_h0_t2.exp[h0_attention_u];
        h0_attention_probs[3 + h0_attention_u] <== h0_attention_row_h0_t2.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][2] <== h0_attention_row_h0_t2.rowMax;
    h0_attention_rowSum[0][2] <== h0_attention_row_h0_t2.rowSum;
    // Head 0, query 3: keys 0..3 (pairs 6..9).
    component h0_attention_row_h0_t3 = AttentionRow(4, 16, [85, 74, 93, 71, 108, 73, 43, 256, 66, 123, 113, 73, 67, 92, 65, 50], 22507, 45, 21, 21, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t3.q[h0_attention_d] <== h0_attention_qAcc[3][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 3; h0_attention_u++) {
            h0_attention_row_h0_t3.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t3.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[3][0 + h0_attention_d] <== h0_attention_row_h0_t3.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 3; h0_attention_u++) {
        h0_attention_scoresRaw[6 + h0_attention_u] <== h0_attention_row_h0_t3.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[6 + h0_attention_u] <== h0_attention_row_h0_t3.scoresQ[h0_attention_u];
        h0_attention_delta[6 + h0_attention_u] <== h0_attention_row_h0_t3.delta[h0_attention_u];
        h0_attention_exp[6 + h0_attention_u] <== h0_attention_row_h0_t3.exp[h0_attention_u];
        h0_attention_probs[6 + h0_attention_u] <== h0_attention_row_h0_t3.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][3] <== h0_attention_row_h0_t3.rowMax;
    h0_attention_rowSum[0][3] <== h0_attention_row_h0_t3.rowSum;
    // Head 0, query 4: keys 0..4 (pairs 10..14).
    component h0_attention_row_h0_t4 = AttentionRow(5, 16, [85, 74, 93, 71, 108, 73, 43, 256, 66, 123, 113, 73, 67, 92, 65, 50], 22507, 45, 21, 21, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t4.q[h0_attention_d] <== h0_attention_qAcc[4][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 4; h0_attention_u++) {
            h0_attention_row_h0_t4.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t4.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[4][0 + h0_attention_d] <== h0_attention_row_h0_t4.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 4; h0_attention_u++) {
        h0_attention_scoresRaw[10 + h0_attention_u] <== h0_attention_row_h0_t4.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[10 + h0_attention_u] <== h0_attention_row_h0_t4.scoresQ[h0_attention_u];
        h0_attention_delta[10 + h0_attention_u] <== h0_attention_row_h0_t4.delta[h0_attention_u];
        h0_attention_exp[10 + h0_attention_u] <== h0_attention_row_h0_t4.exp[h0_attention_u];
        h0_attention_probs[10 + h0_attention_u] <== h0_attention_row_h0_t4.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][4] <== h0_attention_row_h0_t4.rowMax;
    h0_attention_rowSum[0][4] <== h0_attention_row_h0_t4.rowSum;
    // Head 0, query 5: keys 0..5 (pairs 15..20).
    component h0_attention_row_h0_t5 = AttentionRow(6, 16, [85, 74, 93, 71, 108, 73, 43, 256, 66, 123, 113, 73, 67, 92, 65, 50], 22507, 45, 21, 21, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t5.q[h0_attention_d] <== h0_attention_qAcc[5][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 5; h0_attention_u++) {
            h0_attention_row_h0_t5.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t5.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[5][0 + h0_attention_d] <== h0_attention_row_h0_t5.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 5; h0_attention_u++) {
        h0_attention_scoresRaw[15 + h0_attention_u] <== h0_attention_row_h0_t5.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[15 + h0_attention_u] <== h0_attention_row_h0_t5.scoresQ[h0_attention_u];
        h0_attention_delta[15 + h0_attention_u] <== h0_attention_row_h0_t5.delta[h0_attention_u];
        h0_attention_exp[15 + h0_attention_u] <== h0_attention_row_h0_t5.exp[h0_attention_u];
        h0_attention_probs[15 + h0_attention_u] <== h0_attention_row_h0_t5.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][5] <== h0_attention_row_h0_t5.rowMax;
    h0_attention_rowSum[0][5] <== h0_attention_row_h0_t5.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 21..21).
    component h0_attention_row_h1_t0 = AttentionRow(1, 16, [59, 81, 101, 56, 75, 85, 99, 97, 106, 67, 79, 107, 86, 61, 87, 128], 22507, 45, 21, 21, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t0.q[h0_attention_d] <== h0_attention_qAcc[0][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 0; h0_attention_u++) {
            h0_attention_row_h1_t0.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t0.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[0][16 + h0_attention_d] <== h0_attention_row_h1_t0.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 0; h0_attention_u++) {
        h0_attention_scoresRaw[21 + h0_attention_u] <== h0_attention_row_h1_t0.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[21 + h0_attention_u] <== h0_attention_row_h1_t0.scoresQ[h0_attention_u];
        h0_attention_delta[21 + h0_attention_u] <== h0_attention_row_h1_t0.delta[h0_attention_u];
        h0_attention_exp[21 + h0_attention_u] <== h0_attention_row_h1_t0.exp[h0_attention_u];
        h0_attention_probs[21 + h0_attention_u] <== h0_attention_row_h1_t0.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][0] <== h0_attention_row_h1_t0.rowMax;
    h0_attention_rowSum[1][0] <== h0_attention_row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 22..23).
    component h0_attention_row_h1_t1 = AttentionRow(2, 16, [59, 81, 101, 56, 75, 85, 99, 97, 106, 67, 79, 107, 86, 61, 87, 128], 22507, 45, 21, 21, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t1.q[h0_attention_d] <== h0_attention_qAcc[1][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 1; h0_attention_u++) {
            h0_attention_row_h1_t1.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t1.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[1][16 + h0_attention_d] <== h0_attention_row_h1_t1.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 1; h0_attention_u++) {
        h0_attention_scoresRaw[22 + h0_attention_u] <== h0_attention_row_h1_t1.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[22 + h0_attention_u] <== h0_attention_row_h1_t1.scoresQ[h0_attention_u];
        h0_attention_delta[22 + h0_attention_u] <== h0_attention_row_h1_t1.delta[h0_attention_u];
        h0_attention_exp[22 + h0_attention_u] <== h0_attention_row_h1_t1.exp[h0_attention_u];
        h0_attention_probs[22 + h0_attention_u] <== h0_attention_row_h1_t1.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][1] <== h0_attention_row_h1_t1.rowMax;
    h0_attention_rowSum[1][1] <== h0_attention_row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 24..26).
    component h0_attention_row_h1_t2 = AttentionRow(3, 16, [59, 81, 101, 56, 75, 85, 99, 97, 106, 67, 79, 107, 86, 61, 87, 128], 22507, 45, 21, 21, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t2.q[h0_attention_d] <== h0_attention_qAcc[2][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 2; h0_attention_u++) {
            h0_attention_row_h1_t2.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t2.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[2][16 + h0_attention_d] <== h0_attention_row_h1_t2.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 2; h0_attention_u++) {
        h0_attention_scoresRaw[24 + h0_attention_u] <== h0_attention_row_h1_t2.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[24 + h0_attention_u] <== h0_attention_row_h1_t2.scoresQ[h0_attention_u];
        h0_attention_delta[24 + h0_attention_u] <== h0_attention_row_h1_t2.delta[h0_attention_u];
        h0_attention_exp[24 + h0_attention_u] <== h0_attention_row_h1_t2.exp[h0_attention_u];
        h0_attention_probs[24 + h0_attention_u] <== h0_attention_row_h1_t2.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][2] <== h0_attention_row_h1_t2.rowMax;
    h0_attention_rowSum[1][2] <== h0_attention_row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 27..30).
    component h0_attention_row_h1_t3 = AttentionRow(4, 16, [59, 81, 101, 56, 75, 85, 99, 97, 106, 67, 79, 107, 86, 61, 87, 128], 22507, 45, 21, 21, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t3.q[h0_attention_d] <== h0_attention_qAcc[3][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 3; h0_attention_u++) {
            h0_attention_row_h1_t3.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t3.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[3][16 + h0_attention_d] <== h0_attention_row_h1_t3.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 3; h0_attention_u++) {
        h0_attention_scoresRaw[27 + h0_attention_u] <== h0_attention_row_h1_t3.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[27 + h0_attention_u] <== h0_attention_row_h1_t3.scoresQ[h0_attention_u];
        h0_attention_delta[27 + h0_attention_u] <== h0_attention_row_h1_t3.delta[h0_attention_u];
        h0_attention_exp[27 + h0_attention_u] <== h0_attention_row_h1_t3.exp[h0_attention_u];
        h0_attention_probs[27 + h0_attention_u] <== h0_attention_row_h1_t3.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][3] <== h0_attention_row_h1_t3.rowMax;
    h0_attention_rowSum[1][3] <== h0_attention_row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 31..35).
    component h0_attention_row_h1_t4 = AttentionRow(5, 16, [59, 81, 101, 56, 75, 85, 99, 97, 106, 67, 79, 107, 86, 61, 87, 128], 22507, 45, 21, 21, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t4.q[h0_attention_d] <== h0_attention_qAcc[4][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 4; h0_attention_u++) {
            h0_attention_row_h1_t4.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t4.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[4][16 + h0_attention_d] <== h0_attention_row_h1_t4.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 4; h0_attention_u++) {
        h0_attention_scoresRaw[31 + h0_attention_u] <== h0_attention_row_h1_t4.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[31 + h0_attention_u] <== h0_attention_row_h1_t4.scoresQ[h0_attention_u];
        h0_attention_delta[31 + h0_attention_u] <== h0_attention_row_h1_t4.delta[h0_attention_u];
        h0_attention_exp[31 + h0_attention_u] <== h0_attention_row_h1_t4.exp[h0_attention_u];
        h0_attention_probs[31 + h0_attention_u] <== h0_attention_row_h1_t4.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][4] <== h0_attention_row_h1_t4.rowMax;
    h0_attention_rowSum[1][4] <== h0_attention_row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 36..41).
    component h0_attention_row_h1_t5 = AttentionRow(6, 16, [59, 81, 101, 56, 75, 85, 99, 97, 106, 67, 79, 107, 86, 61, 87, 128], 22507, 45, 21, 21, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t5.q[h0_attention_d] <== h0_attention_qAcc[5][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 5; h0_attention_u++) {
            h0_attention_row_h1_t5.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t5.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[5][16 + h0_attention_d] <== h0_attention_row_h1_t5.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 5; h0_attention_u++) {
        h0_attention_scoresRaw[36 + h0_attention_u] <== h0_attention_row_h1_t5.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[36 + h0_attention_u] <== h0_attention_row_h1_t5.scoresQ[h0_attention_u];
        h0_attention_delta[36 + h0_attention_u] <== h0_attention_row_h1_t5.delta[h0_attention_u];
        h0_attention_exp[36 + h0_attention_u] <== h0_attention_row_h1_t5.exp[h0_attention_u];
        h0_attention_probs[36 + h0_attention_u] <== h0_attention_row_h1_t5.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][5] <== h0_attention_row_h1_t5.rowMax;
    h0_attention_rowSum[1][5] <== h0_attention_row_h1_t5.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 42..42).
    component h0_attention_row_h2_t0 = AttentionRow(1, 16, [92, 37, 43, 59, 82, 112, 65, 111, 85, 50, 82, 59, 79, 84, 75, 93], 22507, 45, 21, 21, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t0.q[h0_attention_d] <== h0_attention_qAcc[0][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 0; h0_attention_u++) {
            h0_attention_row_h2_t0.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t0.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[0][32 + h0_attention_d] <== h0_attention_row_h2_t0.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 0; h0_attention_u++) {
        h0_attention_scoresRaw[42 + h0_attention_u] <== h0_attention_row_h2_t0.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[42 + h0_attention_u] <== h0_attention_row_h2_t0.scoresQ[h0_attention_u];
        h0_attention_delta[42 + h0_attention_u] <== h0_attention_row_h2_t0.delta[h0_attention_u];
        h0_attention_exp[42 + h0_attention_u] <== h0_attention_row_h2_t0.exp[h0_attention_u];
        h0_attention_probs[42 + h0_attention_u] <== h0_attention_row_h2_t0.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][0] <== h0_attention_row_h2_t0.rowMax;
    h0_attention_rowSum[2][0] <== h0_attention_row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 43..44).
    component h0_attention_row_h2_t1 = AttentionRow(2, 16, [92, 37, 43, 59, 82, 112, 65, 111, 85, 50, 82, 59, 79, 84, 75, 93], 22507, 45, 21, 21, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t1.q[h0_attention_d] <== h0_attention_qAcc[1][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 1; h0_attention_u++) {
            h0_attention_row_h2_t1.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t1.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[1][32 + h0_attention_d] <== h0_attention_row_h2_t1.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 1; h0_attention_u++) {
        h0_attention_scoresRaw[43 + h0_attention_u] <== h0_attention_row_h2_t1.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[43 + h0_attention_u] <== h0_attention_row_h2_t1.scoresQ[h0_attention_u];
        h0_attention_delta[43 + h0_attention_u] <== h0_attention_row_h2_t1.delta[h0_attention_u];
        h0_attention_exp[43 + h0_attention_u] <== h0_attention_row_h2_t1.exp[h0_attention_u];
        h0_attention_probs[43 + h0_attention_u] <== h0_attention_row_h2_t1.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][1] <== h0_attention_row_h2_t1.rowMax;
    h0_attention_rowSum[2][1] <== h0_attention_row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 45..47).
    component h0_attention_row_h2_t2 = AttentionRow(3, 16, [92, 37, 43, 59, 82, 112, 65, 111, 85, 50, 82, 59, 79, 84, 75, 93], 22507, 45, 21, 21, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t2.q[h0_attention_d] <== h0_attention_qAcc[2][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 2; h0_attention_u++) {
            h0_attention_row_h2_t2.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t2.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[2][32 + h0_attention_d] <== h0_attention_row_h2_t2.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 2; h0_attention_u++) {
        h0_attention_scoresRaw[45 + h0_attention_u] <== h0_attention_row_h2_t2.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[45 + h0_attention_u] <== h0_attention_row_h2_t2.scoresQ[h0_attention_u];
        h0_attention_delta[45 + h0_attention_u] <== h0_attention_row_h2_t2.delta[h0_attention_u];
        h0_attention_exp[45 + h0_attention_u] <== h0_attention_row_h2_t2.exp[h0_attention_u];
        h0_attention_probs[45 + h0_attention_u] <== h0_attention_row_h2_t2.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][2] <== h0_attention_row_h2_t2.rowMax;
    h0_attention_rowSum[2][2] <== h0_attention_row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 48..51).
    component h0_attention_row_h2_t3 = AttentionRow(4, 16, [92, 37, 43, 59, 82, 112, 65, 111, 85, 50, 82, 59, 79, 84, 75, 93], 22507, 45, 21, 21, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t3.q[h0_attention_d] <== h0_attention_qAcc[3][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 3; h0_attention_u++) {
            h0_attention_row_h2_t3.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t3.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[3][32 + h0_attention_d] <== h0_attention_row_h2_t3.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 3; h0_attention_u++) {
        h0_attention_scoresRaw[48 + h0_attention_u] <== h0_attention_row_h2_t3.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[48 + h0_attention_u] <== h0_attention_row_h2_t3.scoresQ[h0_attention_u];
        h0_attention_delta[48 + h0_attention_u] <== h0_attention_row_h2_t3.delta[h0_attention_u];
        h0_attention_exp[48 + h0_attention_u] <== h0_attention_row_h2_t3.exp[h0_attention_u];
        h0_attention_probs[48 + h0_attention_u] <== h0_attention_row_h2_t3.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][3] <== h0_attention_row_h2_t3.rowMax;
    h0_attention_rowSum[2][3] <== h0_attention_row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 52..56).
    component h0_attention_row_h2_t4 = AttentionRow(5, 16, [92, 37, 43, 59, 82, 112, 65, 111, 85, 50, 82, 59, 79, 84, 75, 93], 22507, 45, 21, 21, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t4.q[h0_attention_d] <== h0_attention_qAcc[4][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 4; h0_attention_u++) {
            h0_attention_row_h2_t4.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t4.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[4][32 + h0_attention_d] <== h0_attention_row_h2_t4.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 4; h0_attention_u++) {
        h0_attention_scoresRaw[52 + h0_attention_u] <== h0_attention_row_h2_t4.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[52 + h0_attention_u] <== h0_attention_row_h2_t4.scoresQ[h0_attention_u];
        h0_attention_delta[52 + h0_attention_u] <== h0_attention_row_h2_t4.delta[h0_attention_u];
        h0_attention_exp[52 + h0_attention_u] <== h0_attention_row_h2_t4.exp[h0_attention_u];
        h0_attention_probs[52 + h0_attention_u] <== h0_attention_row_h2_t4.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][4] <== h0_attention_row_h2_t4.rowMax;
    h0_attention_rowSum[2][4] <== h0_attention_row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 57..62).
    component h0_attention_row_h2_t5 = AttentionRow(6, 16, [92, 37, 43, 59, 82, 112, 65, 111, 85, 50, 82, 59, 79, 84, 75, 93], 22507, 45, 21, 21, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t5.q[h0_attention_d] <== h0_attention_qAcc[5][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 5; h0_attention_u++) {
            h0_attention_row_h2_t5.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t5.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[5][32 + h0_attention_d] <== h0_attention_row_h2_t5.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 5; h0_attention_u++) {
        h0_attention_scoresRaw[57 + h0_attention_u] <== h0_attention_row_h2_t5.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[57 + h0_attention_u] <== h0_attention_row_h2_t5.scoresQ[h0_attention_u];
        h0_attention_delta[57 + h0_attention_u] <== h0_attention_row_h2_t5.delta[h0_attention_u];
        h0_attention_exp[57 + h0_attention_u] <== h0_attention_row_h2_t5.exp[h0_attention_u];
        h0_attention_probs[57 + h0_attention_u] <== h0_attention_row_h2_t5.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][5] <== h0_attention_row_h2_t5.rowMax;
    h0_attention_rowSum[2][5] <== h0_attention_row_h2_t5.rowSum;
    // Steps 9-10: output projection with bias, requantization with saturation.
    component h0_attention_outProj = OutputProjection(6, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [17001, 11902, 18277, 9912, 14936, 10628, 10588, 9270, 26693, 16527, 9712, 7595, 12965, 11216, 31278, 10902, 12117, 17314, 19049, 32047, 27492, 11654, 8857, 13169, 8623, 12614, 7823, 5703, 12007, 7045, 24991, 14687, 13335, 14636, 14632, 15569, 10609, 15800, 16227, 17456, 17367, 12002, 17836, 13832, 14945, 24112, 11486, 17771], 45, 16);
    h0_attention_outProj.av <== h0_attention_av;
    h0_attention_outProj.w <== h0_attention_wo;
    h0_attention_outProj.b <== h0_attention_bo;
    h0_attention_outAcc <== h0_attention_outProj.acc;
    h0_attention_outQ <== h0_attention_outProj.out;

    // h0_attnResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h0_attnResid_sumAcc[6][48];
    signal h0_attnResid_outQ[6][48];
    component h0_attnResid_add = ResidualAdd(6, 48, h0_attnResid_ma(), h0_attnResid_mb(), h0_attnResid_shift(), h0_attnResid_yBits(), 16, 8);
    h0_attnResid_add.a <== embedding_x0Q;
    h0_attnResid_add.b <== h0_attention_outQ;
    h0_attnResid_sumAcc <== h0_attnResid_add.sumAcc;
    h0_attnResid_outQ <== h0_attnResid_add.outQ;

    // Token ids packed 16 bits each (linear: the embedding's one-hot proves every token in [0, 10)).
    component tokensPack = PackOffset(6, 16);
    tokensPack.in <== tokens;
    // inputCommitment: Sponge(2) over the prompt tokens packed as token + 2^15, 15 per element
    // (linear: the embedding's one-hot proves every token in [0, 10)), then the salt.
    component inputHash = Sponge(2, 2);
    inputHash.in[0] <== (tokens[0] + 32768) + (tokens[1] + 32768) * 65536 + (tokens[2] + 32768) * 4294967296 + (tokens[3] + 32768) * 281474976710656;
    inputHash.in[1] <== salt;
    inputCommitment === inputHash.out;
    // outputCommitment: Sponge(5) over the residual stream after h0.attnResid, the tokens and
    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).
    component streamOutPack = PackOffset(288, 16);
    for (var glue_t = 0; glue_t < 6; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamOutPack.in[glue_t * 48 + glue_i] <== h0_attnResid_outQ[glue_t][glue_i];
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
    component modelHash = Sponge(375, 1);
    for (var glue_e = 0; glue_e < 52; glue_e++) {
        modelHash.in[0 + glue_e] <== embedding_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[52 + glue_e] <== h0_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[58 + glue_e] <== h0_attention_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MingptAdderModelSeg1of6();
