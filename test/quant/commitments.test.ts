import { createRequire } from "node:module";

import { expect } from "chai";

import {
  inputCommitment,
  modelCommitment,
  modelCommitmentElements,
  outputCommitment,
  packSigned,
  sponge,
} from "../../src/circuit/commitments.js";
import { syntheticInput, syntheticLayer } from "../../src/circuit/synthetic.js";

// circomlibjs is the JS twin of circomlib's circuits (same authors); poseidon-lite must agree with it.
// It ships no type declarations, so it is loaded through require with the one signature used here.
interface CircomlibPoseidon {
  (inputs: bigint[]): Uint8Array;
  F: { toObject(x: Uint8Array): bigint };
}
const { buildPoseidon } = createRequire(import.meta.url)("circomlibjs") as {
  buildPoseidon: () => Promise<CircomlibPoseidon>;
};

describe("commitments (Poseidon sponge over packed int values)", () => {
  it("packs signed values with an offset, first value in the lowest bits", () => {
    // w = 8: −128 → 0, 127 → 255, 1 → 129; element = 0 + 255·2^8 + 129·2^16.
    expect(packSigned([-128, 127, 1], 8)).to.deep.equal([0n + 255n * 256n + 129n * 65536n]);
    // 31 int8 values per element: 32 values make two elements, the second holding value 31 alone.
    const vals = Array.from({ length: 32 }, (_, i) => (i === 31 ? 5 : 0));
    const packed = packSigned(vals, 8);
    expect(packed).to.have.length(2);
    expect(packed[1]).to.equal(133n);
    expect(packed[0]).to.equal(
      Array.from({ length: 31 }, (_, i) => 128n << BigInt(8 * i)).reduce((a, b) => a + b),
    );
  });

  it("rejects a value that does not fit the declared width", () => {
    expect(() => packSigned([128], 8)).to.throw(
      "commitments: packSigned: value[0] = 128 does not fit in 8 signed bits",
    );
    expect(() => packSigned([-129n], 8)).to.throw(
      "commitments: packSigned: value[0] = -129 does not fit in 8 signed bits",
    );
  });

  it("sponges 15 elements per Poseidon(16) call, seeded with tag·2^64 + length (circomlibjs agrees)", async () => {
    const poseidon = await buildPoseidon();
    const F = poseidon.F;
    const els = Array.from({ length: 17 }, (_, i) => BigInt(i * 1000 + 7));
    let state = (5n << 64n) + 17n;
    for (const chunk of [els.slice(0, 15), [...els.slice(15), ...Array(13).fill(0n)]]) {
      state = F.toObject(poseidon([state, ...chunk]));
    }
    expect(sponge(5n, els)).to.equal(state);
  });

  it("rejects an empty sponge input", () => {
    expect(() => sponge(1n, [])).to.throw("commitments: sponge: nothing to absorb for tag 1");
  });

  it("separates the three commitments by domain tag and binds the salt", () => {
    const x = syntheticInput(2, 4, 1);
    const p = syntheticLayer({ dModel: 4, nHead: 2, blockSize: 3, seed: 1 });
    const packedX = packSigned(x.flat(), 8);
    expect(inputCommitment(x, 9n)).to.equal(sponge(2n, [...packedX, 9n]));
    expect(inputCommitment(x, 9n)).to.not.equal(inputCommitment(x, 10n));
    expect(outputCommitment(x)).to.equal(sponge(3n, packedX));
    expect(modelCommitment(p)).to.equal(sponge(1n, modelCommitmentElements(p)));
  });

  it("model commitment elements pack each tensor separately (4 weight matrices, 4 bias vectors)", () => {
    const p = syntheticLayer({
      dModel: 4,
      nHead: 2,
      blockSize: 3,
      seed: 2,
      biasBits: 20,
      outBiasBits: 48,
    });
    // D·D = 16 int8 weights → 1 element each; 4 biases of 20 bits (12 per element) → 1; bo at 48 bits (5 per element) → 1.
    const els = modelCommitmentElements(p);
    expect(els).to.have.length(8);
    expect(els[0]).to.equal(packSigned(p.wq, 8)[0]);
    expect(els[7]).to.equal(packSigned(p.bo, 48)[0]);
    const changed = { ...p, wo: p.wo.map((w, i) => (i === 3 ? (w === 0 ? 1 : 0) : w)) };
    expect(modelCommitment(changed)).to.not.equal(modelCommitment(p));
  });
});
