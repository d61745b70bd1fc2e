pragma circom 2.2.0;

include "circomlib/circuits/poseidon.circom";

// MockGeneration(N): mock_inference.circom with the output in the clear, the shape of a whole-model
// proof whose public `outputCommitment` signal is the generated tokens packed into one field element
// (16 bits per token, little-endian; docs/registry.md "Acting on a prediction"). It exists so the
// consumer tests (test/contracts/consumer.test.ts) get real Groth16 proofs of chosen packed outputs
// in seconds; it is NOT a language model and checks nothing about the packing.
//
// Relation proven (all arithmetic in the BN254 scalar field, nothing compared or divided):
//   modelCommitment  = Poseidon(weights[0..N-1], bias)
//   inputCommitment  = Poseidon(x[0..N-1], salt)
//   outputCommitment = sum_i weights[i] * x[i] + bias     (unhashed: a test picks x to get any value)
//   binding          is bound by a dummy square (Semaphore's habit) so the proof cannot be re-used
//                    with another binding.
//
// Preconditions: none on the caller; every private signal is an arbitrary field element.
// Constraints: N products + 1 binding square + two circomlib Poseidon hashes of N + 1 inputs; the
// output sum is linear.
template MockGeneration(N) {
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

    // Why: the requester's inputCommitment must commit to exactly the input (the "prompt") used below.
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
    outputCommitment === acc;

    // Why: a public input that appears in no constraint could be changed without invalidating the
    // proof; squaring it pins it (front-running protection: the proof stays bound to its submitter).
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = MockGeneration(4);
