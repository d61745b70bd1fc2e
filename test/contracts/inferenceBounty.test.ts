import { expect } from "chai";
import { parseEther } from "ethers";

import { BN254_SCALAR_FIELD } from "../../src/circuit/publicSignals.js";
import { network } from "hardhat";

import {
  consumerBinding,
  directBinding,
  GROTH16_BN254_V1,
  modelIdFromLogs,
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
  mockInputCommitment,
  mockModelCommitment,
  proveMock,
  type MockModel,
  type MockProof,
} from "../../scripts/fixtures/mockProofs.js";

const { ethers, networkHelpers } = await network.create();

const REWARD = parseEther("1");
const ONE_DAY = 86_400;
/** The model version a bounty pins: 0, the version as registered. */
const VERSION0 = 0n;
/** Other weights served by the same circuit and key: what a model owner could swap in. */
const OTHER_MODEL: MockModel = { weights: [9n, 8n, 7n, 6n], bias: 1n };
const MAX_BOUNTY_DURATION = 365n * 86_400n;

describe("InferenceBounty: an example dApp paying for a verified inference", function () {
  let fixture: MockInferenceFixture;
  const proofs = new Map<string, MockProof>();

  async function proofFor(binding: bigint, model: MockModel = MOCK_MODEL): Promise<MockProof> {
    const key = `${binding}:${model.weights.join(",")}:${model.bias}`;
    if (!proofs.has(key)) proofs.set(key, await proveMock(fixture, binding, model, MOCK_INPUT));
    return proofs.get(key)!;
  }

  function commitmentOf(model: MockModel, uri = "") {
    return {
      modelHash: toBytes32(mockModelCommitment(model)),
      circuitHash: fixture.circuitHash,
      vkHash: fixture.vkHash,
      proofSystemId: GROTH16_BN254_V1,
      uri,
    };
  }

  before(async function () {
    fixture = await buildMockInferenceFixture();
  });

  after(async function () {
    await (
      globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }
    ).curve_bn128?.terminate();
  });

  async function deployBounty() {
    const [admin, modelOwner, requester, carol, dave] = await ethers.getSigners();
    const verifier = await ethers.deployContract(MOCK_VERIFIER_CONTRACT);
    const registry = await ethers.deployContract("ModelRegistry", [admin.address]);
    await registry.registerVerifier(
      fixture.circuitHash,
      fixture.vkHash,
      await verifier.getAddress(),
      true, // the mock fixture's keys come from a development setup
    );
    const receipt = await (
      await registry.connect(modelOwner).registerModel(commitmentOf(MOCK_MODEL))
    ).wait();
    const modelId = modelIdFromLogs(receipt!.logs, await registry.getAddress());
    const bounty = await ethers.deployContract("InferenceBounty", [await registry.getAddress()]);
    const inputCommitment = toBytes32(mockInputCommitment(MOCK_INPUT));
    const deadline = BigInt(await networkHelpers.time.latest()) + BigInt(ONE_DAY);
    await bounty
      .connect(requester)
      .createBounty(modelId, VERSION0, inputCommitment, deadline, { value: REWARD });
    return {
      admin,
      modelOwner,
      requester,
      carol,
      dave,
      registry,
      bounty,
      modelId,
      inputCommitment,
      deadline,
      bountyId: 1n,
    };
  }

  describe("creating", function () {
    it("escrows the reward and emits BountyCreated", async function () {
      const { requester, bounty, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployBounty);
      const deadline = BigInt(await networkHelpers.time.latest()) + 1000n;
      const tx = bounty
        .connect(requester)
        .createBounty(modelId, VERSION0, inputCommitment, deadline, { value: REWARD });
      await expect(tx)
        .to.emit(bounty, "BountyCreated")
        .withArgs(2n, requester.address, modelId, VERSION0, inputCommitment, REWARD, deadline);
      await expect(tx).to.changeEtherBalances(ethers, [requester, bounty], [-REWARD, REWARD]);
      const stored = await bounty.getBounty(2n);
      expect(stored.requester).to.equal(requester.address);
      expect(stored.status).to.equal(1n); // Open
      expect(stored.reward).to.equal(REWARD);
    });

    it("refuses a zero reward, a past deadline, an unknown model and a deprecated one", async function () {
      const { modelOwner, requester, registry, bounty, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployBounty);
      const now = BigInt(await networkHelpers.time.latest());
      await expect(
        bounty.createBounty(modelId, VERSION0, inputCommitment, now + 100n),
      ).to.be.revertedWithCustomError(bounty, "ZeroReward");
      await networkHelpers.time.setNextBlockTimestamp(now + 10n);
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, VERSION0, inputCommitment, now + 10n, { value: 1n }),
      )
        .to.be.revertedWithCustomError(bounty, "DeadlineNotInFuture")
        .withArgs(now + 10n, now + 10n);
      await expect(
        bounty
          .connect(requester)
          .createBounty(9n, VERSION0, inputCommitment, now + 1000n, { value: 1n }),
      )
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(9n);
      await registry.connect(modelOwner).deprecateModel(modelId);
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, VERSION0, inputCommitment, now + 1000n, { value: 1n }),
      )
        .to.be.revertedWithCustomError(bounty, "ModelNotVerifiable")
        .withArgs(modelId);
    });
  });

  describe("claiming", function () {
    it("pays the first valid proof bound to its submitter and records the output commitment", async function () {
      const { carol, registry, bounty, bountyId, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      const tx = bounty.connect(carol).claim(bountyId, p.output, p.proofBytes);
      await expect(tx)
        .to.emit(bounty, "BountyClaimed")
        .withArgs(bountyId, carol.address, modelId, VERSION0, p.signals.outputCommitment, REWARD);
      await expect(tx)
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, inputCommitment, p.output, await bounty.getAddress());
      await expect(tx)
        .to.emit(registry, "InferenceVerifiedFor")
        .withArgs(modelId, VERSION0, await bounty.getAddress(), carol.address);
      // Pull payment: the claim credits, it does not send.
      await expect(tx).to.changeEtherBalances(ethers, [bounty], [0n]);
      const stored = await bounty.getBounty(bountyId);
      expect(stored.status).to.equal(2n); // Claimed
      expect(stored.claimant).to.equal(carol.address);
      expect(stored.outputCommitment).to.equal(p.signals.outputCommitment);
      expect(await bounty.withdrawable(carol.address)).to.equal(REWARD);

      const withdrawal = bounty.connect(carol).withdraw();
      await expect(withdrawal).to.emit(bounty, "Withdrawn").withArgs(carol.address, REWARD);
      await expect(withdrawal).to.changeEtherBalances(ethers, [carol, bounty], [REWARD, -REWARD]);
      await expect(bounty.connect(carol).withdraw())
        .to.be.revertedWithCustomError(bounty, "NothingToWithdraw")
        .withArgs(carol.address);
    });

    it("refuses a second claim of the same bounty", async function () {
      const { carol, dave, bounty, bountyId } = await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      await bounty.connect(carol).claim(bountyId, p.output, p.proofBytes);
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(bounty, "BountyAlreadyClaimed")
        .withArgs(bountyId, carol.address);
      const q = await proofFor(consumerBinding(await bounty.getAddress(), dave.address));
      await expect(bounty.connect(dave).claim(bountyId, q.output, q.proofBytes))
        .to.be.revertedWithCustomError(bounty, "BountyAlreadyClaimed")
        .withArgs(bountyId, carol.address);
    });

    it("refuses a proof copied from the mempool and submitted by another account", async function () {
      const { carol, dave, registry, bounty, bountyId } =
        await networkHelpers.loadFixture(deployBounty);
      const bountyAddress = await bounty.getAddress();
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await expect(bounty.connect(dave).claim(bountyId, p.output, p.proofWithClaims))
        .to.be.revertedWithCustomError(registry, "BindingMismatch")
        .withArgs(
          consumerBinding(bountyAddress, dave.address),
          consumerBinding(bountyAddress, carol.address),
        );
      await expect(
        bounty.connect(dave).claim(bountyId, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
      // The bounty stays open for carol.
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofBytes)).to.emit(
        bounty,
        "BountyClaimed",
      );
    });

    it("refuses a proof bound for a direct registry call (not to this bounty)", async function () {
      const { carol, registry, bounty, bountyId } = await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(directBinding(carol.address));
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofWithClaims))
        .to.be.revertedWithCustomError(registry, "BindingMismatch")
        .withArgs(
          consumerBinding(await bounty.getAddress(), carol.address),
          directBinding(carol.address),
        );
    });

    it("refuses an output that is not abi.encode(uint256) and leaves the bounty open", async function () {
      const { carol, registry, bounty, bountyId } = await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      await expect(bounty.connect(carol).claim(bountyId, p.output + "00", p.proofBytes))
        .to.be.revertedWithCustomError(registry, "MalformedOutput")
        .withArgs(33n);
      expect((await bounty.getBounty(bountyId)).status).to.equal(1n); // Open
      expect(await bounty.withdrawable(carol.address)).to.equal(0n);
    });

    it("refuses claims after the deadline and claims of unknown bounties", async function () {
      const { carol, bounty, bountyId, deadline } = await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      await networkHelpers.time.increaseTo(deadline + 1n);
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(bounty, "BountyExpired")
        .withArgs(bountyId, deadline);
      await expect(bounty.connect(carol).claim(42n, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(bounty, "BountyNotFound")
        .withArgs(42n);
    });

    it("accepts a claim at the deadline itself (inclusive)", async function () {
      const { carol, bounty, bountyId, deadline } = await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      await networkHelpers.time.setNextBlockTimestamp(deadline);
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofBytes)).to.emit(
        bounty,
        "BountyClaimed",
      );
    });
  });

  describe("refunding", function () {
    it("refuses a refund before the deadline", async function () {
      const { requester, bounty, bountyId, deadline } =
        await networkHelpers.loadFixture(deployBounty);
      await networkHelpers.time.setNextBlockTimestamp(deadline);
      await expect(bounty.connect(requester).refund(bountyId))
        .to.be.revertedWithCustomError(bounty, "BountyNotExpired")
        .withArgs(bountyId, deadline, deadline);
    });

    it("refunds an expired bounty to its requester only, once, by pull payment", async function () {
      const { requester, carol, bounty, bountyId, deadline } =
        await networkHelpers.loadFixture(deployBounty);
      await networkHelpers.time.increaseTo(deadline + 1n);
      await expect(bounty.connect(carol).refund(bountyId))
        .to.be.revertedWithCustomError(bounty, "NotRequester")
        .withArgs(bountyId, carol.address);
      await expect(bounty.connect(requester).refund(bountyId))
        .to.emit(bounty, "BountyRefunded")
        .withArgs(bountyId, requester.address, REWARD);
      await expect(bounty.connect(requester).refund(bountyId))
        .to.be.revertedWithCustomError(bounty, "BountyAlreadyRefunded")
        .withArgs(bountyId);
      await expect(bounty.connect(requester).withdraw()).to.changeEtherBalances(
        ethers,
        [requester, bounty],
        [REWARD, -REWARD],
      );
    });

    it("refuses to refund a claimed bounty", async function () {
      const { requester, carol, bounty, bountyId, deadline } =
        await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      await bounty.connect(carol).claim(bountyId, p.output, p.proofBytes);
      await networkHelpers.time.increaseTo(deadline + 1n);
      await expect(bounty.connect(requester).refund(bountyId))
        .to.be.revertedWithCustomError(bounty, "BountyAlreadyClaimed")
        .withArgs(bountyId, carol.address);
      expect(await bounty.withdrawable(requester.address)).to.equal(0n);
    });
  });
  describe("pinned model version (finding 1: model swap under an open bounty)", function () {
    it("refuses a claim proven with weights the model owner swapped in after creation", async function () {
      const { modelOwner, requester, registry, bounty, bountyId, modelId } =
        await networkHelpers.loadFixture(deployBounty);
      // The attack: the model owner updates the model to other weights and claims with their output.
      await registry.connect(modelOwner).updateModel(modelId, commitmentOf(OTHER_MODEL));
      const swapped = await proofFor(
        consumerBinding(await bounty.getAddress(), modelOwner.address),
        OTHER_MODEL,
      );
      await expect(bounty.connect(modelOwner).claim(bountyId, swapped.output, swapped.proofBytes))
        .to.be.revertedWithCustomError(registry, "ModelVersionMismatch")
        .withArgs(modelId, VERSION0, 1n);
      expect(await bounty.isClaimable(bountyId)).to.equal(false);
      // The requester gets the escrow back at once, before the deadline.
      await expect(bounty.connect(requester).refund(bountyId))
        .to.emit(bounty, "BountyRefunded")
        .withArgs(bountyId, requester.address, REWARD);
      expect(await bounty.withdrawable(requester.address)).to.equal(REWARD);
    });

    it("refuses to create a bounty pinning a version that is no longer current", async function () {
      const { modelOwner, requester, registry, bounty, modelId, inputCommitment, deadline } =
        await networkHelpers.loadFixture(deployBounty);
      // An update that lands just before the creation (front-running it) cannot redirect the escrow.
      await registry.connect(modelOwner).updateModel(modelId, commitmentOf(OTHER_MODEL));
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, VERSION0, inputCommitment, deadline, { value: REWARD }),
      )
        .to.be.revertedWithCustomError(bounty, "ModelVersionNotCurrent")
        .withArgs(modelId, VERSION0, 1n);
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, 1n, inputCommitment, deadline, { value: REWARD }),
      )
        .to.emit(bounty, "BountyCreated")
        .withArgs(2n, requester.address, modelId, 1n, inputCommitment, REWARD, deadline);
      expect((await bounty.getBounty(2n)).modelVersion).to.equal(1n);
    });

    it("verifies against the pinned version in the registry: verifyInferenceForVersion", async function () {
      const { modelOwner, carol, registry, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployBounty);
      // carol plays a consumer contract calling the registry for modelOwner.
      const p = await proofFor(consumerBinding(carol.address, modelOwner.address));
      const call = (version: bigint) =>
        registry
          .connect(carol)
          .verifyInferenceForVersion(
            modelId,
            version,
            inputCommitment,
            p.output,
            p.proofBytes,
            modelOwner.address,
          );
      await expect(call(1n))
        .to.be.revertedWithCustomError(registry, "ModelVersionMismatch")
        .withArgs(modelId, 1n, VERSION0);
      await expect(call(VERSION0))
        .to.emit(registry, "InferenceVerifiedFor")
        .withArgs(modelId, VERSION0, carol.address, modelOwner.address);
    });

    it("lets the requester refund at once when the model is deprecated; claims are refused", async function () {
      const { modelOwner, requester, carol, registry, bounty, bountyId, modelId } =
        await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      expect(await bounty.isClaimable(bountyId)).to.equal(true);
      await registry.connect(modelOwner).deprecateModel(modelId);
      expect(await bounty.isClaimable(bountyId)).to.equal(false);
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(registry, "VerificationRefused_ModelDeprecated")
        .withArgs(modelId);
      await expect(bounty.connect(carol).refund(bountyId))
        .to.be.revertedWithCustomError(bounty, "NotRequester")
        .withArgs(bountyId, carol.address);
      await expect(bounty.connect(requester).refund(bountyId))
        .to.emit(bounty, "BountyRefunded")
        .withArgs(bountyId, requester.address, REWARD);
    });
  });

  describe("creation bounds (findings 3, 4, 8)", function () {
    it(`refuses a deadline more than MAX_BOUNTY_DURATION (365 days) ahead and accepts exactly that`, async function () {
      const { requester, bounty, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployBounty);
      expect(await bounty.MAX_BOUNTY_DURATION()).to.equal(MAX_BOUNTY_DURATION);
      const now = BigInt(await networkHelpers.time.latest());
      await networkHelpers.time.setNextBlockTimestamp(now + 10n);
      const far = now + 10n + MAX_BOUNTY_DURATION + 1n;
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, VERSION0, inputCommitment, far, { value: REWARD }),
      )
        .to.be.revertedWithCustomError(bounty, "DeadlineTooFar")
        .withArgs(far, far - 1n);
      await networkHelpers.time.setNextBlockTimestamp(now + 20n);
      const longest = now + 20n + MAX_BOUNTY_DURATION;
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, VERSION0, inputCommitment, longest, { value: REWARD }),
      ).to.emit(bounty, "BountyCreated");
    });

    for (const [what, value] of [
      ["zero", 0n],
      ["the BN254 scalar field modulus", BN254_SCALAR_FIELD],
      ["2^256 - 1", (1n << 256n) - 1n],
    ] as const) {
      it(`refuses an inputCommitment of ${what}, which no proof can match`, async function () {
        const { requester, bounty, modelId, deadline } =
          await networkHelpers.loadFixture(deployBounty);
        await expect(
          bounty
            .connect(requester)
            .createBounty(modelId, VERSION0, toBytes32(value), deadline, { value: REWARD }),
        )
          .to.be.revertedWithCustomError(bounty, "InvalidInputCommitment")
          .withArgs(toBytes32(value));
      });
    }

    it("costs the same gas whatever the length of the model's uri (no uri is copied)", async function () {
      const { modelOwner, requester, registry, bounty, modelId, inputCommitment, deadline } =
        await networkHelpers.loadFixture(deployBounty);
      // The attack: a model owner inflates every createBounty by registering a huge uri.
      const receipt = await (
        await registry
          .connect(modelOwner)
          .registerModel(commitmentOf(OTHER_MODEL, "x".repeat(8_000)))
      ).wait();
      const longUriModel = modelIdFromLogs(receipt!.logs, await registry.getAddress());
      expect(longUriModel).to.equal(modelId + 1n);
      const gasFor = (id: bigint) =>
        bounty
          .connect(requester)
          .createBounty.estimateGas(id, VERSION0, inputCommitment, deadline, { value: REWARD });
      expect(await gasFor(longUriModel)).to.equal(await gasFor(modelId));
    });
  });

  describe("one proof, several bounties (finding 6: intended)", function () {
    it("lets one claimant's proof claim every bounty for the same (model, version, input), and no one else's", async function () {
      const {
        requester,
        carol,
        dave,
        registry,
        bounty,
        bountyId,
        modelId,
        inputCommitment,
        deadline,
      } = await networkHelpers.loadFixture(deployBounty);
      // Both bounties pay for the same proven fact; the proof stays bound to its claimant.
      await bounty
        .connect(dave)
        .createBounty(modelId, VERSION0, inputCommitment, deadline, { value: REWARD });
      const bountyAddress = await bounty.getAddress();
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await bounty.connect(carol).claim(bountyId, p.output, p.proofBytes);
      await expect(bounty.connect(requester).claim(2n, p.output, p.proofWithClaims))
        .to.be.revertedWithCustomError(registry, "BindingMismatch")
        .withArgs(
          consumerBinding(bountyAddress, requester.address),
          consumerBinding(bountyAddress, carol.address),
        );
      await expect(bounty.connect(carol).claim(2n, p.output, p.proofBytes))
        .to.emit(bounty, "BountyClaimed")
        .withArgs(2n, carol.address, modelId, VERSION0, p.signals.outputCommitment, REWARD);
      expect(await bounty.withdrawable(carol.address)).to.equal(2n * REWARD);
    });
  });

  describe("gas griefing (finding 7)", function () {
    it("reports a claim sent with too little gas as InsufficientGasForVerification and leaves the bounty open", async function () {
      const { carol, registry, bounty, bountyId } = await networkHelpers.loadFixture(deployBounty);
      const p = await proofFor(consumerBinding(await bounty.getAddress(), carol.address));
      const needed = await bounty
        .connect(carol)
        .claim.estimateGas(bountyId, p.output, p.proofBytes);
      await expect(
        bounty
          .connect(carol)
          .claim(bountyId, p.output, p.proofBytes, { gasLimit: needed - 30_000n }),
      ).to.be.revertedWithCustomError(registry, "InsufficientGasForVerification");
      expect(await bounty.isClaimable(bountyId)).to.equal(true);
      await expect(bounty.connect(carol).claim(bountyId, p.output, p.proofBytes)).to.emit(
        bounty,
        "BountyClaimed",
      );
    });
  });
});
