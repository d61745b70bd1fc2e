pragma circom 2.2.0;

include "circomlib/circuits/poseidon.circom";

// MockInference(N): the smallest real relation with the public-signal layout of every zkattn inference
// circuit (src/circuit/publicSignals.ts): modelCommitment, inputCommitment, outputCommitment, binding,
// declared as public inputs in that order, no outputs. It exists so the contract tests and the gas
// benchmark use real Groth16 proofs in seconds; it is NOT an attention layer.
//
// Relation proven (all arithmetic in the BN254 scalar field, no range assumptions needed because
// nothing here is compared or divided):
//   modelCommitment  = Poseidon(weights[0..N-1], bias)
//   inputCommitment  = Poseidon(x[0..N-1], salt)
//   y                = sum_i weights[i] * x[i] + bias          (one "neuron", a dot product plus bias)
//   outputCommitment = Poseidon(y)
//   binding          is bound by a dummy square (Semaphore's habit) so the proof cannot be re-used with
//                    another binding (the submitter address or request id the verifier rebuilds).
//
// Preconditions: none on the caller; every private signal is an arbitrary field element.
// Constraints: N products + 1 binding square + three circomlib Poseidon hashes (N + 1, N + 1 and 1
// inputs); the bias sum is linear and free. Measured for N = 4 with circom --O2: 860 (the fixture
// compiles with --O2 so they fit a 2^10 powers-of-tau; --O1 keeps 1222 linear constraints more).
template MockInference(N) {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;

    signal input weights[N];
    signal input bias;
    signal input x[N];
    signal input salt;

    // Why: the registry's modelHash must commit to exactly the parameters used below.
    component modelHasher = Poseidon(N + 1);
    for (var i = 0; i < N; i++) {
        modelHasher.inputs[i] <== weights[i];
    }
    modelHasher.inputs[N] <== bias;
    modelCommitment === modelHasher.out;

    // Why: the caller's inputCommitment must commit to exactly the input used below (salted so equal
    // inputs give unlinkable commitments and single-use inferences get distinct ids).
    component inputHasher = Poseidon(N + 1);
    for (var i = 0; i < N; i++) {
        inputHasher.inputs[i] <== x[i];
    }
    inputHasher.inputs[N] <== salt;
    inputCommitment === inputHasher.out;

    // Why: the output is computed from the committed weights and input, not chosen by the prover.
    signal products[N];
    for (var i = 0; i < N; i++) {
        products[i] <== weights[i] * x[i];
    }
    var acc = bias;
    for (var i = 0; i < N; i++) {
        acc += products[i];
    }
    component outputHasher = Poseidon(1);
    outputHasher.inputs[0] <== acc;
    outputCommitment === outputHasher.out;

    // Why: a public input that appears in no constraint could be changed without invalidating the
    // proof; squaring it pins it (front-running protection: the proof stays bound to its submitter).
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MockInference(4);
