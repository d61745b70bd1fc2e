pragma circom 2.2.0;

include "range.circom";
include "saturate.circom";

// Integer-only LayerNorm after I-BERT (Kim et al. 2021, §3.6), bit for bit as
// docs/integer-model.md "LayerNorm" and src/stages/layerNorm.ts `layerNormRef` specify it:
//   sumX = sum_i x[i]; c[i] = D x[i] - sumX; varQ = sum_i c[i]^2 + epsQ;
//   sd = floor(sqrt(varQ)); invSd = floor(2^K / sd);
//   yAcc[i] = c[i] gammaQ[i] invSd + betaQ[i] 2^K;
//   yQ[i] = clamp(floor((yAcc[i] + 2^(K+g-1)) / 2^(K+g)), -127, 127).
// Widths are chosen by the emitter (src/stages/layerNorm.ts `layerNormWidths`) from the
// worst case over every input row in [-2^(inBits-1), 2^(inBits-1)) (inBits = 16, the residual
// stream's signed width) and the coefficients' bounds (actual constants in public-weights mode,
// declared widths in private mode). Costs after `--O2`.

// Floor square root of a non-negative field value below 2^252 (witness computation only).
function isqrtFloor(n) {
    if (n < 2) {
        return n;
    }
    var x = n;
    var y = (x + 1) \ 2;
    while (y < x) {
        x = y;
        y = (x + n \ x) \ 2;
    }
    return x;
}

// LayerNormStats(D, epsQ, K, inBits, sdBits, loBits, invBits): one row's statistics.
// Input: x[D]; if inBits > 0, each x[i] is range-checked to inBits signed bits here; inBits = 0
//   means the CALLER guarantees x[i] in [-2^15, 2^15) (e.g. the clamped output of a residual add).
// Preconditions: epsQ >= 1; sdBits, loBits, invBits bound sd, 2 sd and floor(2^K / isqrt(epsQ))
//   for every input in range (so an honest witness fits); sdBits + invBits < 250.
// Outputs: sumX, c[D] (exact, |c| < 2 D 2^15), varQ (exact, < 2^(2 sdBits)), sd = isqrt(varQ)
//   in [1, 2^sdBits), invSd = floor(2^K / sd) in [0, 2^invBits).
// Constraints: D inBits + D + 1 + 3 sdBits + 2 loBits + invBits + 1.
template LayerNormStats(D, epsQ, K, inBits, sdBits, loBits, invBits) {
    signal input x[D];
    signal output sumX;
    signal output c[D];
    signal output varQ;
    signal output sd;
    signal output invSd;

    // Why: the input range bounds every identity below far from the field size.
    component inRange[D];
    if (inBits > 0) {
        for (var i = 0; i < D; i++) {
            inRange[i] = RangeCheck(inBits);
            inRange[i].in <== x[i] + 2 ** (inBits - 1);
        }
    }

    // Why: exact integer mean and centring (linear).
    var s = 0;
    for (var i = 0; i < D; i++) {
        s += x[i];
    }
    sumX <== s;
    for (var i = 0; i < D; i++) {
        c[i] <== D * x[i] - sumX;
    }

    // Why: exact variance numerator, one product per channel.
    signal sq[D];
    var v = epsQ;
    for (var i = 0; i < D; i++) {
        sq[i] <== c[i] * c[i];
        v += sq[i];
    }
    varQ <== v;

    // isqrt: sd^2 <= varQ < (sd + 1)^2, i.e. lo = varQ - sd^2 >= 0 and hi = 2 sd - lo >= 0.
    sd <-- isqrtFloor(varQ);
    signal s2;
    s2 <== sd * sd;
    signal lo;
    signal hi;
    // Why: lo >= 0 says sd^2 <= varQ; hi >= 0 says varQ <= sd^2 + 2 sd < (sd + 1)^2.
    lo <== varQ - s2;
    hi <== 2 * sd - lo;
    component sdRange = RangeCheck(sdBits);
    sdRange.in <== sd;
    component loRange = RangeCheck(loBits);
    loRange.in <== lo;
    component hiRange = RangeCheck(loBits);
    hiRange.in <== hi;

    // invSd = floor(2^K / sd): 2^K = invSd sd + r with 0 <= r < sd (r and sd - 1 - r range-checked;
    // the latter also proves sd >= 1) and the quotient range-checked.
    invSd <-- 2 ** K \ sd;
    signal r;
    // Why: division identity for the variable divisor sd.
    r <== 2 ** K - invSd * sd;
    component rRange = RangeCheck(sdBits);
    rRange.in <== r;
    // Why: r < sd (docs/design.md soundness rule 2 for a variable divisor).
    component rBelow = RangeCheck(sdBits);
    rBelow.in <== sd - 1 - r;
    // Why: the quotient's range check keeps invSd sd below the field size.
    component invRange = RangeCheck(invBits);
    invRange.in <== invSd;
}

