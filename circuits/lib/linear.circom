pragma circom 2.2.0;

// Dot products with private operands (one constraint per product).

// Dot(n): out = bias + sum_i a[i]*b[i].
// Preconditions: n >= 1; the caller bounds a, b, bias so the true sum has |.| < p/2 (it is then
// the exact integer dot product). No range checks here.
// Constraints: n (n-1 product signals; the last product is folded into the output constraint).
template Dot(n) {
    signal input a[n];
    signal input b[n];
    signal input bias;
    signal output out;

    // (No zero-length signal arrays: circom 2.2.3's wasm backend divides by their size.)
    if (n == 1) {
        out <== bias + a[0] * b[0];
    } else {
        signal prod[n - 1];
        var acc = bias;
        for (var i = 0; i < n - 1; i++) {
            prod[i] <== a[i] * b[i];
            acc += prod[i];
        }
        // Why: one quadratic constraint carries the last product plus the linear sum.
        out <== acc + a[n - 1] * b[n - 1];
    }
}

// ScaledDot(n, c): out = bias + sum_i c[i]*a[i]*b[i] with compile-time constants c[i].
// Preconditions: as Dot. Constraints: n.
template ScaledDot(n, c) {
    signal input a[n];
    signal input b[n];
    signal input bias;
    signal output out;

    if (n == 1) {
        out <== bias + c[0] * a[0] * b[0];
    } else {
        signal prod[n - 1];
        var acc = bias;
        for (var i = 0; i < n - 1; i++) {
            prod[i] <== a[i] * b[i];
            acc += c[i] * prod[i];
        }
        // Why: one quadratic constraint carries the last product plus the linear sum.
        out <== acc + c[n - 1] * a[n - 1] * b[n - 1];
    }
}
