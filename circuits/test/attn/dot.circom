pragma circom 2.2.0;
// Test main: Dot(5) and ScaledDot(4, [3, 1, 256, 7]) (circuits/lib/linear.circom).
include "circuits/lib/linear.circom";
template DotTest() {
    signal input a[5];
    signal input b[5];
    signal input bias;
    component d = Dot(5);
    d.a <== a;
    d.b <== b;
    d.bias <== bias;
    _ <== d.out;
    component s = ScaledDot(4, [3, 1, 256, 7]);
    for (var i = 0; i < 4; i++) {
        s.a[i] <== a[i];
        s.b[i] <== b[i];
    }
    s.bias <== bias;
    _ <== s.out;
}
component main = DotTest();
