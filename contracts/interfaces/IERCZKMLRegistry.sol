// SPDX-License-Identifier: CC0-1.0
pragma solidity ^0.8.28;

/**
 * @title ERC-7992 ZKML model registry
 * @notice Issues a `modelId` for a commitment to an ML model (weights/architecture, proving circuit,
 * verifying key, proof system) and tracks its owner and deprecation status.
 * @dev Interface of ERC-7992 "Verifiable ML Model Inference (ZKML)" (Draft, 2025-07-23), section
 * "ZKML Registry". Implementations MUST also implement ERC-165.
 *
 * Deviation (documented per docs/design.md "Conventions"): the ERC declares both `event ModelDeprecated(uint256)` and
 * `error ModelDeprecated(uint256)`; Solidity rejects two declarations of one identifier in a scope
 * ("DeclarationError: Identifier already declared"), so the error is named `ModelIsDeprecated`. The
 * event keeps the ERC name and topic. Every other name, type and argument is the ERC's.
 */
interface IERCZKMLRegistry {
    /**
     * @notice Commitment to one version of a model.
     * @param modelHash Hash of the weights + architecture. zkattn: the circuit's `modelCommitment`
     * public signal (a Poseidon commitment to the quantized parameters), a BN254 scalar field element.
     * @param circuitHash Hash of the arithmetic circuit (zkattn: keccak256 of the circom r1cs file).
     * @param vkHash Hash of the verifying key (zkattn: keccak256 of the snarkjs verifier's VK words).
     * @param proofSystemId `bytes4(keccak256("<proof-system>-<curve>-<version>"))`, e.g. "groth16-bn254-v1".
     * @param uri Optional off-chain metadata (IPFS/HTTP); may be empty.
     */
    struct ModelCommitment {
        bytes32 modelHash;
        bytes32 circuitHash;
        bytes32 vkHash;
        bytes4 proofSystemId;
        string uri;
    }

    /// @notice Emitted when `owner` registered `commitment` as the first version of `modelId`.
    event ModelRegistered(uint256 indexed modelId, address indexed owner, ModelCommitment commitment);

    /// @notice Emitted when the owner of `modelId` replaced its current commitment.
    event ModelUpdated(uint256 indexed modelId, ModelCommitment oldCommitment, ModelCommitment newCommitment);

    /// @notice Emitted when the owner of `modelId` deprecated it.
    event ModelDeprecated(uint256 indexed modelId);

    /// @notice `modelId` was never issued by this registry.
    error ModelNotFound(uint256 modelId);

    /// @notice `caller` is not the owner of `modelId`.
    error NotModelOwner(uint256 modelId, address caller);

    /// @notice `modelId` is deprecated and can no longer be changed (the ERC's `ModelDeprecated` error, renamed).
    error ModelIsDeprecated(uint256 modelId);

    /**
     * @notice Registers a model; the caller becomes its owner.
     * @param commitment The first version of the model.
     * @return modelId A new, unique identifier.
     */
    function registerModel(ModelCommitment calldata commitment) external returns (uint256 modelId);

    /**
     * @notice Replaces the current commitment of `modelId`. Only the model owner may call it.
     * @dev The implementation documents its versioning policy.
     */
    function updateModel(uint256 modelId, ModelCommitment calldata newCommitment) external;

    /// @notice Marks `modelId` deprecated. Only the model owner may call it.
    function deprecateModel(uint256 modelId) external;

    /**
     * @notice Returns the current commitment of `modelId`, whether it is deprecated, and its owner.
     * @dev Reverts with {ModelNotFound} for an unknown id.
     */
    function getModel(
        uint256 modelId
    ) external view returns (ModelCommitment memory commitment, bool deprecated, address owner);
}
