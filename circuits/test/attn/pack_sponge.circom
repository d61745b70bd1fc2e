pragma circom 2.2.0;
// Test main: PackSigned(n = 40, w = 8) feeding Sponge(2, tag = 7) (circuits/lib/pack.circom).
include "circuits/lib/pack.circom";
template PackSpongeTest() {
    signal input values[40];
    component p = PackSigned(40, 8);
    p.in <== values;
    component s = Sponge(2, 7);
    s.in <== p.out;
    _ <== s.out;
}
component main = PackSpongeTest();