// LayerNormConst(T, D, epsQ, K, g, G, B, inBits, sdBits, loBits, invBits, yBits): T rows,
// compile-time coefficients G = gammaQ[D], B = betaQ[D] (public-weights mode).
// Input: x[T][D] (see LayerNormStats for inBits). Outputs: the named intermediates of
//   `layerNormRef` and yQ[T][D] in [-127, 127].
// Preconditions: those of LayerNormStats and of RoundSatSym(K + g, yBits, 8), with yBits sized
//   for |y| <= (max|G| + max|B|) / 2^g + 1 (from |c[i]| <= sd, so |c[i] invSd| <= 2^K).
// Constraints: T (stats + D (1 + (K + g) + yBits + 6)).
template LayerNormConst(T, D, epsQ, K, g, G, B, inBits, sdBits, loBits, invBits, yBits) {
    signal input x[T][D];
    signal output sumX[T];
    signal output centered[T][D];
    signal output varQ[T];
    signal output sd[T];
    signal output invSd[T];
    signal output yAcc[T][D];
    signal output yQ[T][D];

    component stats[T];
    component out[T][D];
    signal prod[T][D];
    for (var t = 0; t < T; t++) {
        stats[t] = LayerNormStats(D, epsQ, K, inBits, sdBits, loBits, invBits);
        stats[t].x <== x[t];
        sumX[t] <== stats[t].sumX;
        centered[t] <== stats[t].c;
        varQ[t] <== stats[t].varQ;
        sd[t] <== stats[t].sd;
        invSd[t] <== stats[t].invSd;
        for (var i = 0; i < D; i++) {
            // Why: one product c invSd; the constant gammaQ and betaQ 2^K enter linearly.
            prod[t][i] <== stats[t].c[i] * stats[t].invSd;
            yAcc[t][i] <== prod[t][i] * G[i] + B[i] * 2 ** K;
            // Why: rounding shift with range-checked remainder and quotient, then the clamp.
            out[t][i] = RoundSatSym(K + g, yBits, 8);
            out[t][i].acc <== yAcc[t][i];
            yQ[t][i] <== out[t][i].out;
        }
    }
}

// LayerNorm(T, D, epsQ, K, g, inBits, sdBits, loBits, invBits, yBits): T rows, private
// coefficients gamma[D], beta[D] (private-weights mode).
// Inputs: x[T][D] (see LayerNormStats), gamma[D], beta[D]. Preconditions: the CALLER range-checks
//   gamma and beta to their declared widths (the commitment's PackSigned does), and yBits is
//   sized for those widths; otherwise as LayerNormConst.
// Constraints: T (stats + D (2 + (K + g) + yBits + 6)).
template LayerNorm(T, D, epsQ, K, g, inBits, sdBits, loBits, invBits, yBits) {
    signal input x[T][D];
    signal input gamma[D];
    signal input beta[D];
    signal output sumX[T];
    signal output centered[T][D];
    signal output varQ[T];
    signal output sd[T];
    signal output invSd[T];
    signal output yAcc[T][D];
    signal output yQ[T][D];

    component stats[T];
    component out[T][D];
    signal prod[T][D];
    for (var t = 0; t < T; t++) {
        stats[t] = LayerNormStats(D, epsQ, K, inBits, sdBits, loBits, invBits);
        stats[t].x <== x[t];
        sumX[t] <== stats[t].sumX;
        centered[t] <== stats[t].c;
        varQ[t] <== stats[t].varQ;
        sd[t] <== stats[t].sd;
        invSd[t] <== stats[t].invSd;
        for (var i = 0; i < D; i++) {
            // Why: two products c invSd gamma; beta 2^K enters linearly.
            prod[t][i] <== stats[t].c[i] * stats[t].invSd;
            yAcc[t][i] <== prod[t][i] * gamma[i] + beta[i] * 2 ** K;
            // Why: rounding shift with range-checked remainder and quotient, then the clamp.
            out[t][i] = RoundSatSym(K + g, yBits, 8);
            out[t][i].acc <== yAcc[t][i];
            yQ[t][i] <== out[t][i].out;
        }
    }
}
