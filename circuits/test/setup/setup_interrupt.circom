pragma circom 2.2.0;

include "./square_chain.circom";

// Circuit for the interrupted-setup tests (power 14): 250 blocks x 64 squarings = 16,000
// constraints, so that phase 1 and phase 2 each take seconds, long enough to kill a setup
// midway, and a whole setup stays well under a minute.
template SetupInterrupt() {
    signal input x;
    signal output out;
    component c = SquareChainBlocks(250, 64);
    c.in <== x;
    out <== c.out;
}

component main = SetupInterrupt();
