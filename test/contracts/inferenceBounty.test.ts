import { expect } from "chai";
import { parseEther } from "ethers";
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
  type MockProof,
} from "../../scripts/fixtures/mockProofs.js";

const { ethers, networkHelpers } = await network.create();

const REWARD = parseEther("1");
const ONE_DAY = 86_400;

describe("InferenceBounty: an example dApp paying for a verified inference", function () {
  let fixture: MockInferenceFixture;
  const proofs = new Map<bigint, MockProof>();

  async function proofFor(binding: bigint): Promise<MockProof> {
    if (!proofs.has(binding)) proofs.set(binding, await proveMock(fixture, binding));
    return proofs.get(binding)!;
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
    );
    const receipt = await (
      await registry.connect(modelOwner).registerModel({
        modelHash: toBytes32(mockModelCommitment(MOCK_MODEL)),
        circuitHash: fixture.circuitHash,
        vkHash: fixture.vkHash,
        proofSystemId: GROTH16_BN254_V1,
        uri: "",
      })
    ).wait();
    const modelId = modelIdFromLogs(receipt!.logs, await registry.getAddress());
    const bounty = await ethers.deployContract("InferenceBounty", [await registry.getAddress()]);
    const inputCommitment = toBytes32(mockInputCommitment(MOCK_INPUT));
    const deadline = BigInt(await networkHelpers.time.latest()) + BigInt(ONE_DAY);
    await bounty
      .connect(requester)
      .createBounty(modelId, inputCommitment, deadline, { value: REWARD });
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
        .createBounty(modelId, inputCommitment, deadline, { value: REWARD });
      await expect(tx)
        .to.emit(bounty, "BountyCreated")
        .withArgs(2n, requester.address, modelId, inputCommitment, REWARD, deadline);
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
        bounty.createBounty(modelId, inputCommitment, now + 100n),
      ).to.be.revertedWithCustomError(bounty, "ZeroReward");
      await networkHelpers.time.setNextBlockTimestamp(now + 10n);
      await expect(
        bounty.connect(requester).createBounty(modelId, inputCommitment, now + 10n, { value: 1n }),
      )
        .to.be.revertedWithCustomError(bounty, "DeadlineNotInFuture")
        .withArgs(now + 10n, now + 10n);
      await expect(
        bounty.connect(requester).createBounty(9n, inputCommitment, now + 1000n, { value: 1n }),
      )
        .to.be.revertedWithCustomError(registry, "ModelNotFound")
        .withArgs(9n);
      await registry.connect(modelOwner).deprecateModel(modelId);
      await expect(
        bounty
          .connect(requester)
          .createBounty(modelId, inputCommitment, now + 1000n, { value: 1n }),
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
        .withArgs(bountyId, carol.address, p.signals.outputCommitment, REWARD);
      await expect(tx)
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, inputCommitment, p.output, await bounty.getAddress());
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
});
