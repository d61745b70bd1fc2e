import { readFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import * as snarkjs from "snarkjs";

import { checkGeneratedVerifiers } from "../../src/setup/check.js";
import { silentLogger } from "../../src/setup/progress.js";
import { groth16Template, renderVerifier, verifierContractName } from "../../src/setup/verifier.js";
import { type Groth16VerificationKey, verifierWords, vkHash } from "../../src/setup/vkHash.js";
import { projectRoot, smallDevSetup } from "./fixtures.js";

type Calldata = [
  [string, string],
  [[string, string], [string, string]],
  [string, string],
  string[],
];

/** snarkjs' Solidity calldata for a proof, parsed into verifyProof's four arguments. */
async function calldataOf(proof: snarkjs.Groth16Proof, publicSignals: string[]): Promise<Calldata> {
  return JSON.parse(
    `[${await snarkjs.groth16.exportSolidityCallData(proof, publicSignals)}]`,
  ) as Calldata;
}

describe("Groth16 verifier export (setup/verifier)", function () {
  it("names the contract after the circuit", function () {
    expect(verifierContractName("setup_small")).to.equal("SetupSmallVerifier");
    expect(verifierContractName("gpt-nano-sort")).to.equal("GptNanoSortVerifier");
    expect(verifierContractName("2layer")).to.equal("C2layerVerifier");
  });

  it("keeps snarkjs' verifier untouched except for the contract name", async function () {
    const r = await smallDevSetup();
    const stock: string = await snarkjs.zKey.exportSolidityVerifier(r.zkeyPath, {
      groth16: await groth16Template(),
    });
    const ours = await renderVerifier(r.zkeyPath, "SetupSmallVerifier");
    const a = stock.split("\n");
    const b = ours.split("\n");
    expect(b.length).to.equal(a.length);
    const differing = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    expect(differing).to.deep.equal([
      ["contract Groth16Verifier {", "contract SetupSmallVerifier {"],
    ]);
    expect(b[0]).to.equal("// SPDX-License-Identifier: GPL-3.0");
  });

  it("keeps the committed verifier identical to what the pipeline generates", async function () {
    const results = await checkGeneratedVerifiers({ root: projectRoot, logger: silentLogger });
    expect(results.map((r) => [r.solPath, r.upToDate])).to.deep.equal([
      ["contracts/verifiers/generated/SetupSmallVerifier.sol", true],
    ]);
  });

  it("computes vkHash from the same words the Solidity verifier declares, in its order", async function () {
    const r = await smallDevSetup();
    const sol = await readFile(
      path.join(projectRoot, "contracts/verifiers/generated/SetupSmallVerifier.sol"),
      "utf8",
    );
    // Independent of vkHash.ts: read the constants back out of the generated contract.
    const declared = [...sol.matchAll(/uint256 constant (\w+)\s*=\s*(\d+);/g)]
      .filter(([, name]) => name !== "r" && name !== "q")
      .map(([, , value]) => BigInt(value));
    const vk = JSON.parse(await readFile(r.vkeyPath, "utf8")) as Groth16VerificationKey;
    expect(verifierWords(vk)).to.deep.equal(declared);
    expect(vkHash(vk)).to.equal(r.manifest.vkHash);
  });

  describe("on the Hardhat network", function () {
    const input = { x: 3, offset: 5, binding: 7 };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let verifier: any;
    let calldata: Calldata;
    let otherCalldata: Calldata;

    before(async function () {
      const r = await smallDevSetup();
      const wasm = path.join(projectRoot, "build/setup_small/setup_small_js/setup_small.wasm");
      const p1 = await snarkjs.groth16.fullProve(input, wasm, r.zkeyPath);
      const p2 = await snarkjs.groth16.fullProve({ ...input, x: 4 }, wasm, r.zkeyPath);
      calldata = await calldataOf(p1.proof, p1.publicSignals);
      otherCalldata = await calldataOf(p2.proof, p2.publicSignals);
      const { ethers } = await network.create();
      verifier = await ethers.deployContract("SetupSmallVerifier");
    });

    it("accepts a valid proof", async function () {
      expect(await verifier.verifyProof(...calldata)).to.equal(true);
    });

    it("rejects a proof whose A point comes from another proof", async function () {
      const [, b, c, pub] = calldata;
      expect(await verifier.verifyProof(otherCalldata[0], b, c, pub)).to.equal(false);
    });

    it("rejects a valid proof presented with another binding", async function () {
      const [a, b, c, pub] = calldata;
      expect(
        await verifier.verifyProof(a, b, c, [
          pub[0],
          pub[1],
          "0x" + (BigInt(pub[2]) + 1n).toString(16),
        ]),
      ).to.equal(false);
    });

    it("rejects a public signal outside the scalar field", async function () {
      const [a, b, c, pub] = calldata;
      const r = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
      expect(
        await verifier.verifyProof(a, b, c, [
          pub[0],
          pub[1],
          "0x" + (BigInt(pub[2]) + r).toString(16),
        ]),
      ).to.equal(false);
    });
  });
});
