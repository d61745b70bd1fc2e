pragma circom 2.2.0;
// Test main: Normalize(n = 3, rBits = 19, P = 12) (circuits/lib/softmax.circom).
include "circuits/lib/softmax.circom";
template NormalizeTest() {
    signal input e[3];
    component n = Normalize(3, 19, 12);
    n.e <== e;
    _ <== n.sum;
    _ <== n.probs;
}
component main = NormalizeTest();
