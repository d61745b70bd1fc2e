// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/mingpt-adder/quantized-model.json (sha256:d09e844c12aeda5f5a18f268a960c921b9d987067211b16fe9c0db8d26ca8a65). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 6 of 6 of the whole model (h2.ln2 .. argmax; src/circuit/segments.ts), private committed weights:
// T = 6 tokens (prompt 4 + generated 3 − 1), d_model 48, 3 heads, 3 layers, vocabulary 10.
// Stages: h2.ln2, h2.mlp, h2.mlpResid, lnF, lmHead, argmax.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/mlp.circom";
include "circuits/lib/residual.circom";
include "circuits/lib/lmhead.circom";
include "circuits/lib/argmax.circom";

// h2_mlp: MLP clip exponents, GeluPow2 widths, output shifts and widths (compile-time in both
// weights modes).
function h2_mlp_clipExp() {
    var v[192] = [17, 17, 15, 16, 17, 17, 17, 16, 17, 17, 17, 17, 15, 17, 17, 15, 17, 17, 16, 17, 17, 16, 17, 16, 17, 16, 17, 16, 16, 17, 16, 16, 17, 18, 16, 17, 16, 16, 17, 17, 17, 17, 16, 16, 16, 16, 16, 17, 17, 17, 17, 18, 17, 17, 17, 16, 16, 17, 16, 17, 16, 17, 17, 17, 16, 16, 18, 16, 17, 16, 18, 16, 17, 16, 17, 17, 16, 16, 17, 18, 17, 18, 17, 16, 17, 16, 16, 16, 17, 17, 16, 16, 16, 16, 17, 17, 16, 16, 16, 17, 17, 16, 16, 16, 16, 17, 16, 16, 17, 16, 17, 17, 16, 16, 17, 17, 17, 17, 17, 18, 17, 17, 16, 17, 17, 17, 16, 16, 17, 16, 17, 16, 16, 17, 16, 17, 17, 16, 17, 16, 16, 16, 16, 17, 15, 16, 16, 17, 17, 16, 18, 16, 17, 16, 17, 16, 15, 17, 17, 17, 17, 17, 18, 18, 16, 17, 16, 16, 16, 17, 16, 16, 16, 17, 16, 17, 16, 17, 17, 16, 16, 17, 17, 17, 17, 17, 17, 16, 16, 16, 16, 17];
    return v;
}

function h2_mlp_aBits() {
    var v[192] = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    return v;
}

function h2_mlp_outShift() {
    var v[48] = [49, 50, 49, 49, 49, 48, 49, 50, 48, 48, 48, 48, 49, 48, 48, 48, 49, 49, 49, 49, 49, 49, 50, 48, 48, 49, 49, 49, 48, 49, 49, 48, 49, 50, 49, 48, 47, 49, 48, 48, 48, 48, 49, 48, 48, 49, 49, 48];
    return v;
}

function h2_mlp_yBits() {
    var v[48] = [28, 27, 28, 28, 28, 29, 28, 27, 29, 29, 29, 29, 28, 29, 29, 29, 28, 28, 28, 28, 28, 28, 27, 29, 29, 28, 28, 28, 29, 28, 28, 29, 28, 27, 28, 29, 30, 28, 29, 29, 29, 29, 28, 29, 29, 28, 28, 29];
    return v;
}

function h2_mlpResid_ma() {
    var v[48] = [76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456, 76456];
    return v;
}

function h2_mlpResid_mb() {
    var v[48] = [32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768, 32768];
    return v;
}

function h2_mlpResid_shift() {
    var v[48] = [17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17];
    return v;
}

