// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/mingpt-adder/quantized-model.json (sha256:d09e844c12aeda5f5a18f268a960c921b9d987067211b16fe9c0db8d26ca8a65). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 2 of 6 of the whole model (h0.ln2 .. h0.mlpResid; src/circuit/segments.ts), private committed weights:
// T = 6 tokens (prompt 4 + generated 3 − 1), d_model 48, 3 heads, 3 layers, vocabulary 10.
// Stages: h0.ln2, h0.mlp, h0.mlpResid.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/mlp.circom";
include "circuits/lib/residual.circom";

// h0_mlp: MLP clip exponents, GeluPow2 widths, output shifts and widths (compile-time in both
// weights modes).
function h0_mlp_clipExp() {
    var v[192] = [16, 17, 17, 16, 17, 17, 16, 18, 18, 17, 17, 17, 16, 16, 17, 17, 18, 16, 17, 16, 18, 17, 17, 17, 16, 17, 16, 17, 18, 16, 16, 17, 18, 17, 17, 16, 17, 18, 17, 17, 17, 16, 18, 16, 18, 16, 17, 16, 17, 17, 17, 17, 17, 18, 17, 18, 16, 18, 18, 17, 16, 17, 17, 17, 18, 17, 17, 17, 17, 18, 17, 17, 17, 17, 17, 17, 19, 16, 17, 18, 17, 18, 17, 17, 17, 17, 17, 16, 16, 16, 18, 16, 17, 17, 17, 17, 17, 16, 17, 17, 17, 18, 17, 17, 17, 17, 17, 16, 17, 16, 17, 17, 16, 16, 17, 17, 17, 17, 17, 17, 18, 18, 16, 17, 17, 18, 16, 18, 17, 16, 17, 17, 17, 17, 18, 16, 17, 16, 17, 16, 17, 16, 17, 18, 16, 17, 17, 16, 18, 18, 16, 16, 17, 17, 16, 16, 18, 18, 18, 17, 18, 16, 18, 17, 18, 17, 17, 16, 17, 17, 16, 17, 17, 17, 17, 17, 18, 17, 16, 16, 17, 17, 17, 17, 17, 17, 17, 17, 17, 16, 17, 17];
    return v;
}

function h0_mlp_aBits() {
    var v[192] = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    return v;
}

function h0_mlp_outShift() {
    var v[48] = [49, 49, 49, 49, 48, 49, 49, 49, 49, 49, 48, 50, 49, 49, 49, 49, 49, 49, 49, 48, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 49, 48, 49, 49, 49, 49, 49, 48, 49, 49, 49, 49, 49, 49, 49];
    return v;
}

function h0_mlp_yBits() {
    var v[48] = [28, 28, 28, 28, 29, 28, 28, 28, 28, 28, 29, 27, 28, 28, 28, 28, 28, 28, 28, 29, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 29, 28, 28, 28, 28, 28, 29, 28, 28, 28, 28, 28, 28, 28];
    return v;
}

