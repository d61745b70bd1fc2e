// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/mingpt-adder/quantized-model.json (sha256:d09e844c12aeda5f5a18f268a960c921b9d987067211b16fe9c0db8d26ca8a65). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Whole model, private committed weights:
// T = 6 tokens (prompt 4 + generated 3 − 1), d_model 48, 3 heads, 3 layers, vocabulary 10.
// Stages: embedding, h0.ln1, h0.attention, h0.attnResid, h0.ln2, h0.mlp, h0.mlpResid, h1.ln1, h1.attention, h1.attnResid, h1.ln2, h1.mlp, h1.mlpResid, h2.ln1, h2.attention, h2.attnResid, h2.ln2, h2.mlp, h2.mlpResid, lnF, lmHead, argmax.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/embedding.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/attention.circom";
include "circuits/lib/residual.circom";
include "circuits/lib/mlp.circom";
include "circuits/lib/lmhead.circom";
include "circuits/lib/argmax.circom";

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

// h1_mlp: MLP clip exponents, GeluPow2 widths, output shifts and widths (compile-time in both
// weights modes).
function h1_mlp_clipExp() {
    var v[192] = [18, 17, 18, 17, 17, 17, 17, 17, 17, 17, 17, 16, 17, 18, 16, 17, 18, 18, 18, 17, 18, 17, 17, 17, 17, 18, 18, 18, 17, 17, 17, 17, 18, 16, 17, 17, 17, 18, 17, 18, 17, 18, 17, 17, 17, 17, 18, 17, 17, 16, 17, 18, 18, 18, 17, 17, 17, 17, 17, 17, 17, 17, 16, 18, 17, 17, 17, 16, 17, 17, 16, 17, 17, 17, 17, 16, 17, 18, 18, 17, 17, 17, 16, 18, 17, 17, 18, 17, 18, 16, 18, 17, 17, 17, 17, 17, 17, 17, 16, 18, 17, 17, 16, 18, 16, 17, 16, 17, 18, 17, 17, 17, 17, 18, 17, 18, 16, 17, 17, 17, 16, 18, 17, 17, 18, 17, 17, 17, 16, 16, 17, 18, 17, 17, 16, 17, 16, 17, 18, 17, 18, 16, 17, 17, 16, 18, 16, 18, 17, 17, 16, 17, 17, 17, 17, 16, 18, 17, 17, 17, 18, 17, 18, 18, 17, 18, 17, 16, 17, 16, 18, 17, 18, 17, 17, 18, 17, 18, 16, 18, 17, 17, 16, 18, 17, 18, 17, 17, 16, 18, 18, 18];
    return v;
}

