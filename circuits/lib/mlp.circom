pragma circom 2.2.0;

include "range.circom";
include "dense.circom";

// The MLP's element-wise pieces: requantization with a symmetric clamp and I-BERT's integer
// i-GELU (Kim et al., ICML 2021, "I-BERT", §3.4, Algorithm 2), exactly as src/stages/mlp.ts
// `mlpRef` and src/stages/gelu.ts `geluInt` (docs/integer-model.md "MLP", "GELU"). The linear
// layers are ConstDense / Dense (dense.circom). Costs after --O2.

// RequantClamp(M, k, yBits, h): out = clamp(floor((in*M + 2^(k-1)) / 2^k), -H, H), H = 2^h - 1.
//   y (quotient) and rem (remainder, in [0, 2^k)) satisfy in*M + 2^(k-1) = y*2^k + rem;
//   the bits of w = y + 2^h + 2^(yBits-1) in [0, 2^yBits) are the quotient's range check AND
//   drive the clamp (as RequantSat, range.circom, does for [-128, 127]): with v = y + 2^h,
//   top = [v >= 0] is the top bit; if top, inWide = [bits h+1 .. yBits-2 all zero] says
//   v < 2^(h+1), and then low = bits 0..h is v. So out = -H (top = 0: y < -2^h), H (top = 1,
//   inWide = 0: y >= 2^h), else low - 2^h + [low = 0] (y itself, or -H for y = -2^h).
// Preconditions: 1 <= h; yBits >= h + 3; every honest y has -2^(yBits-1) <= y + 2^h < 2^(yBits-1);
//   |in*M| + 2^(k + yBits + 1) < 2^250 (so the division identity holds over the integers; the
//   stage emitters check both from the bounds of `in`).
// Outputs: out in [-H, H] by construction; y (bounded by the bits), rem (k bits).
// Constraints: k (remainder) + yBits (quotient bits) + 2 + 2 (IsZero of the middle and low bits)
//   + 2 (products) = k + yBits + 6.
template RequantClamp(M, k, yBits, h) {
    var H = 2 ** h - 1;
    signal input in;
    signal output out;
    signal output y;
    signal output rem;
    signal capped;

    y <-- floorDivPow2(in * M + 2 ** (k - 1), k);
    // Why: division identity; rem in [0, 2^k) makes y the floor ...
    rem <== in * M + 2 ** (k - 1) - y * 2 ** k;
    component remRange = RangeCheck(k);
    remRange.in <== rem;
    // Why: ... and the quotient's bits bound y (rule 2) and are reused by the clamp.
    component yb = Num2Bits(yBits);
    yb.in <== y + 2 ** h + 2 ** (yBits - 1);

    var mid = 0;
    for (var i = h + 1; i < yBits - 1; i++) {
        mid += yb.out[i];
    }
    var low = 0;
    for (var i = 0; i <= h; i++) {
        low += yb.out[i] * 2 ** i;
    }
    // Why: the clamp from the quotient's own bits (sums of bits are zero iff every bit is).
    component inWide = IsZero();
    inWide.in <== mid;
    component lowZero = IsZero();
    lowZero.in <== low;
    capped <== inWide.out * (low + lowZero.out - 2 ** h - H);
    out <== -H + yb.out[yBits - 1] * (2 * H + capped);
}

// GeluInt(hBits, cBits, A, C, ONE): I-BERT i-GELU of hQ (x = hQ / 2^10):
//   absH = |hQ|, sgn = pos - neg = sign(hQ) in {-1, 0, 1};
//   hClip = min(absH, C) (clip = [absH >= C]);
//   erfQ = sgn * (A * (hClip - C)^2 + ONE);  gAcc = hQ * (erfQ + ONE).
// Preconditions: |hQ| < 2^(hBits-1) (the caller's RequantClamp with h = hBits - 1);
//   C - 1 < 2^cBits and 2^(hBits-1) <= 2^cBits; A < 0 < ONE with A*C^2 + ONE in [0, ONE]
//   (docs/integer-model.md "GELU"), so |erfQ| <= ONE and |gAcc| < 2^(hBits-1) * 2 * ONE.
// Outputs: hClip in [0, C], erfQ, gAcc (exact integers, far below p/2).
// Constraints: 5 (sign) + (hBits - 1) (|hQ| range) + 2 (clip flag, product) + cBits (clip
//   comparison) + 3 (square, erf, gelu products) = hBits + cBits + 9.
template GeluInt(hBits, cBits, A, C, ONE) {
    signal input hQ;
    signal output hClip;
    signal output erfQ;
    signal output gAcc;
    signal pos;
    signal neg;
    signal absH;
    signal clip;
    signal clipProd;
    signal dd2;

    pos <-- hQ > 0 ? 1 : 0;
    neg <-- hQ < 0 ? 1 : 0;
    absH <-- hQ < 0 ? -hQ : hQ;
    // Why: sign bits, not both set.
    pos * (pos - 1) === 0;
    neg * (neg - 1) === 0;
    pos * neg === 0;
    // Why: hQ = sgn*absH and absH = sgn*hQ: with sgn = 0 both are 0; with sgn = +-1, absH = sgn*hQ.
    hQ === (pos - neg) * absH;
    absH === (pos - neg) * hQ;
    // Why: absH - |sgn| >= 0: absH is non-negative, and non-zero exactly when sgn is (so the sign
    // of a non-zero hQ is the true one and hQ = 0 forces sgn = 0, hence erfQ = 0).
    component absRange = RangeCheck(hBits - 1);
    absRange.in <== absH - pos - neg;

    clip <-- absH >= C ? 1 : 0;
    // Why: the clip flag is a bit, proved equal to [absH >= C] by a range-checked difference
    // (clip ? absH - C : C - 1 - absH) >= 0.
    clip * (clip - 1) === 0;
    clipProd <== clip * absH;
    component clipRange = RangeCheck(cBits);
    clipRange.in <== C - 1 - absH + 2 * clipProd - clip * (2 * C - 1);
    // Why: min(absH, C).
    hClip <== absH + clip * C - clipProd;

    // Why: the clipped second-order polynomial of erf, its sign, and x*(1 + erf) (I-BERT §3.4).
    dd2 <== (hClip - C) * (hClip - C);
    erfQ <== (pos - neg) * (A * dd2 + ONE);
    gAcc <== hQ * (erfQ + ONE);
}
