pragma circom 2.2.0;

include "./square_chain.circom";

// Benchmark circuit of power 16 for bench/setup.ts: 1000 blocks x 64 squarings = 64,000
// constraints (+1 public input, +1 output, +1 constant = 64,003 rows <= 2^16).
template SetupBench16() {
    signal input x;
    signal input offset;
    signal output out;
    component c = SquareChainBlocks(1000, 64);
    c.in <== x;
    out <== c.out + offset;
}

component main {public [offset]} = SetupBench16();
