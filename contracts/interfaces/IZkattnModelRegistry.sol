// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERCZKMLRegistry} from "./IERCZKMLRegistry.sol";
import {IERCZKMLVerifier} from "./IERCZKMLVerifier.sol";
import {IERCZKMLStorageExtension} from "./IERCZKMLStorageExtension.sol";

/**
 * @title zkattn extensions of the ERC-7992 registry
 * @notice What zkattn adds to ERC-7992: verifier routes, two-step per-model ownership, version
 * history, and verification on behalf of a consumer contract's caller (front-running protection).
 *
 * Encodings (the TypeScript side lives in `src/contracts/`):
 * - `output` is `abi.encode(uint256 outputCommitment)`: exactly 32 bytes, the circuit's
 *   `outputCommitment` public signal.
 * - `proof` is the Groth16 proof in one of two encodings, told apart by length:
 *   compact, `abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c)` (256 bytes), the cheapest; or
 *   with claims, `abi.encode(a, b, c, uint256[4] publicSignals)` (384 bytes), the four arrays snarkjs
 *   `groth16.exportSolidityCallData` prints. `b` holds G2 coordinates imaginary part first (the swap
 *   exportSolidityCallData does). The claimed `publicSignals` (in `PublicSignals` order) only select a
 *   precise error ({ModelMismatch}, {InputCommitmentMismatch}, {OutputMismatch}, {BindingMismatch});
 *   with the compact encoding every such mismatch is an {InvalidProof}. The proof is always verified
 *   against the public signals the registry rebuilds from named values, never the claimed ones.
 * - The binding public signal is `uint256(uint160(msg.sender))` for a direct call and
 *   {bindingOf}`(msg.sender, claimant)` for the `...For` variants.
 * - Before calling the verifier the registry requires a minimum of gas left (`MIN_VERIFIER_GAS`), so a caller who
 *   limits gas gets {InsufficientGasForVerification}, never {InvalidProof}, for a valid proof.
 *
 * Chained models ({registerModelChain}): a model cut into `n >= 2` segments, each proven by its own
 * Groth16 proof with the same four public signals. Its `proof` is the `n` segment proofs plus the
 * `n - 1` intermediate (cut) commitments, in one of two encodings told apart by length
 * (TypeScript: `encodeChainProof` in `src/contracts/chain.ts`):
 * - compact, `288 * n - 32` bytes: for each segment `i`, the 8 words of its compact proof
 *   (`abi.encode(a, b, c)`), followed for every segment but the last by the word `cut_{i+1}`, its
 *   output commitment, which is also segment `i + 1`'s input commitment. A mismatch is reported as
 *   {InvalidSegmentProof}`(i)` for the first segment whose proof fails.
 * - with claims, `384 * n` bytes: the 384-byte proof with claims of each segment in order. The claimed
 *   signals select precise errors ({SegmentModelMismatch}, {InputCommitmentMismatch}, {ChainLinkBroken},
 *   {OutputMismatch}, {ChainBindingMismatch}); the claimed output of segment `i` is the cut `i + 1`.
 * Segment `i` is verified against (`modelHash_i`, `cut_i`, `cut_{i+1}`, `binding`) with `cut_0 =
 * inputCommitment` and `cut_n = outputCommitment`; `modelHash_i` is the registered segment's.
 */
interface IZkattnModelRegistry is IERCZKMLRegistry, IERCZKMLVerifier, IERCZKMLStorageExtension {
    /**
     * @notice One segment of a chained model (see {registerModelChain}).
     * @param modelHash The segment's `modelCommitment` public signal (a BN254 field element, non-zero).
     * @param circuitHash With `vkHash`, the verifier route that checks the segment's proofs.
     * @param vkHash See `circuitHash`.
     */
    struct ModelSegment {
        bytes32 modelHash;
        bytes32 circuitHash;
        bytes32 vkHash;
    }

