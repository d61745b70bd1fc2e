import { expect } from "chai";
import { parseEther } from "ethers";
import { network } from "hardhat";

import {
  consumerBinding,
  GROTH16_BN254_V1,
  modelIdFromLogs,
  toBytes32,
} from "../../src/contracts/calldata.js";
import { packTokens } from "../../src/contracts/tokens.js";
import type { MockInferenceFixture } from "../../scripts/fixtures/mockInference.js";
import {
  buildMockGenerationFixture,
  MOCK_GENERATION_VERIFIER_CONTRACT,
  type MockGenerationProof,
  promptFor,
  proveGeneration,
} from "../../scripts/fixtures/mockGeneration.js";
import {
  MOCK_MODEL,
  mockModelCommitment,
  type MockInput,
  type MockModel,
} from "../../scripts/fixtures/mockProofs.js";

const { ethers, networkHelpers } = await network.create();

const REWARD = parseEther("1");
const ONE_DAY = 86_400n;
const VERSION0 = 0n;
/** Other weights served by the same circuit and key: another model, or what an owner could swap in. */
const OTHER_MODEL: MockModel = { weights: [9n, 8n, 7n, 6n], bias: 1n };

/**
 * The sort task of gpt-nano-sort: prompt 2 0 1 1 0 2, answer 0 0 1 1 2 2 (6 generated tokens). The
 * mock circuit is not a language model: {@link promptFor} picks the mock input that MOCK_MODEL maps
 * to the packed answer, and that input plays the prompt (its Poseidon commitment is the request's
 * inputCommitment). What the contract sees is what a whole-model proof gives it.
 */
const ANSWER = [0, 0, 1, 1, 2, 2];
const TOKEN_COUNT = ANSWER.length;
const PROMPT: MockInput = promptFor(MOCK_MODEL, packTokens(ANSWER), 0x5a17n);
/** Another prompt for which the model gives the same answer (another inputCommitment). */
const OTHER_PROMPT: MockInput = promptFor(MOCK_MODEL, packTokens(ANSWER), 0x5a17n, 1n);
/** A prompt for which the model generates 7 tokens: one more than the requester expects. */
const SEVEN_TOKENS = [...ANSWER, 2];
const LONG_PROMPT: MockInput = promptFor(MOCK_MODEL, packTokens(SEVEN_TOKENS), 0x5a18n);

