// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/gpt-nano-sort/quantized-model.json (sha256:48f8bbe0a691db13d2149bf04cc3c209692926abeeaed15d100333caf62d685a). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 4 of 4 of the whole model (lnF .. argmax; src/circuit/segments.ts), private committed weights:
// T = 11 tokens (prompt 6 + generated 6 − 1), d_model 48, 3 heads, 3 layers, vocabulary 3.
// Stages: lnF, lmHead, argmax.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/lmhead.circom";
include "circuits/lib/argmax.circom";



// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt (of the cut before), streamIn, every stage's parameters.
template GptNanoSortModelSeg4of4() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[11];
    signal input salt;
    signal input streamIn[11][48];
    signal input lnF_gammaQ[48];
    signal input lnF_betaQ[48];
    signal input lmHead_w[3][48];

    // Why: the argmax reads the tokens one by one; range-checking each to 16 signed bits makes their packing
    // injective, so they are the tokens the first segment's embedding read (src/circuit/segments.ts).
    component tokensPack = PackSigned(11, 16);
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

    // lnF: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal lnF_sumX[11];
    signal lnF_centered[11][48];
    signal lnF_varQ[11];
    signal lnF_sd[11];
    signal lnF_invSd[11];
    signal lnF_yAcc[11][48];
    signal lnF_yQ[11][48];
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
    component lnF_ln = LayerNorm(11, 48, 92886013, 33, 6, 0, 25, 26, 20, 12);
    lnF_ln.gamma <== lnF_gammaQ;
    lnF_ln.beta <== lnF_betaQ;
    lnF_ln.x <== streamIn;
    lnF_sumX <== lnF_ln.sumX;
    lnF_centered <== lnF_ln.centered;
    lnF_varQ <== lnF_ln.varQ;
    lnF_sd <== lnF_ln.sd;
    lnF_invSd <== lnF_ln.invSd;
    lnF_yAcc <== lnF_ln.yAcc;
    lnF_yQ <== lnF_ln.yQ;

    // lmHead: lm_head with private weights: the commitment's packing range-checks them to int8.
    component lmHead_packW = PackSigned(144, 8);
    for (var lmHead_v = 0; lmHead_v < 3; lmHead_v++) {
        for (var lmHead_i = 0; lmHead_i < 48; lmHead_i++) {
            lmHead_packW.in[lmHead_v * 48 + lmHead_i] <== lmHead_w[lmHead_v][lmHead_i];
        }
    }
    signal lmHead_commitment[5];
    lmHead_commitment <== lmHead_packW.out;
    signal lmHead_logitAcc[11][3];
    component lmHead_head = LmHead(11, 48, 3);
    lmHead_head.xQ <== lnF_yQ;
    lmHead_head.w <== lmHead_w;
    lmHead_logitAcc <== lmHead_head.logitAcc;

    // argmax: argmax (ties to the lowest index) at positions 5..10 and the greedy check
    // (src/stages/argmax.ts; gaps 21 bits from |logit| <= 780288).
    signal argmax_oneHot[6][3];
    signal argmax_gap[6][3];
    signal argmax_best[6];
    signal argmax_generated[6];
    component argmax_row[6];
    for (var argmax_g = 0; argmax_g < 6; argmax_g++) {
        argmax_row[argmax_g] = ArgmaxRow(3, 21);
        argmax_row[argmax_g].logits <== lmHead_logitAcc[5 + argmax_g];
        argmax_oneHot[argmax_g] <== argmax_row[argmax_g].oneHot;
        argmax_gap[argmax_g] <== argmax_row[argmax_g].gap;
        argmax_best[argmax_g] <== argmax_row[argmax_g].best;
        argmax_generated[argmax_g] <== argmax_row[argmax_g].index;
    }
    // Why: greedy decoding: the argmax at position t is the next input token (t = P - 1 .. T - 2).
    for (var argmax_g = 0; argmax_g < 5; argmax_g++) {
        argmax_generated[argmax_g] === tokens[6 + argmax_g];
    }
    // Positions before P - 1 are not checked (their logits and the prompt tokens feed nothing here).
    for (var argmax_t = 0; argmax_t < 5; argmax_t++) {
        _ <== lmHead_logitAcc[argmax_t];
    }
    for (var argmax_t = 0; argmax_t < 6; argmax_t++) {
        _ <== tokens[argmax_t];
    }

    // Output: the 6 generated tokens, 16 bits each, token i at bits 16i..16i+15 (linear: the
    // argmax one-hots prove every generated token in [0, 3)).
    outputCommitment === argmax_generated[0] + argmax_generated[1] * 65536 + argmax_generated[2] * 4294967296 + argmax_generated[3] * 281474976710656 + argmax_generated[4] * 18446744073709551616 + argmax_generated[5] * 1208925819614629174706176;
    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.
    component modelHash = Sponge(11, 1);
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[0 + glue_e] <== lnF_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 5; glue_e++) {
        modelHash.in[6 + glue_e] <== lmHead_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = GptNanoSortModelSeg4of4();
