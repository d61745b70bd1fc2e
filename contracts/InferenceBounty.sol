// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IInferenceBounty} from "./interfaces/IInferenceBounty.sol";
import {IZkattnModelRegistry} from "./interfaces/IZkattnModelRegistry.sol";
import {ModelEscrow} from "./ModelEscrow.sol";

/**
 * @title Inference bounty: an example dApp gated on a verified zkattn inference
 * @notice See {IInferenceBounty}. Front-running: the proof must be bound to
 * `registry.bindingOf(address(this), msg.sender)`, so a proof copied from the mempool and submitted
 * by another account fails with the registry's `BindingMismatch` (or `InvalidProof` if the copier
 * also edits the claimed binding).
 * @dev Checks-effects-interactions: a claim records its effects before calling the (trusted,
 * immutable) registry, and a failed verification reverts them. All ETH leaves through
 * {ModelEscrow-withdraw}, guarded by {ReentrancyGuard}.
 */
contract InferenceBounty is IInferenceBounty, ModelEscrow {
    uint256 private _bountyCount;
    mapping(uint256 bountyId => Bounty) private _bounties;

    constructor(IZkattnModelRegistry registry_) ModelEscrow(registry_) {}

    /// @inheritdoc IInferenceBounty
    /// @dev Reads the model with the registry's `modelStatus`, never `getModel` ({ModelEscrow-_checkNewRequest}).
    function createBounty(
        uint256 modelId,
        uint256 modelVersion,
        bytes32 inputCommitment,
        uint64 deadline
    ) external payable returns (uint256 bountyId) {
        _checkNewRequest(modelId, modelVersion, inputCommitment, deadline);
        bountyId = ++_bountyCount;
        _bounties[bountyId] = Bounty({
            requester: msg.sender,
            deadline: deadline,
            status: Status.Open,
            modelId: modelId,
            modelVersion: modelVersion,
            inputCommitment: inputCommitment,
            reward: msg.value,
            claimant: address(0),
            outputCommitment: 0
        });
        emit BountyCreated(bountyId, msg.sender, modelId, modelVersion, inputCommitment, msg.value, deadline);
    }

    /// @inheritdoc IInferenceBounty
    function claim(uint256 bountyId, bytes calldata output, bytes calldata proof) external nonReentrant {
        Bounty storage bounty = _openBounty(bountyId);
        if (block.timestamp > bounty.deadline) revert BountyExpired(bountyId, bounty.deadline);
        // bytes32(...) zero-pads or truncates; the registry then refuses any output that is not 32 bytes.
        uint256 outputCommitment = uint256(bytes32(output));
        uint256 reward = bounty.reward;
        bounty.status = Status.Claimed;
        bounty.claimant = msg.sender;
        bounty.outputCommitment = outputCommitment;
        _creditTo(msg.sender, reward);
        emit BountyClaimed(bountyId, msg.sender, bounty.modelId, bounty.modelVersion, outputCommitment, reward);
        // Reverts (undoing the effects above) unless the proof is bound to this contract and msg.sender
        // and the model is still at the pinned version.
        registry.verifyInferenceForVersion(
            bounty.modelId,
            bounty.modelVersion,
            bounty.inputCommitment,
            output,
            proof,
            msg.sender
        );
    }

    /// @inheritdoc IInferenceBounty
    function refund(uint256 bountyId) external nonReentrant {
        Bounty storage bounty = _openBounty(bountyId);
        if (bounty.requester != msg.sender) revert NotRequester(bountyId, msg.sender);
        if (block.timestamp <= bounty.deadline && _modelClaimable(bounty.modelId, bounty.modelVersion)) {
            revert BountyNotExpired(bountyId, bounty.deadline, block.timestamp);
        }
        bounty.status = Status.Refunded;
        _creditTo(msg.sender, bounty.reward);
        emit BountyRefunded(bountyId, msg.sender, bounty.reward);
    }

    /// @inheritdoc IInferenceBounty
    function getBounty(uint256 bountyId) external view returns (Bounty memory) {
        return _bounties[bountyId];
    }

    /// @inheritdoc IInferenceBounty
    function isClaimable(uint256 bountyId) external view returns (bool) {
        Bounty storage bounty = _bounties[bountyId];
        return
            bounty.status == Status.Open &&
            block.timestamp <= bounty.deadline &&
            _modelClaimable(bounty.modelId, bounty.modelVersion);
    }

    function _openBounty(uint256 bountyId) private view returns (Bounty storage bounty) {
        bounty = _bounties[bountyId];
        if (bounty.status == Status.None) revert BountyNotFound(bountyId);
        if (bounty.status == Status.Claimed) revert BountyAlreadyClaimed(bountyId, bounty.claimant);
        if (bounty.status == Status.Refunded) revert BountyAlreadyRefunded(bountyId);
    }
}
