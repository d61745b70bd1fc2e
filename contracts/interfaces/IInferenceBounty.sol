// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IModelEscrow} from "./IModelEscrow.sol";

/**
 * @title Inference bounty (example ERC-7992 consumer)
 * @notice A requester escrows ETH for an inference of model `modelId` on the input committed to by
 * `inputCommitment`. The first caller that submits a valid proof bound to itself (binding
 * `registry.bindingOf(bounty, claimant)`) claims the reward; the proven output commitment is recorded.
 * The requester pins the model version it trusts at creation; a claim is verified against that version
 * only (the registry's `verifyInferenceForVersion`), so the model owner cannot swap the model under an
 * open bounty. An unclaimed bounty can be refunded to its requester after the deadline, or at once
 * when the model can no longer be claimed (deprecated, or updated past the pinned version). Deadlines
 * are at most {MAX_BOUNTY_DURATION} ahead, so escrowed funds never lock for longer. Payments are
 * pulled with {withdraw}, never pushed (the escrow errors, {withdraw} and {MAX_BOUNTY_DURATION} are
 * declared in {IModelEscrow}, shared with the other example consumers).
 */
interface IInferenceBounty is IModelEscrow {
    /// @notice Lifecycle of a bounty; `None` means the id was never issued.
    enum Status {
        None,
        Open,
        Claimed,
        Refunded
    }

    /**
     * @notice A bounty.
     * @param deadline Last timestamp (seconds, inclusive) at which a claim is accepted; refunds after it.
     * @param modelVersion The pinned model version (the registry's version numbering, 0 = as registered).
     * @param reward Escrowed amount in wei.
     * @param outputCommitment The proven `outputCommitment` public signal, once claimed.
     */
    struct Bounty {
        address requester;
        uint64 deadline;
        Status status;
        uint256 modelId;
        uint256 modelVersion;
        bytes32 inputCommitment;
        uint256 reward;
        address claimant;
        uint256 outputCommitment;
    }

    /// @notice Emitted when `requester` escrowed `reward` wei for an inference of version `modelVersion` of `modelId`.
    event BountyCreated(
        uint256 indexed bountyId,
        address indexed requester,
        uint256 indexed modelId,
        uint256 modelVersion,
        bytes32 inputCommitment,
        uint256 reward,
        uint64 deadline
    );

    /**
     * @notice Emitted when `claimant` proved the inference with version `modelVersion` of `modelId`;
     * `reward` was credited to it.
     */
    event BountyClaimed(
        uint256 indexed bountyId,
        address indexed claimant,
        uint256 indexed modelId,
        uint256 modelVersion,
        uint256 outputCommitment,
        uint256 reward
    );

    /// @notice Emitted when an expired bounty's `reward` was credited back to `requester`.
    event BountyRefunded(uint256 indexed bountyId, address indexed requester, uint256 reward);

    /// @notice `bountyId` was never issued.
    error BountyNotFound(uint256 bountyId);

    /// @notice `bountyId` was already claimed by `claimant`.
    error BountyAlreadyClaimed(uint256 bountyId, address claimant);

    /// @notice `bountyId` was already refunded.
    error BountyAlreadyRefunded(uint256 bountyId);

    /// @notice `bountyId` expired at `deadline`; it can no longer be claimed.
    error BountyExpired(uint256 bountyId, uint64 deadline);

    /**
     * @notice `bountyId` can only be refunded after `deadline` (now `nowTimestamp`) while its model is
     * claimable (not deprecated, still at the pinned version).
     */
    error BountyNotExpired(uint256 bountyId, uint64 deadline, uint256 nowTimestamp);

    /// @notice Only the requester of `bountyId` may refund it; `caller` is not.
    error NotRequester(uint256 bountyId, address caller);

    /**
     * @notice Escrows `msg.value` wei for a proof of version `modelVersion` of `modelId` on
     * `inputCommitment`, claimable until `deadline` (inclusive, seconds since the epoch, at most
     * {MAX_BOUNTY_DURATION} ahead).
     * @dev Reverts with the registry's `ModelNotFound` for an unknown model, {ModelVersionNotCurrent}
     * if `modelVersion` is not the model's current version (read it with the registry's `modelStatus`
     * and the commitment with `getModelVersion`), {InvalidInputCommitment} for a commitment no proof
     * can match.
     */
    function createBounty(
        uint256 modelId,
        uint256 modelVersion,
        bytes32 inputCommitment,
        uint64 deadline
    ) external payable returns (uint256 bountyId);

    /**
     * @notice Claims `bountyId` with a proof bound to the caller (see the registry's `bindingOf`).
     * @dev Reverts with the registry's ERC-7992 errors when the proof does not verify.
     * @param output `abi.encode(uint256 outputCommitment)`.
     * @param proof A Groth16 proof in one of the registry's encodings (compact or with claims).
     */
    function claim(uint256 bountyId, bytes calldata output, bytes calldata proof) external;

    /**
     * @notice Credits the reward of an unclaimed bounty back to its requester, once it expired or its
     * model can no longer be claimed (deprecated, or updated past the pinned version).
     */
    function refund(uint256 bountyId) external;

    /// @notice True if `bountyId` is open and a claim could still verify: not expired, model not
    /// deprecated and still at the pinned version.
    function isClaimable(uint256 bountyId) external view returns (bool);

    /// @notice The bounty `bountyId` (all zero if never issued).
    function getBounty(uint256 bountyId) external view returns (Bounty memory);
}