    /**
     * @notice A stored inference (see {getInferenceRecord}).
     * @param modelId The model proven.
     * @param version The model version (0 = as registered) the proof was checked against.
     * @param modelHash That version's modelHash (the proven `modelCommitment` public signal).
     * @param inputCommitment The proven `inputCommitment`.
     * @param outputCommitment The proven `outputCommitment` (`output` is `abi.encode(outputCommitment)`).
     * @param submitter The account that called the registry (`msg.sender`: an EOA or a consumer contract).
     * @param claimant The `claimant` of the `...For` variants; for direct calls the submitter.
     * @param binding The proven `binding` public signal.
     */
    struct InferenceRecord {
        uint256 modelId;
        uint256 version;
        bytes32 modelHash;
        bytes32 inputCommitment;
        uint256 outputCommitment;
        address submitter;
        address claimant;
        uint256 binding;
    }

    /**
     * @notice Emitted when the registry owner added the route (`circuitHash`, `vkHash`) -> `verifier`.
     * @param development True if the route's verifying key comes from a development (insecure) setup.
     */
    event VerifierRegistered(bytes32 indexed circuitHash, bytes32 indexed vkHash, address verifier, bool development);

    /**
     * @notice Emitted by the `...For` variants after the ERC's {InferenceVerified}: the proof of
     * version `version` of `modelId` was bound to `consumer` (the registry's caller) and `claimant`.
     */
    event InferenceVerifiedFor(
        uint256 indexed modelId,
        uint256 version,
        address indexed consumer,
        address indexed claimant
    );

    /// @notice Emitted when the owner of `modelId` offered it to `newOwner` (zero: offer withdrawn).
    event ModelOwnershipTransferStarted(
        uint256 indexed modelId,
        address indexed previousOwner,
        address indexed newOwner
    );

    /// @notice Emitted when `newOwner` accepted the ownership of `modelId`.
    event ModelOwnershipTransferred(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner);

    /// @notice A commitment field that must be non-zero is zero; `field` names it ("modelHash", ...).
    error EmptyCommitmentField(string field);

    /// @notice `modelHash` is not below the BN254 scalar field modulus, so no circuit can output it.
    error ModelHashNotInField(bytes32 modelHash);

    /// @notice No verifier is routed for (`circuitHash`, `vkHash`); the registry owner adds routes.
    error VerifierNotRegistered(bytes32 circuitHash, bytes32 vkHash);

    /// @notice Routes are add-only: (`circuitHash`, `vkHash`) already routes to `verifier`.
    error VerifierAlreadyRegistered(bytes32 circuitHash, bytes32 vkHash, address verifier);

    /// @notice `verifier` has no code, so it cannot be a verifier contract.
    error VerifierHasNoCode(address verifier);

    /// @notice `caller` is not the pending owner of `modelId`.
    error NotPendingModelOwner(uint256 modelId, address caller);

    /// @notice `version` of `modelId` does not exist (versions are numbered from 0).
    error ModelVersionNotFound(uint256 modelId, uint256 version);

    /// @notice `output` is `length` bytes long; it must be `abi.encode(uint256 outputCommitment)` (32 bytes).
    error MalformedOutput(uint256 length);

    /// @notice `proof` is `length` bytes long; it must be 256 (compact) or 384 (with claims) bytes, or for a
    /// chained model of `n` segments `288 * n - 32` (compact) or `384 * n` (with claims) bytes.
    error MalformedProof(uint256 length);

    /// @notice Public signal number `index` (see `PublicSignals`) is `value`, not below the field modulus.
    error PublicSignalNotInField(uint256 index, uint256 value);

    /// @notice The proof is bound to `proven`, but this call requires `expected` (a copied proof).
    error BindingMismatch(uint256 expected, uint256 proven);

    /// @notice `inferenceId` was already stored (replay).
    error InferenceAlreadyStored(bytes32 inferenceId);

    /// @notice Nothing is stored under `inferenceId`.
    error InferenceNotFound(bytes32 inferenceId);

    /// @notice The caller pinned version `pinned` of `modelId`, but its current version is `current`.
    error ModelVersionMismatch(uint256 modelId, uint256 pinned, uint256 current);

    /// @notice A chained model has `length` segments; it must have 2 to `max` (a single proof uses {registerModel}).
    error InvalidChainLength(uint256 length, uint256 max);