function h1_mlp_aBits() {
    var v[192] = [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    return v;
}

function h1_mlp_outShift() {
    var v[48] = [49, 50, 49, 49, 49, 49, 49, 49, 49, 49, 50, 50, 49, 49, 49, 50, 49, 49, 50, 49, 49, 49, 50, 50, 49, 50, 50, 50, 49, 49, 50, 49, 49, 49, 49, 49, 49, 49, 49, 49, 50, 49, 49, 49, 50, 50, 49, 49];
    return v;
}

function h1_mlp_yBits() {
    var v[48] = [28, 27, 28, 28, 28, 28, 28, 28, 28, 28, 27, 27, 28, 28, 28, 27, 28, 28, 27, 28, 28, 28, 27, 27, 28, 27, 27, 27, 28, 28, 27, 28, 28, 28, 28, 28, 28, 28, 28, 28, 27, 28, 28, 28, 27, 27, 28, 28];
    return v;
}

function h1_mlpResid_ma() {
    var v[48] = [114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918, 114918];
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
    var v[48] = [21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21];
    return v;
}

function h2_attnResid_ma() {
    var v[48] = [56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077, 56077];
    return v;
}

function h2_attnResid_mb() {
    var v[48] = [6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606, 6836606];
    return v;
}

function h2_attnResid_shift() {
    var v[48] = [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16];
    return v;
}

function h2_attnResid_yBits() {
    var v[48] = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18];
    return v;
}

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

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt, every stage's parameters.
template MingptAdderModel() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[6];
    signal input salt;
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
    signal input h0_ln2_gammaQ[48];
    signal input h0_ln2_betaQ[48];
    signal input h0_mlp_wFc[192][48];
    signal input h0_mlp_bFc[192];
    signal input h0_mlp_wProj[48][192];
    signal input h0_mlp_bProj[48];
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
    signal input h2_ln1_gammaQ[48];
    signal input h2_ln1_betaQ[48];
    signal input h2_attention_wq[48][48];
    signal input h2_attention_wk[48][48];
    signal input h2_attention_wv[48][48];
    signal input h2_attention_wo[48][48];
    signal input h2_attention_bq[48];
    signal input h2_attention_bk[48];
    signal input h2_attention_bv[48];
    signal input h2_attention_bo[48];
    signal input h2_ln2_gammaQ[48];
    signal input h2_ln2_betaQ[48];
    signal input h2_mlp_wFc[192][48];
    signal input h2_mlp_bFc[192];
    signal input h2_mlp_wProj[48][192];
    signal input h2_mlp_bProj[48];
    signal input lnF_gammaQ[48];
    signal input lnF_betaQ[48];
    signal input lmHead_w[10][48];

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
    h0_ln2_ln.x <== h0_attnResid_outQ;
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
    h0_mlpResid_add.a <== h0_attnResid_outQ;
    h0_mlpResid_add.b <== h0_mlp_outQ;
    h0_mlpResid_sumAcc <== h0_mlpResid_add.sumAcc;
    h0_mlpResid_outQ <== h0_mlpResid_add.outQ;

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
    h1_ln1_ln.x <== h0_mlpResid_outQ;
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
    h1_attnResid_add.a <== h0_mlpResid_outQ;
    h1_attnResid_add.b <== h1_attention_outQ;
    h1_attnResid_sumAcc <== h1_attnResid_add.sumAcc;
    h1_attnResid_outQ <== h1_attnResid_add.outQ;

    // h1_ln2: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h1_ln2_sumX[6];
    signal h1_ln2_centered[6][48];
    signal h1_ln2_varQ[6];
    signal h1_ln2_sd[6];
    signal h1_ln2_invSd[6];
    signal h1_ln2_yAcc[6][48];
    signal h1_ln2_yQ[6][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h1_ln2_packGamma = PackSigned(48, 16);
    h1_ln2_packGamma.in <== h1_ln2_gammaQ;
    component h1_ln2_packBeta = PackSigned(48, 10);
    h1_ln2_packBeta.in <== h1_ln2_betaQ;
    signal h1_ln2_commitment[6];
    for (var e = 0; e < 4; e++) {
        h1_ln2_commitment[e] <== h1_ln2_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h1_ln2_commitment[4 + e] <== h1_ln2_packBeta.out[e];
    }
    component h1_ln2_ln = LayerNorm(6, 48, 1482124054, 33, 6, 0, 25, 26, 18, 11);
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
    signal h1_mlp_fcAcc[6][192];
    signal h1_mlp_u[6][192];
    signal h1_mlp_gAcc[6][192];
    signal h1_mlp_projAcc[6][48];
    signal h1_mlp_outQ[6][48];
    // Private weights: the commitment's packings are their range checks (int8 weights, biases
    // to fcBiasBits = 14 / projBiasBits = 63 signed bits).
    signal h1_mlp_commitment[619];
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
    component h1_mlp_packBProj = PackSigned(48, 63);
    h1_mlp_packBProj.in <== h1_mlp_bProj;
    for (var h1_mlp_e = 0; h1_mlp_e < 12; h1_mlp_e++) {
        h1_mlp_commitment[607 + h1_mlp_e] <== h1_mlp_packBProj.out[h1_mlp_e];
    }
    component h1_mlp_fc = ClaimedDense(6, 48, 192);
    h1_mlp_fc.w <== h1_mlp_wFc;
    h1_mlp_fc.b <== h1_mlp_bFc;
    h1_mlp_fc.x <== h1_ln2_yQ;
    h1_mlp_fcAcc <== h1_mlp_fc.acc;
    var h1_mlp_cm[192] = h1_mlp_clipExp();
    var h1_mlp_ab[192] = h1_mlp_aBits();
    var h1_mlp_os[48] = h1_mlp_outShift();
    var h1_mlp_yb[48] = h1_mlp_yBits();
    component h1_mlp_gelu[6][192];
    for (var h1_mlp_t = 0; h1_mlp_t < 6; h1_mlp_t++) {
        for (var h1_mlp_j = 0; h1_mlp_j < 192; h1_mlp_j++) {
            // I-BERT i-GELU on the accumulator: the clip point is |fcAcc| = 2^clipExp[j].
            h1_mlp_gelu[h1_mlp_t][h1_mlp_j] = GeluPow2(h1_mlp_ab[h1_mlp_j], h1_mlp_cm[h1_mlp_j], 12, -59229, 1099511627776);
            h1_mlp_gelu[h1_mlp_t][h1_mlp_j].f <== h1_mlp_fcAcc[h1_mlp_t][h1_mlp_j];
            h1_mlp_u[h1_mlp_t][h1_mlp_j] <== h1_mlp_gelu[h1_mlp_t][h1_mlp_j].u;
            h1_mlp_gAcc[h1_mlp_t][h1_mlp_j] <== h1_mlp_gelu[h1_mlp_t][h1_mlp_j].gAcc;
        }
    }
    component h1_mlp_proj = ClaimedDense(6, 192, 48);
    h1_mlp_proj.w <== h1_mlp_wProj;
    h1_mlp_proj.b <== h1_mlp_bProj;
    h1_mlp_proj.x <== h1_mlp_gAcc;
    h1_mlp_projAcc <== h1_mlp_proj.acc;
    component h1_mlp_outReq[6][48];
    component h1_mlp_outRange[6][48];
    for (var h1_mlp_t = 0; h1_mlp_t < 6; h1_mlp_t++) {
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
    component h1_mlp_packX = PackOffset(288, 8);
    for (var h1_mlp_t = 0; h1_mlp_t < 6; h1_mlp_t++) {
        for (var h1_mlp_i = 0; h1_mlp_i < 48; h1_mlp_i++) {
            h1_mlp_packX.in[h1_mlp_t * 48 + h1_mlp_i] <== h1_ln2_yQ[h1_mlp_t][h1_mlp_i];
        }
    }
    signal h1_mlp_packF[96];
    for (var h1_mlp_e = 0; h1_mlp_e < 96; h1_mlp_e++) {
        var h1_mlp_lc = 0;
        for (var h1_mlp_k = 0; h1_mlp_k < 12; h1_mlp_k++) {
            var h1_mlp_v = h1_mlp_e * 12 + h1_mlp_k;
            if (h1_mlp_v < 1152) {
                var h1_mlp_pt = h1_mlp_v \ 192;
                var h1_mlp_pj = h1_mlp_v % 192;
                h1_mlp_lc += (h1_mlp_fcAcc[h1_mlp_pt][h1_mlp_pj] + 2 ** h1_mlp_ab[h1_mlp_pj]) * 2 ** (21 * h1_mlp_k);
            }
        }
        h1_mlp_packF[h1_mlp_e] <== h1_mlp_lc;
    }
    signal h1_mlp_packP[96];
    for (var h1_mlp_e = 0; h1_mlp_e < 96; h1_mlp_e++) {
        var h1_mlp_lc = 0;
        for (var h1_mlp_k = 0; h1_mlp_k < 3; h1_mlp_k++) {
            var h1_mlp_v = h1_mlp_e * 3 + h1_mlp_k;
            if (h1_mlp_v < 288) {
                var h1_mlp_pt = h1_mlp_v \ 48;
                var h1_mlp_pj = h1_mlp_v % 48;
                h1_mlp_lc += (h1_mlp_projAcc[h1_mlp_pt][h1_mlp_pj] + 2 ** (h1_mlp_os[h1_mlp_pj] - 1) + 2 ** (h1_mlp_os[h1_mlp_pj] + h1_mlp_yb[h1_mlp_pj] - 1)) * 2 ** (77 * h1_mlp_k);
            }
        }
        h1_mlp_packP[h1_mlp_e] <== h1_mlp_lc;
    }
    component h1_mlp_challenge = Sponge(821, 4);
    for (var h1_mlp_e = 0; h1_mlp_e < 619; h1_mlp_e++) {
        h1_mlp_challenge.in[h1_mlp_e] <== h1_mlp_commitment[h1_mlp_e];
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 10; h1_mlp_e++) {
        h1_mlp_challenge.in[619 + h1_mlp_e] <== h1_mlp_packX.out[h1_mlp_e];
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 96; h1_mlp_e++) {
        h1_mlp_challenge.in[629 + h1_mlp_e] <== h1_mlp_packF[h1_mlp_e];
    }
    for (var h1_mlp_e = 0; h1_mlp_e < 96; h1_mlp_e++) {
        h1_mlp_challenge.in[725 + h1_mlp_e] <== h1_mlp_packP[h1_mlp_e];
    }
    signal h1_mlp_rho;
    h1_mlp_rho <== h1_mlp_challenge.out;
    // Why: the two private-weight products, each checked by one random linear combination per row.
    component h1_mlp_checkFc = FreivaldsDense(6, 48, 192);
    h1_mlp_checkFc.x <== h1_ln2_yQ;
    h1_mlp_checkFc.w <== h1_mlp_wFc;
    h1_mlp_checkFc.b <== h1_mlp_bFc;
    h1_mlp_checkFc.acc <== h1_mlp_fcAcc;
    h1_mlp_checkFc.rho <== h1_mlp_rho;
    component h1_mlp_checkProj = FreivaldsDense(6, 192, 48);
    h1_mlp_checkProj.x <== h1_mlp_gAcc;
    h1_mlp_checkProj.w <== h1_mlp_wProj;
    h1_mlp_checkProj.b <== h1_mlp_bProj;
    h1_mlp_checkProj.acc <== h1_mlp_projAcc;
    h1_mlp_checkProj.rho <== h1_mlp_rho;

    // h1_mlpResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h1_mlpResid_sumAcc[6][48];
    signal h1_mlpResid_outQ[6][48];
    component h1_mlpResid_add = ResidualAdd(6, 48, h1_mlpResid_ma(), h1_mlpResid_mb(), h1_mlpResid_shift(), h1_mlpResid_yBits(), 16, 22);
    h1_mlpResid_add.a <== h1_attnResid_outQ;
    h1_mlpResid_add.b <== h1_mlp_outQ;
    h1_mlpResid_sumAcc <== h1_mlpResid_add.sumAcc;
    h1_mlpResid_outQ <== h1_mlpResid_add.outQ;

    // h2_ln1: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h2_ln1_sumX[6];
    signal h2_ln1_centered[6][48];
    signal h2_ln1_varQ[6];
    signal h2_ln1_sd[6];
    signal h2_ln1_invSd[6];
    signal h2_ln1_yAcc[6][48];
    signal h2_ln1_yQ[6][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h2_ln1_packGamma = PackSigned(48, 16);
    h2_ln1_packGamma.in <== h2_ln1_gammaQ;
    component h2_ln1_packBeta = PackSigned(48, 9);
    h2_ln1_packBeta.in <== h2_ln1_betaQ;
    signal h2_ln1_commitment[6];
    for (var e = 0; e < 4; e++) {
        h2_ln1_commitment[e] <== h2_ln1_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h2_ln1_commitment[4 + e] <== h2_ln1_packBeta.out[e];
    }
    component h2_ln1_ln = LayerNorm(6, 48, 1139313290, 33, 6, 0, 25, 26, 18, 11);
    h2_ln1_ln.gamma <== h2_ln1_gammaQ;
    h2_ln1_ln.beta <== h2_ln1_betaQ;
    h2_ln1_ln.x <== h1_mlpResid_outQ;
    h2_ln1_sumX <== h2_ln1_ln.sumX;
    h2_ln1_centered <== h2_ln1_ln.centered;
    h2_ln1_varQ <== h2_ln1_ln.varQ;
    h2_ln1_sd <== h2_ln1_ln.sd;
    h2_ln1_invSd <== h2_ln1_ln.invSd;
    h2_ln1_yAcc <== h2_ln1_ln.yAcc;
    h2_ln1_yQ <== h2_ln1_ln.yQ;

    // h2_attention: causal attention, T = 6, d_model = 48, 3 heads (circuits/lib/attention.circom).
    signal h2_attention_qAcc[6][48];
    signal h2_attention_kAcc[6][48];
    signal h2_attention_vAcc[6][48];
    signal h2_attention_scoresRaw[63];
    signal h2_attention_scoresQ[63];
    signal h2_attention_rowMax[3][6];
    signal h2_attention_delta[63];
    signal h2_attention_exp[63];
    signal h2_attention_rowSum[3][6];
    signal h2_attention_probs[63];
    signal h2_attention_av[6][48];
    signal h2_attention_outAcc[6][48];
    signal h2_attention_outQ[6][48];
    // h2_attention: private weights and biases, range-checked by their commitment packing.
    signal h2_attention_commitment[317];
    component h2_attention_pack_wq = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wq.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wq[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[0 + h2_attention_e] <== h2_attention_pack_wq.out[h2_attention_e];
    }
    component h2_attention_pack_wk = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wk.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wk[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[75 + h2_attention_e] <== h2_attention_pack_wk.out[h2_attention_e];
    }
    component h2_attention_pack_wv = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wv.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wv[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[150 + h2_attention_e] <== h2_attention_pack_wv.out[h2_attention_e];
    }
    component h2_attention_pack_wo = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wo.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wo[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[225 + h2_attention_e] <== h2_attention_pack_wo.out[h2_attention_e];
    }
    component h2_attention_pack_bq = PackSigned(48, 13);
    h2_attention_pack_bq.in <== h2_attention_bq;
    for (var h2_attention_e = 0; h2_attention_e < 3; h2_attention_e++) {
        h2_attention_commitment[300 + h2_attention_e] <== h2_attention_pack_bq.out[h2_attention_e];
    }
    component h2_attention_pack_bk = PackSigned(48, 13);
    h2_attention_pack_bk.in <== h2_attention_bk;
    for (var h2_attention_e = 0; h2_attention_e < 3; h2_attention_e++) {
        h2_attention_commitment[303 + h2_attention_e] <== h2_attention_pack_bk.out[h2_attention_e];
    }
    component h2_attention_pack_bv = PackSigned(48, 13);
    h2_attention_pack_bv.in <== h2_attention_bv;
    for (var h2_attention_e = 0; h2_attention_e < 3; h2_attention_e++) {
        h2_attention_commitment[306 + h2_attention_e] <== h2_attention_pack_bv.out[h2_attention_e];
    }
    component h2_attention_pack_bo = PackSigned(48, 37);
    h2_attention_pack_bo.in <== h2_attention_bo;
    for (var h2_attention_e = 0; h2_attention_e < 8; h2_attention_e++) {
        h2_attention_commitment[309 + h2_attention_e] <== h2_attention_pack_bo.out[h2_attention_e];
    }
    // Step 1: Q/K/V projections with bias, wide accumulators (one constraint per product).
    component h2_attention_projQ = Projection(6, 48);
    h2_attention_projQ.x <== h2_ln1_yQ;
    h2_attention_projQ.w <== h2_attention_wq;
    h2_attention_projQ.b <== h2_attention_bq;
    h2_attention_qAcc <== h2_attention_projQ.acc;
    component h2_attention_projK = Projection(6, 48);
    h2_attention_projK.x <== h2_ln1_yQ;
    h2_attention_projK.w <== h2_attention_wk;
    h2_attention_projK.b <== h2_attention_bk;
    h2_attention_kAcc <== h2_attention_projK.acc;
    component h2_attention_projV = Projection(6, 48);
    h2_attention_projV.x <== h2_ln1_yQ;
    h2_attention_projV.w <== h2_attention_wv;
    h2_attention_projV.b <== h2_attention_bv;
    h2_attention_vAcc <== h2_attention_projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component h2_attention_row_h0_t0 = AttentionRow(1, 16, [149, 175, 97, 211, 252, 256, 194, 252, 152, 193, 151, 190, 223, 187, 188, 85], 23587, 45, 22, 22, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t0.q[h2_attention_d] <== h2_attention_qAcc[0][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
            h2_attention_row_h0_t0.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t0.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[0][0 + h2_attention_d] <== h2_attention_row_h0_t0.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
        h2_attention_scoresRaw[0 + h2_attention_u] <== h2_attention_row_h0_t0.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[0 + h2_attention_u] <== h2_attention_row_h0_t0.scoresQ[h2_attention_u];
        h2_attention_delta[0 + h2_attention_u] <== h2_attention_row_h0_t0.delta[h2_attention_u];
        h2_attention_exp[0 + h2_attention_u] <== h2_attention_row_h0_t0.exp[h2_attention_u];
        h2_attention_probs[0 + h2_attention_u] <== h2_attention_row_h0_t0.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][0] <== h2_attention_row_h0_t0.rowMax;
    h2_attention_rowSum[0][0] <== h2_attention_row_h0_t0.rowSum;
    // Head 0, query 1: keys 0..1 (pairs 1..2).
    component h2_attention_row_h0_t1 = AttentionRow(2, 16, [149, 175, 97, 211, 252, 256, 194, 252, 152, 193, 151, 190, 223, 187, 188, 85], 23587, 45, 22, 22, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t1.q[h2_attention_d] <== h2_attention_qAcc[1][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
            h2_attention_row_h0_t1.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t1.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[1][0 + h2_attention_d] <== h2_attention_row_h0_t1.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
        h2_attention_scoresRaw[1 + h2_attention_u] <== h2_attention_row_h0_t1.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[1 + h2_attention_u] <== h2_attention_row_h0_t1.scoresQ[h2_attention_u];
        h2_attention_delta[1 + h2_attention_u] <== h2_attention_row_h0_t1.delta[h2_attention_u];
        h2_attention_exp[1 + h2_attention_u] <== h2_attention_row_h0_t1.exp[h2_attention_u];
        h2_attention_probs[1 + h2_attention_u] <== h2_attention_row_h0_t1.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][1] <== h2_attention_row_h0_t1.rowMax;
    h2_attention_rowSum[0][1] <== h2_attention_row_h0_t1.rowSum;
    // Head 0, query 2: keys 0..2 (pairs 3..5).
    component h2_attention_row_h0_t2 = AttentionRow(3, 16, [149, 175, 97, 211, 252, 256, 194, 252, 152, 193, 151, 190, 223, 187, 188, 85], 23587, 45, 22, 22, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t2.q[h2_attention_d] <== h2_attention_qAcc[2][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
            h2_attention_row_h0_t2.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t2.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[2][0 + h2_attention_d] <== h2_attention_row_h0_t2.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
        h2_attention_scoresRaw[3 + h2_attention_u] <== h2_attention_row_h0_t2.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[3 + h2_attention_u] <== h2_attention_row_h0_t2.scoresQ[h2_attention_u];
        h2_attention_delta[3 + h2_attention_u] <== h2_attention_row_h0_t2.delta[h2_attention_u];
        h2_attention_exp[3 + h2_attention_u] <== h2_attention_row_h0_t2.exp[h2_attention_u];
        h2_attention_probs[3 + h2_attention_u] <== h2_attention_row_h0_t2.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][2] <== h2_attention_row_h0_t2.rowMax;
    h2_attention_rowSum[0][2] <== h2_attention_row_h0_t2.rowSum;
    // Head 0, query 3: keys 0..3 (pairs 6..9).
    component h2_attention_row_h0_t3 = AttentionRow(4, 16, [149, 175, 97, 211, 252, 256, 194, 252, 152, 193, 151, 190, 223, 187, 188, 85], 23587, 45, 22, 22, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t3.q[h2_attention_d] <== h2_attention_qAcc[3][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
            h2_attention_row_h0_t3.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t3.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[3][0 + h2_attention_d] <== h2_attention_row_h0_t3.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
        h2_attention_scoresRaw[6 + h2_attention_u] <== h2_attention_row_h0_t3.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[6 + h2_attention_u] <== h2_attention_row_h0_t3.scoresQ[h2_attention_u];
        h2_attention_delta[6 + h2_attention_u] <== h2_attention_row_h0_t3.delta[h2_attention_u];
        h2_attention_exp[6 + h2_attention_u] <== h2_attention_row_h0_t3.exp[h2_attention_u];
        h2_attention_probs[6 + h2_attention_u] <== h2_attention_row_h0_t3.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][3] <== h2_attention_row_h0_t3.rowMax;
    h2_attention_rowSum[0][3] <== h2_attention_row_h0_t3.rowSum;
    // Head 0, query 4: keys 0..4 (pairs 10..14).
    component h2_attention_row_h0_t4 = AttentionRow(5, 16, [149, 175, 97, 211, 252, 256, 194, 252, 152, 193, 151, 190, 223, 187, 188, 85], 23587, 45, 22, 22, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t4.q[h2_attention_d] <== h2_attention_qAcc[4][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
            h2_attention_row_h0_t4.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t4.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[4][0 + h2_attention_d] <== h2_attention_row_h0_t4.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
        h2_attention_scoresRaw[10 + h2_attention_u] <== h2_attention_row_h0_t4.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[10 + h2_attention_u] <== h2_attention_row_h0_t4.scoresQ[h2_attention_u];
        h2_attention_delta[10 + h2_attention_u] <== h2_attention_row_h0_t4.delta[h2_attention_u];
        h2_attention_exp[10 + h2_attention_u] <== h2_attention_row_h0_t4.exp[h2_attention_u];
        h2_attention_probs[10 + h2_attention_u] <== h2_attention_row_h0_t4.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][4] <== h2_attention_row_h0_t4.rowMax;
    h2_attention_rowSum[0][4] <== h2_attention_row_h0_t4.rowSum;
    // Head 0, query 5: keys 0..5 (pairs 15..20).
    component h2_attention_row_h0_t5 = AttentionRow(6, 16, [149, 175, 97, 211, 252, 256, 194, 252, 152, 193, 151, 190, 223, 187, 188, 85], 23587, 45, 22, 22, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t5.q[h2_attention_d] <== h2_attention_qAcc[5][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
            h2_attention_row_h0_t5.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t5.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[5][0 + h2_attention_d] <== h2_attention_row_h0_t5.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
        h2_attention_scoresRaw[15 + h2_attention_u] <== h2_attention_row_h0_t5.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[15 + h2_attention_u] <== h2_attention_row_h0_t5.scoresQ[h2_attention_u];
        h2_attention_delta[15 + h2_attention_u] <== h2_attention_row_h0_t5.delta[h2_attention_u];
        h2_attention_exp[15 + h2_attention_u] <== h2_attention_row_h0_t5.exp[h2_attention_u];
        h2_attention_probs[15 + h2_attention_u] <== h2_attention_row_h0_t5.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][5] <== h2_attention_row_h0_t5.rowMax;
    h2_attention_rowSum[0][5] <== h2_attention_row_h0_t5.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 21..21).
    component h2_attention_row_h1_t0 = AttentionRow(1, 16, [175, 144, 151, 176, 198, 162, 109, 137, 216, 152, 244, 199, 141, 198, 163, 141], 23587, 45, 22, 22, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t0.q[h2_attention_d] <== h2_attention_qAcc[0][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
            h2_attention_row_h1_t0.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t0.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[0][16 + h2_attention_d] <== h2_attention_row_h1_t0.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
        h2_attention_scoresRaw[21 + h2_attention_u] <== h2_attention_row_h1_t0.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[21 + h2_attention_u] <== h2_attention_row_h1_t0.scoresQ[h2_attention_u];
        h2_attention_delta[21 + h2_attention_u] <== h2_attention_row_h1_t0.delta[h2_attention_u];
        h2_attention_exp[21 + h2_attention_u] <== h2_attention_row_h1_t0.exp[h2_attention_u];
        h2_attention_probs[21 + h2_attention_u] <== h2_attention_row_h1_t0.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][0] <== h2_attention_row_h1_t0.rowMax;
    h2_attention_rowSum[1][0] <== h2_attention_row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 22..23).
    component h2_attention_row_h1_t1 = AttentionRow(2, 16, [175, 144, 151, 176, 198, 162, 109, 137, 216, 152, 244, 199, 141, 198, 163, 141], 23587, 45, 22, 22, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t1.q[h2_attention_d] <== h2_attention_qAcc[1][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
            h2_attention_row_h1_t1.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t1.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[1][16 + h2_attention_d] <== h2_attention_row_h1_t1.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
        h2_attention_scoresRaw[22 + h2_attention_u] <== h2_attention_row_h1_t1.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[22 + h2_attention_u] <== h2_attention_row_h1_t1.scoresQ[h2_attention_u];
        h2_attention_delta[22 + h2_attention_u] <== h2_attention_row_h1_t1.delta[h2_attention_u];
        h2_attention_exp[22 + h2_attention_u] <== h2_attention_row_h1_t1.exp[h2_attention_u];
        h2_attention_probs[22 + h2_attention_u] <== h2_attention_row_h1_t1.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][1] <== h2_attention_row_h1_t1.rowMax;
    h2_attention_rowSum[1][1] <== h2_attention_row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 24..26).
    component h2_attention_row_h1_t2 = AttentionRow(3, 16, [175, 144, 151, 176, 198, 162, 109, 137, 216, 152, 244, 199, 141, 198, 163, 141], 23587, 45, 22, 22, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t2.q[h2_attention_d] <== h2_attention_qAcc[2][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
            h2_attention_row_h1_t2.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t2.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[2][16 + h2_attention_d] <== h2_attention_row_h1_t2.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
        h2_attention_scoresRaw[24 + h2_attention_u] <== h2_attention_row_h1_t2.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[24 + h2_attention_u] <== h2_attention_row_h1_t2.scoresQ[h2_attention_u];
        h2_attention_delta[24 + h2_attention_u] <== h2_attention_row_h1_t2.delta[h2_attention_u];
        h2_attention_exp[24 + h2_attention_u] <== h2_attention_row_h1_t2.exp[h2_attention_u];
        h2_attention_probs[24 + h2_attention_u] <== h2_attention_row_h1_t2.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][2] <== h2_attention_row_h1_t2.rowMax;
    h2_attention_rowSum[1][2] <== h2_attention_row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 27..30).
    component h2_attention_row_h1_t3 = AttentionRow(4, 16, [175, 144, 151, 176, 198, 162, 109, 137, 216, 152, 244, 199, 141, 198, 163, 141], 23587, 45, 22, 22, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t3.q[h2_attention_d] <== h2_attention_qAcc[3][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
            h2_attention_row_h1_t3.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t3.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[3][16 + h2_attention_d] <== h2_attention_row_h1_t3.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
        h2_attention_scoresRaw[27 + h2_attention_u] <== h2_attention_row_h1_t3.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[27 + h2_attention_u] <== h2_attention_row_h1_t3.scoresQ[h2_attention_u];
        h2_attention_delta[27 + h2_attention_u] <== h2_attention_row_h1_t3.delta[h2_attention_u];
        h2_attention_exp[27 + h2_attention_u] <== h2_attention_row_h1_t3.exp[h2_attention_u];
        h2_attention_probs[27 + h2_attention_u] <== h2_attention_row_h1_t3.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][3] <== h2_attention_row_h1_t3.rowMax;
    h2_attention_rowSum[1][3] <== h2_attention_row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 31..35).
    component h2_attention_row_h1_t4 = AttentionRow(5, 16, [175, 144, 151, 176, 198, 162, 109, 137, 216, 152, 244, 199, 141, 198, 163, 141], 23587, 45, 22, 22, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t4.q[h2_attention_d] <== h2_attention_qAcc[4][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
            h2_attention_row_h1_t4.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t4.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[4][16 + h2_attention_d] <== h2_attention_row_h1_t4.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
        h2_attention_scoresRaw[31 + h2_attention_u] <== h2_attention_row_h1_t4.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[31 + h2_attention_u] <== h2_attention_row_h1_t4.scoresQ[h2_attention_u];
        h2_attention_delta[31 + h2_attention_u] <== h2_attention_row_h1_t4.delta[h2_attention_u];
        h2_attention_exp[31 + h2_attention_u] <== h2_attention_row_h1_t4.exp[h2_attention_u];
        h2_attention_probs[31 + h2_attention_u] <== h2_attention_row_h1_t4.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][4] <== h2_attention_row_h1_t4.rowMax;
    h2_attention_rowSum[1][4] <== h2_attention_row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 36..41).
    component h2_attention_row_h1_t5 = AttentionRow(6, 16, [175, 144, 151, 176, 198, 162, 109, 137, 216, 152, 244, 199, 141, 198, 163, 141], 23587, 45, 22, 22, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t5.q[h2_attention_d] <== h2_attention_qAcc[5][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
            h2_attention_row_h1_t5.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t5.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[5][16 + h2_attention_d] <== h2_attention_row_h1_t5.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
        h2_attention_scoresRaw[36 + h2_attention_u] <== h2_attention_row_h1_t5.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[36 + h2_attention_u] <== h2_attention_row_h1_t5.scoresQ[h2_attention_u];
        h2_attention_delta[36 + h2_attention_u] <== h2_attention_row_h1_t5.delta[h2_attention_u];
        h2_attention_exp[36 + h2_attention_u] <== h2_attention_row_h1_t5.exp[h2_attention_u];
        h2_attention_probs[36 + h2_attention_u] <== h2_attention_row_h1_t5.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][5] <== h2_attention_row_h1_t5.rowMax;
    h2_attention_rowSum[1][5] <== h2_attention_row_h1_t5.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 42..42).
    component h2_attention_row_h2_t0 = AttentionRow(1, 16, [163, 175, 155, 139, 132, 208, 115, 137, 151, 194, 106, 194, 116, 155, 108, 200], 23587, 45, 22, 22, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t0.q[h2_attention_d] <== h2_attention_qAcc[0][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
            h2_attention_row_h2_t0.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t0.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[0][32 + h2_attention_d] <== h2_attention_row_h2_t0.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
        h2_attention_scoresRaw[42 + h2_attention_u] <== h2_attention_row_h2_t0.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[42 + h2_attention_u] <== h2_attention_row_h2_t0.scoresQ[h2_attention_u];
        h2_attention_delta[42 + h2_attention_u] <== h2_attention_row_h2_t0.delta[h2_attention_u];
        h2_attention_exp[42 + h2_attention_u] <== h2_attention_row_h2_t0.exp[h2_attention_u];
        h2_attention_probs[42 + h2_attention_u] <== h2_attention_row_h2_t0.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][0] <== h2_attention_row_h2_t0.rowMax;
    h2_attention_rowSum[2][0] <== h2_attention_row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 43..44).
    component h2_attention_row_h2_t1 = AttentionRow(2, 16, [163, 175, 155, 139, 132, 208, 115, 137, 151, 194, 106, 194, 116, 155, 108, 200], 23587, 45, 22, 22, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t1.q[h2_attention_d] <== h2_attention_qAcc[1][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
            h2_attention_row_h2_t1.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t1.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[1][32 + h2_attention_d] <== h2_attention_row_h2_t1.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
        h2_attention_scoresRaw[43 + h2_attention_u] <== h2_attention_row_h2_t1.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[43 + h2_attention_u] <== h2_attention_row_h2_t1.scoresQ[h2_attention_u];
        h2_attention_delta[43 + h2_attention_u] <== h2_attention_row_h2_t1.delta[h2_attention_u];
        h2_attention_exp[43 + h2_attention_u] <== h2_attention_row_h2_t1.exp[h2_attention_u];
        h2_attention_probs[43 + h2_attention_u] <== h2_attention_row_h2_t1.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][1] <== h2_attention_row_h2_t1.rowMax;
    h2_attention_rowSum[2][1] <== h2_attention_row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 45..47).
    component h2_attention_row_h2_t2 = AttentionRow(3, 16, [163, 175, 155, 139, 132, 208, 115, 137, 151, 194, 106, 194, 116, 155, 108, 200], 23587, 45, 22, 22, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t2.q[h2_attention_d] <== h2_attention_qAcc[2][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
            h2_attention_row_h2_t2.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t2.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[2][32 + h2_attention_d] <== h2_attention_row_h2_t2.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
        h2_attention_scoresRaw[45 + h2_attention_u] <== h2_attention_row_h2_t2.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[45 + h2_attention_u] <== h2_attention_row_h2_t2.scoresQ[h2_attention_u];
        h2_attention_delta[45 + h2_attention_u] <== h2_attention_row_h2_t2.delta[h2_attention_u];
        h2_attention_exp[45 + h2_attention_u] <== h2_attention_row_h2_t2.exp[h2_attention_u];
        h2_attention_probs[45 + h2_attention_u] <== h2_attention_row_h2_t2.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][2] <== h2_attention_row_h2_t2.rowMax;
    h2_attention_rowSum[2][2] <== h2_attention_row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 48..51).
    component h2_attention_row_h2_t3 = AttentionRow(4, 16, [163, 175, 155, 139, 132, 208, 115, 137, 151, 194, 106, 194, 116, 155, 108, 200], 23587, 45, 22, 22, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t3.q[h2_attention_d] <== h2_attention_qAcc[3][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
            h2_attention_row_h2_t3.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t3.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[3][32 + h2_attention_d] <== h2_attention_row_h2_t3.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
        h2_attention_scoresRaw[48 + h2_attention_u] <== h2_attention_row_h2_t3.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[48 + h2_attention_u] <== h2_attention_row_h2_t3.scoresQ[h2_attention_u];
        h2_attention_delta[48 + h2_attention_u] <== h2_attention_row_h2_t3.delta[h2_attention_u];
        h2_attention_exp[48 + h2_attention_u] <== h2_attention_row_h2_t3.exp[h2_attention_u];
        h2_attention_probs[48 + h2_attention_u] <== h2_attention_row_h2_t3.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][3] <== h2_attention_row_h2_t3.rowMax;
    h2_attention_rowSum[2][3] <== h2_attention_row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 52..56).
    component h2_attention_row_h2_t4 = AttentionRow(5, 16, [163, 175, 155, 139, 132, 208, 115, 137, 151, 194, 106, 194, 116, 155, 108, 200], 23587, 45, 22, 22, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t4.q[h2_attention_d] <== h2_attention_qAcc[4][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
            h2_attention_row_h2_t4.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t4.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[4][32 + h2_attention_d] <== h2_attention_row_h2_t4.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
        h2_attention_scoresRaw[52 + h2_attention_u] <== h2_attention_row_h2_t4.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[52 + h2_attention_u] <== h2_attention_row_h2_t4.scoresQ[h2_attention_u];
        h2_attention_delta[52 + h2_attention_u] <== h2_attention_row_h2_t4.delta[h2_attention_u];
        h2_attention_exp[52 + h2_attention_u] <== h2_attention_row_h2_t4.exp[h2_attention_u];
        h2_attention_probs[52 + h2_attention_u] <== h2_attention_row_h2_t4.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][4] <== h2_attention_row_h2_t4.rowMax;
    h2_attention_rowSum[2][4] <== h2_attention_row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 57..62).
    component h2_attention_row_h2_t5 = AttentionRow(6, 16, [163, 175, 155, 139, 132, 208, 115, 137, 151, 194, 106, 194, 116, 155, 108, 200], 23587, 45, 22, 22, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t5.q[h2_attention_d] <== h2_attention_qAcc[5][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
            h2_attention_row_h2_t5.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t5.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[5][32 + h2_attention_d] <== h2_attention_row_h2_t5.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
        h2_attention_scoresRaw[57 + h2_attention_u] <== h2_attention_row_h2_t5.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[57 + h2_attention_u] <== h2_attention_row_h2_t5.scoresQ[h2_attention_u];
        h2_attention_delta[57 + h2_attention_u] <== h2_attention_row_h2_t5.delta[h2_attention_u];
        h2_attention_exp[57 + h2_attention_u] <== h2_attention_row_h2_t5.exp[h2_attention_u];
        h2_attention_probs[57 + h2_attention_u] <== h2_attention_row_h2_t5.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][5] <== h2_attention_row_h2_t5.rowMax;
    h2_attention_rowSum[2][5] <== h2_attention_row_h2_t5.rowSum;
    // Steps 9-10: output projection with bias, requantization with saturation.
    component h2_attention_outProj = OutputProjection(6, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [6736, 6207, 6066, 6478, 5401, 7417, 6107, 5683, 17763, 7832, 4555, 4457, 8813, 10186, 5313, 8615, 3867, 6310, 3569, 4691, 4369, 8266, 5901, 4815, 5774, 10677, 11001, 4201, 5595, 5560, 6001, 8604, 5771, 3464, 5498, 8384, 4417, 7977, 4464, 7624, 5416, 7024, 4844, 6521, 4313, 5191, 5435, 5243], 44, 16);
    h2_attention_outProj.av <== h2_attention_av;
    h2_attention_outProj.w <== h2_attention_wo;
    h2_attention_outProj.b <== h2_attention_bo;
    h2_attention_outAcc <== h2_attention_outProj.acc;
    h2_attention_outQ <== h2_attention_outProj.out;

    // h2_attnResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h2_attnResid_sumAcc[6][48];
    signal h2_attnResid_outQ[6][48];
    component h2_attnResid_add = ResidualAdd(6, 48, h2_attnResid_ma(), h2_attnResid_mb(), h2_attnResid_shift(), h2_attnResid_yBits(), 16, 8);
    h2_attnResid_add.a <== h1_mlpResid_outQ;
    h2_attnResid_add.b <== h2_attention_outQ;
    h2_attnResid_sumAcc <== h2_attnResid_add.sumAcc;
    h2_attnResid_outQ <== h2_attnResid_add.outQ;

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
    h2_ln2_ln.x <== h2_attnResid_outQ;
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
    h2_mlpResid_add.a <== h2_attnResid_outQ;
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

    // inputCommitment: Sponge(2) over the prompt tokens packed as token + 2^15, 15 per element
    // (linear: the embedding's one-hot proves every token in [0, 10)), then the salt.
    component inputHash = Sponge(2, 2);
    inputHash.in[0] <== (tokens[0] + 32768) + (tokens[1] + 32768) * 65536 + (tokens[2] + 32768) * 4294967296 + (tokens[3] + 32768) * 281474976710656;
    inputHash.in[1] <== salt;
    inputCommitment === inputHash.out;
    // Output: the 3 generated tokens, 16 bits each, token i at bits 16i..16i+15 (linear: the
    // argmax one-hots prove every generated token in [0, 10)).
    outputCommitment === argmax_generated[0] + argmax_generated[1] * 65536 + argmax_generated[2] * 4294967296;
    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.
    component modelHash = Sponge(2918, 1);
    for (var glue_e = 0; glue_e < 52; glue_e++) {
        modelHash.in[0 + glue_e] <== embedding_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[52 + glue_e] <== h0_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[58 + glue_e] <== h0_attention_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[375 + glue_e] <== h0_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 619; glue_e++) {
        modelHash.in[381 + glue_e] <== h0_mlp_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[1000 + glue_e] <== h1_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[1006 + glue_e] <== h1_attention_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[1323 + glue_e] <== h1_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 619; glue_e++) {
        modelHash.in[1329 + glue_e] <== h1_mlp_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[1948 + glue_e] <== h2_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[1954 + glue_e] <== h2_attention_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[2271 + glue_e] <== h2_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 619; glue_e++) {
        modelHash.in[2277 + glue_e] <== h2_mlp_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[2896 + glue_e] <== lnF_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 16; glue_e++) {
        modelHash.in[2902 + glue_e] <== lmHead_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MingptAdderModel();
