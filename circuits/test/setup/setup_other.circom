pragma circom 2.2.0;

include "./square_chain.circom";

// A second small circuit for the setup tests: a different r1cs, so a setup made for
// setup_small must not be reused for it. out = x^(2^32).
template SetupOther() {
    signal input x;
    signal output out;
    component chain = SquareChain(32);
    chain.in <== x;
    out <== chain.out;
}

component main = SetupOther();