    /// @notice The chained model has `expected` segments but `proof` carries `actual` (a dropped or extra segment).
    error ChainLengthMismatch(uint256 expected, uint256 actual);

    /**
     * @notice Segment `index` of a chained proof claims model commitment `proven`, not the registered
     * `expected` of that position (a reordered segment or one of another model).
     */
    error SegmentModelMismatch(uint256 index, uint256 expected, uint256 proven);

    /**
     * @notice Segment `index` of a chained proof claims input commitment `proven`, but segment `index - 1`
     * output `expected`: the chain is not linked at that cut (a changed intermediate commitment, a
     * segment proven for another input).
     */
    error ChainLinkBroken(uint256 index, uint256 expected, uint256 proven);

    /// @notice Segment `index` of a chained proof is bound to `proven`, but this call requires `expected`.
    error ChainBindingMismatch(uint256 index, uint256 expected, uint256 proven);

    /**
     * @notice The proof of segment `index` (the first that fails) does not verify against its rebuilt
     * public signals; with the compact chain encoding this is every mismatch's error.
     */
    error InvalidSegmentProof(uint256 index);

    /**
     * @notice Only `gasLeft` gas is left before the verifier call, less than the `required` gas a
     * snarkjs verifier needs to finish: the proof was not checked (it is not reported as {InvalidProof}).
     */
    error InsufficientGasForVerification(uint256 gasLeft, uint256 required);

    /**
     * @notice Adds the add-only route from (`circuitHash`, `vkHash`) to the Groth16 verifier contract
     * generated for that circuit and key. Only the registry owner may call it; a route is never
     * overwritten or removed, so a registered model's verifier can never change under it.
     * @param development True if the key comes from a development setup (one machine knew the toxic
     * waste: anyone holding it can forge proofs). Recorded on-chain for dApps: {isDevelopmentRoute},
     * {modelStatus}.
     */
    function registerVerifier(bytes32 circuitHash, bytes32 vkHash, address verifier, bool development) external;

    /// @notice The verifier routed for (`circuitHash`, `vkHash`), or zero.
    function verifierOf(bytes32 circuitHash, bytes32 vkHash) external view returns (address);

    /// @notice True if the route (`circuitHash`, `vkHash`) was registered as a development (insecure) key.
    function isDevelopmentRoute(bytes32 circuitHash, bytes32 vkHash) external view returns (bool);

    /**
     * @notice Cheap status of `modelId` for consumers (no string copied): its current version (0 = as
     * registered), whether it is deprecated, and whether its current route is a development key.
     * @dev Reverts with {ModelNotFound} for an unknown id.
     */
    function modelStatus(
        uint256 modelId
    ) external view returns (uint256 currentVersion, bool deprecated, bool development);

    /// @notice The verifier serving the current commitment of `modelId` (for a chained model, its first segment's).
    function verifierOfModel(uint256 modelId) external view returns (address);

    /**
     * @notice Registers a model proven as a chain of `segments` (2 to `MAX_CHAIN_SEGMENTS`, in order);
     * the caller becomes its owner. Each segment's route must be registered. The ERC-7992 commitment
     * recorded (and emitted in {ModelRegistered}) is {chainCommitment}`(segments, uri)`; the model is
     * a development model if any segment's route is.
     * @dev Reverts {InvalidChainLength}, {EmptyCommitmentField}, {ModelHashNotInField}, {VerifierNotRegistered}.
     * @return modelId A new, unique identifier.
     */
    function registerModelChain(
        ModelSegment[] calldata segments,
        string calldata uri
    ) external returns (uint256 modelId);

    /**
     * @notice {updateModel} to a chain of `segments`: appends a version whose commitment is
     * {chainCommitment}`(segments, uri)` and emits {ModelUpdated}. {updateModel} turns a chained
     * model back into a single-proof one.
     */
    function updateModelChain(uint256 modelId, ModelSegment[] calldata segments, string calldata uri) external;

    /**
     * @notice The ERC-7992 commitment recorded for a chain: `modelHash`, `circuitHash` and `vkHash`
     * are `keccak256(abi.encode(...))` of the segments' respective fields in order, `proofSystemId`
     * is groth16-bn254-v1. The segments themselves are read with {getModelSegments}.
     */
    function chainCommitment(
        ModelSegment[] calldata segments,
        string calldata uri
    ) external pure returns (ModelCommitment memory);

