pragma circom 2.2.0;
// Test main: AttentionRow(n = 3, dh = 2, c = [3, 200], Ms = 20000, ks = 20, qBits = 14,
// dBits = 13, rBits = 19, zkattn exp/softmax constants) (circuits/lib/attention.circom).
include "circuits/lib/attention.circom";
template AttentionRowTest() {
    signal input q[2];
    signal input k[3][2];
    signal input v[3][2];
    component r = AttentionRow(3, 2, [3, 200], 20000, 20, 14, 13, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    r.q <== q;
    r.k <== k;
    r.v <== v;
    _ <== r.scoresRaw;
    _ <== r.scoresQ;
    _ <== r.rowMax;
    _ <== r.delta;
    _ <== r.exp;
    _ <== r.rowSum;
    _ <== r.probs;
    _ <== r.av;
}
component main = AttentionRowTest();
