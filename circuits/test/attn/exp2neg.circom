pragma circom 2.2.0;
// Test main: Exp2Neg with the zkattn constants (F = 8, E = 16, C = 16, K = 39, intBits = 4,
// A = EXP_POLY_COEFFS) on a 14-bit delta decomposed by Num2Bits (circuits/lib/softmax.circom).
include "circuits/lib/softmax.circom";
template Exp2NegTest() {
    signal input delta;
    component bits = Num2Bits(14);
    bits.in <== delta;
    component e = Exp2Neg(14, 8, 16, 16, 39, 4, -45340, 15212, -2648);
    e.bits <== bits.out;
    _ <== e.out;
}
component main = Exp2NegTest();
