pragma circom 2.2.0;
// Test main: RequantSat(M = 20000, k = 12, yBits = 14) (circuits/lib/range.circom).
include "circuits/lib/range.circom";
template RequantSatTest() {
    signal input acc;
    component r = RequantSat(20000, 12, 14);
    r.in <== acc;
    _ <== r.out;
    _ <== r.y;
    _ <== r.rem;
}
component main = RequantSatTest();
