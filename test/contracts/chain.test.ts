import { anyValue } from "@nomicfoundation/hardhat-ethers-chai-matchers/withArgs";
import { expect } from "chai";
import { id, toBeHex } from "ethers";
import { network } from "hardhat";

import { BN254_SCALAR_FIELD, fromPublicSignalArray } from "../../src/circuit/publicSignals.js";
import {
  consumerBinding,
  directBinding,
  encodeOutput,
  encodeProof,
  GROTH16_BN254_V1,
  inferenceIdOf,
  modelIdFromLogs,
  PROOF_BYTES,
  PROOF_WITH_CLAIMS_BYTES,
  toBytes32,
} from "../../src/contracts/calldata.js";
import {
  CHAIN_SEGMENT_BYTES,
  chainCommitment,
  chainEndpoints,
  chainProofBytes,
  type ChainSegmentProof,
  decodeChainProof,
  encodeChainProof,
  MAX_CHAIN_SEGMENTS,
  type ModelSegment,
} from "../../src/contracts/chain.js";
import { ZkattnUserError } from "../../src/errors.js";
import { minimalGasLimit } from "../helpers/gasLimit.js";
import {
  CHAIN2,
  CHAIN3,
  chainInputs,
  type MockChainFixtures,
  mockModelSegments,
  type MockSegment,
  proveChain,
  proveSegment,
} from "../../scripts/fixtures/mockChain.js";
import {
  buildMockGenerationFixture,
  MOCK_GENERATION_VERIFIER_CONTRACT,
} from "../../scripts/fixtures/mockGeneration.js";
import {
  buildMockInferenceFixture,
  MOCK_VERIFIER_CONTRACT,
} from "../../scripts/fixtures/mockInference.js";
import { mockInputCommitment, mockModelCommitment } from "../../scripts/fixtures/mockProofs.js";

const { ethers, networkHelpers } = await network.create();

/** A model no chain position is registered with (same circuits, other weights). */
const FOREIGN_MODEL = { weights: [9n, 8n, 7n, 6n], bias: 1n };