function h2_mlpResid_yBits() {
    var v[48] = [21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt (of the cut before), streamIn, every stage's parameters.
template MingptAdderModelSeg6of6() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[6];
    signal input salt;
    signal input streamIn[6][48];
    signal input h2_ln2_gammaQ[48];
    signal input h2_ln2_betaQ[48];
    signal input h2_mlp_wFc[192][48];
    signal input h2_mlp_bFc[192];
    signal input h2_mlp_wProj[48][192];
    signal input h2_mlp_bProj[48];
    signal input lnF_gammaQ[48];
    signal input lnF_betaQ[48];
    signal input lmHead_w[10][48];

    // Why: the argmax reads the tokens one by one; range-checking each to 16 signed bits makes their packing
    // injective, so they are the tokens the first segment's embedding read (src/circuit/segments.ts).
    component tokensPack = PackSigned(6, 16);
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

    // h2_ln2: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h2_ln2_sumX[6];
    signal h2_ln2_centered[6][48];
    signal h2_ln2_varQ[6];
    signal h2_ln2_sd[6];
    signal h2_ln2_invSd[6];
    signal h2_ln2_yAcc[6][48];
    signal h2_ln2_yQ[6][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h2_ln2_packGamma = PackSigned(48, 16);
    h2_ln2_packGamma.in <== h2_ln2_gammaQ;
    component h2_ln2_packBeta = PackSigned(48, 9);
    h2_ln2_packBeta.in <== h2_ln2_betaQ;
    signal h2_ln2_commitment[6];
    for (var e = 0; e < 4; e++) {
        h2_ln2_commitment[e] <== h2_ln2_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h2_ln2_commitment[4 + e] <== h2_ln2_packBeta.out[e];
    }
    component h2_ln2_ln = LayerNorm(6, 48, 834160396, 33, 6, 0, 25, 26, 19, 11);
    h2_ln2_ln.gamma <== h2_ln2_gammaQ;
    h2_ln2_ln.beta <== h2_ln2_betaQ;
    h2_ln2_ln.x <== streamIn;
    h2_ln2_sumX <== h2_ln2_ln.sumX;
    h2_ln2_centered <== h2_ln2_ln.centered;
    h2_ln2_varQ <== h2_ln2_ln.varQ;
    h2_ln2_sd <== h2_ln2_ln.sd;
    h2_ln2_invSd <== h2_ln2_ln.invSd;
    h2_ln2_yAcc <== h2_ln2_ln.yAcc;
    h2_ln2_yQ <== h2_ln2_ln.yQ;

    // h2_mlp: MLP c_fc -> i-GELU on the accumulator -> c_proj -> output requantization (src/stages/mlp.ts).
    signal h2_mlp_fcAcc[6][192];
    signal h2_mlp_u[6][192];
    signal h2_mlp_gAcc[6][192];
    signal h2_mlp_projAcc[6][48];
    signal h2_mlp_outQ[6][48];
    // Private weights: the commitment's packings are their range checks (int8 weights, biases
    // to fcBiasBits = 13 / projBiasBits = 63 signed bits).
    signal h2_mlp_commitment[619];
    component h2_mlp_packWFc = PackSigned(9216, 8);
    for (var h2_mlp_r = 0; h2_mlp_r < 192; h2_mlp_r++) {
        for (var h2_mlp_c = 0; h2_mlp_c < 48; h2_mlp_c++) {
            h2_mlp_packWFc.in[h2_mlp_r * 48 + h2_mlp_c] <== h2_mlp_wFc[h2_mlp_r][h2_mlp_c];
        }
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 298; h2_mlp_e++) {
        h2_mlp_commitment[0 + h2_mlp_e] <== h2_mlp_packWFc.out[h2_mlp_e];
    }
    component h2_mlp_packBFc = PackSigned(192, 13);
    h2_mlp_packBFc.in <== h2_mlp_bFc;
    for (var h2_mlp_e = 0; h2_mlp_e < 11; h2_mlp_e++) {
        h2_mlp_commitment[298 + h2_mlp_e] <== h2_mlp_packBFc.out[h2_mlp_e];
    }
    component h2_mlp_packWProj = PackSigned(9216, 8);
    for (var h2_mlp_r = 0; h2_mlp_r < 48; h2_mlp_r++) {
        for (var h2_mlp_c = 0; h2_mlp_c < 192; h2_mlp_c++) {
            h2_mlp_packWProj.in[h2_mlp_r * 192 + h2_mlp_c] <== h2_mlp_wProj[h2_mlp_r][h2_mlp_c];
        }
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 298; h2_mlp_e++) {
        h2_mlp_commitment[309 + h2_mlp_e] <== h2_mlp_packWProj.out[h2_mlp_e];
    }
    component h2_mlp_packBProj = PackSigned(48, 63);
    h2_mlp_packBProj.in <== h2_mlp_bProj;
    for (var h2_mlp_e = 0; h2_mlp_e < 12; h2_mlp_e++) {
        h2_mlp_commitment[607 + h2_mlp_e] <== h2_mlp_packBProj.out[h2_mlp_e];
    }
    component h2_mlp_fc = ClaimedDense(6, 48, 192);
    h2_mlp_fc.w <== h2_mlp_wFc;
    h2_mlp_fc.b <== h2_mlp_bFc;
    h2_mlp_fc.x <== h2_ln2_yQ;
    h2_mlp_fcAcc <== h2_mlp_fc.acc;
    var h2_mlp_cm[192] = h2_mlp_clipExp();
    var h2_mlp_ab[192] = h2_mlp_aBits();
    var h2_mlp_os[48] = h2_mlp_outShift();
    var h2_mlp_yb[48] = h2_mlp_yBits();
    component h2_mlp_gelu[6][192];
    for (var h2_mlp_t = 0; h2_mlp_t < 6; h2_mlp_t++) {
        for (var h2_mlp_j = 0; h2_mlp_j < 192; h2_mlp_j++) {
            // I-BERT i-GELU on the accumulator: the clip point is |fcAcc| = 2^clipExp[j].
            h2_mlp_gelu[h2_mlp_t][h2_mlp_j] = GeluPow2(h2_mlp_ab[h2_mlp_j], h2_mlp_cm[h2_mlp_j], 12, -59229, 1099511627776);
            h2_mlp_gelu[h2_mlp_t][h2_mlp_j].f <== h2_mlp_fcAcc[h2_mlp_t][h2_mlp_j];
            h2_mlp_u[h2_mlp_t][h2_mlp_j] <== h2_mlp_gelu[h2_mlp_t][h2_mlp_j].u;
            h2_mlp_gAcc[h2_mlp_t][h2_mlp_j] <== h2_mlp_gelu[h2_mlp_t][h2_mlp_j].gAcc;
        }
    }
    component h2_mlp_proj = ClaimedDense(6, 192, 48);
    h2_mlp_proj.w <== h2_mlp_wProj;
    h2_mlp_proj.b <== h2_mlp_bProj;
    h2_mlp_proj.x <== h2_mlp_gAcc;
    h2_mlp_projAcc <== h2_mlp_proj.acc;
    component h2_mlp_outReq[6][48];
    component h2_mlp_outRange[6][48];
    for (var h2_mlp_t = 0; h2_mlp_t < 6; h2_mlp_t++) {
        for (var h2_mlp_j = 0; h2_mlp_j < 48; h2_mlp_j++) {
            // MLP output: round(projAcc / 2^outShift), its quotient range-checked.
            h2_mlp_outReq[h2_mlp_t][h2_mlp_j] = RoundShift(1, h2_mlp_os[h2_mlp_j]);
            h2_mlp_outReq[h2_mlp_t][h2_mlp_j].in <== h2_mlp_projAcc[h2_mlp_t][h2_mlp_j];
            h2_mlp_outQ[h2_mlp_t][h2_mlp_j] <== h2_mlp_outReq[h2_mlp_t][h2_mlp_j].out;
            h2_mlp_outRange[h2_mlp_t][h2_mlp_j] = RangeCheck(h2_mlp_yb[h2_mlp_j]);
            h2_mlp_outRange[h2_mlp_t][h2_mlp_j].in <== h2_mlp_outQ[h2_mlp_t][h2_mlp_j] + 2 ** (h2_mlp_yb[h2_mlp_j] - 1);
        }
    }
    // Freivalds (docs/design.md "Soundness rules" 7): the challenge is a Poseidon sponge over the
    // committed weights and biases (<id>_commitment), xQ (int8 by the upstream clamp, packed),
    // the claimed fcAcc (fcAcc + 2^aBits in [0, 2^(aBits+1)) by GeluPow2's |fcAcc| bits) and the
    // claimed projAcc through its requantization's range-checked (y, rem): rem + 2^k (y + 2^(yBits-1))
    // = projAcc + 2^(k-1) + 2^(k+yBits-1) in [0, 2^(k+yBits)). gAcc is a constrained function of fcAcc.
    component h2_mlp_packX = PackOffset(288, 8);
    for (var h2_mlp_t = 0; h2_mlp_t < 6; h2_mlp_t++) {
        for (var h2_mlp_i = 0; h2_mlp_i < 48; h2_mlp_i++) {
            h2_mlp_packX.in[h2_mlp_t * 48 + h2_mlp_i] <== h2_ln2_yQ[h2_mlp_t][h2_mlp_i];
        }
    }
    signal h2_mlp_packF[96];
    for (var h2_mlp_e = 0; h2_mlp_e < 96; h2_mlp_e++) {
        var h2_mlp_lc = 0;
        for (var h2_mlp_k = 0; h2_mlp_k < 12; h2_mlp_k++) {
            var h2_mlp_v = h2_mlp_e * 12 + h2_mlp_k;
            if (h2_mlp_v < 1152) {
                var h2_mlp_pt = h2_mlp_v \ 192;
                var h2_mlp_pj = h2_mlp_v % 192;
                h2_mlp_lc += (h2_mlp_fcAcc[h2_mlp_pt][h2_mlp_pj] + 2 ** h2_mlp_ab[h2_mlp_pj]) * 2 ** (21 * h2_mlp_k);
            }
        }
        h2_mlp_packF[h2_mlp_e] <== h2_mlp_lc;
    }
    signal h2_mlp_packP[96];
    for (var h2_mlp_e = 0; h2_mlp_e < 96; h2_mlp_e++) {
        var h2_mlp_lc = 0;
        for (var h2_mlp_k = 0; h2_mlp_k < 3; h2_mlp_k++) {
            var h2_mlp_v = h2_mlp_e * 3 + h2_mlp_k;
            if (h2_mlp_v < 288) {
                var h2_mlp_pt = h2_mlp_v \ 48;
                var h2_mlp_pj = h2_mlp_v % 48;
                h2_mlp_lc += (h2_mlp_projAcc[h2_mlp_pt][h2_mlp_pj] + 2 ** (h2_mlp_os[h2_mlp_pj] - 1) + 2 ** (h2_mlp_os[h2_mlp_pj] + h2_mlp_yb[h2_mlp_pj] - 1)) * 2 ** (77 * h2_mlp_k);
            }
        }
        h2_mlp_packP[h2_mlp_e] <== h2_mlp_lc;
    }
    component h2_mlp_challenge = Sponge(821, 4);
    for (var h2_mlp_e = 0; h2_mlp_e < 619; h2_mlp_e++) {
        h2_mlp_challenge.in[h2_mlp_e] <== h2_mlp_commitment[h2_mlp_e];
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 10; h2_mlp_e++) {
        h2_mlp_challenge.in[619 + h2_mlp_e] <== h2_mlp_packX.out[h2_mlp_e];
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 96; h2_mlp_e++) {
        h2_mlp_challenge.in[629 + h2_mlp_e] <== h2_mlp_packF[h2_mlp_e];
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 96; h2_mlp_e++) {
        h2_mlp_challenge.in[725 + h2_mlp_e] <== h2_mlp_packP[h2_mlp_e];
    }
    signal h2_mlp_rho;
    h2_mlp_rho <== h2_mlp_challenge.out;
    // Why: the two private-weight products, each checked by one random linear combination per row.
    component h2_mlp_checkFc = FreivaldsDense(6, 48, 192);
    h2_mlp_checkFc.x <== h2_ln2_yQ;
    h2_mlp_checkFc.w <== h2_mlp_wFc;
    h2_mlp_checkFc.b <== h2_mlp_bFc;
    h2_mlp_checkFc.acc <== h2_mlp_fcAcc;
    h2_mlp_checkFc.rho <== h2_mlp_rho;
    component h2_mlp_checkProj = FreivaldsDense(6, 192, 48);
    h2_mlp_checkProj.x <== h2_mlp_gAcc;
    h2_mlp_checkProj.w <== h2_mlp_wProj;
    h2_mlp_checkProj.b <== h2_mlp_bProj;
    h2_mlp_checkProj.acc <== h2_mlp_projAcc;
    h2_mlp_checkProj.rho <== h2_mlp_rho;

    // h2_mlpResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h2_mlpResid_sumAcc[6][48];
    signal h2_mlpResid_outQ[6][48];
    component h2_mlpResid_add = ResidualAdd(6, 48, h2_mlpResid_ma(), h2_mlpResid_mb(), h2_mlpResid_shift(), h2_mlpResid_yBits(), 16, 22);
    h2_mlpResid_add.a <== streamIn;
    h2_mlpResid_add.b <== h2_mlp_outQ;
    h2_mlpResid_sumAcc <== h2_mlpResid_add.sumAcc;
    h2_mlpResid_outQ <== h2_mlpResid_add.outQ;

    // lnF: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal lnF_sumX[6];
    signal lnF_centered[6][48];
    signal lnF_varQ[6];
    signal lnF_sd[6];
    signal lnF_invSd[6];
    signal lnF_yAcc[6][48];
    signal lnF_yQ[6][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component lnF_packGamma = PackSigned(48, 17);
    lnF_packGamma.in <== lnF_gammaQ;
    component lnF_packBeta = PackSigned(48, 9);
    lnF_packBeta.in <== lnF_betaQ;
    signal lnF_commitment[6];
    for (var e = 0; e < 4; e++) {
        lnF_commitment[e] <== lnF_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        lnF_commitment[4 + e] <== lnF_packBeta.out[e];
    }
    component lnF_ln = LayerNorm(6, 48, 283825769, 33, 6, 0, 25, 26, 19, 12);
    lnF_ln.gamma <== lnF_gammaQ;
    lnF_ln.beta <== lnF_betaQ;
    lnF_ln.x <== h2_mlpResid_outQ;
    lnF_sumX <== lnF_ln.sumX;
    lnF_centered <== lnF_ln.centered;
    lnF_varQ <== lnF_ln.varQ;
    lnF_sd <== lnF_ln.sd;
    lnF_invSd <== lnF_ln.invSd;
    lnF_yAcc <== lnF_ln.yAcc;
    lnF_yQ <== lnF_ln.yQ;

    // lmHead: lm_head with private weights: the commitment's packing range-checks them to int8.
    component lmHead_packW = PackSigned(480, 8);
    for (var lmHead_v = 0; lmHead_v < 10; lmHead_v++) {
        for (var lmHead_i = 0; lmHead_i < 48; lmHead_i++) {
            lmHead_packW.in[lmHead_v * 48 + lmHead_i] <== lmHead_w[lmHead_v][lmHead_i];
        }
    }
    signal lmHead_commitment[16];
    lmHead_commitment <== lmHead_packW.out;
    signal lmHead_logitAcc[6][10];
    component lmHead_head = LmHead(6, 48, 10);
    lmHead_head.xQ <== lnF_yQ;
    lmHead_head.w <== lmHead_w;
    lmHead_logitAcc <== lmHead_head.logitAcc;

    // argmax: argmax (ties to the lowest index) at positions 3..5 and the greedy check
    // (src/stages/argmax.ts; gaps 21 bits from |logit| <= 780288).
    signal argmax_oneHot[3][10];
    signal argmax_gap[3][10];
    signal argmax_best[3];
    signal argmax_generated[3];
    component argmax_row[3];
    for (var argmax_g = 0; argmax_g < 3; argmax_g++) {
        argmax_row[argmax_g] = ArgmaxRow(10, 21);
        argmax_row[argmax_g].logits <== lmHead_logitAcc[3 + argmax_g];
        argmax_oneHot[argmax_g] <== argmax_row[argmax_g].oneHot;
        argmax_gap[argmax_g] <== argmax_row[argmax_g].gap;
        argmax_best[argmax_g] <== argmax_row[argmax_g].best;
        argmax_generated[argmax_g] <== argmax_row[argmax_g].index;
    }
    // Why: greedy decoding: the argmax at position t is the next input token (t = P - 1 .. T - 2).
    for (var argmax_g = 0; argmax_g < 2; argmax_g++) {
        argmax_generated[argmax_g] === tokens[4 + argmax_g];
    }
    // Positions before P - 1 are not checked (their logits and the prompt tokens feed nothing here).
    for (var argmax_t = 0; argmax_t < 3; argmax_t++) {
        _ <== lmHead_logitAcc[argmax_t];
    }
    for (var argmax_t = 0; argmax_t < 4; argmax_t++) {
        _ <== tokens[argmax_t];
    }

    // Output: the 3 generated tokens, 16 bits each, token i at bits 16i..16i+15 (linear: the
    // argmax one-hots prove every generated token in [0, 10)).
    outputCommitment === argmax_generated[0] + argmax_generated[1] * 65536 + argmax_generated[2] * 4294967296;
    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.
    component modelHash = Sponge(647, 1);
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[0 + glue_e] <== h2_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 619; glue_e++) {
        modelHash.in[6 + glue_e] <== h2_mlp_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[625 + glue_e] <== lnF_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 16; glue_e++) {
        modelHash.in[631 + glue_e] <== lmHead_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MingptAdderModelSeg6of6();
