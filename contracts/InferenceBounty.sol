// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {IInferenceBounty} from "./interfaces/IInferenceBounty.sol";
import {IZkattnModelRegistry} from "./interfaces/IZkattnModelRegistry.sol";
import {IERCZKMLRegistry} from "./interfaces/IERCZKMLRegistry.sol";

/**
 * @title Inference bounty: an example dApp gated on a verified zkattn inference
 * @notice See {IInferenceBounty}. Front-running: the proof must be bound to
 * `registry.bindingOf(address(this), msg.sender)`, so a proof copied from the mempool and submitted
 * by another account fails with the registry's `BindingMismatch` (or `InvalidProof` if the copier
 * also edits the claimed binding).
 * @dev Checks-effects-interactions: a claim records its effects before calling the (trusted,
 * immutable) registry, and a failed verification reverts them. All ETH leaves through {withdraw},
 * guarded by {ReentrancyGuard}.
 */
contract InferenceBounty is IInferenceBounty, ReentrancyGuard {
    /// @notice The registry that verifies claims.
    IZkattnModelRegistry public immutable registry;

    uint256 private _bountyCount;
    mapping(uint256 bountyId => Bounty) private _bounties;
    mapping(address account => uint256) private _credit;

    constructor(IZkattnModelRegistry registry_) {
        registry = registry_;
    }

    /// @inheritdoc IInferenceBounty
    function createBounty(
        uint256 modelId,
        bytes32 inputCommitment,
        uint64 deadline
    ) external payable returns (uint256 bountyId) {
        if (msg.value == 0) revert ZeroReward();
        if (deadline <= block.timestamp) revert DeadlineNotInFuture(deadline, block.timestamp);
        (, bool deprecated, ) = IERCZKMLRegistry(address(registry)).getModel(modelId);
        if (deprecated) revert ModelNotVerifiable(modelId);
        bountyId = ++_bountyCount;
        _bounties[bountyId] = Bounty({
            requester: msg.sender,
            deadline: deadline,
            status: Status.Open,
            modelId: modelId,
            inputCommitment: inputCommitment,
            reward: msg.value,
            claimant: address(0),
            outputCommitment: 0
        });
        emit BountyCreated(bountyId, msg.sender, modelId, inputCommitment, msg.value, deadline);
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
        _credit[msg.sender] += reward;
        emit BountyClaimed(bountyId, msg.sender, outputCommitment, reward);
        // Reverts (undoing the effects above) unless the proof is bound to this contract and msg.sender.
        registry.verifyInferenceFor(bounty.modelId, bounty.inputCommitment, output, proof, msg.sender);
    }

    /// @inheritdoc IInferenceBounty
    function refund(uint256 bountyId) external nonReentrant {
        Bounty storage bounty = _openBounty(bountyId);
        if (bounty.requester != msg.sender) revert NotRequester(bountyId, msg.sender);
        if (block.timestamp <= bounty.deadline) revert BountyNotExpired(bountyId, bounty.deadline, block.timestamp);
        bounty.status = Status.Refunded;
        _credit[msg.sender] += bounty.reward;
        emit BountyRefunded(bountyId, msg.sender, bounty.reward);
    }

    /// @inheritdoc IInferenceBounty
    function withdraw() external nonReentrant {
        uint256 amount = _credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        delete _credit[msg.sender];
        emit Withdrawn(msg.sender, amount);
        Address.sendValue(payable(msg.sender), amount);
    }

    /// @inheritdoc IInferenceBounty
    function getBounty(uint256 bountyId) external view returns (Bounty memory) {
        return _bounties[bountyId];
    }

    /// @inheritdoc IInferenceBounty
    function withdrawable(address account) external view returns (uint256) {
        return _credit[account];
    }

    function _openBounty(uint256 bountyId) private view returns (Bounty storage bounty) {
        bounty = _bounties[bountyId];
        if (bounty.status == Status.None) revert BountyNotFound(bountyId);
        if (bounty.status == Status.Claimed) revert BountyAlreadyClaimed(bountyId, bounty.claimant);
        if (bounty.status == Status.Refunded) revert BountyAlreadyRefunded(bountyId);
    }
}
