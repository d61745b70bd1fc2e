pragma circom 2.2.0;

// out = in^(2^n): n chained squarings, exactly n constraints. Building block of the setup
// test and benchmark circuits (many small components compile fast; docs/design.md "Toolchain facts").
template SquareChain(n) {
    signal input in;
    signal output out;
    signal s[n + 1];
    s[0] <== in;
    for (var i = 0; i < n; i++) {
        // why: one multiplication gate per step; the chain cannot be shortcut by the prover.
        s[i + 1] <== s[i] * s[i];
    }
    out <== s[n];
}

// nBlocks SquareChain(perBlock) components in series: nBlocks * perBlock constraints.
template SquareChainBlocks(nBlocks, perBlock) {
    signal input in;
    signal output out;
    component blocks[nBlocks];
    for (var b = 0; b < nBlocks; b++) {
        blocks[b] = SquareChain(perBlock);
        blocks[b].in <== b == 0 ? in : blocks[b - 1].out;
    }
    out <== blocks[nBlocks - 1].out;
}
