// SPDX-License-Identifier: CC0-1.0
pragma solidity ^0.8.28;

/**
 * @title ERC-7992 ZKML inference verifier
 * @notice Verifies a zero-knowledge proof that a registered model produced `output` from the input
 * committed to by `inputCommitment`.
 * @dev Interface of ERC-7992 "Verifiable ML Model Inference (ZKML)" (Draft), section "ZKML Verifier",
 * names and argument lists unchanged. Implementations MUST also implement ERC-165.
 */
interface IERCZKMLVerifier {
    /**
     * @notice Emitted after a successful verification.
     * @param caller The account that called the verifier (`msg.sender`).
     */
    event InferenceVerified(
        uint256 indexed modelId,
        bytes32 indexed inputCommitment,
        bytes output,
        address indexed caller
    );

    /// @notice The proof does not verify against the public signals rebuilt from the arguments.
    error InvalidProof();

    /// @notice The proof is for another model commitment than the registry's current one.
    error ModelMismatch();

    /// @notice The proof is for another input commitment than the one given.
    error InputCommitmentMismatch();

    /// @notice The proof is for another output than the one given.
    error OutputMismatch();

    /// @notice The model's proof system is not one this verifier implements.
    error UnsupportedProofSystem(bytes4 proofSystemId);

    /// @notice The model is deprecated; no inference of it is verified any more.
    error VerificationRefused_ModelDeprecated(uint256 modelId);

    /**
     * @notice Verifies a ZK proof for an inference.
     * @dev MUST revert on any failure path. Successful execution implies validity.
     * @param modelId Registry model identifier.
     * @param inputCommitment Commitment to the (private) inputs.
     * @param output ABI-encoded public outputs.
     * @param proof ZK proof bytes.
     */
    function verifyInference(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof
    ) external;

    /// @notice The proof system of the current commitment of `modelId`.
    function proofSystemOf(uint256 modelId) external view returns (bytes4);

    /// @notice The registry the verifier reads model commitments from.
    function registry() external view returns (address registryAddress);
}
