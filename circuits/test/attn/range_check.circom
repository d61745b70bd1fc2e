pragma circom 2.2.0;
// Test main: RangeCheck(10) and SignedBits(8) (circuits/lib/range.circom).
include "circuits/lib/range.circom";
template RangeTest() {
    signal input value;
    signal input signedValue;
    component rc = RangeCheck(10);
    rc.in <== value;
    component sb = SignedBits(8);
    sb.in <== signedValue;
    _ <== sb.bits;
}
component main = RangeTest();
