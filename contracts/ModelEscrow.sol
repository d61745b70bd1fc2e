// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {IModelEscrow} from "./interfaces/IModelEscrow.sol";
import {IZkattnModelRegistry} from "./interfaces/IZkattnModelRegistry.sol";
import {PublicSignals} from "./lib/PublicSignals.sol";

/**
 * @title Escrow base of the example consumers
 * @notice See {IModelEscrow}. Holds the registry, the creation checks (reward, input commitment,
 * bounded deadline, pinned current version), the model-claimability check and the pull payments.
 * @dev All ETH leaves through {withdraw}, guarded by {ReentrancyGuard}; derived contracts credit
 * with {_creditTo} and mark their own state-changing entry points `nonReentrant`.
 */
abstract contract ModelEscrow is IModelEscrow, ReentrancyGuard {
    /// @inheritdoc IModelEscrow
    uint256 public constant MAX_BOUNTY_DURATION = 365 days;

    /// @notice The registry that verifies claims.
    IZkattnModelRegistry public immutable registry;

    mapping(address account => uint256) private _credit;

    constructor(IZkattnModelRegistry registry_) {
        registry = registry_;
    }

    /// @inheritdoc IModelEscrow
    function withdraw() external nonReentrant {
        uint256 amount = _credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        delete _credit[msg.sender];
        emit Withdrawn(msg.sender, amount);
        Address.sendValue(payable(msg.sender), amount);
    }

    /// @inheritdoc IModelEscrow
    function withdrawable(address account) external view returns (uint256) {
        return _credit[account];
    }

    /**
     * @dev Reverts unless a request escrowing `msg.value` for `modelVersion` of `modelId` on
     * `inputCommitment` until `deadline` could ever be claimed. Reads the model with the registry's
     * `modelStatus`, never `getModel`: the latter copies the owner-controlled, unbounded `uri`.
     */
    function _checkNewRequest(
        uint256 modelId,
        uint256 modelVersion,
        bytes32 inputCommitment,
        uint64 deadline
    ) internal view {
        if (msg.value == 0) revert ZeroReward();
        if (inputCommitment == 0 || uint256(inputCommitment) >= PublicSignals.BN254_SCALAR_FIELD) {
            revert InvalidInputCommitment(inputCommitment);
        }
        if (deadline <= block.timestamp) revert DeadlineNotInFuture(deadline, block.timestamp);
        uint256 maxDeadline = block.timestamp + MAX_BOUNTY_DURATION;
        if (deadline > maxDeadline) revert DeadlineTooFar(deadline, maxDeadline);
        (uint256 currentVersion, bool deprecated, ) = registry.modelStatus(modelId);
        if (deprecated) revert ModelNotVerifiable(modelId);
        if (currentVersion != modelVersion) revert ModelVersionNotCurrent(modelId, modelVersion, currentVersion);
    }

    /// @dev Credits `amount` wei to `account`, withdrawn later with {withdraw}.
    function _creditTo(address account, uint256 amount) internal {
        _credit[account] += amount;
    }

    /// @dev True if `modelId` is not deprecated and still at `modelVersion`.
    function _modelClaimable(uint256 modelId, uint256 modelVersion) internal view returns (bool) {
        (uint256 currentVersion, bool deprecated, ) = registry.modelStatus(modelId);
        return !deprecated && currentVersion == modelVersion;
    }
}
