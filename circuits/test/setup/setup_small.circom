pragma circom 2.2.0;

include "./square_chain.circom";

// Small circuit for the trusted-setup tests (power 8): proves knowledge of a private x with
// out = x^(2^64) + offset, bound to a public `binding` (a dummy square, so a proof cannot be
// replayed with another binding). Public signals, in snarkjs order: out, offset, binding.
template SetupSmall() {
    signal input x;
    signal input offset;
    signal input binding;
    signal output out;

    component chain = SquareChain(64);
    chain.in <== x;
    // why: publish f(x) so the verifier checks the computation, not only satisfiability.
    out <== chain.out + offset;

    // why: ties the proof to `binding`; without a constraint the input would be free.
    signal bindingSquared;
    bindingSquared <== binding * binding;
}

component main {public [offset, binding]} = SetupSmall();
