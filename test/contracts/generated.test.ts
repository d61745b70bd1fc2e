import { readFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import * as snarkjs from "snarkjs";
import type { Groth16Proof } from "snarkjs";

import { PUBLIC_SIGNALS } from "../../src/circuit/publicSignals.js";
import {
  decodeProof,
  encodeProof,
  encodeProofWithClaims,
  type SnarkjsGroth16Proof,
} from "../../src/contracts/calldata.js";
import {
  PUBLIC_SIGNALS_SOL,
  renderPublicSignalsSol,
} from "../../src/contracts/publicSignalsSol.js";
import {
  buildMockInferenceFixture,
  MOCK_BUILD_DIR,
  MOCK_VERIFIER_SOL,
  PROJECT_ROOT,
  type MockInferenceFixture,
} from "../../scripts/fixtures/mockInference.js";
import { directBinding } from "../../src/contracts/calldata.js";
import {
  buildMockGenerationFixture,
  MOCK_GENERATION_VERIFIER_SOL,
} from "../../scripts/fixtures/mockGeneration.js";
import { proveMock } from "../../scripts/fixtures/mockProofs.js";

const read = (rel: string) => readFile(path.join(PROJECT_ROOT, rel), "utf8");

describe("generated contract artifacts and the shared public-signal layout", function () {
  let fixture: MockInferenceFixture;

  before(async function () {
    fixture = await buildMockInferenceFixture();
  });

  after(async function () {
    await (
      globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }
    ).curve_bn128?.terminate();
  });

  it("keeps contracts/lib/PublicSignals.sol equal to what src/circuit/publicSignals.ts generates", async function () {
    expect(
      await read(PUBLIC_SIGNALS_SOL),
      "run npx tsx scripts/gen-public-signals-sol.ts",
    ).to.equal(renderPublicSignalsSol());
  });

  it("declares one Solidity index per public signal, in the TypeScript order", async function () {
    const sol = await read(PUBLIC_SIGNALS_SOL);
    const indices = [...sol.matchAll(/uint256 internal constant ([A-Z_]+) = (\d+);/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    const expected = PUBLIC_SIGNALS.map((name, i) => [
      name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase(),
      i,
    ]);
    expect(indices).to.deep.equal(expected);
    expect(sol).to.contain(`uint256 constant PUBLIC_SIGNAL_COUNT = ${PUBLIC_SIGNALS.length};`);
  });

  it("keeps the committed MockInferenceVerifier.sol equal to what the deterministic fixture setup generates", async function () {
    expect(await read(MOCK_VERIFIER_SOL), "run npx tsx scripts/fixtures/mockInference.ts").to.equal(
      fixture.verifierSource,
    );
    expect(fixture.verifierSource.startsWith("// SPDX-License-Identifier: GPL-3.0\n")).to.equal(
      true,
    );
  });

  it("keeps the committed MockGenerationVerifier.sol equal to what the deterministic fixture setup generates", async function () {
    const generation = await buildMockGenerationFixture();
    expect(
      await read(MOCK_GENERATION_VERIFIER_SOL),
      "run npx tsx scripts/fixtures/mockGeneration.ts",
    ).to.equal(generation.verifierSource);
  });

  it("compiles the mock circuit with its public inputs in the PUBLIC_SIGNALS order (wires 1..4 of the .sym file)", async function () {
    // sym lines: labelId,varId,componentId,name. Wire 0 is the constant 1; public inputs follow.
    const sym = await read(path.join(MOCK_BUILD_DIR, "mock_inference.sym"));
    const byWire = new Map<number, string>();
    for (const line of sym.split("\n")) {
      const [, varId, , name] = line.split(",");
      if (name?.startsWith("main.") && !name.slice(5).includes("."))
        byWire.set(Number(varId), name.slice(5));
    }
    expect(PUBLIC_SIGNALS.map((_, i) => byWire.get(i + 1))).to.deep.equal([...PUBLIC_SIGNALS]);
    expect(fixture.verificationKey.nPublic).to.equal(PUBLIC_SIGNALS.length);
  });

  it("encodes a snarkjs proof exactly as snarkjs exportSolidityCallData does (G2 swap included)", async function () {
    const p = await proveMock(fixture, directBinding("0x00000000000000000000000000000000000000aa"));
    const callData = JSON.parse(
      `[${await snarkjs.groth16.exportSolidityCallData(p.proof as unknown as Groth16Proof, p.publicSignals)}]`,
    ) as string[][];
    const flat = (x: unknown): bigint[] =>
      Array.isArray(x) ? x.flatMap(flat) : [BigInt(x as string)];
    const decoded = decodeProof(
      encodeProofWithClaims(p.proof as SnarkjsGroth16Proof, p.publicSignals),
    );
    expect([decoded.a, decoded.b, decoded.c, decoded.publicSignals].flatMap(flat)).to.deep.equal(
      flat(callData),
    );
    const compact = decodeProof(encodeProof(p.proof as SnarkjsGroth16Proof, p.publicSignals));
    expect([compact.a, compact.b, compact.c].flatMap(flat)).to.deep.equal(
      flat(callData.slice(0, 3)),
    );
    expect(compact.publicSignals).to.deep.equal([]);
  });

  it("refuses to encode a proof with the wrong number of public signals", function () {
    const proof = {
      pi_a: ["1", "2", "1"],
      pi_b: [
        ["1", "2"],
        ["3", "4"],
        ["1", "0"],
      ],
      pi_c: ["1", "2", "1"],
    };
    expect(() => encodeProof(proof, ["1", "2", "3"])).to.throw(
      "contracts: expected 4 public signals (modelCommitment, inputCommitment, outputCommitment, binding), got 3",
    );
  });
});
