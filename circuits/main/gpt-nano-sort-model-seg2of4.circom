// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/gpt-nano-sort/quantized-model.json (sha256:48f8bbe0a691db13d2149bf04cc3c209692926abeeaed15d100333caf62d685a). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 2 of 4 of the whole model (h1.ln1 .. h1.mlpResid; src/circuit/segments.ts), private committed weights:
// T = 11 tokens (prompt 6 + generated 6 − 1), d_model 48, 3 heads, 3 layers, vocabulary 3.
// Stages: h1.ln1, h1.attention, h1.attnResid, h1.ln2, h1.mlp, h1.mlpResid.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/attention.circom";
include "circuits/lib/residual.circom";
include "circuits/lib/mlp.circom";

function h1_attnResid_ma() {
    var v[48] = [61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981, 61981];
    return v;
}

function h1_attnResid_mb() {
    var v[48] = [4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133, 4052133];
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

// h1_mlp: MLP clip exponents, GeluPow2 widths, output shifts and widths (compile-time in both
// weights modes).
function h1_mlp_clipExp() {
    var v[192] = [18, 18, 18, 18, 18, 17, 18, 18, 19, 17, 18, 18, 18, 17, 18, 19, 18, 18, 18, 19, 18, 18, 18, 17, 18, 18, 18, 18, 18, 17, 18, 18, 18, 18, 18, 17, 18, 18, 18, 18, 18, 17, 18, 17, 18, 18, 18, 16, 18, 18, 17, 17, 18, 17, 18, 18, 18, 18, 18, 18, 18, 18, 17, 18, 17, 18, 17, 18, 19, 18, 18, 18, 17, 18, 17, 18, 19, 17, 17, 18, 18, 18, 19, 18, 18, 18, 18, 17, 18, 18, 18, 18, 18, 18, 17, 18, 17, 17, 18, 19, 17, 16, 18, 17, 18, 18, 17, 18, 17, 18, 19, 18, 18, 17, 18, 18, 17, 18, 18, 18, 18, 19, 18, 18, 18, 17, 18, 17, 17, 17, 16, 18, 17, 18, 18, 17, 17, 18, 17, 18, 17, 17, 18, 19, 18, 17, 19, 17, 18, 17, 18, 18, 17, 18, 18, 18, 18, 17, 19, 17, 18, 18, 17, 18, 17, 18, 17, 18, 18, 18, 18, 18, 18, 17, 17, 18, 18, 17, 18, 18, 18, 19, 17, 17, 16, 18, 17, 18, 18, 18, 18, 18];
    return v;
}

function h1_mlp_aBits() {
    var v[192] = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    return v;
}

function h1_mlp_outShift() {
    var v[48] = [51, 51, 51, 51, 51, 51, 50, 50, 51, 49, 51, 51, 51, 51, 50, 51, 51, 51, 50, 51, 50, 51, 50, 50, 50, 52, 50, 51, 50, 51, 50, 51, 51, 52, 51, 50, 51, 50, 52, 51, 50, 50, 51, 51, 50, 51, 50, 51];
    return v;
}

function h1_mlp_yBits() {
    var v[48] = [26, 26, 26, 26, 26, 26, 27, 27, 26, 28, 26, 26, 26, 26, 27, 26, 26, 26, 27, 26, 27, 26, 27, 27, 27, 25, 27, 26, 27, 26, 27, 26, 26, 25, 26, 27, 26, 27, 25, 26, 27, 27, 26, 26, 27, 26, 27, 26];
    return v;
}

function h1_mlpResid_ma() {
    var v[48] = [133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328, 133328];
    return v;
}

function h1_mlpResid_mb() {
    var v[48] = [32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768];
    return v;
}

function h1_mlpResid_shift() {
    var v[48] = [17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17];
    return v;
}

function h1_mlpResid_yBits() {
    var v[48] = [19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt (of the cut before), streamIn, outSalt, every stage's parameters.
template GptNanoSortModelSeg2of4() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[11];
    signal input salt;
    signal input streamIn[11][48];
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
    signal input h1_ln2_gammaQ[48];
    signal input h1_ln2_betaQ[48];
    signal input h1_mlp_wFc[192][48];
    signal input h1_mlp_bFc[192];
    signal input h1_mlp_wProj[48][192];
    signal input h1_mlp_bProj[48];

    // Token ids as committed at the previous cut: the same packed elements go into the output commitment
    // (pass-through; this segment reads no token, so no range check is needed).
    component tokensPack = PackOffset(11, 16);
    tokensPack.in <== tokens;
    // inputCommitment: Sponge(5) over the residual stream streamIn, the tokens and the salt
    // (src/circuit/segments.ts cutCommitment). Why PackSigned: the range proof of streamIn is in the
    // previous segment's proof; this 16-bit check is the range the next stages assume, and makes
    // the commitment injective.
    component streamInPack = PackSigned(528, 16);
    for (var glue_t = 0; glue_t < 11; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamInPack.in[glue_t * 48 + glue_i] <== streamIn[glue_t][glue_i];
        }
    }
    component inputHash = Sponge(38, 5);
    for (var glue_e = 0; glue_e < 36; glue_e++) {
        inputHash.in[glue_e] <== streamInPack.out[glue_e];
    }
    for (var glue_e = 0; glue_e < 1; glue_e++) {
        inputHash.in[36 + glue_e] <== tokensPack.out[glue_e];
    }
    inputHash.in[37] <== salt;
    inputCommitment === inputHash.out;

    // h1_ln1: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h1_ln1_sumX[11];
    signal h1_ln1_centered[11][48];
    signal h1_ln1_varQ[11];
    signal h1_ln1_sd[11];
    signal h1_ln1_invSd[11];
    signal h1_ln1_yAcc[11][48];
    signal h1_ln1_yQ[11][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h1_ln1_packGamma = PackSigned(48, 17);
    h1_ln1_packGamma.in <== h1_ln1_gammaQ;
    component h1_ln1_packBeta = PackSigned(48, 9);
    h1_ln1_packBeta.in <== h1_ln1_betaQ;
    signal h1_ln1_commitment[6];
    for (var e = 0; e < 4; e++) {
        h1_ln1_commitment[e] <== h1_ln1_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h1_ln1_commitment[4 + e] <== h1_ln1_packBeta.out[e];
    }
    component h1_ln1_ln = LayerNorm(11, 48, 659813819, 33, 6, 0, 25, 26, 19, 12);
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

    // h1_attention: causal attention, T = 11, d_model = 48, 3 heads (circuits/lib/attention.circom).
    signal h1_attention_qAcc[11][48];
    signal h1_attention_kAcc[11][48];
    signal h1_attention_vAcc[11][48];
    signal h1_attention_scoresRaw[198];
    signal h1_attention_scoresQ[198];
    signal h1_attention_rowMax[3][11];
    signal h1_attention_delta[198];
    signal h1_attention_exp[198];
    signal h1_attention_rowSum[3][11];
    signal h1_attention_probs[198];
    signal h1_attention_av[11][48];
    signal h1_attention_outAcc[11][48];
    signal h1_attention_outQ[11][48];
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
    component h1_attention_projQ = Projection(11, 48);
    h1_attention_projQ.x <== h1_ln1_yQ;
    h1_attention_projQ.w <== h1_attention_wq;
    h1_attention_projQ.b <== h1_attention_bq;
    h1_attention_qAcc <== h1_attention_projQ.acc;
    component h1_attention_projK = Projection(11, 48);
    h1_attention_projK.x <== h1_ln1_yQ;
    h1_attention_projK.w <== h1_attention_wk;
    h1_attention_projK.b <== h1_attention_bk;
    h1_attention_kAcc <== h1_attention_projK.acc;
    component h1_attention_projV = Projection(11, 48);
    h1_attention_projV.x <== h1_ln1_yQ;
    h1_attention_projV.w <== h1_attention_wv;
    h1_attention_projV.b <== h1_attention_bv;
    h1_attention_vAcc <== h1_attention_projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component h1_attention_row_h0_t0 = AttentionRow(1, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h1_attention_row_h0_t1 = AttentionRow(2, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h1_attention_row_h0_t2 = AttentionRow(3, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h1_attention_row_h0_t3 = AttentionRow(4, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h1_attention_row_h0_t4 = AttentionRow(5, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    component h1_attention_row_h0_t5 = AttentionRow(6, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
    // Head 0, query 6: keys 0..6 (pairs 21..27).
    component h1_attention_row_h0_t6 = AttentionRow(7, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t6.q[h1_attention_d] <== h1_attention_qAcc[6][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 6; h1_attention_u++) {
            h1_attention_row_h0_t6.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t6.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[6][0 + h1_attention_d] <== h1_attention_row_h0_t6.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 6; h1_attention_u++) {
        h1_attention_scoresRaw[21 + h1_attention_u] <== h1_attention_row_h0_t6.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[21 + h1_attention_u] <== h1_attention_row_h0_t6.scoresQ[h1_attention_u];
        h1_attention_delta[21 + h1_attention_u] <== h1_attention_row_h0_t6.delta[h1_attention_u];
        h1_attention_exp[21 + h1_attention_u] <== h1_attention_row_h0_t6.exp[h1_attention_u];
        h1_attention_probs[21 + h1_attention_u] <== h1_attention_row_h0_t6.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][6] <== h1_attention_row_h0_t6.rowMax;
    h1_attention_rowSum[0][6] <== h1_attention_row_h0_t6.rowSum;
    // Head 0, query 7: keys 0..7 (pairs 28..35).
    component h1_attention_row_h0_t7 = AttentionRow(8, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t7.q[h1_attention_d] <== h1_attention_qAcc[7][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 7; h1_attention_u++) {
            h1_attention_row_h0_t7.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t7.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[7][0 + h1_attention_d] <== h1_attention_row_h0_t7.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 7; h1_attention_u++) {
        h1_attention_scoresRaw[28 + h1_attention_u] <== h1_attention_row_h0_t7.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[28 + h1_attention_u] <== h1_attention_row_h0_t7.scoresQ[h1_attention_u];
        h1_attention_delta[28 + h1_attention_u] <== h1_attention_row_h0_t7.delta[h1_attention_u];
        h1_attention_exp[28 + h1_attention_u] <== h1_attention_row_h0_t7.exp[h1_attention_u];
        h1_attention_probs[28 + h1_attention_u] <== h1_attention_row_h0_t7.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][7] <== h1_attention_row_h0_t7.rowMax;
    h1_attention_rowSum[0][7] <== h1_attention_row_h0_t7.rowSum;
    // Head 0, query 8: keys 0..8 (pairs 36..44).
    component h1_attention_row_h0_t8 = AttentionRow(9, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t8.q[h1_attention_d] <== h1_attention_qAcc[8][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 8; h1_attention_u++) {
            h1_attention_row_h0_t8.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t8.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[8][0 + h1_attention_d] <== h1_attention_row_h0_t8.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 8; h1_attention_u++) {
        h1_attention_scoresRaw[36 + h1_attention_u] <== h1_attention_row_h0_t8.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[36 + h1_attention_u] <== h1_attention_row_h0_t8.scoresQ[h1_attention_u];
        h1_attention_delta[36 + h1_attention_u] <== h1_attention_row_h0_t8.delta[h1_attention_u];
        h1_attention_exp[36 + h1_attention_u] <== h1_attention_row_h0_t8.exp[h1_attention_u];
        h1_attention_probs[36 + h1_attention_u] <== h1_attention_row_h0_t8.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][8] <== h1_attention_row_h0_t8.rowMax;
    h1_attention_rowSum[0][8] <== h1_attention_row_h0_t8.rowSum;
    // Head 0, query 9: keys 0..9 (pairs 45..54).
    component h1_attention_row_h0_t9 = AttentionRow(10, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t9.q[h1_attention_d] <== h1_attention_qAcc[9][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 9; h1_attention_u++) {
            h1_attention_row_h0_t9.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t9.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[9][0 + h1_attention_d] <== h1_attention_row_h0_t9.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 9; h1_attention_u++) {
        h1_attention_scoresRaw[45 + h1_attention_u] <== h1_attention_row_h0_t9.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[45 + h1_attention_u] <== h1_attention_row_h0_t9.scoresQ[h1_attention_u];
        h1_attention_delta[45 + h1_attention_u] <== h1_attention_row_h0_t9.delta[h1_attention_u];
        h1_attention_exp[45 + h1_attention_u] <== h1_attention_row_h0_t9.exp[h1_attention_u];
        h1_attention_probs[45 + h1_attention_u] <== h1_attention_row_h0_t9.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][9] <== h1_attention_row_h0_t9.rowMax;
    h1_attention_rowSum[0][9] <== h1_attention_row_h0_t9.rowSum;
    // Head 0, query 10: keys 0..10 (pairs 55..65).
    component h1_attention_row_h0_t10 = AttentionRow(11, 16, [47, 51, 53, 26, 42, 28, 58, 28, 44, 90, 39, 38, 39, 27, 28, 29], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h0_t10.q[h1_attention_d] <== h1_attention_qAcc[10][0 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 10; h1_attention_u++) {
            h1_attention_row_h0_t10.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][0 + h1_attention_d];
            h1_attention_row_h0_t10.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][0 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[10][0 + h1_attention_d] <== h1_attention_row_h0_t10.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 10; h1_attention_u++) {
        h1_attention_scoresRaw[55 + h1_attention_u] <== h1_attention_row_h0_t10.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[55 + h1_attention_u] <== h1_attention_row_h0_t10.scoresQ[h1_attention_u];
        h1_attention_delta[55 + h1_attention_u] <== h1_attention_row_h0_t10.delta[h1_attention_u];
        h1_attention_exp[55 + h1_attention_u] <== h1_attention_row_h0_t10.exp[h1_attention_u];
        h1_attention_probs[55 + h1_attention_u] <== h1_attention_row_h0_t10.probs[h1_attention_u];
    }
    h1_attention_rowMax[0][10] <== h1_attention_row_h0_t10.rowMax;
    h1_attention_rowSum[0][10] <== h1_attention_row_h0_t10.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 66..66).
    component h1_attention_row_h1_t0 = AttentionRow(1, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[66 + h1_attention_u] <== h1_attention_row_h1_t0.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[66 + h1_attention_u] <== h1_attention_row_h1_t0.scoresQ[h1_attention_u];
        h1_attention_delta[66 + h1_attention_u] <== h1_attention_row_h1_t0.delta[h1_attention_u];
        h1_attention_exp[66 + h1_attention_u] <== h1_attention_row_h1_t0.exp[h1_attention_u];
        h1_attention_probs[66 + h1_attention_u] <== h1_attention_row_h1_t0.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][0] <== h1_attention_row_h1_t0.rowMax;
    h1_attention_rowSum[1][0] <== h1_attention_row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 67..68).
    component h1_attention_row_h1_t1 = AttentionRow(2, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[67 + h1_attention_u] <== h1_attention_row_h1_t1.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[67 + h1_attention_u] <== h1_attention_row_h1_t1.scoresQ[h1_attention_u];
        h1_attention_delta[67 + h1_attention_u] <== h1_attention_row_h1_t1.delta[h1_attention_u];
        h1_attention_exp[67 + h1_attention_u] <== h1_attention_row_h1_t1.exp[h1_attention_u];
        h1_attention_probs[67 + h1_attention_u] <== h1_attention_row_h1_t1.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][1] <== h1_attention_row_h1_t1.rowMax;
    h1_attention_rowSum[1][1] <== h1_attention_row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 69..71).
    component h1_attention_row_h1_t2 = AttentionRow(3, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[69 + h1_attention_u] <== h1_attention_row_h1_t2.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[69 + h1_attention_u] <== h1_attention_row_h1_t2.scoresQ[h1_attention_u];
        h1_attention_delta[69 + h1_attention_u] <== h1_attention_row_h1_t2.delta[h1_attention_u];
        h1_attention_exp[69 + h1_attention_u] <== h1_attention_row_h1_t2.exp[h1_attention_u];
        h1_attention_probs[69 + h1_attention_u] <== h1_attention_row_h1_t2.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][2] <== h1_attention_row_h1_t2.rowMax;
    h1_attention_rowSum[1][2] <== h1_attention_row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 72..75).
    component h1_attention_row_h1_t3 = AttentionRow(4, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[72 + h1_attention_u] <== h1_attention_row_h1_t3.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[72 + h1_attention_u] <== h1_attention_row_h1_t3.scoresQ[h1_attention_u];
        h1_attention_delta[72 + h1_attention_u] <== h1_attention_row_h1_t3.delta[h1_attention_u];
        h1_attention_exp[72 + h1_attention_u] <== h1_attention_row_h1_t3.exp[h1_attention_u];
        h1_attention_probs[72 + h1_attention_u] <== h1_attention_row_h1_t3.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][3] <== h1_attention_row_h1_t3.rowMax;
    h1_attention_rowSum[1][3] <== h1_attention_row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 76..80).
    component h1_attention_row_h1_t4 = AttentionRow(5, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[76 + h1_attention_u] <== h1_attention_row_h1_t4.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[76 + h1_attention_u] <== h1_attention_row_h1_t4.scoresQ[h1_attention_u];
        h1_attention_delta[76 + h1_attention_u] <== h1_attention_row_h1_t4.delta[h1_attention_u];
        h1_attention_exp[76 + h1_attention_u] <== h1_attention_row_h1_t4.exp[h1_attention_u];
        h1_attention_probs[76 + h1_attention_u] <== h1_attention_row_h1_t4.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][4] <== h1_attention_row_h1_t4.rowMax;
    h1_attention_rowSum[1][4] <== h1_attention_row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 81..86).
    component h1_attention_row_h1_t5 = AttentionRow(6, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[81 + h1_attention_u] <== h1_attention_row_h1_t5.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[81 + h1_attention_u] <== h1_attention_row_h1_t5.scoresQ[h1_attention_u];
        h1_attention_delta[81 + h1_attention_u] <== h1_attention_row_h1_t5.delta[h1_attention_u];
        h1_attention_exp[81 + h1_attention_u] <== h1_attention_row_h1_t5.exp[h1_attention_u];
        h1_attention_probs[81 + h1_attention_u] <== h1_attention_row_h1_t5.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][5] <== h1_attention_row_h1_t5.rowMax;
    h1_attention_rowSum[1][5] <== h1_attention_row_h1_t5.rowSum;
    // Head 1, query 6: keys 0..6 (pairs 87..93).
    component h1_attention_row_h1_t6 = AttentionRow(7, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t6.q[h1_attention_d] <== h1_attention_qAcc[6][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 6; h1_attention_u++) {
            h1_attention_row_h1_t6.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t6.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[6][16 + h1_attention_d] <== h1_attention_row_h1_t6.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 6; h1_attention_u++) {
        h1_attention_scoresRaw[87 + h1_attention_u] <== h1_attention_row_h1_t6.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[87 + h1_attention_u] <== h1_attention_row_h1_t6.scoresQ[h1_attention_u];
        h1_attention_delta[87 + h1_attention_u] <== h1_attention_row_h1_t6.delta[h1_attention_u];
        h1_attention_exp[87 + h1_attention_u] <== h1_attention_row_h1_t6.exp[h1_attention_u];
        h1_attention_probs[87 + h1_attention_u] <== h1_attention_row_h1_t6.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][6] <== h1_attention_row_h1_t6.rowMax;
    h1_attention_rowSum[1][6] <== h1_attention_row_h1_t6.rowSum;
    // Head 1, query 7: keys 0..7 (pairs 94..101).
    component h1_attention_row_h1_t7 = AttentionRow(8, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t7.q[h1_attention_d] <== h1_attention_qAcc[7][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 7; h1_attention_u++) {
            h1_attention_row_h1_t7.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t7.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[7][16 + h1_attention_d] <== h1_attention_row_h1_t7.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 7; h1_attention_u++) {
        h1_attention_scoresRaw[94 + h1_attention_u] <== h1_attention_row_h1_t7.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[94 + h1_attention_u] <== h1_attention_row_h1_t7.scoresQ[h1_attention_u];
        h1_attention_delta[94 + h1_attention_u] <== h1_attention_row_h1_t7.delta[h1_attention_u];
        h1_attention_exp[94 + h1_attention_u] <== h1_attention_row_h1_t7.exp[h1_attention_u];
        h1_attention_probs[94 + h1_attention_u] <== h1_attention_row_h1_t7.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][7] <== h1_attention_row_h1_t7.rowMax;
    h1_attention_rowSum[1][7] <== h1_attention_row_h1_t7.rowSum;
    // Head 1, query 8: keys 0..8 (pairs 102..110).
    component h1_attention_row_h1_t8 = AttentionRow(9, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t8.q[h1_attention_d] <== h1_attention_qAcc[8][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 8; h1_attention_u++) {
            h1_attention_row_h1_t8.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t8.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[8][16 + h1_attention_d] <== h1_attention_row_h1_t8.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 8; h1_attention_u++) {
        h1_attention_scoresRaw[102 + h1_attention_u] <== h1_attention_row_h1_t8.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[102 + h1_attention_u] <== h1_attention_row_h1_t8.scoresQ[h1_attention_u];
        h1_attention_delta[102 + h1_attention_u] <== h1_attention_row_h1_t8.delta[h1_attention_u];
        h1_attention_exp[102 + h1_attention_u] <== h1_attention_row_h1_t8.exp[h1_attention_u];
        h1_attention_probs[102 + h1_attention_u] <== h1_attention_row_h1_t8.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][8] <== h1_attention_row_h1_t8.rowMax;
    h1_attention_rowSum[1][8] <== h1_attention_row_h1_t8.rowSum;
    // Head 1, query 9: keys 0..9 (pairs 111..120).
    component h1_attention_row_h1_t9 = AttentionRow(10, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t9.q[h1_attention_d] <== h1_attention_qAcc[9][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 9; h1_attention_u++) {
            h1_attention_row_h1_t9.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t9.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[9][16 + h1_attention_d] <== h1_attention_row_h1_t9.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 9; h1_attention_u++) {
        h1_attention_scoresRaw[111 + h1_attention_u] <== h1_attention_row_h1_t9.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[111 + h1_attention_u] <== h1_attention_row_h1_t9.scoresQ[h1_attention_u];
        h1_attention_delta[111 + h1_attention_u] <== h1_attention_row_h1_t9.delta[h1_attention_u];
        h1_attention_exp[111 + h1_attention_u] <== h1_attention_row_h1_t9.exp[h1_attention_u];
        h1_attention_probs[111 + h1_attention_u] <== h1_attention_row_h1_t9.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][9] <== h1_attention_row_h1_t9.rowMax;
    h1_attention_rowSum[1][9] <== h1_attention_row_h1_t9.rowSum;
    // Head 1, query 10: keys 0..10 (pairs 121..131).
    component h1_attention_row_h1_t10 = AttentionRow(11, 16, [78, 98, 91, 65, 113, 106, 198, 58, 142, 39, 138, 136, 256, 62, 43, 69], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h1_t10.q[h1_attention_d] <== h1_attention_qAcc[10][16 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 10; h1_attention_u++) {
            h1_attention_row_h1_t10.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][16 + h1_attention_d];
            h1_attention_row_h1_t10.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][16 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[10][16 + h1_attention_d] <== h1_attention_row_h1_t10.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 10; h1_attention_u++) {
        h1_attention_scoresRaw[121 + h1_attention_u] <== h1_attention_row_h1_t10.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[121 + h1_attention_u] <== h1_attention_row_h1_t10.scoresQ[h1_attention_u];
        h1_attention_delta[121 + h1_attention_u] <== h1_attention_row_h1_t10.delta[h1_attention_u];
        h1_attention_exp[121 + h1_attention_u] <== h1_attention_row_h1_t10.exp[h1_attention_u];
        h1_attention_probs[121 + h1_attention_u] <== h1_attention_row_h1_t10.probs[h1_attention_u];
    }
    h1_attention_rowMax[1][10] <== h1_attention_row_h1_t10.rowMax;
    h1_attention_rowSum[1][10] <== h1_attention_row_h1_t10.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 132..132).
    component h1_attention_row_h2_t0 = AttentionRow(1, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[132 + h1_attention_u] <== h1_attention_row_h2_t0.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[132 + h1_attention_u] <== h1_attention_row_h2_t0.scoresQ[h1_attention_u];
        h1_attention_delta[132 + h1_attention_u] <== h1_attention_row_h2_t0.delta[h1_attention_u];
        h1_attention_exp[132 + h1_attention_u] <== h1_attention_row_h2_t0.exp[h1_attention_u];
        h1_attention_probs[132 + h1_attention_u] <== h1_attention_row_h2_t0.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][0] <== h1_attention_row_h2_t0.rowMax;
    h1_attention_rowSum[2][0] <== h1_attention_row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 133..134).
    component h1_attention_row_h2_t1 = AttentionRow(2, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[133 + h1_attention_u] <== h1_attention_row_h2_t1.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[133 + h1_attention_u] <== h1_attention_row_h2_t1.scoresQ[h1_attention_u];
        h1_attention_delta[133 + h1_attention_u] <== h1_attention_row_h2_t1.delta[h1_attention_u];
        h1_attention_exp[133 + h1_attention_u] <== h1_attention_row_h2_t1.exp[h1_attention_u];
        h1_attention_probs[133 + h1_attention_u] <== h1_attention_row_h2_t1.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][1] <== h1_attention_row_h2_t1.rowMax;
    h1_attention_rowSum[2][1] <== h1_attention_row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 135..137).
    component h1_attention_row_h2_t2 = AttentionRow(3, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[135 + h1_attention_u] <== h1_attention_row_h2_t2.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[135 + h1_attention_u] <== h1_attention_row_h2_t2.scoresQ[h1_attention_u];
        h1_attention_delta[135 + h1_attention_u] <== h1_attention_row_h2_t2.delta[h1_attention_u];
        h1_attention_exp[135 + h1_attention_u] <== h1_attention_row_h2_t2.exp[h1_attention_u];
        h1_attention_probs[135 + h1_attention_u] <== h1_attention_row_h2_t2.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][2] <== h1_attention_row_h2_t2.rowMax;
    h1_attention_rowSum[2][2] <== h1_attention_row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 138..141).
    component h1_attention_row_h2_t3 = AttentionRow(4, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[138 + h1_attention_u] <== h1_attention_row_h2_t3.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[138 + h1_attention_u] <== h1_attention_row_h2_t3.scoresQ[h1_attention_u];
        h1_attention_delta[138 + h1_attention_u] <== h1_attention_row_h2_t3.delta[h1_attention_u];
        h1_attention_exp[138 + h1_attention_u] <== h1_attention_row_h2_t3.exp[h1_attention_u];
        h1_attention_probs[138 + h1_attention_u] <== h1_attention_row_h2_t3.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][3] <== h1_attention_row_h2_t3.rowMax;
    h1_attention_rowSum[2][3] <== h1_attention_row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 142..146).
    component h1_attention_row_h2_t4 = AttentionRow(5, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[142 + h1_attention_u] <== h1_attention_row_h2_t4.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[142 + h1_attention_u] <== h1_attention_row_h2_t4.scoresQ[h1_attention_u];
        h1_attention_delta[142 + h1_attention_u] <== h1_attention_row_h2_t4.delta[h1_attention_u];
        h1_attention_exp[142 + h1_attention_u] <== h1_attention_row_h2_t4.exp[h1_attention_u];
        h1_attention_probs[142 + h1_attention_u] <== h1_attention_row_h2_t4.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][4] <== h1_attention_row_h2_t4.rowMax;
    h1_attention_rowSum[2][4] <== h1_attention_row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 147..152).
    component h1_attention_row_h2_t5 = AttentionRow(6, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
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
        h1_attention_scoresRaw[147 + h1_attention_u] <== h1_attention_row_h2_t5.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[147 + h1_attention_u] <== h1_attention_row_h2_t5.scoresQ[h1_attention_u];
        h1_attention_delta[147 + h1_attention_u] <== h1_attention_row_h2_t5.delta[h1_attention_u];
        h1_attention_exp[147 + h1_attention_u] <== h1_attention_row_h2_t5.exp[h1_attention_u];
        h1_attention_probs[147 + h1_attention_u] <== h1_attention_row_h2_t5.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][5] <== h1_attention_row_h2_t5.rowMax;
    h1_attention_rowSum[2][5] <== h1_attention_row_h2_t5.rowSum;
    // Head 2, query 6: keys 0..6 (pairs 153..159).
    component h1_attention_row_h2_t6 = AttentionRow(7, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t6.q[h1_attention_d] <== h1_attention_qAcc[6][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 6; h1_attention_u++) {
            h1_attention_row_h2_t6.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t6.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[6][32 + h1_attention_d] <== h1_attention_row_h2_t6.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 6; h1_attention_u++) {
        h1_attention_scoresRaw[153 + h1_attention_u] <== h1_attention_row_h2_t6.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[153 + h1_attention_u] <== h1_attention_row_h2_t6.scoresQ[h1_attention_u];
        h1_attention_delta[153 + h1_attention_u] <== h1_attention_row_h2_t6.delta[h1_attention_u];
        h1_attention_exp[153 + h1_attention_u] <== h1_attention_row_h2_t6.exp[h1_attention_u];
        h1_attention_probs[153 + h1_attention_u] <== h1_attention_row_h2_t6.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][6] <== h1_attention_row_h2_t6.rowMax;
    h1_attention_rowSum[2][6] <== h1_attention_row_h2_t6.rowSum;
    // Head 2, query 7: keys 0..7 (pairs 160..167).
    component h1_attention_row_h2_t7 = AttentionRow(8, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t7.q[h1_attention_d] <== h1_attention_qAcc[7][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 7; h1_attention_u++) {
            h1_attention_row_h2_t7.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t7.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[7][32 + h1_attention_d] <== h1_attention_row_h2_t7.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 7; h1_attention_u++) {
        h1_attention_scoresRaw[160 + h1_attention_u] <== h1_attention_row_h2_t7.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[160 + h1_attention_u] <== h1_attention_row_h2_t7.scoresQ[h1_attention_u];
        h1_attention_delta[160 + h1_attention_u] <== h1_attention_row_h2_t7.delta[h1_attention_u];
        h1_attention_exp[160 + h1_attention_u] <== h1_attention_row_h2_t7.exp[h1_attention_u];
        h1_attention_probs[160 + h1_attention_u] <== h1_attention_row_h2_t7.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][7] <== h1_attention_row_h2_t7.rowMax;
    h1_attention_rowSum[2][7] <== h1_attention_row_h2_t7.rowSum;
    // Head 2, query 8: keys 0..8 (pairs 168..176).
    component h1_attention_row_h2_t8 = AttentionRow(9, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t8.q[h1_attention_d] <== h1_attention_qAcc[8][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 8; h1_attention_u++) {
            h1_attention_row_h2_t8.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t8.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[8][32 + h1_attention_d] <== h1_attention_row_h2_t8.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 8; h1_attention_u++) {
        h1_attention_scoresRaw[168 + h1_attention_u] <== h1_attention_row_h2_t8.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[168 + h1_attention_u] <== h1_attention_row_h2_t8.scoresQ[h1_attention_u];
        h1_attention_delta[168 + h1_attention_u] <== h1_attention_row_h2_t8.delta[h1_attention_u];
        h1_attention_exp[168 + h1_attention_u] <== h1_attention_row_h2_t8.exp[h1_attention_u];
        h1_attention_probs[168 + h1_attention_u] <== h1_attention_row_h2_t8.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][8] <== h1_attention_row_h2_t8.rowMax;
    h1_attention_rowSum[2][8] <== h1_attention_row_h2_t8.rowSum;
    // Head 2, query 9: keys 0..9 (pairs 177..186).
    component h1_attention_row_h2_t9 = AttentionRow(10, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t9.q[h1_attention_d] <== h1_attention_qAcc[9][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 9; h1_attention_u++) {
            h1_attention_row_h2_t9.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t9.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[9][32 + h1_attention_d] <== h1_attention_row_h2_t9.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 9; h1_attention_u++) {
        h1_attention_scoresRaw[177 + h1_attention_u] <== h1_attention_row_h2_t9.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[177 + h1_attention_u] <== h1_attention_row_h2_t9.scoresQ[h1_attention_u];
        h1_attention_delta[177 + h1_attention_u] <== h1_attention_row_h2_t9.delta[h1_attention_u];
        h1_attention_exp[177 + h1_attention_u] <== h1_attention_row_h2_t9.exp[h1_attention_u];
        h1_attention_probs[177 + h1_attention_u] <== h1_attention_row_h2_t9.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][9] <== h1_attention_row_h2_t9.rowMax;
    h1_attention_rowSum[2][9] <== h1_attention_row_h2_t9.rowSum;
    // Head 2, query 10: keys 0..10 (pairs 187..197).
    component h1_attention_row_h2_t10 = AttentionRow(11, 16, [21, 24, 28, 26, 83, 55, 37, 84, 56, 33, 43, 35, 20, 61, 37, 37], 20855, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_row_h2_t10.q[h1_attention_d] <== h1_attention_qAcc[10][32 + h1_attention_d];
        for (var h1_attention_u = 0; h1_attention_u <= 10; h1_attention_u++) {
            h1_attention_row_h2_t10.k[h1_attention_u][h1_attention_d] <== h1_attention_kAcc[h1_attention_u][32 + h1_attention_d];
            h1_attention_row_h2_t10.v[h1_attention_u][h1_attention_d] <== h1_attention_vAcc[h1_attention_u][32 + h1_attention_d];
        }
    }
    for (var h1_attention_d = 0; h1_attention_d < 16; h1_attention_d++) {
        h1_attention_av[10][32 + h1_attention_d] <== h1_attention_row_h2_t10.av[h1_attention_d];
    }
    for (var h1_attention_u = 0; h1_attention_u <= 10; h1_attention_u++) {
        h1_attention_scoresRaw[187 + h1_attention_u] <== h1_attention_row_h2_t10.scoresRaw[h1_attention_u];
        h1_attention_scoresQ[187 + h1_attention_u] <== h1_attention_row_h2_t10.scoresQ[h1_attention_u];
        h1_attention_delta[187 + h1_attention_u] <== h1_attention_row_h2_t10.delta[h1_attention_u];
        h1_attention_exp[187 + h1_attention_u] <== h1_attention_row_h2_t10.exp[h1_attention_u];
        h1_attention_probs[187 + h1_attention_u] <== h1_attention_row_h2_t10.probs[h1_attention_u];
    }
    h1_attention_rowMax[2][10] <== h1_attention_row_h2_t10.rowMax;
    h1_attention_rowSum[2][10] <== h1_attention_row_h2_t10.rowSum;
    // Steps 9-10: output projection with bias, requantization with saturation.
    component h1_attention_outProj = OutputProjection(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [13672, 10369, 9142, 8878, 10755, 11729, 11263, 16007, 9654, 9253, 8354, 11749, 7152, 6823, 9821, 9124, 7734, 10235, 11290, 5727, 10970, 8604, 8459, 10285, 10198, 11192, 10485, 19103, 8832, 16035, 8502, 11356, 6640, 8679, 9081, 6712, 13136, 7241, 11212, 7371, 11745, 13769, 6379, 8979, 10520, 6757, 9805, 12547], 45, 15);
    h1_attention_outProj.av <== h1_attention_av;
    h1_attention_outProj.w <== h1_attention_wo;
    h1_attention_outProj.b <== h1_attention_bo;
    h1_attention_outAcc <== h1_attention_outProj.acc;
    h1_attention_outQ <== h1_attention_outProj.out;

    // h1_attnResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h1_attnResid_sumAcc[11][48];
    signal h1_attnResid_outQ[11][48];
    component h1_attnResid_add = ResidualAdd(11, 48, h1_attnResid_ma(), h1_attnResid_mb(), h1_attnResid_shift(), h1_attnResid_yBits(), 16, 8);
    h1_attnResid_add.a <== streamIn;
    h1_attnResid_add.b <== h1_attention_outQ;
    h1_attnResid_sumAcc <== h1_attnResid_add.sumAcc;
    h1_attnResid_outQ <== h1_attnResid_add.outQ;

    // h1_ln2: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h1_ln2_sumX[11];
    signal h1_ln2_centered[11][48];
    signal h1_ln2_varQ[11];
    signal h1_ln2_sd[11];
    signal h1_ln2_invSd[11];
    signal h1_ln2_yAcc[11][48];
    signal h1_ln2_yQ[11][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h1_ln2_packGamma = PackSigned(48, 17);
    h1_ln2_packGamma.in <== h1_ln2_gammaQ;
    component h1_ln2_packBeta = PackSigned(48, 9);
    h1_ln2_packBeta.in <== h1_ln2_betaQ;
    signal h1_ln2_commitment[6];
    for (var e = 0; e < 4; e++) {
        h1_ln2_commitment[e] <== h1_ln2_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h1_ln2_commitment[4 + e] <== h1_ln2_packBeta.out[e];
    }
    component h1_ln2_ln = LayerNorm(11, 48, 590163444, 33, 6, 0, 25, 26, 19, 12);
    h1_ln2_ln.gamma <== h1_ln2_gammaQ;
    h1_ln2_ln.beta <== h1_ln2_betaQ;
    h1_ln2_ln.x <== h1_attnResid_outQ;
    h1_ln2_sumX <== h1_ln2_ln.sumX;
    h1_ln2_centered <== h1_ln2_ln.centered;
    h1_ln2_varQ <== h1_ln2_ln.varQ;
    h1_ln2_sd <== h1_ln2_ln.sd;
    h1_ln2_invSd <== h1_ln2_ln.invSd;
    h1_ln2_yAcc <== h1_ln2_ln.yAcc;
    h1_ln2_yQ <== h1_ln2_ln.yQ;

    // h1_mlp: MLP c_fc -> i-GELU on the accumulator -> c_proj -> output requantization (src/stages/mlp.ts).
    signal h1_mlp_fcAcc[11][192];
    signal h1_mlp_u[11][192];
    signal h1_mlp_gAcc[11][192];
    signal h1_mlp_projAcc[11][48];
    signal h1_mlp_outQ[11][48];
    // Private weights: the commitment's packings are their range checks (int8 weights, biases
    // to fcBiasBits = 14 / projBiasBits = 65 signed bits).
    signal h1_mlp_commitment[623];
    component h1_mlp_packWFc = PackSigned(9216, 8);
    for (var h1_mlp_r = 0; h1_mlp_r < 192; h1_mlp_r++) {
        for (var h1_mlp_c = 0; h1_mlp_c < 48; h1_mlp_c++) {
            h1_mlp_packWFc.in[h1_mlp_r * 48 + h1_mlp_c] <== h1_mlp_wFc[h1_mlp_r][h1_mlp_c];
        }
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 298; h1_mlp_e++) {
        h1_mlp_commitment[0 + h1_mlp_e] <== h1_mlp_packWFc.out[h1_mlp_e];
    }
    component h1_mlp_packBFc = PackSigned(192, 14);
    h1_mlp_packBFc.in <== h1_mlp_bFc;
    for (var h1_mlp_e = 0; h1_mlp_e < 11; h1_mlp_e++) {
        h1_mlp_commitment[298 + h1_mlp_e] <== h1_mlp_packBFc.out[h1_mlp_e];
    }
    component h1_mlp_packWProj = PackSigned(9216, 8);
    for (var h1_mlp_r = 0; h1_mlp_r < 48; h1_mlp_r++) {
        for (var h1_mlp_c = 0; h1_mlp_c < 192; h1_mlp_c++) {
            h1_mlp_packWProj.in[h1_mlp_r * 192 + h1_mlp_c] <== h1_mlp_wProj[h1_mlp_r][h1_mlp_c];
        }
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 298; h1_mlp_e++) {
        h1_mlp_commitment[309 + h1_mlp_e] <== h1_mlp_packWProj.out[h1_mlp_e];
    }
    component h1_mlp_packBProj = PackSigned(48, 65);
    h1_mlp_packBProj.in <== h1_mlp_bProj;
    for (var h1_mlp_e = 0; h1_mlp_e < 16; h1_mlp_e++) {
        h1_mlp_commitment[607 + h1_mlp_e] <== h1_mlp_packBProj.out[h1_mlp_e];
    }
    component h1_mlp_fc = ClaimedDense(11, 48, 192);
    h1_mlp_fc.w <== h1_mlp_wFc;
    h1_mlp_fc.b <== h1_mlp_bFc;
    h1_mlp_fc.x <== h1_ln2_yQ;
    h1_mlp_fcAcc <== h1_mlp_fc.acc;
    var h1_mlp_cm[192] = h1_mlp_clipExp();
    var h1_mlp_ab[192] = h1_mlp_aBits();
    var h1_mlp_os[48] = h1_mlp_outShift();
    var h1_mlp_yb[48] = h1_mlp_yBits();
    component h1_mlp_gelu[11][192];
    for (var h1_mlp_t = 0; h1_mlp_t < 11; h1_mlp_t++) {
        for (var h1_mlp_j = 0; h1_mlp_j < 192; h1_mlp_j++) {
            // I-BERT i-GELU on the accumulator: the clip point is |fcAcc| = 2^clipExp[j].
            h1_mlp_gelu[h1_mlp_t][h1_mlp_j] = GeluPow2(h1_mlp_ab[h1_mlp_j], h1_mlp_cm[h1_mlp_j], 12, -59229, 1099511627776);
            h1_mlp_gelu[h1_mlp_t][h1_mlp_j].f <== h1_mlp_fcAcc[h1_mlp_t][h1_mlp_j];
            h1_mlp_u[h1_mlp_t][h1_mlp_j] <== h1_mlp_gelu[h1_mlp_t][h1_mlp_j].u;
            h1_mlp_gAcc[h1_mlp_t][h1_mlp_j] <== h1_mlp_gelu[h1_mlp_t][h1_mlp_j].gAcc;
        }
    }
    component h1_mlp_proj = ClaimedDense(11, 192, 48);
    h1_mlp_proj.w <== h1_mlp_wProj;
    h1_mlp_proj.b <== h1_mlp_bProj;
    h1_mlp_proj.x <== h1_mlp_gAcc;
    h1_mlp_projAcc <== h1_mlp_proj.acc;
    component h1_mlp_outReq[11][48];
    component h1_mlp_outRange[11][48];
    for (var h1_mlp_t = 0; h1_mlp_t < 11; h1_mlp_t++) {
        for (var h1_mlp_j = 0; h1_mlp_j < 48; h1_mlp_j++) {
            // MLP output: round(projAcc / 2^outShift), its quotient range-checked.
            h1_mlp_outReq[h1_mlp_t][h1_mlp_j] = RoundShift(1, h1_mlp_os[h1_mlp_j]);
            h1_mlp_outReq[h1_mlp_t][h1_mlp_j].in <== h1_mlp_projAcc[h1_mlp_t][h1_mlp_j];
            h1_mlp_outQ[h1_mlp_t][h1_mlp_j] <== h1_mlp_outReq[h1_mlp_t][h1_mlp_j].out;
            h1_mlp_outRange[h1_mlp_t][h1_mlp_j] = RangeCheck(h1_mlp_yb[h1_mlp_j]);
            h1_mlp_outRange[h1_mlp_t][h1_mlp_j].in <== h1_mlp_outQ[h1_mlp_t][h1_mlp_j] + 2 ** (h1_mlp_yb[h1_mlp_j] - 1);
        }
    }
    // Freivalds (docs/design.md "Soundness rules" 7): the challenge is a Poseidon sponge over the
    // committed weights and biases (<id>_commitment), xQ (int8 by the upstream clamp, packed),
    // the claimed fcAcc (fcAcc + 2^aBits in [0, 2^(aBits+1)) by GeluPow2's |fcAcc| bits) and the
    // claimed projAcc through its requantization's range-checked (y, rem): rem + 2^k (y + 2^(yBits-1))
    // = projAcc + 2^(k-1) + 2^(k+yBits-1) in [0, 2^(k+yBits)). gAcc is a constrained function of fcAcc.
    component h1_mlp_packX = PackOffset(528, 8);
    for (var h1_mlp_t = 0; h1_mlp_t < 11; h1_mlp_t++) {
        for (var h1_mlp_i = 0; h1_mlp_i < 48; h1_mlp_i++) {
            h1_mlp_packX.in[h1_mlp_t * 48 + h1_mlp_i] <== h1_ln2_yQ[h1_mlp_t][h1_mlp_i];
        }
    }
    signal h1_mlp_packF[176];
    for (var h1_mlp_e = 0; h1_mlp_e < 176; h1_mlp_e++) {
        var h1_mlp_lc = 0;
        for (var h1_mlp_k = 0; h1_mlp_k < 12; h1_mlp_k++) {
            var h1_mlp_v = h1_mlp_e * 12 + h1_mlp_k;
            if (h1_mlp_v < 2112) {
                var h1_mlp_pt = h1_mlp_v \ 192;
                var h1_mlp_pj = h1_mlp_v % 192;
                h1_mlp_lc += (h1_mlp_fcAcc[h1_mlp_pt][h1_mlp_pj] + 2 ** h1_mlp_ab[h1_mlp_pj]) * 2 ** (21 * h1_mlp_k);
            }
        }
        h1_mlp_packF[h1_mlp_e] <== h1_mlp_lc;
    }
    signal h1_mlp_packP[176];
    for (var h1_mlp_e = 0; h1_mlp_e < 176; h1_mlp_e++) {
        var h1_mlp_lc = 0;
        for (var h1_mlp_k = 0; h1_mlp_k < 3; h1_mlp_k++) {
            var h1_mlp_v = h1_mlp_e * 3 + h1_mlp_k;
            if (h1_mlp_v < 528) {
                var h1_mlp_pt = h1_mlp_v \ 48;
                var h1_mlp_pj = h1_mlp_v % 48;
                h1_mlp_lc += (h1_mlp_projAcc[h1_mlp_pt][h1_mlp_pj] + 2 ** (h1_mlp_os[h1_mlp_pj] - 1) + 2 ** (h1_mlp_os[h1_mlp_pj] + h1_mlp_yb[h1_mlp_pj] - 1)) * 2 ** (77 * h1_mlp_k);
            }
        }
        h1_mlp_packP[h1_mlp_e] <== h1_mlp_lc;
    }
    component h1_mlp_challenge = Sponge(993, 4);
    for (var h1_mlp_e = 0; h1_mlp_e < 623; h1_mlp_e++) {
        h1_mlp_challenge.in[h1_mlp_e] <== h1_mlp_commitment[h1_mlp_e];
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 18; h1_mlp_e++) {
        h1_mlp_challenge.in[623 + h1_mlp_e] <== h1_mlp_packX.out[h1_mlp_e];
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 176; h1_mlp_e++) {
        h1_mlp_challenge.in[641 + h1_mlp_e] <== h1_mlp_packF[h1_mlp_e];
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 176; h1_mlp_e++) {
        h1_mlp_challenge.in[817 + h1_mlp_e] <== h1_mlp_packP[h1_mlp_e];
    }
    signal h1_mlp_rho;
    h1_mlp_rho <== h1_mlp_challenge.out;
    // Why: the two private-weight products, each checked by one random linear combination per row.
    component h1_mlp_checkFc = FreivaldsDense(11, 48, 192);
    h1_mlp_checkFc.x <== h1_ln2_yQ;
    h1_mlp_checkFc.w <== h1_mlp_wFc;
    h1_mlp_checkFc.b <== h1_mlp_bFc;
    h1_mlp_checkFc.acc <== h1_mlp_fcAcc;
    h1_mlp_checkFc.rho <== h1_mlp_rho;
    component h1_mlp_checkProj = FreivaldsDense(11, 192, 48);
    h1_mlp_checkProj.x <== h1_mlp_gAcc;
    h1_mlp_checkProj.w <== h1_mlp_wProj;
    h1_mlp_checkProj.b <== h1_mlp_bProj;
    h1_mlp_checkProj.acc <== h1_mlp_projAcc;
    h1_mlp_checkProj.rho <== h1_mlp_rho;

    // h1_mlpResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h1_mlpResid_sumAcc[11][48];
    signal h1_mlpResid_outQ[11][48];
    component h1_mlpResid_add = ResidualAdd(11, 48, h1_mlpResid_ma(), h1_mlpResid_mb(), h1_mlpResid_shift(), h1_mlpResid_yBits(), 16, 21);
    h1_mlpResid_add.a <== h1_attnResid_outQ;
    h1_mlpResid_add.b <== h1_mlp_outQ;
    h1_mlpResid_sumAcc <== h1_mlpResid_add.sumAcc;
    h1_mlpResid_outQ <== h1_mlpResid_add.outQ;

    // outputCommitment: Sponge(5) over the residual stream after h1.mlpResid, the tokens and
    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).
    component streamOutPack = PackOffset(528, 16);
    for (var glue_t = 0; glue_t < 11; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamOutPack.in[glue_t * 48 + glue_i] <== h1_mlpResid_outQ[glue_t][glue_i];
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
    component modelHash = Sponge(952, 1);
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[0 + glue_e] <== h1_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[6 + glue_e] <== h1_attention_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[323 + glue_e] <== h1_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 623; glue_e++) {
        modelHash.in[329 + glue_e] <== h1_mlp_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = GptNanoSortModelSeg2of4();