describe("ModelRegistry chained models with real Groth16 segment proofs", function () {
  let fixtures: MockChainFixtures;
  const chains = new Map<string, ChainSegmentProof[]>();

  /** The proofs of `segments` bound to `binding` (cached: each proof takes ~0.3 s). */
  async function chainFor(
    segments: readonly MockSegment[],
    binding: bigint,
  ): Promise<ChainSegmentProof[]> {
    const key = `${segments.length}:${binding}`;
    if (!chains.has(key)) chains.set(key, await proveChain(fixtures, segments, binding));
    return chains.get(key)!;
  }

  /** verifyInference arguments of a chain: its endpoints as the registry takes them. */
  function endpoints(proofs: readonly ChainSegmentProof[]) {
    const { inputCommitment, outputCommitment } = chainEndpoints(proofs);
    return { input: toBytes32(inputCommitment), output: encodeOutput(outputCommitment) };
  }

  const signalsOf = (p: ChainSegmentProof) => fromPublicSignalArray(p.publicSignals);

  before(async function () {
    fixtures = {
      generation: await buildMockGenerationFixture(),
      inference: await buildMockInferenceFixture(),
    };
  });

  after(async function () {
    await (
      globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }
    ).curve_bn128?.terminate();
  });

  async function deployRegistry() {
    const [admin, alice, bob, carol] = await ethers.getSigners();
    const generationVerifier = await ethers.deployContract(MOCK_GENERATION_VERIFIER_CONTRACT);
    const inferenceVerifier = await ethers.deployContract(MOCK_VERIFIER_CONTRACT);
    const registry = await ethers.deployContract("ModelRegistry", [admin.address]);
    await registry.registerVerifier(
      fixtures.generation.circuitHash,
      fixtures.generation.vkHash,
      await generationVerifier.getAddress(),
      true,
    );
    await registry.registerVerifier(
      fixtures.inference.circuitHash,
      fixtures.inference.vkHash,
      await inferenceVerifier.getAddress(),
      false, // a production-flagged route, so a chain's development flag is the OR of its segments
    );
    return { admin, alice, bob, carol, registry, generationVerifier, inferenceVerifier };
  }

  /** Alice registers the 2-segment chain (id 1) and the 3-segment chain (id 2). */
  async function deployWithChains() {
    const deployed = await deployRegistry();
    const ids: bigint[] = [];
    for (const segments of [CHAIN2, CHAIN3]) {
      const receipt = await (
        await deployed.registry
          .connect(deployed.alice)
          .registerModelChain(mockModelSegments(fixtures, segments), "ipfs://chain")
      ).wait();
      ids.push(modelIdFromLogs(receipt!.logs, await deployed.registry.getAddress()));
    }
    return { ...deployed, chain2: ids[0], chain3: ids[1] };
  }

  describe("registration", function () {
    it("records the chain commitment of the segments (TypeScript twin) and emits ModelRegistered", async function () {
      const { alice, registry, generationVerifier } =
        await networkHelpers.loadFixture(deployRegistry);
      const segments = mockModelSegments(fixtures, CHAIN3);
      const expected = chainCommitment(segments, "ipfs://chain");
      // Independent of the twin: keccak256(abi.encode(bytes32[])) of the model hashes by hand.
      const words = segments.map((s) => s.modelHash.slice(2)).join("");
      const manual = ethers.keccak256(
        "0x" + toBeHex(32, 32).slice(2) + toBeHex(3, 32).slice(2) + words,
      );
      expect(expected.modelHash).to.equal(manual);
      const tuple = [
        expected.modelHash,
        expected.circuitHash,
        expected.vkHash,
        GROTH16_BN254_V1,
        "ipfs://chain",
      ];
      await expect(registry.connect(alice).registerModelChain(segments, "ipfs://chain"))
        .to.emit(registry, "ModelRegistered")
        .withArgs(1n, alice.address, tuple);
      expect([...(await registry.chainCommitment(segments, "ipfs://chain"))]).to.deep.equal(tuple);
      const [commitment, deprecated, owner] = await registry.getModel(1n);
      expect([...commitment]).to.deep.equal(tuple);
      expect([deprecated, owner]).to.deep.equal([false, alice.address]);
      expect((await registry.getModelSegments(1n, 0n)).map((s) => [...s])).to.deep.equal(
        segments.map((s) => [s.modelHash, s.circuitHash, s.vkHash]),
      );
      // The first segment's route serves verifierOfModel; one development route makes it development.
      expect(await registry.verifierOfModel(1n)).to.equal(await generationVerifier.getAddress());
      expect([...(await registry.modelStatus(1n))]).to.deep.equal([0n, false, true]);
    });

    it("is not a development model when no segment's route is", async function () {
      const { alice, registry } = await networkHelpers.loadFixture(deployRegistry);
      const inference = mockModelSegments(fixtures, [
        { kind: "inference", model: CHAIN3[0].model },
        { kind: "inference", model: CHAIN3[2].model },
      ]);
      await registry.connect(alice).registerModelChain(inference, "");
      expect([...(await registry.modelStatus(1n))]).to.deep.equal([0n, false, false]);
    });

    it("reads a single-proof model as the chain of length one", async function () {
      const { alice, registry } = await networkHelpers.loadFixture(deployRegistry);
      const [segment] = mockModelSegments(fixtures, [CHAIN2[1]]);
      await registry
        .connect(alice)
        .registerModel({ ...segment, proofSystemId: GROTH16_BN254_V1, uri: "" });
      expect((await registry.getModelSegments(1n, 0n)).map((s) => [...s])).to.deep.equal([
        [segment.modelHash, segment.circuitHash, segment.vkHash],
      ]);
      await expect(registry.getModelSegments(1n, 1n))
        .to.be.revertedWithCustomError(registry, "ModelVersionNotFound")
        .withArgs(1n, 1n);
    });

    it("rejects chains of fewer than 2 or more than MAX_CHAIN_SEGMENTS segments", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      expect(await registry.MAX_CHAIN_SEGMENTS()).to.equal(BigInt(MAX_CHAIN_SEGMENTS));
      const [segment] = mockModelSegments(fixtures, [CHAIN2[0]]);
      for (const length of [0, 1, MAX_CHAIN_SEGMENTS + 1]) {
        await expect(registry.registerModelChain(new Array<ModelSegment>(length).fill(segment), ""))
          .to.be.revertedWithCustomError(registry, "InvalidChainLength")
          .withArgs(BigInt(length), BigInt(MAX_CHAIN_SEGMENTS));
      }
      // The longest chain fits its segment table (one data contract).
      const longest = new Array<ModelSegment>(MAX_CHAIN_SEGMENTS).fill(segment);
      await registry.registerModelChain(longest, "");
      expect(await registry.getModelSegments(1n, 0n)).to.have.length(MAX_CHAIN_SEGMENTS);
    });

    it("validates every segment: zero hashes, model hash outside the field, unrouted key", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      const segments = mockModelSegments(fixtures, CHAIN2);
      const withSecond = (override: Partial<ModelSegment>) => [
        segments[0],
        { ...segments[1], ...override },
      ];
      for (const field of ["modelHash", "circuitHash", "vkHash"] as const) {
        await expect(registry.registerModelChain(withSecond({ [field]: toBeHex(0, 32) }), ""))
          .to.be.revertedWithCustomError(registry, "EmptyCommitmentField")
          .withArgs(field);
      }
      const outside = toBytes32(BN254_SCALAR_FIELD);
      await expect(registry.registerModelChain(withSecond({ modelHash: outside }), ""))
        .to.be.revertedWithCustomError(registry, "ModelHashNotInField")
        .withArgs(outside);
      const vkHash = id("unrouted key");
      await expect(registry.registerModelChain(withSecond({ vkHash }), ""))
        .to.be.revertedWithCustomError(registry, "VerifierNotRegistered")
        .withArgs(segments[1].circuitHash, vkHash);
    });
  });

  describe("verifyInference of a valid chain", function () {
    for (const [name, segments, model] of [
      ["2-segment", CHAIN2, "chain2"],
      ["3-segment", CHAIN3, "chain3"],
    ] as const) {
      for (const withClaims of [false, true]) {
        it(`verifies a ${name} chain (${withClaims ? "with claims" : "compact"}) and emits InferenceVerified once`, async function () {
          const deployed = await networkHelpers.loadFixture(deployWithChains);
          const { registry, bob } = deployed;
          const proofs = await chainFor(segments, directBinding(bob.address));
          const { input, output } = endpoints(proofs);
          const proof = encodeChainProof(proofs, { withClaims });
          expect(ethers.getBytes(proof).length).to.equal(
            withClaims
              ? segments.length * PROOF_WITH_CLAIMS_BYTES
              : segments.length * (PROOF_BYTES + 32) - 32,
          );
          const tx = await registry
            .connect(bob)
            .verifyInference(deployed[model], input, output, proof);
          await expect(tx)
            .to.emit(registry, "InferenceVerified")
            .withArgs(deployed[model], input, output, bob.address);
          const logs = (await tx.wait())!.logs;
          expect(logs).to.have.length(1);
        });
      }
    }

    it("links the fixture's segments through their commitments (checked independently)", async function () {
      const proofs = await chainFor(CHAIN3, 1n);
      const inputs = chainInputs(CHAIN3);
      proofs.forEach((p, i) => {
        expect(signalsOf(p).inputCommitment).to.equal(mockInputCommitment(inputs[i]));
        expect(signalsOf(p).modelCommitment).to.equal(mockModelCommitment(CHAIN3[i].model));
        if (i > 0)
          expect(signalsOf(p).inputCommitment).to.equal(signalsOf(proofs[i - 1]).outputCommitment);
      });
    });

    it("binds every segment to bindingOf(consumer, claimant) in verifyInferenceFor and stores the chain's record", async function () {
      const { registry, alice, bob, chain3 } = await networkHelpers.loadFixture(deployWithChains);
      // alice acts as the "consumer" calling the registry for claimant bob.
      const binding = consumerBinding(alice.address, bob.address);
      const proofs = await chainFor(CHAIN3, binding);
      const { input, output } = endpoints(proofs);
      const proof = encodeChainProof(proofs);
      await expect(
        registry.connect(alice).verifyInferenceFor(chain3, input, output, proof, bob.address),
      )
        .to.emit(registry, "InferenceVerifiedFor")
        .withArgs(chain3, 0n, alice.address, bob.address);
      const outputCommitment = chainEndpoints(proofs).outputCommitment;
      const inferenceId = inferenceIdOf(chain3, 0n, input, outputCommitment, binding);
      await expect(
        registry
          .connect(alice)
          .verifyAndStoreInferenceFor(chain3, input, output, proof, bob.address),
      )
        .to.emit(registry, "InferenceStored")
        .withArgs(inferenceId);
      const record = await registry.getInferenceRecord(inferenceId);
      const commitment = chainCommitment(mockModelSegments(fixtures, CHAIN3));
      expect([...record]).to.deep.equal([
        chain3,
        0n,
        commitment.modelHash,
        input,
        outputCommitment,
        alice.address,
        bob.address,
        binding,
      ]);
    });
  });

  describe("rejects a tampered chain with the exact error", function () {
    async function setUp(segments: readonly MockSegment[] = CHAIN3) {
      const deployed = await networkHelpers.loadFixture(deployWithChains);
      const modelId = segments === CHAIN3 ? deployed.chain3 : deployed.chain2;
      const proofs = await chainFor(segments, directBinding(deployed.bob.address));
      return { ...deployed, modelId, proofs, ...endpoints(proofs) };
    }

    it("a segment replaced by its proof for another input", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      // Segment 1 proven on another prompt with the same output (promptFor's free parameter k).
      const otherInput = chainInputs(CHAIN3, undefined, 7n)[1];
      const replaced = await proveSegment(
        fixtures,
        CHAIN3[1],
        otherInput,
        directBinding(bob.address),
      );
      expect(signalsOf(replaced).outputCommitment).to.equal(signalsOf(proofs[1]).outputCommitment);
      const tampered = [proofs[0], replaced, proofs[2]];
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            input,
            output,
            encodeChainProof(tampered, { withClaims: true, unchecked: true }),
          ),
      )
        .to.be.revertedWithCustomError(registry, "ChainLinkBroken")
        .withArgs(1n, signalsOf(proofs[0]).outputCommitment, mockInputCommitment(otherInput));
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, input, output, encodeChainProof(tampered, { unchecked: true })),
      )
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(1n);
    });

    it("a changed intermediate commitment", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      const compact = ethers.getBytes(encodeChainProof(proofs));
      // The cut after segment 0 (its output, segment 1's input) plus one.
      const cut0 = decodeChainProof(ethers.hexlify(compact)).cuts[0];
      compact.set(ethers.getBytes(toBeHex(cut0 + 1n, 32)), PROOF_BYTES);
      await expect(registry.connect(bob).verifyInference(modelId, input, output, compact))
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(0n);
      // With claims: segment 0 claims the changed output, segment 1 still reads the original.
      const changed = [
        { ...proofs[0], publicSignals: withSignal(proofs[0], 2, cut0 + 1n) },
        proofs[1],
        proofs[2],
      ];
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            input,
            output,
            encodeChainProof(changed, { withClaims: true, unchecked: true }),
          ),
      )
        .to.be.revertedWithCustomError(registry, "ChainLinkBroken")
        .withArgs(1n, cut0 + 1n, cut0);
    });

    it("reordered segments", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      const reordered = [proofs[0], proofs[2], proofs[1]];
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            input,
            output,
            encodeChainProof(reordered, { withClaims: true, unchecked: true }),
          ),
      )
        .to.be.revertedWithCustomError(registry, "SegmentModelMismatch")
        .withArgs(1n, mockModelCommitment(CHAIN3[1].model), mockModelCommitment(CHAIN3[2].model));
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            input,
            output,
            encodeChainProof(reordered, { unchecked: true }),
          ),
      )
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(1n);
    });

    it("a segment of a foreign model in its place", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      const foreign = await proveSegment(
        fixtures,
        { kind: "generation", model: FOREIGN_MODEL },
        chainInputs(CHAIN3)[1],
        directBinding(bob.address),
      );
      await expect(
        registry.connect(bob).verifyInference(
          modelId,
          input,
          output,
          encodeChainProof([proofs[0], foreign, proofs[2]], {
            withClaims: true,
            unchecked: true,
          }),
        ),
      )
        .to.be.revertedWithCustomError(registry, "SegmentModelMismatch")
        .withArgs(1n, mockModelCommitment(CHAIN3[1].model), mockModelCommitment(FOREIGN_MODEL));
    });

    it("a dropped segment", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      for (const withClaims of [false, true]) {
        const dropped = encodeChainProof([proofs[0], proofs[2]], { withClaims, unchecked: true });
        await expect(registry.connect(bob).verifyInference(modelId, input, output, dropped))
          .to.be.revertedWithCustomError(registry, "ChainLengthMismatch")
          .withArgs(3n, 2n);
      }
      // A single proof for a chained model is a chain of one.
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            input,
            output,
            encodeProof(proofs[0].proof, proofs[0].publicSignals),
          ),
      )
        .to.be.revertedWithCustomError(registry, "ChainLengthMismatch")
        .withArgs(3n, 1n);
    });

    it("mixed bindings (one segment proven for another submitter)", async function () {
      const { registry, bob, carol, modelId, proofs, input, output } = await setUp();
      const carols = await chainFor(CHAIN3, directBinding(carol.address));
      const mixed = [proofs[0], proofs[1], carols[2]];
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            input,
            output,
            encodeChainProof(mixed, { withClaims: true, unchecked: true }),
          ),
      )
        .to.be.revertedWithCustomError(registry, "ChainBindingMismatch")
        .withArgs(2n, directBinding(bob.address), directBinding(carol.address));
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, input, output, encodeChainProof(mixed, { unchecked: true })),
      )
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(2n);
    });

    it("a chain copied by another sender", async function () {
      const { registry, bob, carol, modelId, proofs, input, output } = await setUp();
      await expect(
        registry
          .connect(carol)
          .verifyInference(modelId, input, output, encodeChainProof(proofs, { withClaims: true })),
      )
        .to.be.revertedWithCustomError(registry, "ChainBindingMismatch")
        .withArgs(0n, directBinding(carol.address), directBinding(bob.address));
      await expect(
        registry.connect(carol).verifyInference(modelId, input, output, encodeChainProof(proofs)),
      )
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(0n);
    });

    it("another prompt or another output than the chain's ends", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      const claims = encodeChainProof(proofs, { withClaims: true });
      const otherInput = toBytes32(BigInt(input) + 1n);
      const otherOutput = encodeOutput(BigInt(output) + 1n);
      await expect(
        registry.connect(bob).verifyInference(modelId, otherInput, output, claims),
      ).to.be.revertedWithCustomError(registry, "InputCommitmentMismatch");
      await expect(
        registry.connect(bob).verifyInference(modelId, input, otherOutput, claims),
      ).to.be.revertedWithCustomError(registry, "OutputMismatch");
      const compact = encodeChainProof(proofs);
      await expect(registry.connect(bob).verifyInference(modelId, otherInput, output, compact))
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(0n);
      await expect(registry.connect(bob).verifyInference(modelId, input, otherOutput, compact))
        .to.be.revertedWithCustomError(registry, "InvalidSegmentProof")
        .withArgs(2n);
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, toBytes32(BN254_SCALAR_FIELD), output, compact),
      )
        .to.be.revertedWithCustomError(registry, "PublicSignalNotInField")
        .withArgs(1n, BN254_SCALAR_FIELD);
    });

    it("a proof of neither encoding's length", async function () {
      const { registry, bob, modelId, proofs, input, output } = await setUp();
      const proof = encodeChainProof(proofs) + "00";
      await expect(registry.connect(bob).verifyInference(modelId, input, output, proof))
        .to.be.revertedWithCustomError(registry, "MalformedProof")
        .withArgs(BigInt(chainProofBytes(3) + 1));
    });

    it("a chain proof sent to a single-proof model", async function () {
      const { registry, alice, bob, proofs, input, output } = await setUp();
      const [segment] = mockModelSegments(fixtures, [CHAIN3[0]]);
      await registry
        .connect(alice)
        .registerModel({ ...segment, proofSystemId: GROTH16_BN254_V1, uri: "" });
      await expect(
        registry.connect(bob).verifyInference(3n, input, output, encodeChainProof(proofs)),
      )
        .to.be.revertedWithCustomError(registry, "MalformedProof")
        .withArgs(BigInt(chainProofBytes(3)));
    });
  });

  describe("gas griefing", function () {
    it("never reports a valid chain sent with too little gas as an invalid segment, for any segment", async function () {
      const { registry, bob, chain3 } = await networkHelpers.loadFixture(deployWithChains);
      const proofs = await chainFor(CHAIN3, directBinding(bob.address));
      const { input, output } = endpoints(proofs);
      const args = [chain3, input, output, encodeChainProof(proofs)] as const;
      const high = await minimalGasLimit(registry.connect(bob).verifyInference, args);
      // Each segment's verifier takes ~190k, so the larger shortfalls stop before segment 1 or 0.
      for (const short of [1n, 100n, 60_000n, 250_000n, 450_000n]) {
        await expect(
          registry.connect(bob).verifyInference(...args, { gasLimit: high - short }),
          `gas limit ${high - short}`,
        )
          .to.be.revertedWithCustomError(registry, "InsufficientGasForVerification")
          .withArgs(anyValue, 225_000n);
      }
      await expect(registry.connect(bob).verifyInference(...args, { gasLimit: high })).to.emit(
        registry,
        "InferenceVerified",
      );
    });
  });

  describe("versions", function () {
    it("pins a chain's version, and updates switch between chain and single proof", async function () {
      const { registry, alice, bob, chain2 } = await networkHelpers.loadFixture(deployWithChains);
      const binding = consumerBinding(alice.address, bob.address);
      const two = await chainFor(CHAIN2, binding);
      const ends2 = endpoints(two);
      await expect(
        registry
          .connect(alice)
          .verifyInferenceForVersion(
            chain2,
            0n,
            ends2.input,
            ends2.output,
            encodeChainProof(two),
            bob.address,
          ),
      )
        .to.emit(registry, "InferenceVerifiedFor")
        .withArgs(chain2, 0n, alice.address, bob.address);

      // Version 1: the 3-segment chain.
      const segments3 = mockModelSegments(fixtures, CHAIN3);
      const old = chainCommitment(mockModelSegments(fixtures, CHAIN2), "ipfs://chain");
      const next = chainCommitment(segments3, "v1");
      await expect(registry.connect(alice).updateModelChain(chain2, segments3, "v1"))
        .to.emit(registry, "ModelUpdated")
        .withArgs(
          chain2,
          [old.modelHash, old.circuitHash, old.vkHash, old.proofSystemId, old.uri],
          [next.modelHash, next.circuitHash, next.vkHash, next.proofSystemId, next.uri],
        );
      expect([...(await registry.modelStatus(chain2))]).to.deep.equal([1n, false, true]);
      await expect(
        registry
          .connect(alice)
          .verifyInferenceForVersion(
            chain2,
            0n,
            ends2.input,
            ends2.output,
            encodeChainProof(two),
            bob.address,
          ),
      )
        .to.be.revertedWithCustomError(registry, "ModelVersionMismatch")
        .withArgs(chain2, 0n, 1n);
      await expect(
        registry
          .connect(alice)
          .verifyInferenceFor(
            chain2,
            ends2.input,
            ends2.output,
            encodeChainProof(two),
            bob.address,
          ),
      )
        .to.be.revertedWithCustomError(registry, "ChainLengthMismatch")
        .withArgs(3n, 2n);
      const three = await chainFor(CHAIN3, binding);
      const ends3 = endpoints(three);
      await registry
        .connect(alice)
        .verifyInferenceForVersion(
          chain2,
          1n,
          ends3.input,
          ends3.output,
          encodeChainProof(three),
          bob.address,
        );
      expect((await registry.getModelSegments(chain2, 0n)).length).to.equal(2);
      expect((await registry.getModelSegments(chain2, 1n)).length).to.equal(3);

      // Version 2: a single proof (the inference segment alone); chain proofs are now malformed.
      const [single] = mockModelSegments(fixtures, [CHAIN3[2]]);
      await registry
        .connect(alice)
        .updateModel(chain2, { ...single, proofSystemId: GROTH16_BN254_V1, uri: "v2" });
      expect([...(await registry.modelStatus(chain2))]).to.deep.equal([2n, false, false]);
      const last = three[2];
      const s = signalsOf(last);
      await registry
        .connect(alice)
        .verifyInferenceForVersion(
          chain2,
          2n,
          toBytes32(s.inputCommitment),
          encodeOutput(s.outputCommitment),
          encodeProof(last.proof, last.publicSignals),
          bob.address,
        );
      await expect(
        registry
          .connect(alice)
          .verifyInferenceFor(
            chain2,
            ends3.input,
            ends3.output,
            encodeChainProof(three),
            bob.address,
          ),
      )
        .to.be.revertedWithCustomError(registry, "MalformedProof")
        .withArgs(BigInt(chainProofBytes(3)));
    });

    it("lets only the model owner update a chain, and never a deprecated one", async function () {
      const { registry, alice, bob, chain2 } = await networkHelpers.loadFixture(deployWithChains);
      const segments = mockModelSegments(fixtures, CHAIN3);
      await expect(registry.connect(bob).updateModelChain(chain2, segments, ""))
        .to.be.revertedWithCustomError(registry, "NotModelOwner")
        .withArgs(chain2, bob.address);
      await registry.connect(alice).deprecateModel(chain2);
      await expect(registry.connect(alice).updateModelChain(chain2, segments, ""))
        .to.be.revertedWithCustomError(registry, "ModelIsDeprecated")
        .withArgs(chain2);
      const proofs = await chainFor(CHAIN2, directBinding(bob.address));
      const { input, output } = endpoints(proofs);
      await expect(
        registry.connect(bob).verifyInference(chain2, input, output, encodeChainProof(proofs)),
      )
        .to.be.revertedWithCustomError(registry, "VerificationRefused_ModelDeprecated")
        .withArgs(chain2);
    });
  });

  describe("encodeChainProof (TypeScript)", function () {
    it("lays out proofs and cuts as documented, and decodes back", async function () {
      const proofs = await chainFor(CHAIN3, 1n);
      const compact = encodeChainProof(proofs);
      expect(ethers.getBytes(compact).length).to.equal(3 * CHAIN_SEGMENT_BYTES - 32);
      const decoded = decodeChainProof(compact);
      expect(decoded.withClaims).to.equal(false);
      expect(decoded.proofs).to.deep.equal(
        proofs.map((p) => encodeProof(p.proof, p.publicSignals)),
      );
      expect(decoded.cuts).to.deep.equal([
        signalsOf(proofs[0]).outputCommitment,
        signalsOf(proofs[1]).outputCommitment,
      ]);
      const claims = decodeChainProof(encodeChainProof(proofs, { withClaims: true }));
      expect(claims.withClaims).to.equal(true);
      expect(claims.proofs).to.have.length(3);
      expect(claims.cuts).to.deep.equal([]);
    });

    it("refuses broken links, mixed bindings and chains of one", async function () {
      const proofs = await chainFor(CHAIN3, 1n);
      const other = await chainFor(CHAIN3, 2n);
      expect(() => encodeChainProof([proofs[0], proofs[2], proofs[1]]))
        .to.throw(ZkattnUserError)
        .with.property("message")
        .that.matches(/segment 1 reads input commitment/);
      expect(() => encodeChainProof([proofs[0], proofs[1], other[2]]))
        .to.throw(ZkattnUserError)
        .with.property("message")
        .that.matches(/segment 2 is bound to 2, segment 0 to 1/);
      expect(() => encodeChainProof([proofs[0]]))
        .to.throw(ZkattnUserError)
        .with.property("message")
        .that.matches(/2 to 64 segments, got 1/);
      expect(() => decodeChainProof("0x" + "00".repeat(PROOF_BYTES)))
        .to.throw(ZkattnUserError)
        .with.property("message")
        .that.matches(/got 256/);
    });

    it("agrees with the registry's constants", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      expect(await registry.CHAIN_SEGMENT_BYTES()).to.equal(BigInt(CHAIN_SEGMENT_BYTES));
      expect(await registry.MAX_CHAIN_SEGMENTS()).to.equal(BigInt(MAX_CHAIN_SEGMENTS));
    });
  });
});

/** `p`'s public signals with signal number `index` replaced by `value` (a deliberate edit). */
function withSignal(p: ChainSegmentProof, index: number, value: bigint): bigint[] {
  return p.publicSignals.map((s, i) => (i === index ? value : BigInt(s)));
}
