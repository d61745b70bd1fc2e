pragma circom 2.2.0;
// Test main: RowMax(n = 4, qBits = 12, dBits = 10) (circuits/lib/softmax.circom).
include "circuits/lib/softmax.circom";
template RowMaxTest() {
    signal input in[4];
    component m = RowMax(4, 12, 10);
    m.in <== in;
    _ <== m.max;
    _ <== m.delta;
    _ <== m.deltaBits;
}
component main = RowMaxTest();