    /**
     * @notice The segments of version `version` of `modelId`, in proof order; a single-proof version is
     * the chain of length one (its commitment's modelHash, circuitHash, vkHash).
     * @dev Reverts {ModelNotFound}, {ModelVersionNotFound}.
     */
    function getModelSegments(uint256 modelId, uint256 version) external view returns (ModelSegment[] memory);

    /// @notice Number of models registered so far; model ids are 1 ..= modelCount().
    function modelCount() external view returns (uint256);

    /// @notice Number of versions of `modelId` (1 after registration, +1 per update).
    function modelVersionCount(uint256 modelId) external view returns (uint256);

    /// @notice Commitment number `version` (0 = as registered) of `modelId`.
    function getModelVersion(uint256 modelId, uint256 version) external view returns (ModelCommitment memory);

    /**
     * @notice Starts a two-step transfer of `modelId` to `newOwner`, who must call
     * {acceptModelOwnership}. Only the current owner may call it; `newOwner == address(0)` cancels.
     */
    function transferModelOwnership(uint256 modelId, address newOwner) external;

    /// @notice Completes the transfer of `modelId` to the caller, its pending owner.
    function acceptModelOwnership(uint256 modelId) external;

    /// @notice The pending owner of `modelId`, or zero.
    function pendingModelOwner(uint256 modelId) external view returns (address);

    /**
     * @notice Binding public signal for a proof submitted through `consumer` (a contract) on behalf of
     * `claimant` (the consumer's caller): `uint256(keccak256(abi.encode(consumer, claimant))) >> 8`.
     * @dev The shift keeps 248 bits so the value is below the BN254 scalar field modulus (as Semaphore
     * hashes to the field). A direct call binds `uint256(uint160(msg.sender))` instead; the two
     * spaces collide only if a 248-bit hash is below 2^160 (probability 2^-88).
     */
    function bindingOf(address consumer, address claimant) external pure returns (uint256);

    /**
     * @notice {verifyInference} for a consumer contract: the proof must be bound to
     * {bindingOf}`(msg.sender, claimant)`, so it was made for this consumer and this claimant. A proof
     * copied from the mempool fails: called directly, `msg.sender` is the copier; called through the
     * consumer, the consumer passes its own caller as `claimant`.
     * @dev Same errors and event as {verifyInference}.
     */
    function verifyInferenceFor(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        address claimant
    ) external;

    /**
     * @notice {verifyInferenceFor} against a pinned model version: reverts {ModelVersionMismatch}
     * unless `version` is the current version of `modelId`. A consumer that recorded the version it
     * trusts (e.g. when escrowing a payment) uses this, so the model owner cannot swap the model
     * (weights, circuit or key) under it.
     * @dev Emits {InferenceVerified} and {InferenceVerifiedFor}.
     */
    function verifyInferenceForVersion(
        uint256 modelId,
        uint256 version,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        address claimant
    ) external;

    /// @notice {verifyAndStoreInference} with the binding of {verifyInferenceFor}.
    function verifyAndStoreInferenceFor(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        address claimant
    ) external returns (bytes32 inferenceId);

    /**
     * @notice Id under which the storage extension records an inference:
     * `keccak256(abi.encode(modelId, version, inputCommitment, outputCommitment, binding))`.
     * @dev Deviation from the ERC's `keccak256(abi.encodePacked(modelId, inputCommitment, output))`:
     * the version keeps proofs of different versions apart, and the binding keeps the direct and
     * every consumer's id spaces apart (no one can store first under another caller's id).
     */
    function inferenceIdOf(
        uint256 modelId,
        uint256 version,
        bytes32 inputCommitment,
        uint256 outputCommitment,
        uint256 binding
    ) external pure returns (bytes32);

    /// @notice The full record stored under `inferenceId` (reverts {InferenceNotFound} if none).
    function getInferenceRecord(bytes32 inferenceId) external view returns (InferenceRecord memory);
}
