// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/gpt-nano-sort/quantized-model.json (sha256:48f8bbe0a691db13d2149bf04cc3c209692926abeeaed15d100333caf62d685a). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 1 of 4 of the whole model (embedding .. h0.mlpResid; src/circuit/segments.ts), private committed weights:
// T = 11 tokens (prompt 6 + generated 6 − 1), d_model 48, 3 heads, 3 layers, vocabulary 3.
// Stages: embedding, h0.ln1, h0.attention, h0.attnResid, h0.ln2, h0.mlp, h0.mlpResid.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/embedding.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/attention.circom";
include "circuits/lib/residual.circom";
include "circuits/lib/mlp.circom";

function h0_attnResid_ma() {
    var v[48] = [49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582, 49582];
    return v;
}

function h0_attnResid_mb() {
    var v[48] = [9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731, 9350731];
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

// h0_mlp: MLP clip exponents, GeluPow2 widths, output shifts and widths (compile-time in both
// weights modes).
function h0_mlp_clipExp() {
    var v[192] = [18, 17, 17, 18, 18, 17, 17, 18, 17, 17, 18, 18, 18, 17, 18, 17, 19, 18, 18, 19, 17, 17, 18, 19, 18, 17, 17, 18, 17, 18, 17, 19, 16, 18, 18, 17, 18, 17, 18, 17, 18, 17, 19, 17, 18, 17, 18, 18, 18, 17, 17, 18, 18, 18, 17, 18, 18, 17, 18, 17, 19, 18, 18, 18, 17, 18, 17, 17, 18, 18, 17, 18, 18, 18, 18, 17, 18, 18, 18, 17, 17, 18, 18, 18, 17, 18, 18, 18, 18, 17, 19, 19, 18, 18, 18, 17, 17, 18, 17, 18, 17, 18, 17, 17, 18, 17, 18, 18, 18, 17, 18, 18, 17, 17, 17, 18, 18, 17, 18, 18, 18, 17, 18, 17, 17, 18, 17, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 17, 18, 17, 18, 18, 18, 18, 18, 18, 18, 18, 17, 16, 18, 18, 18, 17, 18, 17, 18, 18, 18, 18, 18, 18, 18, 17, 18, 19, 18, 17, 19, 18, 16, 18, 18, 18, 18, 18, 17, 18, 18, 18, 18, 17, 18, 18, 18, 18, 18, 18, 17];
    return v;
}

function h0_mlp_aBits() {
    var v[192] = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    return v;
}

function h0_mlp_outShift() {
    var v[48] = [50, 51, 50, 51, 51, 51, 50, 50, 51, 49, 50, 50, 51, 52, 51, 50, 51, 51, 50, 50, 51, 50, 50, 50, 51, 51, 51, 50, 50, 50, 51, 50, 51, 51, 51, 50, 50, 52, 51, 50, 51, 51, 52, 50, 50, 50, 51, 51];
    return v;
}

function h0_mlp_yBits() {
    var v[48] = [27, 26, 27, 26, 26, 26, 27, 27, 26, 28, 27, 27, 26, 25, 26, 27, 26, 26, 27, 27, 26, 27, 27, 27, 26, 26, 26, 27, 27, 27, 26, 27, 26, 26, 26, 27, 27, 25, 26, 27, 26, 26, 25, 27, 27, 27, 26, 26];
    return v;
}

function h0_mlpResid_ma() {
    var v[48] = [33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096, 33096];
    return v;
}

function h0_mlpResid_mb() {
    var v[48] = [32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768];
    return v;
}

function h0_mlpResid_shift() {
    var v[48] = [17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17];
    return v;
}

function h0_mlpResid_yBits() {
    var v[48] = [19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt, every stage's parameters.
template GptNanoSortModelSeg1of4() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[11];
    signal input salt;
    signal input outSalt;
    signal input embedding_wte[3][48];
    signal input embedding_wpe[11][48];
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
    signal input h0_ln2_gammaQ[48];
    signal input h0_ln2_betaQ[48];
    signal input h0_mlp_wFc[192][48];
    signal input h0_mlp_bFc[192];
    signal input h0_mlp_wProj[48][192];
    signal input h0_mlp_bProj[48];

    // embedding: token + position embedding (circuits/lib/embedding.circom; src/stages/embedding.ts).
    signal embedding_tokQ[11][48];
    signal embedding_posQ[11][48];
    signal embedding_x0Q[11][48];
    // Why: the packing range-checks every table entry (injective commitment) and binds it.
    component embedding_packWte = PackSigned(144, 16);
    for (var v = 0; v < 3; v++) {
        for (var i = 0; i < 48; i++) {
            embedding_packWte.in[v * 48 + i] <== embedding_wte[v][i];
        }
    }
    component embedding_packWpe = PackSigned(528, 16);
    for (var u = 0; u < 11; u++) {
        for (var i = 0; i < 48; i++) {
            embedding_packWpe.in[u * 48 + i] <== embedding_wpe[u][i];
        }
    }
    signal embedding_commitment[46];
    for (var e = 0; e < 10; e++) {
        embedding_commitment[e] <== embedding_packWte.out[e];
    }
    for (var e = 0; e < 36; e++) {
        embedding_commitment[10 + e] <== embedding_packWpe.out[e];
    }
    component embedding_emb = Embedding(11, 3, 48);
    embedding_emb.wte <== embedding_wte;
    for (var t = 0; t < 11; t++) {
        embedding_emb.wpe[t] <== embedding_wpe[t];
    }
    embedding_emb.tokens <== tokens;
    embedding_tokQ <== embedding_emb.tokQ;
    embedding_posQ <== embedding_emb.posQ;
    embedding_x0Q <== embedding_emb.x0Q;

    // h0_ln1: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h0_ln1_sumX[11];
    signal h0_ln1_centered[11][48];
    signal h0_ln1_varQ[11];
    signal h0_ln1_sd[11];
    signal h0_ln1_invSd[11];
    signal h0_ln1_yAcc[11][48];
    signal h0_ln1_yQ[11][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h0_ln1_packGamma = PackSigned(48, 17);
    h0_ln1_packGamma.in <== h0_ln1_gammaQ;
    component h0_ln1_packBeta = PackSigned(48, 8);
    h0_ln1_packBeta.in <== h0_ln1_betaQ;
    signal h0_ln1_commitment[6];
    for (var e = 0; e < 4; e++) {
        h0_ln1_commitment[e] <== h0_ln1_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h0_ln1_commitment[4 + e] <== h0_ln1_packBeta.out[e];
    }
    component h0_ln1_ln = LayerNorm(11, 48, 18080873265, 33, 6, 16, 25, 26, 16, 12);
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

    // h0_attention: causal attention, T = 11, d_model = 48, 3 heads (circuits/lib/attention.circom).
    signal h0_attention_qAcc[11][48];
    signal h0_attention_kAcc[11][48];
    signal h0_attention_vAcc[11][48];
    signal h0_attention_scoresRaw[198];
    signal h0_attention_scoresQ[198];
    signal h0_attention_rowMax[3][11];
    signal h0_attention_delta[198];
    signal h0_attention_exp[198];
    signal h0_attention_rowSum[3][11];
    signal h0_attention_probs[198];
    signal h0_attention_av[11][48];
    signal h0_attention_outAcc[11][48];
    signal h0_attention_outQ[11][48];
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
    component h0_attention_pack_bq = PackSigned(48, 14);
    h0_attention_pack_bq.in <== h0_attention_bq;
    for (var h0_attention_e = 0; h0_attention_e < 3; h0_attention_e++) {
        h0_attention_commitment[300 + h0_attention_e] <== h0_attention_pack_bq.out[h0_attention_e];
    }
    component h0_attention_pack_bk = PackSigned(48, 14);
    h0_attention_pack_bk.in <== h0_attention_bk;
    for (var h0_attention_e = 0; h0_attention_e < 3; h0_attention_e++) {
        h0_attention_commitment[303 + h0_attention_e] <== h0_attention_pack_bk.out[h0_attention_e];
    }
    component h0_attention_pack_bv = PackSigned(48, 14);
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
    component h0_attention_projQ = Projection(11, 48);
    h0_attention_projQ.x <== h0_ln1_yQ;
    h0_attention_projQ.w <== h0_attention_wq;
    h0_attention_projQ.b <== h0_attention_bq;
    h0_attention_qAcc <== h0_attention_projQ.acc;
    component h0_attention_projK = Projection(11, 48);
    h0_attention_projK.x <== h0_ln1_yQ;
    h0_attention_projK.w <== h0_attention_wk;
    h0_attention_projK.b <== h0_attention_bk;
    h0_attention_kAcc <== h0_attention_projK.acc;
    component h0_attention_projV = Projection(11, 48);
    h0_attention_projV.x <== h0_ln1_yQ;
    h0_attention_projV.w <== h0_attention_wv;
    h0_attention_projV.b <== h0_attention_bv;
    h0_attention_vAcc <== h0_attention_projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component h0_attention_row_h0_t0 = AttentionRow(1, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h0_attention_row_h0_t1 = AttentionRow(2, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h0_attention_row_h0_t2 = AttentionRow(3, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h0_attention_row_h0_t3 = AttentionRow(4, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h0_attention_row_h0_t4 = AttentionRow(5, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h0_attention_row_h0_t5 = AttentionRow(6, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    // Head 0, query 6: keys 0..6 (pairs 21..27).
    component h0_attention_row_h0_t6 = AttentionRow(7, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t6.q[h0_attention_d] <== h0_attention_qAcc[6][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 6; h0_attention_u++) {
            h0_attention_row_h0_t6.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t6.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[6][0 + h0_attention_d] <== h0_attention_row_h0_t6.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 6; h0_attention_u++) {
        h0_attention_scoresRaw[21 + h0_attention_u] <== h0_attention_row_h0_t6.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[21 + h0_attention_u] <== h0_attention_row_h0_t6.scoresQ[h0_attention_u];
        h0_attention_delta[21 + h0_attention_u] <== h0_attention_row_h0_t6.delta[h0_attention_u];
        h0_attention_exp[21 + h0_attention_u] <== h0_attention_row_h0_t6.exp[h0_attention_u];
        h0_attention_probs[21 + h0_attention_u] <== h0_attention_row_h0_t6.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][6] <== h0_attention_row_h0_t6.rowMax;
    h0_attention_rowSum[0][6] <== h0_attention_row_h0_t6.rowSum;
    // Head 0, query 7: keys 0..7 (pairs 28..35).
    component h0_attention_row_h0_t7 = AttentionRow(8, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t7.q[h0_attention_d] <== h0_attention_qAcc[7][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 7; h0_attention_u++) {
            h0_attention_row_h0_t7.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t7.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[7][0 + h0_attention_d] <== h0_attention_row_h0_t7.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 7; h0_attention_u++) {
        h0_attention_scoresRaw[28 + h0_attention_u] <== h0_attention_row_h0_t7.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[28 + h0_attention_u] <== h0_attention_row_h0_t7.scoresQ[h0_attention_u];
        h0_attention_delta[28 + h0_attention_u] <== h0_attention_row_h0_t7.delta[h0_attention_u];
        h0_attention_exp[28 + h0_attention_u] <== h0_attention_row_h0_t7.exp[h0_attention_u];
        h0_attention_probs[28 + h0_attention_u] <== h0_attention_row_h0_t7.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][7] <== h0_attention_row_h0_t7.rowMax;
    h0_attention_rowSum[0][7] <== h0_attention_row_h0_t7.rowSum;
    // Head 0, query 8: keys 0..8 (pairs 36..44).
    component h0_attention_row_h0_t8 = AttentionRow(9, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t8.q[h0_attention_d] <== h0_attention_qAcc[8][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 8; h0_attention_u++) {
            h0_attention_row_h0_t8.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t8.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[8][0 + h0_attention_d] <== h0_attention_row_h0_t8.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 8; h0_attention_u++) {
        h0_attention_scoresRaw[36 + h0_attention_u] <== h0_attention_row_h0_t8.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[36 + h0_attention_u] <== h0_attention_row_h0_t8.scoresQ[h0_attention_u];
        h0_attention_delta[36 + h0_attention_u] <== h0_attention_row_h0_t8.delta[h0_attention_u];
        h0_attention_exp[36 + h0_attention_u] <== h0_attention_row_h0_t8.exp[h0_attention_u];
        h0_attention_probs[36 + h0_attention_u] <== h0_attention_row_h0_t8.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][8] <== h0_attention_row_h0_t8.rowMax;
    h0_attention_rowSum[0][8] <== h0_attention_row_h0_t8.rowSum;
    // Head 0, query 9: keys 0..9 (pairs 45..54).
    component h0_attention_row_h0_t9 = AttentionRow(10, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t9.q[h0_attention_d] <== h0_attention_qAcc[9][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 9; h0_attention_u++) {
            h0_attention_row_h0_t9.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t9.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[9][0 + h0_attention_d] <== h0_attention_row_h0_t9.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 9; h0_attention_u++) {
        h0_attention_scoresRaw[45 + h0_attention_u] <== h0_attention_row_h0_t9.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[45 + h0_attention_u] <== h0_attention_row_h0_t9.scoresQ[h0_attention_u];
        h0_attention_delta[45 + h0_attention_u] <== h0_attention_row_h0_t9.delta[h0_attention_u];
        h0_attention_exp[45 + h0_attention_u] <== h0_attention_row_h0_t9.exp[h0_attention_u];
        h0_attention_probs[45 + h0_attention_u] <== h0_attention_row_h0_t9.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][9] <== h0_attention_row_h0_t9.rowMax;
    h0_attention_rowSum[0][9] <== h0_attention_row_h0_t9.rowSum;
    // Head 0, query 10: keys 0..10 (pairs 55..65).
    component h0_attention_row_h0_t10 = AttentionRow(11, 16, [82, 148, 164, 98, 151, 105, 236, 125, 171, 144, 124, 152, 170, 68, 98, 256], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h0_t10.q[h0_attention_d] <== h0_attention_qAcc[10][0 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 10; h0_attention_u++) {
            h0_attention_row_h0_t10.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][0 + h0_attention_d];
            h0_attention_row_h0_t10.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][0 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[10][0 + h0_attention_d] <== h0_attention_row_h0_t10.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 10; h0_attention_u++) {
        h0_attention_scoresRaw[55 + h0_attention_u] <== h0_attention_row_h0_t10.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[55 + h0_attention_u] <== h0_attention_row_h0_t10.scoresQ[h0_attention_u];
        h0_attention_delta[55 + h0_attention_u] <== h0_attention_row_h0_t10.delta[h0_attention_u];
        h0_attention_exp[55 + h0_attention_u] <== h0_attention_row_h0_t10.exp[h0_attention_u];
        h0_attention_probs[55 + h0_attention_u] <== h0_attention_row_h0_t10.probs[h0_attention_u];
    }
    h0_attention_rowMax[0][10] <== h0_attention_row_h0_t10.rowMax;
    h0_attention_rowSum[0][10] <== h0_attention_row_h0_t10.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 66..66).
    component h0_attention_row_h1_t0 = AttentionRow(1, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[66 + h0_attention_u] <== h0_attention_row_h1_t0.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[66 + h0_attention_u] <== h0_attention_row_h1_t0.scoresQ[h0_attention_u];
        h0_attention_delta[66 + h0_attention_u] <== h0_attention_row_h1_t0.delta[h0_attention_u];
        h0_attention_exp[66 + h0_attention_u] <== h0_attention_row_h1_t0.exp[h0_attention_u];
        h0_attention_probs[66 + h0_attention_u] <== h0_attention_row_h1_t0.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][0] <== h0_attention_row_h1_t0.rowMax;
    h0_attention_rowSum[1][0] <== h0_attention_row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 67..68).
    component h0_attention_row_h1_t1 = AttentionRow(2, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[67 + h0_attention_u] <== h0_attention_row_h1_t1.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[67 + h0_attention_u] <== h0_attention_row_h1_t1.scoresQ[h0_attention_u];
        h0_attention_delta[67 + h0_attention_u] <== h0_attention_row_h1_t1.delta[h0_attention_u];
        h0_attention_exp[67 + h0_attention_u] <== h0_attention_row_h1_t1.exp[h0_attention_u];
        h0_attention_probs[67 + h0_attention_u] <== h0_attention_row_h1_t1.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][1] <== h0_attention_row_h1_t1.rowMax;
    h0_attention_rowSum[1][1] <== h0_attention_row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 69..71).
    component h0_attention_row_h1_t2 = AttentionRow(3, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[69 + h0_attention_u] <== h0_attention_row_h1_t2.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[69 + h0_attention_u] <== h0_attention_row_h1_t2.scoresQ[h0_attention_u];
        h0_attention_delta[69 + h0_attention_u] <== h0_attention_row_h1_t2.delta[h0_attention_u];
        h0_attention_exp[69 + h0_attention_u] <== h0_attention_row_h1_t2.exp[h0_attention_u];
        h0_attention_probs[69 + h0_attention_u] <== h0_attention_row_h1_t2.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][2] <== h0_attention_row_h1_t2.rowMax;
    h0_attention_rowSum[1][2] <== h0_attention_row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 72..75).
    component h0_attention_row_h1_t3 = AttentionRow(4, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[72 + h0_attention_u] <== h0_attention_row_h1_t3.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[72 + h0_attention_u] <== h0_attention_row_h1_t3.scoresQ[h0_attention_u];
        h0_attention_delta[72 + h0_attention_u] <== h0_attention_row_h1_t3.delta[h0_attention_u];
        h0_attention_exp[72 + h0_attention_u] <== h0_attention_row_h1_t3.exp[h0_attention_u];
        h0_attention_probs[72 + h0_attention_u] <== h0_attention_row_h1_t3.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][3] <== h0_attention_row_h1_t3.rowMax;
    h0_attention_rowSum[1][3] <== h0_attention_row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 76..80).
    component h0_attention_row_h1_t4 = AttentionRow(5, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[76 + h0_attention_u] <== h0_attention_row_h1_t4.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[76 + h0_attention_u] <== h0_attention_row_h1_t4.scoresQ[h0_attention_u];
        h0_attention_delta[76 + h0_attention_u] <== h0_attention_row_h1_t4.delta[h0_attention_u];
        h0_attention_exp[76 + h0_attention_u] <== h0_attention_row_h1_t4.exp[h0_attention_u];
        h0_attention_probs[76 + h0_attention_u] <== h0_attention_row_h1_t4.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][4] <== h0_attention_row_h1_t4.rowMax;
    h0_attention_rowSum[1][4] <== h0_attention_row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 81..86).
    component h0_attention_row_h1_t5 = AttentionRow(6, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[81 + h0_attention_u] <== h0_attention_row_h1_t5.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[81 + h0_attention_u] <== h0_attention_row_h1_t5.scoresQ[h0_attention_u];
        h0_attention_delta[81 + h0_attention_u] <== h0_attention_row_h1_t5.delta[h0_attention_u];
        h0_attention_exp[81 + h0_attention_u] <== h0_attention_row_h1_t5.exp[h0_attention_u];
        h0_attention_probs[81 + h0_attention_u] <== h0_attention_row_h1_t5.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][5] <== h0_attention_row_h1_t5.rowMax;
    h0_attention_rowSum[1][5] <== h0_attention_row_h1_t5.rowSum;
    // Head 1, query 6: keys 0..6 (pairs 87..93).
    component h0_attention_row_h1_t6 = AttentionRow(7, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t6.q[h0_attention_d] <== h0_attention_qAcc[6][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 6; h0_attention_u++) {
            h0_attention_row_h1_t6.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t6.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[6][16 + h0_attention_d] <== h0_attention_row_h1_t6.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 6; h0_attention_u++) {
        h0_attention_scoresRaw[87 + h0_attention_u] <== h0_attention_row_h1_t6.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[87 + h0_attention_u] <== h0_attention_row_h1_t6.scoresQ[h0_attention_u];
        h0_attention_delta[87 + h0_attention_u] <== h0_attention_row_h1_t6.delta[h0_attention_u];
        h0_attention_exp[87 + h0_attention_u] <== h0_attention_row_h1_t6.exp[h0_attention_u];
        h0_attention_probs[87 + h0_attention_u] <== h0_attention_row_h1_t6.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][6] <== h0_attention_row_h1_t6.rowMax;
    h0_attention_rowSum[1][6] <== h0_attention_row_h1_t6.rowSum;
    // Head 1, query 7: keys 0..7 (pairs 94..101).
    component h0_attention_row_h1_t7 = AttentionRow(8, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t7.q[h0_attention_d] <== h0_attention_qAcc[7][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 7; h0_attention_u++) {
            h0_attention_row_h1_t7.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t7.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[7][16 + h0_attention_d] <== h0_attention_row_h1_t7.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 7; h0_attention_u++) {
        h0_attention_scoresRaw[94 + h0_attention_u] <== h0_attention_row_h1_t7.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[94 + h0_attention_u] <== h0_attention_row_h1_t7.scoresQ[h0_attention_u];
        h0_attention_delta[94 + h0_attention_u] <== h0_attention_row_h1_t7.delta[h0_attention_u];
        h0_attention_exp[94 + h0_attention_u] <== h0_attention_row_h1_t7.exp[h0_attention_u];
        h0_attention_probs[94 + h0_attention_u] <== h0_attention_row_h1_t7.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][7] <== h0_attention_row_h1_t7.rowMax;
    h0_attention_rowSum[1][7] <== h0_attention_row_h1_t7.rowSum;
    // Head 1, query 8: keys 0..8 (pairs 102..110).
    component h0_attention_row_h1_t8 = AttentionRow(9, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t8.q[h0_attention_d] <== h0_attention_qAcc[8][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 8; h0_attention_u++) {
            h0_attention_row_h1_t8.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t8.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[8][16 + h0_attention_d] <== h0_attention_row_h1_t8.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 8; h0_attention_u++) {
        h0_attention_scoresRaw[102 + h0_attention_u] <== h0_attention_row_h1_t8.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[102 + h0_attention_u] <== h0_attention_row_h1_t8.scoresQ[h0_attention_u];
        h0_attention_delta[102 + h0_attention_u] <== h0_attention_row_h1_t8.delta[h0_attention_u];
        h0_attention_exp[102 + h0_attention_u] <== h0_attention_row_h1_t8.exp[h0_attention_u];
        h0_attention_probs[102 + h0_attention_u] <== h0_attention_row_h1_t8.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][8] <== h0_attention_row_h1_t8.rowMax;
    h0_attention_rowSum[1][8] <== h0_attention_row_h1_t8.rowSum;
    // Head 1, query 9: keys 0..9 (pairs 111..120).
    component h0_attention_row_h1_t9 = AttentionRow(10, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t9.q[h0_attention_d] <== h0_attention_qAcc[9][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 9; h0_attention_u++) {
            h0_attention_row_h1_t9.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t9.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[9][16 + h0_attention_d] <== h0_attention_row_h1_t9.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 9; h0_attention_u++) {
        h0_attention_scoresRaw[111 + h0_attention_u] <== h0_attention_row_h1_t9.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[111 + h0_attention_u] <== h0_attention_row_h1_t9.scoresQ[h0_attention_u];
        h0_attention_delta[111 + h0_attention_u] <== h0_attention_row_h1_t9.delta[h0_attention_u];
        h0_attention_exp[111 + h0_attention_u] <== h0_attention_row_h1_t9.exp[h0_attention_u];
        h0_attention_probs[111 + h0_attention_u] <== h0_attention_row_h1_t9.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][9] <== h0_attention_row_h1_t9.rowMax;
    h0_attention_rowSum[1][9] <== h0_attention_row_h1_t9.rowSum;
    // Head 1, query 10: keys 0..10 (pairs 121..131).
    component h0_attention_row_h1_t10 = AttentionRow(11, 16, [133, 72, 131, 113, 160, 105, 95, 120, 141, 178, 118, 152, 206, 80, 202, 89], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h1_t10.q[h0_attention_d] <== h0_attention_qAcc[10][16 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 10; h0_attention_u++) {
            h0_attention_row_h1_t10.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][16 + h0_attention_d];
            h0_attention_row_h1_t10.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][16 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[10][16 + h0_attention_d] <== h0_attention_row_h1_t10.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 10; h0_attention_u++) {
        h0_attention_scoresRaw[121 + h0_attention_u] <== h0_attention_row_h1_t10.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[121 + h0_attention_u] <== h0_attention_row_h1_t10.scoresQ[h0_attention_u];
        h0_attention_delta[121 + h0_attention_u] <== h0_attention_row_h1_t10.delta[h0_attention_u];
        h0_attention_exp[121 + h0_attention_u] <== h0_attention_row_h1_t10.exp[h0_attention_u];
        h0_attention_probs[121 + h0_attention_u] <== h0_attention_row_h1_t10.probs[h0_attention_u];
    }
    h0_attention_rowMax[1][10] <== h0_attention_row_h1_t10.rowMax;
    h0_attention_rowSum[1][10] <== h0_attention_row_h1_t10.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 132..132).
    component h0_attention_row_h2_t0 = AttentionRow(1, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[132 + h0_attention_u] <== h0_attention_row_h2_t0.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[132 + h0_attention_u] <== h0_attention_row_h2_t0.scoresQ[h0_attention_u];
        h0_attention_delta[132 + h0_attention_u] <== h0_attention_row_h2_t0.delta[h0_attention_u];
        h0_attention_exp[132 + h0_attention_u] <== h0_attention_row_h2_t0.exp[h0_attention_u];
        h0_attention_probs[132 + h0_attention_u] <== h0_attention_row_h2_t0.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][0] <== h0_attention_row_h2_t0.rowMax;
    h0_attention_rowSum[2][0] <== h0_attention_row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 133..134).
    component h0_attention_row_h2_t1 = AttentionRow(2, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[133 + h0_attention_u] <== h0_attention_row_h2_t1.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[133 + h0_attention_u] <== h0_attention_row_h2_t1.scoresQ[h0_attention_u];
        h0_attention_delta[133 + h0_attention_u] <== h0_attention_row_h2_t1.delta[h0_attention_u];
        h0_attention_exp[133 + h0_attention_u] <== h0_attention_row_h2_t1.exp[h0_attention_u];
        h0_attention_probs[133 + h0_attention_u] <== h0_attention_row_h2_t1.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][1] <== h0_attention_row_h2_t1.rowMax;
    h0_attention_rowSum[2][1] <== h0_attention_row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 135..137).
    component h0_attention_row_h2_t2 = AttentionRow(3, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[135 + h0_attention_u] <== h0_attention_row_h2_t2.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[135 + h0_attention_u] <== h0_attention_row_h2_t2.scoresQ[h0_attention_u];
        h0_attention_delta[135 + h0_attention_u] <== h0_attention_row_h2_t2.delta[h0_attention_u];
        h0_attention_exp[135 + h0_attention_u] <== h0_attention_row_h2_t2.exp[h0_attention_u];
        h0_attention_probs[135 + h0_attention_u] <== h0_attention_row_h2_t2.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][2] <== h0_attention_row_h2_t2.rowMax;
    h0_attention_rowSum[2][2] <== h0_attention_row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 138..141).
    component h0_attention_row_h2_t3 = AttentionRow(4, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[138 + h0_attention_u] <== h0_attention_row_h2_t3.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[138 + h0_attention_u] <== h0_attention_row_h2_t3.scoresQ[h0_attention_u];
        h0_attention_delta[138 + h0_attention_u] <== h0_attention_row_h2_t3.delta[h0_attention_u];
        h0_attention_exp[138 + h0_attention_u] <== h0_attention_row_h2_t3.exp[h0_attention_u];
        h0_attention_probs[138 + h0_attention_u] <== h0_attention_row_h2_t3.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][3] <== h0_attention_row_h2_t3.rowMax;
    h0_attention_rowSum[2][3] <== h0_attention_row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 142..146).
    component h0_attention_row_h2_t4 = AttentionRow(5, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[142 + h0_attention_u] <== h0_attention_row_h2_t4.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[142 + h0_attention_u] <== h0_attention_row_h2_t4.scoresQ[h0_attention_u];
        h0_attention_delta[142 + h0_attention_u] <== h0_attention_row_h2_t4.delta[h0_attention_u];
        h0_attention_exp[142 + h0_attention_u] <== h0_attention_row_h2_t4.exp[h0_attention_u];
        h0_attention_probs[142 + h0_attention_u] <== h0_attention_row_h2_t4.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][4] <== h0_attention_row_h2_t4.rowMax;
    h0_attention_rowSum[2][4] <== h0_attention_row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 147..152).
    component h0_attention_row_h2_t5 = AttentionRow(6, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h0_attention_scoresRaw[147 + h0_attention_u] <== h0_attention_row_h2_t5.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[147 + h0_attention_u] <== h0_attention_row_h2_t5.scoresQ[h0_attention_u];
        h0_attention_delta[147 + h0_attention_u] <== h0_attention_row_h2_t5.delta[h0_attention_u];
        h0_attention_exp[147 + h0_attention_u] <== h0_attention_row_h2_t5.exp[h0_attention_u];
        h0_attention_probs[147 + h0_attention_u] <== h0_attention_row_h2_t5.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][5] <== h0_attention_row_h2_t5.rowMax;
    h0_attention_rowSum[2][5] <== h0_attention_row_h2_t5.rowSum;
    // Head 2, query 6: keys 0..6 (pairs 153..159).
    component h0_attention_row_h2_t6 = AttentionRow(7, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t6.q[h0_attention_d] <== h0_attention_qAcc[6][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 6; h0_attention_u++) {
            h0_attention_row_h2_t6.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t6.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[6][32 + h0_attention_d] <== h0_attention_row_h2_t6.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 6; h0_attention_u++) {
        h0_attention_scoresRaw[153 + h0_attention_u] <== h0_attention_row_h2_t6.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[153 + h0_attention_u] <== h0_attention_row_h2_t6.scoresQ[h0_attention_u];
        h0_attention_delta[153 + h0_attention_u] <== h0_attention_row_h2_t6.delta[h0_attention_u];
        h0_attention_exp[153 + h0_attention_u] <== h0_attention_row_h2_t6.exp[h0_attention_u];
        h0_attention_probs[153 + h0_attention_u] <== h0_attention_row_h2_t6.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][6] <== h0_attention_row_h2_t6.rowMax;
    h0_attention_rowSum[2][6] <== h0_attention_row_h2_t6.rowSum;
    // Head 2, query 7: keys 0..7 (pairs 160..167).
    component h0_attention_row_h2_t7 = AttentionRow(8, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t7.q[h0_attention_d] <== h0_attention_qAcc[7][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 7; h0_attention_u++) {
            h0_attention_row_h2_t7.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t7.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[7][32 + h0_attention_d] <== h0_attention_row_h2_t7.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 7; h0_attention_u++) {
        h0_attention_scoresRaw[160 + h0_attention_u] <== h0_attention_row_h2_t7.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[160 + h0_attention_u] <== h0_attention_row_h2_t7.scoresQ[h0_attention_u];
        h0_attention_delta[160 + h0_attention_u] <== h0_attention_row_h2_t7.delta[h0_attention_u];
        h0_attention_exp[160 + h0_attention_u] <== h0_attention_row_h2_t7.exp[h0_attention_u];
        h0_attention_probs[160 + h0_attention_u] <== h0_attention_row_h2_t7.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][7] <== h0_attention_row_h2_t7.rowMax;
    h0_attention_rowSum[2][7] <== h0_attention_row_h2_t7.rowSum;
    // Head 2, query 8: keys 0..8 (pairs 168..176).
    component h0_attention_row_h2_t8 = AttentionRow(9, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t8.q[h0_attention_d] <== h0_attention_qAcc[8][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 8; h0_attention_u++) {
            h0_attention_row_h2_t8.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t8.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[8][32 + h0_attention_d] <== h0_attention_row_h2_t8.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 8; h0_attention_u++) {
        h0_attention_scoresRaw[168 + h0_attention_u] <== h0_attention_row_h2_t8.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[168 + h0_attention_u] <== h0_attention_row_h2_t8.scoresQ[h0_attention_u];
        h0_attention_delta[168 + h0_attention_u] <== h0_attention_row_h2_t8.delta[h0_attention_u];
        h0_attention_exp[168 + h0_attention_u] <== h0_attention_row_h2_t8.exp[h0_attention_u];
        h0_attention_probs[168 + h0_attention_u] <== h0_attention_row_h2_t8.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][8] <== h0_attention_row_h2_t8.rowMax;
    h0_attention_rowSum[2][8] <== h0_attention_row_h2_t8.rowSum;
    // Head 2, query 9: keys 0..9 (pairs 177..186).
    component h0_attention_row_h2_t9 = AttentionRow(10, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t9.q[h0_attention_d] <== h0_attention_qAcc[9][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 9; h0_attention_u++) {
            h0_attention_row_h2_t9.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t9.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[9][32 + h0_attention_d] <== h0_attention_row_h2_t9.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 9; h0_attention_u++) {
        h0_attention_scoresRaw[177 + h0_attention_u] <== h0_attention_row_h2_t9.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[177 + h0_attention_u] <== h0_attention_row_h2_t9.scoresQ[h0_attention_u];
        h0_attention_delta[177 + h0_attention_u] <== h0_attention_row_h2_t9.delta[h0_attention_u];
        h0_attention_exp[177 + h0_attention_u] <== h0_attention_row_h2_t9.exp[h0_attention_u];
        h0_attention_probs[177 + h0_attention_u] <== h0_attention_row_h2_t9.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][9] <== h0_attention_row_h2_t9.rowMax;
    h0_attention_rowSum[2][9] <== h0_attention_row_h2_t9.rowSum;
    // Head 2, query 10: keys 0..10 (pairs 187..197).
    component h0_attention_row_h2_t10 = AttentionRow(11, 16, [140, 147, 124, 100, 196, 126, 145, 141, 165, 230, 102, 208, 152, 220, 134, 125], 30013, 48, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_row_h2_t10.q[h0_attention_d] <== h0_attention_qAcc[10][32 + h0_attention_d];
        for (var h0_attention_u = 0; h0_attention_u <= 10; h0_attention_u++) {
            h0_attention_row_h2_t10.k[h0_attention_u][h0_attention_d] <== h0_attention_kAcc[h0_attention_u][32 + h0_attention_d];
            h0_attention_row_h2_t10.v[h0_attention_u][h0_attention_d] <== h0_attention_vAcc[h0_attention_u][32 + h0_attention_d];
        }
    }
    for (var h0_attention_d = 0; h0_attention_d < 16; h0_attention_d++) {
        h0_attention_av[10][32 + h0_attention_d] <== h0_attention_row_h2_t10.av[h0_attention_d];
    }
    for (var h0_attention_u = 0; h0_attention_u <= 10; h0_attention_u++) {
        h0_attention_scoresRaw[187 + h0_attention_u] <== h0_attention_row_h2_t10.scoresRaw[h0_attention_u];
        h0_attention_scoresQ[187 + h0_attention_u] <== h0_attention_row_h2_t10.scoresQ[h0_attention_u];
        h0_attention_delta[187 + h0_attention_u] <== h0_attention_row_h2_t10.delta[h0_attention_u];
        h0_attention_exp[187 + h0_attention_u] <== h0_attention_row_h2_t10.exp[h0_attention_u];
        h0_attention_probs[187 + h0_attention_u] <== h0_attention_row_h2_t10.probs[h0_attention_u];
    }
    h0_attention_rowMax[2][10] <== h0_attention_row_h2_t10.rowMax;
    h0_attention_rowSum[2][10] <== h0_attention_row_h2_t10.rowSum;
    // Steps 9-10: output projection with bias, requantization with saturation.
    component h0_attention_outProj = OutputProjection(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [12707, 9881, 13868, 13014, 14346, 15265, 9019, 14609, 7582, 11480, 11450, 8729, 14862, 10348, 17335, 16790, 15680, 11740, 15869, 14027, 10009, 16329, 14395, 12064, 12000, 10284, 11073, 9717, 11969, 17129, 7598, 8951, 12087, 16474, 10005, 8854, 11978, 7899, 9633, 11540, 10027, 8211, 9722, 8456, 9668, 20605, 12139, 11419], 45, 15);
    h0_attention_outProj.av <== h0_attention_av;
    h0_attention_outProj.w <== h0_attention_wo;
    h0_attention_outProj.b <== h0_attention_bo;
    h0_attention_outAcc <== h0_attention_outProj.acc;
    h0_attention_outQ <== h0_attention_outProj.out;

    // h0_attnResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h0_attnResid_sumAcc[11][48];
    signal h0_attnResid_outQ[11][48];
    component h0_attnResid_add = ResidualAdd(11, 48, h0_attnResid_ma(), h0_attnResid_mb(), h0_attnResid_shift(), h0_attnResid_yBits(), 16, 8);
    h0_attnResid_add.a <== embedding_x0Q;
    h0_attnResid_add.b <== h0_attention_outQ;
    h0_attnResid_sumAcc <== h0_attnResid_add.sumAcc;
    h0_attnResid_outQ <== h0_attnResid_add.outQ;

    // h0_ln2: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h0_ln2_sumX[11];
    signal h0_ln2_centered[11][48];
    signal h0_ln2_varQ[11];
    signal h0_ln2_sd[11];
    signal h0_ln2_invSd[11];
    signal h0_ln2_yAcc[11][48];
    signal h0_ln2_yQ[11][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h0_ln2_packGamma = PackSigned(48, 17);
    h0_ln2_packGamma.in <== h0_ln2_gammaQ;
    component h0_ln2_packBeta = PackSigned(48, 9);
    h0_ln2_packBeta.in <== h0_ln2_betaQ;
    signal h0_ln2_commitment[6];
    for (var e = 0; e < 4; e++) {
        h0_ln2_commitment[e] <== h0_ln2_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h0_ln2_commitment[4 + e] <== h0_ln2_packBeta.out[e];
    }
    component h0_ln2_ln = LayerNorm(11, 48, 10349085788, 33, 6, 0, 25, 26, 17, 12);
    h0_ln2_ln.gamma <== h0_ln2_gammaQ;
    h0_ln2_ln.beta <== h0_ln2_betaQ;
    h0_ln2_ln.x <== h0_attnResid_outQ;
    h0_ln2_sumX <== h0_ln2_ln.sumX;
    h0_ln2_centered <== h0_ln2_ln.centered;
    h0_ln2_varQ <== h0_ln2_ln.varQ;
    h0_ln2_sd <== h0_ln2_ln.sd;
    h0_ln2_invSd <== h0_ln2_ln.invSd;
    h0_ln2_yAcc <== h0_ln2_ln.yAcc;
    h0_ln2_yQ <== h0_ln2_ln.yQ;

    // h0_mlp: MLP c_fc -> i-GELU on the accumulator -> c_proj -> output requantization (src/stages/mlp.ts).
    signal h0_mlp_fcAcc[11][192];
    signal h0_mlp_u[11][192];
    signal h0_mlp_gAcc[11][192];
    signal h0_mlp_projAcc[11][48];
    signal h0_mlp_outQ[11][48];
    // Private weights: the commitment's packings are their range checks (int8 weights, biases
    // to fcBiasBits = 13 / projBiasBits = 63 signed bits).
    signal h0_mlp_commitment[619];
    component h0_mlp_packWFc = PackSigned(9216, 8);
    for (var h0_mlp_r = 0; h0_mlp_r < 192; h0_mlp_r++) {
        for (var h0_mlp_c = 0; h0_mlp_c < 48; h0_mlp_c++) {
            h0_mlp_packWFc.in[h0_mlp_r * 48 + h0_mlp_c] <== h0_mlp_wFc[h0_mlp_r][h0_mlp_c];
        }
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 298; h0_mlp_e++) {
        h0_mlp_commitment[0 + h0_mlp_e] <== h0_mlp_packWFc.out[h0_mlp_e];
    }
    component h0_mlp_packBFc = PackSigned(192, 13);
    h0_mlp_packBFc.in <== h0_mlp_bFc;
    for (var h0_mlp_e = 0; h0_mlp_e < 11; h0_mlp_e++) {
        h0_mlp_commitment[298 + h0_mlp_e] <== h0_mlp_packBFc.out[h0_mlp_e];
    }
    component h0_mlp_packWProj = PackSigned(9216, 8);
    for (var h0_mlp_r = 0; h0_mlp_r < 48; h0_mlp_r++) {
        for (var h0_mlp_c = 0; h0_mlp_c < 192; h0_mlp_c++) {
            h0_mlp_packWProj.in[h0_mlp_r * 192 + h0_mlp_c] <== h0_mlp_wProj[h0_mlp_r][h0_mlp_c];
        }
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 298; h0_mlp_e++) {
        h0_mlp_commitment[309 + h0_mlp_e] <== h0_mlp_packWProj.out[h0_mlp_e];
    }
    component h0_mlp_packBProj = PackSigned(48, 63);
    h0_mlp_packBProj.in <== h0_mlp_bProj;
    for (var h0_mlp_e = 0; h0_mlp_e < 12; h0_mlp_e++) {
        h0_mlp_commitment[607 + h0_mlp_e] <== h0_mlp_packBProj.out[h0_mlp_e];
    }
    component h0_mlp_fc = ClaimedDense(11, 48, 192);
    h0_mlp_fc.w <== h0_mlp_wFc;
    h0_mlp_fc.b <== h0_mlp_bFc;
    h0_mlp_fc.x <== h0_ln2_yQ;
    h0_mlp_fcAcc <== h0_mlp_fc.acc;
    var h0_mlp_cm[192] = h0_mlp_clipExp();
    var h0_mlp_ab[192] = h0_mlp_aBits();
    var h0_mlp_os[48] = h0_mlp_outShift();
    var h0_mlp_yb[48] = h0_mlp_yBits();
    component h0_mlp_gelu[11][192];
    for (var h0_mlp_t = 0; h0_mlp_t < 11; h0_mlp_t++) {
        for (var h0_mlp_j = 0; h0_mlp_j < 192; h0_mlp_j++) {
            // I-BERT i-GELU on the accumulator: the clip point is |fcAcc| = 2^clipExp[j].
            h0_mlp_gelu[h0_mlp_t][h0_mlp_j] = GeluPow2(h0_mlp_ab[h0_mlp_j], h0_mlp_cm[h0_mlp_j], 12, -59229, 1099511627776);
            h0_mlp_gelu[h0_mlp_t][h0_mlp_j].f <== h0_mlp_fcAcc[h0_mlp_t][h0_mlp_j];
            h0_mlp_u[h0_mlp_t][h0_mlp_j] <== h0_mlp_gelu[h0_mlp_t][h0_mlp_j].u;
            h0_mlp_gAcc[h0_mlp_t][h0_mlp_j] <== h0_mlp_gelu[h0_mlp_t][h0_mlp_j].gAcc;
        }
    }
    component h0_mlp_proj = ClaimedDense(11, 192, 48);
    h0_mlp_proj.w <== h0_mlp_wProj;
    h0_mlp_proj.b <== h0_mlp_bProj;
    h0_mlp_proj.x <== h0_mlp_gAcc;
    h0_mlp_projAcc <== h0_mlp_proj.acc;
    component h0_mlp_outReq[11][48];
    component h0_mlp_outRange[11][48];
    for (var h0_mlp_t = 0; h0_mlp_t < 11; h0_mlp_t++) {
        for (var h0_mlp_j = 0; h0_mlp_j < 48; h0_mlp_j++) {
            // MLP output: round(projAcc / 2^outShift), its quotient range-checked.
            h0_mlp_outReq[h0_mlp_t][h0_mlp_j] = RoundShift(1, h0_mlp_os[h0_mlp_j]);
            h0_mlp_outReq[h0_mlp_t][h0_mlp_j].in <== h0_mlp_projAcc[h0_mlp_t][h0_mlp_j];
            h0_mlp_outQ[h0_mlp_t][h0_mlp_j] <== h0_mlp_outReq[h0_mlp_t][h0_mlp_j].out;
            h0_mlp_outRange[h0_mlp_t][h0_mlp_j] = RangeCheck(h0_mlp_yb[h0_mlp_j]);
            h0_mlp_outRange[h0_mlp_t][h0_mlp_j].in <== h0_mlp_outQ[h0_mlp_t][h0_mlp_j] + 2 ** (h0_mlp_yb[h0_mlp_j] - 1);
        }
    }
    // Freivalds (docs/design.md "Soundness rules" 7): the challenge is a Poseidon sponge over the
    // committed weights and biases (<id>_commitment), xQ (int8 by the upstream clamp, packed),
    // the claimed fcAcc (fcAcc + 2^aBits in [0, 2^(aBits+1)) by GeluPow2's |fcAcc| bits) and the
    // claimed projAcc through its requantization's range-checked (y, rem): rem + 2^k (y + 2^(yBits-1))
    // = projAcc + 2^(k-1) + 2^(k+yBits-1) in [0, 2^(k+yBits)). gAcc is a constrained function of fcAcc.
    component h0_mlp_packX = PackOffset(528, 8);
    for (var h0_mlp_t = 0; h0_mlp_t < 11; h0_mlp_t++) {
        for (var h0_mlp_i = 0; h0_mlp_i < 48; h0_mlp_i++) {
            h0_mlp_packX.in[h0_mlp_t * 48 + h0_mlp_i] <== h0_ln2_yQ[h0_mlp_t][h0_mlp_i];
        }
    }
    signal h0_mlp_packF[176];
    for (var h0_mlp_e = 0; h0_mlp_e < 176; h0_mlp_e++) {
        var h0_mlp_lc = 0;
        for (var h0_mlp_k = 0; h0_mlp_k < 12; h0_mlp_k++) {
            var h0_mlp_v = h0_mlp_e * 12 + h0_mlp_k;
            if (h0_mlp_v < 2112) {
                var h0_mlp_pt = h0_mlp_v \ 192;
                var h0_mlp_pj = h0_mlp_v % 192;
                h0_mlp_lc += (h0_mlp_fcAcc[h0_mlp_pt][h0_mlp_pj] + 2 ** h0_mlp_ab[h0_mlp_pj]) * 2 ** (21 * h0_mlp_k);
            }
        }
        h0_mlp_packF[h0_mlp_e] <== h0_mlp_lc;
    }
    signal h0_mlp_packP[176];
    for (var h0_mlp_e = 0; h0_mlp_e < 176; h0_mlp_e++) {
        var h0_mlp_lc = 0;
        for (var h0_mlp_k = 0; h0_mlp_k < 3; h0_mlp_k++) {
            var h0_mlp_v = h0_mlp_e * 3 + h0_mlp_k;
            if (h0_mlp_v < 528) {
                var h0_mlp_pt = h0_mlp_v \ 48;
                var h0_mlp_pj = h0_mlp_v % 48;
                h0_mlp_lc += (h0_mlp_projAcc[h0_mlp_pt][h0_mlp_pj] + 2 ** (h0_mlp_os[h0_mlp_pj] - 1) + 2 ** (h0_mlp_os[h0_mlp_pj] + h0_mlp_yb[h0_mlp_pj] - 1)) * 2 ** (77 * h0_mlp_k);
            }
        }
        h0_mlp_packP[h0_mlp_e] <== h0_mlp_lc;
    }
    component h0_mlp_challenge = Sponge(989, 4);
    for (var h0_mlp_e = 0; h0_mlp_e < 619; h0_mlp_e++) {
        h0_mlp_challenge.in[h0_mlp_e] <== h0_mlp_commitment[h0_mlp_e];
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 18; h0_mlp_e++) {
        h0_mlp_challenge.in[619 + h0_mlp_e] <== h0_mlp_packX.out[h0_mlp_e];
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 176; h0_mlp_e++) {
        h0_mlp_challenge.in[637 + h0_mlp_e] <== h0_mlp_packF[h0_mlp_e];
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 176; h0_mlp_e++) {
        h0_mlp_challenge.in[813 + h0_mlp_e] <== h0_mlp_packP[h0_mlp_e];
    }
    signal h0_mlp_rho;
    h0_mlp_rho <== h0_mlp_challenge.out;
    // Why: the two private-weight products, each checked by one random linear combination per row.
    component h0_mlp_checkFc = FreivaldsDense(11, 48, 192);
    h0_mlp_checkFc.x <== h0_ln2_yQ;
    h0_mlp_checkFc.w <== h0_mlp_wFc;
    h0_mlp_checkFc.b <== h0_mlp_bFc;
    h0_mlp_checkFc.acc <== h0_mlp_fcAcc;
    h0_mlp_checkFc.rho <== h0_mlp_rho;
    component h0_mlp_checkProj = FreivaldsDense(11, 192, 48);
    h0_mlp_checkProj.x <== h0_mlp_gAcc;
    h0_mlp_checkProj.w <== h0_mlp_wProj;
    h0_mlp_checkProj.b <== h0_mlp_bProj;
    h0_mlp_checkProj.acc <== h0_mlp_projAcc;
    h0_mlp_checkProj.rho <== h0_mlp_rho;

    // h0_mlpResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h0_mlpResid_sumAcc[11][48];
    signal h0_mlpResid_outQ[11][48];
    component h0_mlpResid_add = ResidualAdd(11, 48, h0_mlpResid_ma(), h0_mlpResid_mb(), h0_mlpResid_shift(), h0_mlpResid_yBits(), 16, 21);
    h0_mlpResid_add.a <== h0_attnResid_outQ;
    h0_mlpResid_add.b <== h0_mlp_outQ;
    h0_mlpResid_sumAcc <== h0_mlpResid_add.sumAcc;
    h0_mlpResid_outQ <== h0_mlpResid_add.outQ;

    // Token ids packed 16 bits each (linear: the embedding's one-hot proves every token in [0, 3)).
    component tokensPack = PackOffset(11, 16);
    tokensPack.in <== tokens;
    // inputCommitment: Sponge(2) over the prompt tokens packed as token + 2^15, 15 per element
    // (linear: the embedding's one-hot proves every token in [0, 3)), then the salt.
    component inputHash = Sponge(2, 2);
    inputHash.in[0] <== (tokens[0] + 32768) + (tokens[1] + 32768) * 65536 + (tokens[2] + 32768) * 4294967296 + (tokens[3] + 32768) * 281474976710656 + (tokens[4] + 32768) * 18446744073709551616 + (tokens[5] + 32768) * 1208925819614629174706176;
    inputHash.in[1] <== salt;
    inputCommitment === inputHash.out;
    // outputCommitment: Sponge(5) over the residual stream after h0.mlpResid, the tokens and
    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).
    component streamOutPack = PackOffset(528, 16);
    for (var glue_t = 0; glue_t < 11; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamOutPack.in[glue_t * 48 + glue_i] <== h0_mlpResid_outQ[glue_t][glue_i];
        }
    }
    component outputHash = Sponge(38, 5);
    for (var glue_e = 0; glue_e < 36; glue_e++) {
        outputHash.in[glue_e] <== streamOutPack.out[glue_e];
    }
    for (var glue_e = 0; glue_e < 1; glue_e++) {
        outputHash.in[36 + glue_e] <== tokensPack.out[glue_e];
    }
    outputHash.in[37] <== outSalt;
    outputCommitment === outputHash.out;
    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.
    component modelHash = Sponge(994, 1);
    for (var glue_e = 0; glue_e < 46; glue_e++) {
        modelHash.in[0 + glue_e] <== embedding_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[46 + glue_e] <== h0_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[52 + glue_e] <== h0_attention_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[369 + glue_e] <== h0_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 619; glue_e++) {
        modelHash.in[375 + glue_e] <== h0_mlp_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = GptNanoSortModelSeg1of4();