describe("PredictionBounty: an example dApp acting on a model's verified generated tokens", function () {
  let fixture: MockInferenceFixture;
  const proofs = new Map<string, MockGenerationProof>();

  async function proofFor(
    binding: bigint,
    input: MockInput = PROMPT,
    model: MockModel = MOCK_MODEL,
  ): Promise<MockGenerationProof> {
    const key = `${binding}:${input.x.join(",")}:${input.salt}:${model.weights.join(",")}`;
    if (!proofs.has(key)) proofs.set(key, await proveGeneration(fixture, binding, model, input));
    return proofs.get(key)!;
  }

  function commitmentOf(model: MockModel) {
    return {
      modelHash: toBytes32(mockModelCommitment(model)),
      circuitHash: fixture.circuitHash,
      vkHash: fixture.vkHash,
      proofSystemId: GROTH16_BN254_V1,
      uri: "",
    };
  }

  before(async function () {
    fixture = await buildMockGenerationFixture();
  });

  after(async function () {
    await (
      globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }
    ).curve_bn128?.terminate();
  });

  async function deployPredictionBounty() {
    const [admin, modelOwner, requester, carol, dave] = await ethers.getSigners();
    const verifier = await ethers.deployContract(MOCK_GENERATION_VERIFIER_CONTRACT);
    const registry = await ethers.deployContract("ModelRegistry", [admin.address]);
    await registry.registerVerifier(
      fixture.circuitHash,
      fixture.vkHash,
      await verifier.getAddress(),
      true, // the mock fixture's keys come from a development setup
    );
    const register = async (model: MockModel) =>
      modelIdFromLogs(
        (await (await registry.connect(modelOwner).registerModel(commitmentOf(model))).wait())!
          .logs,
        await registry.getAddress(),
      );
    const modelId = await register(MOCK_MODEL);
    const otherModelId = await register(OTHER_MODEL);
    const bounty = await ethers.deployContract("PredictionBounty", [await registry.getAddress()]);
    const inputCommitment = toBytes32((await proofFor(0n)).signals.inputCommitment);
    const deadline = BigInt(await networkHelpers.time.latest()) + ONE_DAY;
    await bounty
      .connect(requester)
      .requestPrediction(modelId, VERSION0, inputCommitment, TOKEN_COUNT, deadline, {
        value: REWARD,
      });
    return {
      modelOwner,
      requester,
      carol,
      dave,
      registry,
      bounty,
      bountyAddress: await bounty.getAddress(),
      modelId,
      otherModelId,
      inputCommitment,
      deadline,
      requestId: 1n,
    };
  }

  describe("acting on a true prediction", function () {
    it("credits the reward, records the decoded tokens and emits them", async function () {
      const { carol, registry, bounty, bountyAddress, requestId, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      expect(p.signals.outputCommitment).to.equal(packTokens(ANSWER));
      const tx = bounty.connect(carol).claim(requestId, p.output, p.proofBytes);
      await expect(tx)
        .to.emit(bounty, "PredictionAnswered")
        .withArgs(requestId, carol.address, modelId, VERSION0, ANSWER.map(BigInt), REWARD);
      await expect(tx)
        .to.emit(registry, "InferenceVerifiedFor")
        .withArgs(modelId, VERSION0, bountyAddress, carol.address);
      await expect(tx)
        .to.emit(registry, "InferenceVerified")
        .withArgs(modelId, inputCommitment, p.output, bountyAddress);
      // Pull payment: the claim credits, it does not send.
      await expect(tx).to.changeEtherBalances(ethers, [bounty], [0n]);

      const stored = await bounty.getRequest(requestId);
      expect(stored.status).to.equal(2n); // Answered
      expect(stored.claimant).to.equal(carol.address);
      expect(stored.output).to.equal(packTokens(ANSWER));
      expect(await bounty.answerOf(requestId)).to.deep.equal(ANSWER.map(BigInt));
      expect(await bounty.isClaimable(requestId)).to.equal(false);

      const withdrawal = bounty.connect(carol).withdraw();
      await expect(withdrawal).to.emit(bounty, "Withdrawn").withArgs(carol.address, REWARD);
      await expect(withdrawal).to.changeEtherBalances(ethers, [carol, bounty], [REWARD, -REWARD]);
    });

    it("refuses a second answer to the same request", async function () {
      const { carol, dave, bounty, bountyAddress, requestId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await bounty.connect(carol).claim(requestId, p.output, p.proofBytes);
      const q = await proofFor(consumerBinding(bountyAddress, dave.address));
      await expect(bounty.connect(dave).claim(requestId, q.output, q.proofBytes))
        .to.be.revertedWithCustomError(bounty, "RequestAlreadyAnswered")
        .withArgs(requestId, carol.address);
    });

    it("has no answer before a proof verified", async function () {
      const { bounty, requestId } = await networkHelpers.loadFixture(deployPredictionBounty);
      await expect(bounty.answerOf(requestId))
        .to.be.revertedWithCustomError(bounty, "RequestNotAnswered")
        .withArgs(requestId, 1n); // Open
      await expect(bounty.answerOf(7n))
        .to.be.revertedWithCustomError(bounty, "RequestNotAnswered")
        .withArgs(7n, 0n); // None
    });
  });

  describe("refusing what is not the requested prediction", function () {
    it("refuses a proof for another prompt (another inputCommitment), even with the same answer", async function () {
      const { carol, registry, bounty, bountyAddress, requestId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address), OTHER_PROMPT);
      expect(p.signals.outputCommitment).to.equal(packTokens(ANSWER));
      await expect(
        bounty.connect(carol).claim(requestId, p.output, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "InputCommitmentMismatch");
      await expect(
        bounty.connect(carol).claim(requestId, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
      expect(await bounty.withdrawable(carol.address)).to.equal(0n);
    });

    it("refuses a proof of another model (another modelId)", async function () {
      const { requester, carol, registry, bounty, bountyAddress, otherModelId, inputCommitment } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const deadline = BigInt(await networkHelpers.time.latest()) + ONE_DAY;
      await bounty
        .connect(requester)
        .requestPrediction(otherModelId, VERSION0, inputCommitment, TOKEN_COUNT, deadline, {
          value: REWARD,
        });
      // MOCK_MODEL's answer to the prompt, offered for a request to OTHER_MODEL.
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await expect(
        bounty.connect(carol).claim(2n, p.output, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "ModelMismatch");
      await expect(
        bounty.connect(carol).claim(2n, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });

    it("refuses a proof of another version of the model (updated after the request)", async function () {
      const { modelOwner, carol, registry, bounty, bountyAddress, requestId, modelId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      await registry.connect(modelOwner).updateModel(modelId, commitmentOf(OTHER_MODEL));
      const swapped = await proofFor(
        consumerBinding(bountyAddress, carol.address),
        PROMPT,
        OTHER_MODEL,
      );
      await expect(bounty.connect(carol).claim(requestId, swapped.output, swapped.proofBytes))
        .to.be.revertedWithCustomError(registry, "ModelVersionMismatch")
        .withArgs(modelId, VERSION0, 1n);
      // Even the pinned version's own answer is refused once the model moved on, so the requester
      // may take the escrow back at once.
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await expect(bounty.connect(carol).claim(requestId, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(registry, "ModelVersionMismatch")
        .withArgs(modelId, VERSION0, 1n);
      expect(await bounty.isClaimable(requestId)).to.equal(false);
    });

    it("refuses a tampered output (another packed answer with the same proof)", async function () {
      const { carol, registry, bounty, bountyAddress, requestId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      const tampered = ethers.AbiCoder.defaultAbiCoder().encode(
        ["uint256"],
        [packTokens([0, 0, 1, 1, 2, 1])],
      );
      await expect(
        bounty.connect(carol).claim(requestId, tampered, p.proofWithClaims),
      ).to.be.revertedWithCustomError(registry, "OutputMismatch");
      await expect(
        bounty.connect(carol).claim(requestId, tampered, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
    });

    it("refuses a proof copied from the mempool and submitted by another account", async function () {
      const { carol, dave, registry, bounty, bountyAddress, requestId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await expect(bounty.connect(dave).claim(requestId, p.output, p.proofWithClaims))
        .to.be.revertedWithCustomError(registry, "BindingMismatch")
        .withArgs(
          consumerBinding(bountyAddress, dave.address),
          consumerBinding(bountyAddress, carol.address),
        );
      await expect(
        bounty.connect(dave).claim(requestId, p.output, p.proofBytes),
      ).to.be.revertedWithCustomError(registry, "InvalidProof");
      // The request stays open for carol.
      await expect(bounty.connect(carol).claim(requestId, p.output, p.proofBytes)).to.emit(
        bounty,
        "PredictionAnswered",
      );
    });

    it("refuses an output with bits set above the expected token count, before verifying", async function () {
      const { requester, carol, bounty, bountyAddress, modelId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address), LONG_PROMPT);
      const deadline = BigInt(await networkHelpers.time.latest()) + ONE_DAY;
      // Requested: 6 tokens. The model's valid proof says 7.
      await bounty
        .connect(requester)
        .requestPrediction(modelId, VERSION0, p.inputCommitment, TOKEN_COUNT, deadline, {
          value: REWARD,
        });
      await expect(bounty.connect(carol).claim(2n, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(bounty, "OutputHasBitsAboveCount")
        .withArgs(packTokens(SEVEN_TOKENS), TOKEN_COUNT);
      // The same proof answers a request that expects 7 tokens.
      await bounty
        .connect(requester)
        .requestPrediction(modelId, VERSION0, p.inputCommitment, 7, deadline, { value: REWARD });
      await expect(bounty.connect(carol).claim(3n, p.output, p.proofBytes))
        .to.emit(bounty, "PredictionAnswered")
        .withArgs(3n, carol.address, modelId, VERSION0, SEVEN_TOKENS.map(BigInt), REWARD);
    });
  });

  describe("requests, deadlines and refunds (the ModelEscrow rules of InferenceBounty)", function () {
    it("emits PredictionRequested and escrows the reward", async function () {
      const { requester, bounty, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const deadline = BigInt(await networkHelpers.time.latest()) + 1000n;
      const tx = bounty
        .connect(requester)
        .requestPrediction(modelId, VERSION0, inputCommitment, TOKEN_COUNT, deadline, {
          value: REWARD,
        });
      await expect(tx)
        .to.emit(bounty, "PredictionRequested")
        .withArgs(
          2n,
          requester.address,
          modelId,
          VERSION0,
          inputCommitment,
          TOKEN_COUNT,
          REWARD,
          deadline,
        );
      await expect(tx).to.changeEtherBalances(ethers, [requester, bounty], [-REWARD, REWARD]);
    });

    it("refuses a token count of 0 or more than 15", async function () {
      const { requester, bounty, modelId, inputCommitment, deadline } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      for (const count of [0, 16]) {
        await expect(
          bounty
            .connect(requester)
            .requestPrediction(modelId, VERSION0, inputCommitment, count, deadline, {
              value: REWARD,
            }),
        )
          .to.be.revertedWithCustomError(bounty, "InvalidTokenCount")
          .withArgs(count, 15n);
      }
    });

    it("refuses a deadline more than MAX_BOUNTY_DURATION ahead and a stale pinned version", async function () {
      const { modelOwner, requester, registry, bounty, modelId, inputCommitment } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      const now = BigInt(await networkHelpers.time.latest());
      await networkHelpers.time.setNextBlockTimestamp(now + 1n);
      const maxDeadline = now + 1n + 365n * ONE_DAY;
      await expect(
        bounty
          .connect(requester)
          .requestPrediction(modelId, VERSION0, inputCommitment, TOKEN_COUNT, maxDeadline + 1n, {
            value: REWARD,
          }),
      )
        .to.be.revertedWithCustomError(bounty, "DeadlineTooFar")
        .withArgs(maxDeadline + 1n, maxDeadline);
      await registry.connect(modelOwner).updateModel(modelId, commitmentOf(OTHER_MODEL));
      await expect(
        bounty
          .connect(requester)
          .requestPrediction(modelId, VERSION0, inputCommitment, TOKEN_COUNT, now + 1000n, {
            value: REWARD,
          }),
      )
        .to.be.revertedWithCustomError(bounty, "ModelVersionNotCurrent")
        .withArgs(modelId, VERSION0, 1n);
    });

    it("refuses claims after the deadline and refunds the requester only after it", async function () {
      const { requester, carol, bounty, bountyAddress, requestId, deadline } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      await networkHelpers.time.setNextBlockTimestamp(deadline);
      await expect(bounty.connect(requester).refund(requestId))
        .to.be.revertedWithCustomError(bounty, "RequestNotExpired")
        .withArgs(requestId, deadline, deadline);
      const p = await proofFor(consumerBinding(bountyAddress, carol.address));
      await networkHelpers.time.increaseTo(deadline + 1n);
      await expect(bounty.connect(carol).claim(requestId, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(bounty, "RequestExpired")
        .withArgs(requestId, deadline);
      await expect(bounty.connect(carol).refund(requestId))
        .to.be.revertedWithCustomError(bounty, "NotRequester")
        .withArgs(requestId, carol.address);
      await expect(bounty.connect(requester).refund(requestId))
        .to.emit(bounty, "PredictionRefunded")
        .withArgs(requestId, requester.address, REWARD);
      await expect(bounty.connect(requester).refund(requestId))
        .to.be.revertedWithCustomError(bounty, "RequestAlreadyRefunded")
        .withArgs(requestId);
      await expect(bounty.connect(requester).withdraw()).to.changeEtherBalances(
        ethers,
        [requester, bounty],
        [REWARD, -REWARD],
      );
      await expect(bounty.connect(carol).claim(9n, p.output, p.proofBytes))
        .to.be.revertedWithCustomError(bounty, "RequestNotFound")
        .withArgs(9n);
    });

    it("refunds at once when the model is deprecated under an open request", async function () {
      const { modelOwner, requester, registry, bounty, requestId, modelId } =
        await networkHelpers.loadFixture(deployPredictionBounty);
      await registry.connect(modelOwner).deprecateModel(modelId);
      expect(await bounty.isClaimable(requestId)).to.equal(false);
      await expect(bounty.connect(requester).refund(requestId))
        .to.emit(bounty, "PredictionRefunded")
        .withArgs(requestId, requester.address, REWARD);
      expect(await bounty.withdrawable(requester.address)).to.equal(REWARD);
    });
  });
});
