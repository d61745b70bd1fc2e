// SPDX-License-Identifier: CC0-1.0
pragma solidity ^0.8.28;

/**
 * @title ERC-7992 optional storage extension
 * @notice Verifies an inference and records it, so settlement can refer to it later.
 * @dev Interface of ERC-7992 (Draft), section "Optional Storage Extension", unchanged.
 */
interface IERCZKMLStorageExtension {
    /// @notice Emitted when a verified inference was recorded under `inferenceId`.
    event InferenceStored(bytes32 indexed inferenceId);

    /**
     * @notice Verifies and stores an inference record.
     * @dev MUST revert on an invalid proof.
     * @return inferenceId `keccak256(abi.encodePacked(modelId, inputCommitment, output))`.
     */
    function verifyAndStoreInference(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof
    ) external returns (bytes32 inferenceId);

    /// @notice The record stored under `inferenceId`.
    function getInference(
        bytes32 inferenceId
    ) external view returns (uint256 modelId, bytes32 inputCommitment, bytes memory output);
}
