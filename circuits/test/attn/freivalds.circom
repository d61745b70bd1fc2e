pragma circom 2.2.0;
// Test main: FreivaldsLinear(T = 2, D = 3, c = [1, 2, 3]) with the challenge rho given as an input
// (in the layer circuits rho comes from the in-circuit Poseidon sponge; here the test picks it, to
// show the check itself accepts exactly the true product) (circuits/lib/freivalds.circom).
include "circuits/lib/freivalds.circom";
template FreivaldsTest() {
    signal input x[2][3];
    signal input w[3][3];
    signal input b[3];
    signal input acc[2][3];
    signal input rho;
    component f = FreivaldsLinear(2, 3, [1, 2, 3]);
    f.x <== x;
    f.w <== w;
    f.b <== b;
    f.acc <== acc;
    f.rho <== rho;
}
component main = FreivaldsTest();
