import { expect } from "chai";
import * as snarkjs from "snarkjs";

import { readR1csInfo, requiredPtauPower } from "../../src/setup/r1cs.js";
import { compileTestCircuit } from "./fixtures.js";

describe("r1cs header (setup/r1cs)", function () {
  it("reads the same header as snarkjs r1cs info", async function () {
    const c = await compileTestCircuit("setup_small");
    const ours = await readR1csInfo(c.r1csPath);
    const theirs = await snarkjs.r1cs.info(c.r1csPath);
    expect(ours).to.deep.include({
      nConstraints: theirs.nConstraints,
      nVars: theirs.nVars,
      nOutputs: theirs.nOutputs,
      nPubInputs: theirs.nPubInputs,
      nPrvInputs: theirs.nPrvInputs,
    });
    expect(ours.prime).to.equal(BigInt(theirs.prime.toString()));
  });

  it("needs the power of two that holds the constraints plus one row per public signal and the constant", function () {
    const base = {
      nVars: 0,
      nPrvInputs: 0,
      prime: 21888242871839275222246405745257275088548364400416034343698204186575808495617n,
    };
    // 2^16 rows exactly fit power 16; one more row needs power 17.
    expect(
      requiredPtauPower({ ...base, nConstraints: 65536 - 3, nOutputs: 1, nPubInputs: 1 }),
    ).to.equal(16);
    expect(
      requiredPtauPower({ ...base, nConstraints: 65536 - 2, nOutputs: 1, nPubInputs: 1 }),
    ).to.equal(17);
  });

  it("refuses a circuit compiled for another prime", function () {
    const bls = 52435875175126190479447740508185965837690552500527637822603658699938581184513n;
    expect(() =>
      requiredPtauPower({
        nConstraints: 10,
        nVars: 0,
        nOutputs: 0,
        nPubInputs: 0,
        nPrvInputs: 0,
        prime: bls,
      }),
    ).to.throw(
      `setup: the circuit was compiled for prime ${bls}, not BN254; compile with circom's default prime (bn128)`,
    );
  });
});
