pragma circom 2.2.0;
// Test main: RoundShift(M = 20000, k = 12) whose quotient is range-checked to 10 signed bits
// (out + 2^9 in [0, 2^10)), as its precondition requires (circuits/lib/range.circom).
include "circuits/lib/range.circom";
template RoundShiftTest() {
    signal input x;
    component r = RoundShift(20000, 12);
    r.in <== x;
    component q = RangeCheck(10);
    q.in <== r.out + 2 ** 9;
}
component main = RoundShiftTest();
