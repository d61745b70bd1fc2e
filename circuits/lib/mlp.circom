pragma circom 2.2.0;

include "range.circom";
include "dense.circom";

// The MLP's element-wise pieces: requantization with a symmetric clamp and I-BERT's integer
// i-GELU (Kim et al., ICML 2021, "I-BERT", §3.4, Algorithm 2), exactly as src/stages/mlp.ts
// `mlpRef` and src/stages/gelu.ts `geluInt` (docs/integer-model.md "MLP", "GELU"). The linear
// layers are ConstDense / Dense (dense.circom). Costs after --O2.

// RequantClamp(M, k, dBits, H): out = clamp(floor((in*M + 2^(k-1)) / 2^k), -H, H).
//   y (quotient) and rem (remainder, in [0, 2^k)) satisfy in*M + 2^(k-1) = y*2^k + rem;
//   hi = [y > H], lo = [y < -H] (booleans), proved by range checks on
//   d1 = hi ? y - H - 1 : H - y  and  d2 = lo ? -H - y - 1 : y + H  (both in [0, 2^dBits));
//   out = y + hi*(H - y) + lo*(-H - y).
// The d1/d2 range checks also bound the quotient (|y| <= H + 2^dBits), so y needs no range
// check of its own (as RowMax's deltas bound its inputs).
// Preconditions: H >= 0, H < 2^dBits; every honest y has H + |y| < 2^dBits; dBits <= 248 and
//   |in*M| + 2^(k + dBits + 2) < 2^250 (so the division identity holds over the integers; the
//   stage emitters check both from the bounds of `in`).
// Outputs: out in [-H, H] by construction; y, rem, hi, lo for tests and callers.
// Constraints: k (remainder) + 2 (booleans) + 2 (products) + 2 * dBits (d1, d2).
template RequantClamp(M, k, dBits, H) {
    signal input in;
    signal output out;
    signal output y;
    signal output rem;
    signal output hi;
    signal output lo;
    signal hiProd;
    signal loProd;

    y <-- floorDivPow2(in * M + 2 ** (k - 1), k);
    // Why: division identity; rem in [0, 2^k) makes y the floor (y is bounded by d1/d2 below).
    rem <== in * M + 2 ** (k - 1) - y * 2 ** k;
    component remRange = RangeCheck(k);
    remRange.in <== rem;

    hi <-- y > H ? 1 : 0;
    lo <-- y < -H ? 1 : 0;
    // Why: the clamp flags are bits ...
    hi * (hi - 1) === 0;
    lo * (lo - 1) === 0;
    hiProd <== hi * (H - y);
    loProd <== lo * (-H - y);
    // Why: ... and range-checked differences prove hi = [y > H] and lo = [y < -H].
    component d1 = RangeCheck(dBits);
    d1.in <== H - y - 2 * hiProd - hi;
    component d2 = RangeCheck(dBits);
    d2.in <== y + H + 2 * loProd - lo;
    // Why: the clamp selects H, -H or y.
    out <== y + hiProd + loProd;
}

// GeluInt(hBits, cBits, A, C, ONE): I-BERT i-GELU of hQ (x = hQ / 2^10):
//   absH = |hQ|, sgn = pos - neg = sign(hQ) in {-1, 0, 1};
//   hClip = min(absH, C) (clip = [absH >= C]);
//   erfQ = sgn * (A * (hClip - C)^2 + ONE);  gAcc = hQ * (erfQ + ONE).
// Preconditions: |hQ| < 2^(hBits-1) (the caller's RequantClamp with H = 2^(hBits-1) - 1);
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
