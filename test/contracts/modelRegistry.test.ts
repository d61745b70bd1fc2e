import { expect } from "chai";
import { id, Interface, toBeHex, ZeroAddress } from "ethers";
import { network } from "hardhat";

import { BN254_SCALAR_FIELD, PUBLIC_SIGNALS } from "../../src/circuit/publicSignals.js";
import {
  consumerBinding,
  decodeProof,
  directBinding,
  encodeOutput,
  encodeProofArgs,
  GROTH16_BN254_V1,
  inferenceIdOf,
  modelIdFromLogs,
  PROOF_BYTES,
  PROOF_WITH_CLAIMS_BYTES,
  toBytes32,
} from "../../src/contracts/calldata.js";
import {
  buildMockInferenceFixture,
  MOCK_VERIFIER_CONTRACT,
  type MockInferenceFixture,
} from "../../scripts/fixtures/mockInference.js";
import {
  MOCK_INPUT,
  MOCK_MODEL,
  mockModelCommitment,
  proveMock,
  type MockModel,
  type MockProof,
} from "../../scripts/fixtures/mockProofs.js";
import { minimalGasLimit } from "../helpers/gasLimit.js";

const { ethers, networkHelpers } = await network.create();

/** A second model (other weights) served by the same circuit and key. */
const OTHER_MODEL: MockModel = { weights: [9n, 8n, 7n, 6n], bias: 1n };
const INDEX = Object.fromEntries(PUBLIC_SIGNALS.map((name, i) => [name, BigInt(i)])) as Record<
  (typeof PUBLIC_SIGNALS)[number],
  bigint
>;