function h0_mlpResid_ma() {
    var v[48] = [81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467, 81467];
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
    var v[48] = [21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt (of the cut before), streamIn, outSalt, every stage's parameters.
template MingptAdderModelSeg2of6() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[6];
    signal input salt;
    signal input streamIn[6][48];
    signal input outSalt;
    signal input h0_ln2_gammaQ[48];
    signal input h0_ln2_betaQ[48];
    signal input h0_mlp_wFc[192][48];
    signal input h0_mlp_bFc[192];
    signal input h0_mlp_wProj[48][192];
    signal input h0_mlp_bProj[48];

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

    // h0_ln2: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h0_ln2_sumX[6];
    signal h0_ln2_centered[6][48];
    signal h0_ln2_varQ[6];
    signal h0_ln2_sd[6];
    signal h0_ln2_invSd[6];
    signal h0_ln2_yAcc[6][48];
    signal h0_ln2_yQ[6][48];
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
    component h0_ln2_ln = LayerNorm(6, 48, 4205254847, 33, 6, 0, 25, 26, 18, 12);
    h0_ln2_ln.gamma <== h0_ln2_gammaQ;
    h0_ln2_ln.beta <== h0_ln2_betaQ;
    h0_ln2_ln.x <== streamIn;
    h0_ln2_sumX <== h0_ln2_ln.sumX;
    h0_ln2_centered <== h0_ln2_ln.centered;
    h0_ln2_varQ <== h0_ln2_ln.varQ;
    h0_ln2_sd <== h0_ln2_ln.sd;
    h0_ln2_invSd <== h0_ln2_ln.invSd;
    h0_ln2_yAcc <== h0_ln2_ln.yAcc;
    h0_ln2_yQ <== h0_ln2_ln.yQ;

    // h0_mlp: MLP c_fc -> i-GELU on the accumulator -> c_proj -> output requantization (src/stages/mlp.ts).
    signal h0_mlp_fcAcc[6][192];
    signal h0_mlp_u[6][192];
    signal h0_mlp_gAcc[6][192];
    signal h0_mlp_projAcc[6][48];
    signal h0_mlp_outQ[6][48];
    // Private weights: the commitment's packings are their range checks (int8 weights, biases
    // to fcBiasBits = 14 / projBiasBits = 63 signed bits).
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
    component h0_mlp_packBFc = PackSigned(192, 14);
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
    component h0_mlp_fc = ClaimedDense(6, 48, 192);
    h0_mlp_fc.w <== h0_mlp_wFc;
    h0_mlp_fc.b <== h0_mlp_bFc;
    h0_mlp_fc.x <== h0_ln2_yQ;
    h0_mlp_fcAcc <== h0_mlp_fc.acc;
    var h0_mlp_cm[192] = h0_mlp_clipExp();
    var h0_mlp_ab[192] = h0_mlp_aBits();
    var h0_mlp_os[48] = h0_mlp_outShift();
    var h0_mlp_yb[48] = h0_mlp_yBits();
    component h0_mlp_gelu[6][192];
    for (var h0_mlp_t = 0; h0_mlp_t < 6; h0_mlp_t++) {
        for (var h0_mlp_j = 0; h0_mlp_j < 192; h0_mlp_j++) {
            // I-BERT i-GELU on the accumulator: the clip point is |fcAcc| = 2^clipExp[j].
            h0_mlp_gelu[h0_mlp_t][h0_mlp_j] = GeluPow2(h0_mlp_ab[h0_mlp_j], h0_mlp_cm[h0_mlp_j], 12, -59229, 1099511627776);
            h0_mlp_gelu[h0_mlp_t][h0_mlp_j].f <== h0_mlp_fcAcc[h0_mlp_t][h0_mlp_j];
            h0_mlp_u[h0_mlp_t][h0_mlp_j] <== h0_mlp_gelu[h0_mlp_t][h0_mlp_j].u;
            h0_mlp_gAcc[h0_mlp_t][h0_mlp_j] <== h0_mlp_gelu[h0_mlp_t][h0_mlp_j].gAcc;
        }
    }
    component h0_mlp_proj = ClaimedDense(6, 192, 48);
    h0_mlp_proj.w <== h0_mlp_wProj;
    h0_mlp_proj.b <== h0_mlp_bProj;
    h0_mlp_proj.x <== h0_mlp_gAcc;
    h0_mlp_projAcc <== h0_mlp_proj.acc;
    component h0_mlp_outReq[6][48];
    component h0_mlp_outRange[6][48];
    for (var h0_mlp_t = 0; h0_mlp_t < 6; h0_mlp_t++) {
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
    component h0_mlp_packX = PackOffset(288, 8);
    for (var h0_mlp_t = 0; h0_mlp_t < 6; h0_mlp_t++) {
        for (var h0_mlp_i = 0; h0_mlp_i < 48; h0_mlp_i++) {
            h0_mlp_packX.in[h0_mlp_t * 48 + h0_mlp_i] <== h0_ln2_yQ[h0_mlp_t][h0_mlp_i];
        }
    }
    signal h0_mlp_packF[96];
    for (var h0_mlp_e = 0; h0_mlp_e < 96; h0_mlp_e++) {
        var h0_mlp_lc = 0;
        for (var h0_mlp_k = 0; h0_mlp_k < 12; h0_mlp_k++) {
            var h0_mlp_v = h0_mlp_e * 12 + h0_mlp_k;
            if (h0_mlp_v < 1152) {
                var h0_mlp_pt = h0_mlp_v \ 192;
                var h0_mlp_pj = h0_mlp_v % 192;
                h0_mlp_lc += (h0_mlp_fcAcc[h0_mlp_pt][h0_mlp_pj] + 2 ** h0_mlp_ab[h0_mlp_pj]) * 2 ** (21 * h0_mlp_k);
            }
        }
        h0_mlp_packF[h0_mlp_e] <== h0_mlp_lc;
    }
    signal h0_mlp_packP[96];
    for (var h0_mlp_e = 0; h0_mlp_e < 96; h0_mlp_e++) {
        var h0_mlp_lc = 0;
        for (var h0_mlp_k = 0; h0_mlp_k < 3; h0_mlp_k++) {
            var h0_mlp_v = h0_mlp_e * 3 + h0_mlp_k;
            if (h0_mlp_v < 288) {
                var h0_mlp_pt = h0_mlp_v \ 48;
                var h0_mlp_pj = h0_mlp_v % 48;
                h0_mlp_lc += (h0_mlp_projAcc[h0_mlp_pt][h0_mlp_pj] + 2 ** (h0_mlp_os[h0_mlp_pj] - 1) + 2 ** (h0_mlp_os[h0_mlp_pj] + h0_mlp_yb[h0_mlp_pj] - 1)) * 2 ** (77 * h0_mlp_k);
            }
        }
        h0_mlp_packP[h0_mlp_e] <== h0_mlp_lc;
    }
    component h0_mlp_challenge = Sponge(821, 4);
    for (var h0_mlp_e = 0; h0_mlp_e < 619; h0_mlp_e++) {
        h0_mlp_challenge.in[h0_mlp_e] <== h0_mlp_commitment[h0_mlp_e];
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 10; h0_mlp_e++) {
        h0_mlp_challenge.in[619 + h0_mlp_e] <== h0_mlp_packX.out[h0_mlp_e];
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 96; h0_mlp_e++) {
        h0_mlp_challenge.in[629 + h0_mlp_e] <== h0_mlp_packF[h0_mlp_e];
    }
    for (var h0_mlp_e = 0; h0_mlp_e < 96; h0_mlp_e++) {
        h0_mlp_challenge.in[725 + h0_mlp_e] <== h0_mlp_packP[h0_mlp_e];
    }
    signal h0_mlp_rho;
    h0_mlp_rho <== h0_mlp_challenge.out;
    // Why: the two private-weight products, each checked by one random linear combination per row.
    component h0_mlp_checkFc = FreivaldsDense(6, 48, 192);
    h0_mlp_checkFc.x <== h0_ln2_yQ;
    h0_mlp_checkFc.w <== h0_mlp_wFc;
    h0_mlp_checkFc.b <== h0_mlp_bFc;
    h0_mlp_checkFc.acc <== h0_mlp_fcAcc;
    h0_mlp_checkFc.rho <== h0_mlp_rho;
    component h0_mlp_checkProj = FreivaldsDense(6, 192, 48);
    h0_mlp_checkProj.x <== h0_mlp_gAcc;
    h0_mlp_checkProj.w <== h0_mlp_wProj;
    h0_mlp_checkProj.b <== h0_mlp_bProj;
    h0_mlp_checkProj.acc <== h0_mlp_projAcc;
    h0_mlp_checkProj.rho <== h0_mlp_rho;

    // h0_mlpResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h0_mlpResid_sumAcc[6][48];
    signal h0_mlpResid_outQ[6][48];
    component h0_mlpResid_add = ResidualAdd(6, 48, h0_mlpResid_ma(), h0_mlpResid_mb(), h0_mlpResid_shift(), h0_mlpResid_yBits(), 16, 23);
    h0_mlpResid_add.a <== streamIn;
    h0_mlpResid_add.b <== h0_mlp_outQ;
    h0_mlpResid_sumAcc <== h0_mlpResid_add.sumAcc;
    h0_mlpResid_outQ <== h0_mlpResid_add.outQ;

    // outputCommitment: Sponge(5) over the residual stream after h0.mlpResid, the tokens and
    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).
    component streamOutPack = PackOffset(288, 16);
    for (var glue_t = 0; glue_t < 6; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamOutPack.in[glue_t * 48 + glue_i] <== h0_mlpResid_outQ[glue_t][glue_i];
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
    component modelHash = Sponge(625, 1);
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[0 + glue_e] <== h0_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 619; glue_e++) {
        modelHash.in[6 + glue_e] <== h0_mlp_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MingptAdderModelSeg2of6();
