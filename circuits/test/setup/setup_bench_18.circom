pragma circom 2.2.0;

include "./square_chain.circom";

// Benchmark circuit of power 18 for bench/setup.ts: 4000 blocks x 64 squarings = 256,000
// constraints (+1 public input, +1 output, +1 constant = 256,003 rows <= 2^18).
template SetupBench18() {
    signal input x;
    signal input offset;
    signal output out;
    component c = SquareChainBlocks(4000, 64);
    c.in <== x;
    out <== c.out + offset;
}

component main {public [offset]} = SetupBench18();