describe("ModelRegistry (ERC-7992) with real Groth16 proofs of the mock inference circuit", function () {
  let fixture: MockInferenceFixture;
  const proofs = new Map<string, MockProof>();

  /** A proof bound to `binding` (cached: snarkjs proving takes ~0.3 s). */
  async function proofFor(binding: bigint, model: MockModel = MOCK_MODEL): Promise<MockProof> {
    const key = `${binding}:${model.weights.join(",")}:${model.bias}`;
    if (!proofs.has(key)) proofs.set(key, await proveMock(fixture, binding, model, MOCK_INPUT));
    return proofs.get(key)!;
  }

  before(async function () {
    fixture = await buildMockInferenceFixture();
  });

  after(async function () {
    // snarkjs's shared curve keeps worker threads alive; ffjavascript rebuilds it on next use.
    await (
      globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }
    ).curve_bn128?.terminate();
  });

  function commitmentOf(model: MockModel, overrides: Partial<Record<string, string>> = {}) {
    return {
      modelHash: toBytes32(mockModelCommitment(model)),
      circuitHash: fixture.circuitHash,
      vkHash: fixture.vkHash,
      proofSystemId: GROTH16_BN254_V1,
      uri: "ipfs://mock-inference",
      ...overrides,
    };
  }

  async function deployRegistry() {
    const [admin, alice, bob, carol] = await ethers.getSigners();
    const verifier = await ethers.deployContract(MOCK_VERIFIER_CONTRACT);
    const registry = await ethers.deployContract("ModelRegistry", [admin.address]);
    await registry.registerVerifier(
      fixture.circuitHash,
      fixture.vkHash,
      await verifier.getAddress(),
      true, // the mock fixture's keys come from a development setup
    );
    return { admin, alice, bob, carol, verifier, registry };
  }

  async function deployWithModel() {
    const deployed = await deployRegistry();
    const receipt = await (
      await deployed.registry.connect(deployed.alice).registerModel(commitmentOf(MOCK_MODEL))
    ).wait();
    const modelId = modelIdFromLogs(receipt!.logs, await deployed.registry.getAddress());
    return { ...deployed, modelId };
  }

  describe("verifier routes", function () {
    it("adds a route once and emits VerifierRegistered", async function () {
      const { admin, registry, verifier } = await networkHelpers.loadFixture(deployRegistry);
      const circuitHash = id("another circuit");
      await expect(
        registry
          .connect(admin)
          .registerVerifier(circuitHash, fixture.vkHash, await verifier.getAddress(), false),
      )
        .to.emit(registry, "VerifierRegistered")
        .withArgs(circuitHash, fixture.vkHash, await verifier.getAddress(), false);
      expect(await registry.verifierOf(circuitHash, fixture.vkHash)).to.equal(
        await verifier.getAddress(),
      );
    });

    it("marks a route registered as development, visible per route and per model (finding 2)", async function () {
      const { alice, registry, verifier } = await networkHelpers.loadFixture(deployRegistry);
      // deployRegistry routed the mock fixture's development key with development = true.
      expect(await registry.isDevelopmentRoute(fixture.circuitHash, fixture.vkHash)).to.equal(true);
      const productionVk = id("a production key");
      await expect(
        registry.registerVerifier(
          fixture.circuitHash,
          productionVk,
          await verifier.getAddress(),
          false,
        ),
      )
        .to.emit(registry, "VerifierRegistered")
        .withArgs(fixture.circuitHash, productionVk, await verifier.getAddress(), false);
      expect(await registry.isDevelopmentRoute(fixture.circuitHash, productionVk)).to.equal(false);
      await registry.connect(alice).registerModel(commitmentOf(MOCK_MODEL));
      expect([...(await registry.modelStatus(1n))]).to.deep.equal([0n, false, true]);
      // An update to the production route clears the flag with the version.
      await registry
        .connect(alice)
        .updateModel(1n, commitmentOf(MOCK_MODEL, { vkHash: productionVk }));
      expect([...(await registry.modelStatus(1n))]).to.deep.equal([1n, false, false]);
      await registry.connect(alice).deprecateModel(1n);
      expect([...(await registry.modelStatus(1n))]).to.deep.equal([1n, true, false]);
      await expect(registry.modelStatus(2n))
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(2n);
    });

    it("never overwrites a route", async function () {
      const { registry, verifier } = await networkHelpers.loadFixture(deployRegistry);
      const other = await ethers.deployContract(MOCK_VERIFIER_CONTRACT);
      await expect(
        registry.registerVerifier(
          fixture.circuitHash,
          fixture.vkHash,
          await other.getAddress(),
          false,
        ),
      )
        .to.be.revertedWithCustomError(registry, "VerifierAlreadyRegistered")
        .withArgs(fixture.circuitHash, fixture.vkHash, await verifier.getAddress());
    });

    it("lets only the registry owner add routes", async function () {
      const { alice, registry, verifier } = await networkHelpers.loadFixture(deployRegistry);
      await expect(
        registry
          .connect(alice)
          .registerVerifier(id("c"), id("v"), await verifier.getAddress(), false),
      )
        .to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount")
        .withArgs(alice.address);
    });

    it("rejects a verifier without code and zero hashes", async function () {
      const { alice, registry, verifier } = await networkHelpers.loadFixture(deployRegistry);
      await expect(registry.registerVerifier(id("c"), id("v"), alice.address, false))
        .to.be.revertedWithCustomError(registry, "VerifierHasNoCode")
        .withArgs(alice.address);
      await expect(
        registry.registerVerifier(toBeHex(0, 32), id("v"), await verifier.getAddress(), false),
      )
        .to.be.revertedWithCustomError(registry, "EmptyCommitmentField")
        .withArgs("circuitHash");
      await expect(
        registry.registerVerifier(id("c"), toBeHex(0, 32), await verifier.getAddress(), false),
      )
        .to.be.revertedWithCustomError(registry, "EmptyCommitmentField")
        .withArgs("vkHash");
    });
  });

  describe("registration", function () {
    it("registers a model, issues id 1 and emits ModelRegistered with the commitment", async function () {
      const { alice, registry, verifier } = await networkHelpers.loadFixture(deployRegistry);
      const c = commitmentOf(MOCK_MODEL);
      await expect(registry.connect(alice).registerModel(c))
        .to.emit(registry, "ModelRegistered")
        .withArgs(1n, alice.address, [
          c.modelHash,
          c.circuitHash,
          c.vkHash,
          c.proofSystemId,
          c.uri,
        ]);
      const [commitment, deprecated, owner] = await registry.getModel(1n);
      expect([...commitment]).to.deep.equal([
        c.modelHash,
        c.circuitHash,
        c.vkHash,
        c.proofSystemId,
        c.uri,
      ]);
      expect(deprecated).to.equal(false);
      expect(owner).to.equal(alice.address);
      expect(await registry.modelCount()).to.equal(1n);
      expect(await registry.verifierOfModel(1n)).to.equal(await verifier.getAddress());
      expect(await registry.proofSystemOf(1n)).to.equal(GROTH16_BN254_V1);
      expect(await registry.registry()).to.equal(await registry.getAddress());
    });

    for (const field of ["modelHash", "circuitHash", "vkHash"]) {
      it(`rejects a zero ${field}`, async function () {
        const { registry } = await networkHelpers.loadFixture(deployRegistry);
        await expect(registry.registerModel(commitmentOf(MOCK_MODEL, { [field]: toBeHex(0, 32) })))
          .to.be.revertedWithCustomError(registry, "EmptyCommitmentField")
          .withArgs(field);
      });
    }

    it("rejects a modelHash equal to the BN254 scalar field modulus", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      const modelHash = toBytes32(BN254_SCALAR_FIELD);
      await expect(registry.registerModel(commitmentOf(MOCK_MODEL, { modelHash })))
        .to.be.revertedWithCustomError(registry, "ModelHashNotInField")
        .withArgs(modelHash);
    });

    it("rejects a proof system other than groth16-bn254-v1", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      const plonk = id("plonk-bn254-v2").slice(0, 10);
      await expect(registry.registerModel(commitmentOf(MOCK_MODEL, { proofSystemId: plonk })))
        .to.be.revertedWithCustomError(registry, "UnsupportedProofSystem")
        .withArgs(plonk);
    });

    it("rejects a commitment whose (circuitHash, vkHash) has no verifier route", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      const vkHash = id("unrouted key");
      await expect(registry.registerModel(commitmentOf(MOCK_MODEL, { vkHash })))
        .to.be.revertedWithCustomError(registry, "VerifierNotRegistered")
        .withArgs(fixture.circuitHash, vkHash);
    });

    it("reports unknown models with ModelNotFound", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithModel);
      await expect(registry.getModel(2n))
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(2n);
      await expect(registry.getModel(0n))
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(0n);
    });

    it("supports ERC-165 for the three ERC-7992 interfaces and IERC165, not 0xffffffff", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      // Interface ids computed here from the ERC text's function signatures (XOR of selectors).
      const interfaceId = (signatures: string[]) => {
        const iface = new Interface(signatures.map((s) => `function ${s}`));
        let x = 0n;
        iface.forEachFunction((f) => (x ^= BigInt(f.selector)));
        return toBeHex(x, 4);
      };
      const tuple = "(bytes32,bytes32,bytes32,bytes4,string)";
      const ercRegistry = interfaceId([
        `registerModel(${tuple})`,
        `updateModel(uint256,${tuple})`,
        "deprecateModel(uint256)",
        "getModel(uint256)",
      ]);
      const ercVerifier = interfaceId([
        "verifyInference(uint256,bytes32,bytes,bytes)",
        "proofSystemOf(uint256)",
        "registry()",
      ]);
      const ercStorage = interfaceId([
        "verifyAndStoreInference(uint256,bytes32,bytes,bytes)",
        "getInference(bytes32)",
      ]);
      for (const iid of [ercRegistry, ercVerifier, ercStorage, "0x01ffc9a7"]) {
        expect(await registry.supportsInterface(iid), iid).to.equal(true);
      }
      expect(await registry.supportsInterface("0xffffffff")).to.equal(false);
    });
  });

  describe("updates, versions and deprecation", function () {
    it("lets the owner update, keeps the history and emits ModelUpdated(old, new)", async function () {
      const { alice, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const v0 = commitmentOf(MOCK_MODEL);
      const v1 = commitmentOf(OTHER_MODEL, { uri: "ipfs://v1" });
      const asArray = (c: typeof v0) => [
        c.modelHash,
        c.circuitHash,
        c.vkHash,
        c.proofSystemId,
        c.uri,
      ];
      await expect(registry.connect(alice).updateModel(modelId, v1))
        .to.emit(registry, "ModelUpdated")
        .withArgs(modelId, asArray(v0), asArray(v1));
      expect(await registry.modelVersionCount(modelId)).to.equal(2n);
      expect([...(await registry.getModelVersion(modelId, 0n))]).to.deep.equal(asArray(v0));
      expect([...(await registry.getModelVersion(modelId, 1n))]).to.deep.equal(asArray(v1));
      expect([...(await registry.getModel(modelId))[0]]).to.deep.equal(asArray(v1));
      await expect(registry.getModelVersion(modelId, 2n))
        .to.be.revertedWithCustomError(registry, "ModelVersionNotFound")
        .withArgs(modelId, 2n);
    });

    it("refuses updates and deprecation from anyone but the model owner", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      await expect(registry.connect(bob).updateModel(modelId, commitmentOf(OTHER_MODEL)))
        .to.be.revertedWithCustomError(registry, "NotModelOwner")
        .withArgs(modelId, bob.address);
      await expect(registry.connect(bob).deprecateModel(modelId))
        .to.be.revertedWithCustomError(registry, "NotModelOwner")
        .withArgs(modelId, bob.address);
    });

    it("refuses to update an unknown model", async function () {
      const { alice, registry } = await networkHelpers.loadFixture(deployWithModel);
      await expect(registry.connect(alice).updateModel(7n, commitmentOf(OTHER_MODEL)))
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(7n);
    });

    it("deprecates once, emits ModelDeprecated, then refuses updates and a second deprecation", async function () {
      const { alice, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      await expect(registry.connect(alice).deprecateModel(modelId))
        .to.emit(registry, "ModelDeprecated")
        .withArgs(modelId);
      expect((await registry.getModel(modelId))[1]).to.equal(true);
      await expect(registry.connect(alice).deprecateModel(modelId))
        .to.be.revertedWithCustomError(registry, "ModelIsDeprecated")
        .withArgs(modelId);
      await expect(registry.connect(alice).updateModel(modelId, commitmentOf(OTHER_MODEL)))
        .to.be.revertedWithCustomError(registry, "ModelIsDeprecated")
        .withArgs(modelId);
    });
  });

  describe("two-step model ownership", function () {
    it("transfers only when the new owner accepts, with both events", async function () {
      const { alice, bob, carol, registry, modelId } =
        await networkHelpers.loadFixture(deployWithModel);
      await expect(registry.connect(alice).transferModelOwnership(modelId, bob.address))
        .to.emit(registry, "ModelOwnershipTransferStarted")
        .withArgs(modelId, alice.address, bob.address);
      expect((await registry.getModel(modelId))[2]).to.equal(alice.address);
      expect(await registry.pendingModelOwner(modelId)).to.equal(bob.address);
      await expect(registry.connect(carol).acceptModelOwnership(modelId))
        .to.be.revertedWithCustomError(registry, "NotPendingModelOwner")
        .withArgs(modelId, carol.address);
      await expect(registry.connect(bob).acceptModelOwnership(modelId))
        .to.emit(registry, "ModelOwnershipTransferred")
        .withArgs(modelId, alice.address, bob.address);
      expect((await registry.getModel(modelId))[2]).to.equal(bob.address);
      expect(await registry.pendingModelOwner(modelId)).to.equal(ZeroAddress);
      await expect(registry.connect(alice).deprecateModel(modelId))
        .to.be.revertedWithCustomError(registry, "NotModelOwner")
        .withArgs(modelId, alice.address);
    });

    it("cancels a pending transfer when the owner offers it to the zero address", async function () {
      const { alice, bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      await registry.connect(alice).transferModelOwnership(modelId, bob.address);
      await expect(registry.connect(alice).transferModelOwnership(modelId, ZeroAddress))
        .to.emit(registry, "ModelOwnershipTransferStarted")
        .withArgs(modelId, alice.address, ZeroAddress);
      await expect(registry.connect(bob).acceptModelOwnership(modelId))
        .to.be.revertedWithCustomError(registry, "NotPendingModelOwner")
        .withArgs(modelId, bob.address);
      expect((await registry.getModel(modelId))[2]).to.equal(alice.address);
    });

    it("refuses to start a transfer from anyone but the owner", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      await expect(registry.connect(bob).transferModelOwnership(modelId, bob.address))
        .to.be.revertedWithCustomError(registry, "NotModelOwner")
        .withArgs(modelId, bob.address);
    });
  });

  describe("verifyInference", function () {
    it("verifies a proof bound to its submitter and emits InferenceVerified", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      await expect(
        registry.connect(bob).verifyInference(modelId, p.inputCommitment, p.output, p.proofBytes),
      )
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, p.inputCommitment, p.output, bob.address);
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, p.inputCommitment, p.output, p.proofWithClaims),
      )
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, p.inputCommitment, p.output, bob.address);
    });

    it("refuses an unknown model", async function () {
      const { bob, registry } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      await expect(
        registry.connect(bob).verifyInference(5n, p.inputCommitment, p.output, p.proofBytes),
      )
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(5n);
    });

    it("refuses a deprecated model", async function () {
      const { alice, bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      await registry.connect(alice).deprecateModel(modelId);
      await expect(
        registry.connect(bob).verifyInference(modelId, p.inputCommitment, p.output, p.proofBytes),
      )
        .to.be.revertedWithCustomError(registry, "VerificationRefused_ModelDeprecated")
        .withArgs(modelId);
    });

    it("refuses a proof made for another model commitment (ModelMismatch with claims, InvalidProof compact)", async function () {
      const { alice, bob, registry } = await networkHelpers.loadFixture(deployWithModel);
      const receipt = await (
        await registry.connect(alice).registerModel(commitmentOf(OTHER_MODEL))
      ).wait();
      const otherId = modelIdFromLogs(receipt!.logs, await registry.getAddress());
      const p = await proofFor(directBinding(bob.address)); // proves MOCK_MODEL, not OTHER_MODEL
      await expect(
        registry
          .connect(bob)
          .verifyInference(otherId, p.inputCommitment, p.output, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "ModelMismatch");
      await expect(
        registry.connect(bob).verifyInference(otherId, p.inputCommitment, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });

    it("checks proofs against the current version only: an update invalidates proofs of the old weights", async function () {
      const { alice, bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const oldProof = await proofFor(directBinding(bob.address), MOCK_MODEL);
      const newProof = await proofFor(directBinding(bob.address), OTHER_MODEL);
      await registry.connect(alice).updateModel(modelId, commitmentOf(OTHER_MODEL));
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            oldProof.inputCommitment,
            oldProof.output,
            oldProof.proofWithClaims,
          ),
      ).to.be.revertedWithCustomError(registry, "ModelMismatch");
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, newProof.inputCommitment, newProof.output, newProof.proofBytes),
      )
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, newProof.inputCommitment, newProof.output, bob.address);
    });

    it("refuses another input commitment than the proven one", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const wrongInput = toBytes32(p.signals.inputCommitment + 1n);
      await expect(
        registry.connect(bob).verifyInference(modelId, wrongInput, p.output, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "InputCommitmentMismatch");
      await expect(
        registry.connect(bob).verifyInference(modelId, wrongInput, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });

    it("refuses another output than the proven one", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const wrongOutput = encodeOutput(p.signals.outputCommitment + 1n);
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, p.inputCommitment, wrongOutput, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "OutputMismatch");
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, p.inputCommitment, wrongOutput, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });

    it("refuses a tampered proof", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const args = decodeProof(p.proofWithClaims);
      // Swap A and C: both stay valid curve points, so only the pairing check can reject the proof.
      const swapped = { ...args, a: args.c, c: args.a };
      for (const withClaims of [false, true]) {
        await expect(
          registry
            .connect(bob)
            .verifyInference(
              modelId,
              p.inputCommitment,
              p.output,
              encodeProofArgs(swapped, withClaims),
            ),
        ).to.be.revertedWithCustomError(registry, "InvalidProof");
      }
      // A coordinate that is not on the curve: the precompile fails and the verifier returns false.
      const offCurve = { ...args, a: [args.a[0], args.a[1] + 1n] as [bigint, bigint] };
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, p.inputCommitment, p.output, encodeProofArgs(offCurve, false)),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });

    it("refuses public inputs at or above the field modulus", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      // inputCommitment + r is the same field element: without the check a verifier reducing mod r could accept it.
      const aliasInput = p.signals.inputCommitment + BN254_SCALAR_FIELD;
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, toBytes32(aliasInput), p.output, p.proofBytes),
      )
        .to.be.revertedWithCustomError(registry, "PublicSignalNotInField")
        .withArgs(INDEX.inputCommitment, aliasInput);
      await expect(
        registry
          .connect(bob)
          .verifyInference(
            modelId,
            p.inputCommitment,
            encodeOutput(BN254_SCALAR_FIELD),
            p.proofBytes,
          ),
      )
        .to.be.revertedWithCustomError(registry, "PublicSignalNotInField")
        .withArgs(INDEX.outputCommitment, BN254_SCALAR_FIELD);
    });

    it("refuses malformed proof and output encodings", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const short = p.proofBytes.slice(0, -64); // 32 bytes fewer
      await expect(
        registry.connect(bob).verifyInference(modelId, p.inputCommitment, p.output, short),
      )
        .to.be.revertedWithCustomError(registry, "MalformedProof")
        .withArgs(BigInt(PROOF_BYTES - 32));
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, p.inputCommitment, p.output + "00", p.proofBytes),
      )
        .to.be.revertedWithCustomError(registry, "MalformedOutput")
        .withArgs(33n);
    });

    it("refuses a proof copied from the mempool and submitted by another sender", async function () {
      const { bob, carol, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      await expect(
        registry
          .connect(carol)
          .verifyInference(modelId, p.inputCommitment, p.output, p.proofWithClaims),
      )
        .to.be.revertedWithCustomError(registry, "BindingMismatch")
        .withArgs(directBinding(carol.address), directBinding(bob.address));
      await expect(
        registry.connect(carol).verifyInference(modelId, p.inputCommitment, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
      // Editing the claimed binding to the copier's does not help: the pairing still binds bob.
      const forged = decodeProof(p.proofWithClaims);
      forged.publicSignals[Number(INDEX.binding)] = directBinding(carol.address);
      await expect(
        registry
          .connect(carol)
          .verifyInference(modelId, p.inputCommitment, p.output, encodeProofArgs(forged, true)),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
      // Nor does the consumer variant, whose binding mixes in the caller.
      await expect(
        registry
          .connect(carol)
          .verifyInferenceFor(modelId, p.inputCommitment, p.output, p.proofWithClaims, bob.address),
      )
        .to.be.revertedWithCustomError(registry, "BindingMismatch")
        .withArgs(consumerBinding(carol.address, bob.address), directBinding(bob.address));
      await expect(
        registry
          .connect(carol)
          .verifyAndStoreInference(modelId, p.inputCommitment, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });
  });

  describe("gas griefing (finding 7)", function () {
    it("never reports a valid proof sent with too little gas as InvalidProof", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const args = [modelId, p.inputCommitment, p.output, p.proofBytes] as const;
      expect(await registry.MIN_VERIFIER_GAS()).to.equal(225_000n);
      // The smallest gas limit that verifies, by bisection over eth_estimateGas's own answer.
      const high = await minimalGasLimit(registry.connect(bob).verifyInference, args);
      // Below it, at every distance, the revert names the gas, not the proof (the verifier would
      // return false for lack of gas, and the registry would say InvalidProof).
      for (const short of [1n, 100n, 5_000n, 20_000n, 60_000n, 150_000n]) {
        await expect(
          registry.connect(bob).verifyInference(...args, { gasLimit: high - short }),
          `gas limit ${high - short}`,
        ).to.be.revertedWithCustomError(registry, "InsufficientGasForVerification");
      }
      await expect(registry.connect(bob).verifyInference(...args, { gasLimit: high })).to.emit(
        registry,
        "InferenceVerified",
      );
    });
  });

  describe("verifyInferenceFor (consumer contracts)", function () {
    it("computes bindingOf(consumer, claimant) as the TypeScript helper does", async function () {
      const { alice, bob, registry } = await networkHelpers.loadFixture(deployRegistry);
      expect(await registry.bindingOf(alice.address, bob.address)).to.equal(
        consumerBinding(alice.address, bob.address),
      );
      expect(consumerBinding(alice.address, bob.address)).to.be.lessThan(1n << 248n);
    });

    it("verifies a proof bound to (caller, claimant) and emits InferenceVerified with the caller", async function () {
      const { bob, carol, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      // bob plays the consumer contract here; the bounty tests use a real one.
      const p = await proofFor(consumerBinding(bob.address, carol.address));
      await expect(
        registry
          .connect(bob)
          .verifyInferenceFor(modelId, p.inputCommitment, p.output, p.proofBytes, carol.address),
      )
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, p.inputCommitment, p.output, bob.address);
      await expect(
        registry
          .connect(bob)
          .verifyInferenceFor(modelId, p.inputCommitment, p.output, p.proofBytes, carol.address),
      )
        .to.emit(registry, "InferenceVerifiedFor")
        .withArgs(modelId, 0n, bob.address, carol.address);
      await expect(
        registry
          .connect(bob)
          .verifyInference(modelId, p.inputCommitment, p.output, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "BindingMismatch");
    });
  });

  describe("verifyAndStoreInference", function () {
    it("stores the inference under inferenceIdOf (version and binding included), emits both events, and refuses a replay", async function () {
      const { bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const inferenceId = inferenceIdOf(
        modelId,
        0n,
        p.inputCommitment,
        p.signals.outputCommitment,
        directBinding(bob.address),
      );
      const tx = registry
        .connect(bob)
        .verifyAndStoreInference(modelId, p.inputCommitment, p.output, p.proofBytes);
      await expect(tx).to.emit(registry, "InferenceStored").withArgs(inferenceId);
      await expect(tx)
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, p.inputCommitment, p.output, bob.address);
      const [storedModel, storedInput, storedOutput] = await registry.getInference(inferenceId);
      expect([storedModel, storedInput, storedOutput]).to.deep.equal([
        modelId,
        p.inputCommitment,
        p.output,
      ]);
      await expect(
        registry
          .connect(bob)
          .verifyAndStoreInference(modelId, p.inputCommitment, p.output, p.proofWithClaims),
      )
        .to.be.revertedWithCustomError(registry, "InferenceAlreadyStored")
        .withArgs(inferenceId);
    });

    it("keeps the direct and consumer id spaces apart: storing first on one path cannot block the other (finding 5)", async function () {
      const { bob, carol, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      // The attack: bob stores the inference directly, before a consumer (bob plays it) stores it
      // for carol. With one shared id space the consumer's store reverted InferenceAlreadyStored.
      const direct = await proofFor(directBinding(bob.address));
      const directId = inferenceIdOf(
        modelId,
        0n,
        direct.inputCommitment,
        direct.signals.outputCommitment,
        directBinding(bob.address),
      );
      await expect(
        registry
          .connect(bob)
          .verifyAndStoreInference(
            modelId,
            direct.inputCommitment,
            direct.output,
            direct.proofBytes,
          ),
      )
        .to.emit(registry, "InferenceStored")
        .withArgs(directId);
      const viaConsumer = await proofFor(consumerBinding(bob.address, carol.address));
      const consumerId = inferenceIdOf(
        modelId,
        0n,
        viaConsumer.inputCommitment,
        viaConsumer.signals.outputCommitment,
        consumerBinding(bob.address, carol.address),
      );
      expect(consumerId).to.not.equal(directId);
      const store = () =>
        registry
          .connect(bob)
          .verifyAndStoreInferenceFor(
            modelId,
            viaConsumer.inputCommitment,
            viaConsumer.output,
            viaConsumer.proofBytes,
            carol.address,
          );
      await expect(store()).to.emit(registry, "InferenceStored").withArgs(consumerId);
      await expect(store())
        .to.be.revertedWithCustomError(registry, "InferenceAlreadyStored")
        .withArgs(consumerId);
      // The records say which version, model hash, submitter, claimant and binding were proven.
      const record = await registry.getInferenceRecord(consumerId);
      expect(record.modelId).to.equal(modelId);
      expect(record.version).to.equal(0n);
      expect(record.modelHash).to.equal(toBytes32(mockModelCommitment(MOCK_MODEL)));
      expect(record.inputCommitment).to.equal(viaConsumer.inputCommitment);
      expect(record.outputCommitment).to.equal(viaConsumer.signals.outputCommitment);
      expect(record.submitter).to.equal(bob.address);
      expect(record.claimant).to.equal(carol.address);
      expect(record.binding).to.equal(consumerBinding(bob.address, carol.address));
      const directRecord = await registry.getInferenceRecord(directId);
      expect(directRecord.submitter).to.equal(bob.address);
      expect(directRecord.claimant).to.equal(bob.address);
      expect(directRecord.binding).to.equal(directBinding(bob.address));
      expect(
        await registry.inferenceIdOf(
          modelId,
          0n,
          viaConsumer.inputCommitment,
          viaConsumer.signals.outputCommitment,
          consumerBinding(bob.address, carol.address),
        ),
      ).to.equal(consumerId);
    });

    it("includes the model version in the id: the same proof stores again under a later version with the same modelHash", async function () {
      const { alice, bob, registry, modelId } = await networkHelpers.loadFixture(deployWithModel);
      const p = await proofFor(directBinding(bob.address));
      const store = () =>
        registry
          .connect(bob)
          .verifyAndStoreInference(modelId, p.inputCommitment, p.output, p.proofBytes);
      const idAt = (version: bigint) =>
        inferenceIdOf(
          modelId,
          version,
          p.inputCommitment,
          p.signals.outputCommitment,
          directBinding(bob.address),
        );
      await expect(store()).to.emit(registry, "InferenceStored").withArgs(idAt(0n));
      // Version 1 under other weights, version 2 back to the first weights (a new uri).
      await registry.connect(alice).updateModel(modelId, commitmentOf(OTHER_MODEL));
      await registry
        .connect(alice)
        .updateModel(modelId, commitmentOf(MOCK_MODEL, { uri: "ipfs://v2" }));
      await expect(store()).to.emit(registry, "InferenceStored").withArgs(idAt(2n));
      expect((await registry.getInferenceRecord(idAt(2n))).version).to.equal(2n);
      await expect(store())
        .to.be.revertedWithCustomError(registry, "InferenceAlreadyStored")
        .withArgs(idAt(2n));
    });

    it("reports a never-stored id with InferenceNotFound", async function () {
      const { registry } = await networkHelpers.loadFixture(deployWithModel);
      const missing = id("missing");
      await expect(registry.getInference(missing))
        .to.be.revertedWithCustomError(registry, "InferenceNotFound")
        .withArgs(missing);
    });
  });

  describe("constants shared with TypeScript", function () {
    it("agree on the proof system id and the proof lengths", async function () {
      const { registry } = await networkHelpers.loadFixture(deployRegistry);
      expect(await registry.GROTH16_BN254_V1()).to.equal(GROTH16_BN254_V1);
      expect(GROTH16_BN254_V1).to.equal(id("groth16-bn254-v1").slice(0, 10));
      expect(await registry.PROOF_BYTES()).to.equal(BigInt(PROOF_BYTES));
      expect(await registry.PROOF_WITH_CLAIMS_BYTES()).to.equal(BigInt(PROOF_WITH_CLAIMS_BYTES));
    });
  });
});
