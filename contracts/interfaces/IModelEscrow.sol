// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Escrow for a proof of a pinned model version (shared by the example consumers)
 * @notice What the example consumers ({IInferenceBounty}, {IPredictionBounty}) share: a requester
 * escrows ETH for a proof of one pinned version of a registered model on one input commitment,
 * until a deadline at most {MAX_BOUNTY_DURATION} ahead; payments and refunds are credited and pulled
 * with {withdraw}, never pushed.
 */
interface IModelEscrow {
    /// @notice Emitted when `account` withdrew `amount` wei of credited payments.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice A request must escrow a non-zero reward.
    error ZeroReward();

    /// @notice `deadline` is not after the current block timestamp `nowTimestamp`.
    error DeadlineNotInFuture(uint64 deadline, uint256 nowTimestamp);

    /// @notice `deadline` is later than `maxDeadline` (now + {MAX_BOUNTY_DURATION}).
    error DeadlineTooFar(uint64 deadline, uint256 maxDeadline);

    /// @notice `inputCommitment` is zero or not below the BN254 scalar field modulus: no proof can match it.
    error InvalidInputCommitment(bytes32 inputCommitment);

    /// @notice `modelId` is deprecated in the registry, so no proof of it can be verified.
    error ModelNotVerifiable(uint256 modelId);

    /// @notice The requester pinned `pinnedVersion` of `modelId`, but its current version is `currentVersion`.
    error ModelVersionNotCurrent(uint256 modelId, uint256 pinnedVersion, uint256 currentVersion);

    /// @notice `account` has no credited payment to withdraw.
    error NothingToWithdraw(address account);

    /// @notice Longest time between creation and `deadline`: 365 days.
    function MAX_BOUNTY_DURATION() external view returns (uint256); // solhint-disable-line func-name-mixedcase

    /// @notice Sends the caller every wei credited to it.
    function withdraw() external;

    /// @notice Wei credited to `account` and not yet withdrawn.
    function withdrawable(address account) external view returns (uint256);
}
