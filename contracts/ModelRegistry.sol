// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ERC165} from "@openzeppelin/contracts/utils/introspection/ERC165.sol";
import {SSTORE2} from "solady/src/utils/SSTORE2.sol";

import {IERCZKMLRegistry} from "./interfaces/IERCZKMLRegistry.sol";
import {IERCZKMLVerifier} from "./interfaces/IERCZKMLVerifier.sol";
import {IERCZKMLStorageExtension} from "./interfaces/IERCZKMLStorageExtension.sol";
import {IGroth16Verifier4} from "./interfaces/IGroth16Verifier4.sol";
import {IZkattnModelRegistry} from "./interfaces/IZkattnModelRegistry.sol";
import {PUBLIC_SIGNAL_COUNT, PublicSignals} from "./lib/PublicSignals.sol";

/**
 * @title zkattn model registry and inference verifier (ERC-7992)
 * @notice Registry of model commitments plus the verifier of their Groth16 (BN254) inference proofs,
 * routed to the snarkjs verifier generated for each (circuit, verifying key).
 *
 * Versioning policy (ERC-7992 asks for one to be documented):
 * - A `modelId` is stable across versions; ids are issued sequentially from 1.
 * - `updateModel` appends a version; the full history stays readable with {getModelVersion}.
 * - Proofs are checked against the current version only: a proof for an earlier modelHash fails with
 *   {ModelMismatch}; a proof for the same modelHash under an earlier circuit or key fails with
 *   {InvalidProof}. Consumers that must pin a version use {verifyInferenceForVersion}.
 * - `deprecateModel` is final: a deprecated model refuses verification
 *   ({VerificationRefused_ModelDeprecated}) and further updates ({ModelIsDeprecated}).
 * - A version is either a single-proof model ({registerModel}, {updateModel}) or a chain of segment
 *   proofs ({registerModelChain}, {updateModelChain}); an update may switch between the two.
 *
 * Roles: the registry owner (OpenZeppelin {Ownable2Step}) only adds verifier routes, like the
 * sp1-contracts gateway; each model has its own owner, transferred in two steps as in Ownable2Step.
 */
contract ModelRegistry is IZkattnModelRegistry, Ownable2Step, ERC165 {
    /// @notice ERC-7992 proof system id of snarkjs Groth16 on BN254: `bytes4(keccak256("groth16-bn254-v1"))`.
    bytes4 public constant GROTH16_BN254_V1 = bytes4(keccak256("groth16-bn254-v1"));

    /// @notice Byte length of `output`: `abi.encode(uint256 outputCommitment)`.
    uint256 public constant OUTPUT_BYTES = 32;

    /// @notice Words of the proof points a (G1: 2), b (G2: 4) and c (G1: 2) at the start of `proof`.
    uint256 public constant PROOF_POINT_WORDS = 2 + 4 + 2;

    /// @notice Byte length of a compact `proof`: `abi.encode(a, b, c)`.
    uint256 public constant PROOF_BYTES = 32 * PROOF_POINT_WORDS;

    /// @notice Byte length of a `proof` with claimed public signals: `abi.encode(a, b, c, publicSignals)`.
    uint256 public constant PROOF_WITH_CLAIMS_BYTES = 32 * (PROOF_POINT_WORDS + PUBLIC_SIGNAL_COUNT);

    /**
     * @notice Gas that must be left when the registry calls the verifier. A snarkjs Groth16 verifier
     * with 4 public signals needs ~209,000 (the 4-pair pairing alone is 181,000); 63/64 of this
     * minimum (EIP-150) leaves a margin above that. Below it the call reverts
     * {InsufficientGasForVerification}, so a caller who limits gas cannot make a valid proof look invalid.
     */
    uint256 public constant MIN_VERIFIER_GAS = 225_000;

    /**
     * @notice Most segments of a chained model: 64 proofs verify in ~13M gas (~205k each), well
     * inside a 30M block. The bound keeps the segment count in the model's packed slot (uint16).
     */
    uint256 public constant MAX_CHAIN_SEGMENTS = 64;

    /// @notice Byte length of one segment of a compact chain proof, but the last: its proof and its output (cut).
    uint256 public constant CHAIN_SEGMENT_BYTES = PROOF_BYTES + 32;

    /// @dev Bytes per segment in a chain's segment table: modelHash, circuitHash, vkHash (32 each), verifier (20).
    uint256 private constant _TABLE_ENTRY_BYTES = 3 * 32 + 20;

    /// @dev Hot-path state of a model, read by every verification: slot 0 and the packed slot 1.
    struct Model {
        uint256 modelHash; // current commitment's modelHash (a field element)
        address verifier; // current verifier, or a chain's segment table; zero iff the model does not exist
        bool deprecated;
        bool development; // the current route's key comes from a development setup
        uint64 version; // current version, 0 = as registered
        uint16 chainLength; // segments of the current version if it is a chain (>= 2), else 0
        address owner;
        address pendingOwner;
    }

    /// @dev A verifier route: the verifier and whether its key is a development one.
    struct Route {
        address verifier;
        bool development;
    }

    uint256 private _modelCount;
    mapping(uint256 modelId => Model) private _models;
    mapping(uint256 modelId => ModelCommitment[]) private _versions;
    mapping(bytes32 routeKey => Route) private _routes;
    mapping(bytes32 inferenceId => InferenceRecord) private _inferences;
    /// @dev Segment table of each chained version (an SSTORE2 data contract, read with one EXTCODECOPY
    /// instead of two cold storage reads per segment): per segment, in chain order, `abi.encodePacked(
    /// modelHash, circuitHash, vkHash, verifier)` ({_TABLE_ENTRY_BYTES} bytes). Zero for a single-proof version.
    mapping(uint256 modelId => mapping(uint256 version => address table)) private _chainTables;

    /// @param initialOwner Registry owner: the only account that adds verifier routes.
    constructor(address initialOwner) Ownable(initialOwner) {}

    modifier onlyModelOwner(uint256 modelId) {
        Model storage model = _existingModel(modelId);
        if (model.owner != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    // ------------------------------------------------------------------------------------------
    // Verifier routes
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IZkattnModelRegistry
    function registerVerifier(
        bytes32 circuitHash,
        bytes32 vkHash,
        address verifier,
        bool development
    ) external onlyOwner {
        if (circuitHash == 0) revert EmptyCommitmentField("circuitHash");
        if (vkHash == 0) revert EmptyCommitmentField("vkHash");
        if (verifier.code.length == 0) revert VerifierHasNoCode(verifier);
        bytes32 key = _routeKey(circuitHash, vkHash);
        address existing = _routes[key].verifier;
        if (existing != address(0)) revert VerifierAlreadyRegistered(circuitHash, vkHash, existing);
        _routes[key] = Route({verifier: verifier, development: development});
        emit VerifierRegistered(circuitHash, vkHash, verifier, development);
    }

    /// @inheritdoc IZkattnModelRegistry
    function verifierOf(bytes32 circuitHash, bytes32 vkHash) external view returns (address) {
        return _routes[_routeKey(circuitHash, vkHash)].verifier;
    }

    /// @inheritdoc IZkattnModelRegistry
    function isDevelopmentRoute(bytes32 circuitHash, bytes32 vkHash) external view returns (bool) {
        return _routes[_routeKey(circuitHash, vkHash)].development;
    }

    /// @inheritdoc IZkattnModelRegistry
    function verifierOfModel(uint256 modelId) external view returns (address) {
        Model storage model = _existingModel(modelId);
        if (model.chainLength == 0) return model.verifier;
        return _entryVerifier(SSTORE2.read(model.verifier), 0);
    }

    // ------------------------------------------------------------------------------------------
    // ERC-7992 registry
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IERCZKMLRegistry
    function registerModel(ModelCommitment calldata commitment) external returns (uint256 modelId) {
        Route memory route = _validate(commitment);
        modelId = ++_modelCount;
        Model storage model = _models[modelId];
        model.modelHash = uint256(commitment.modelHash);
        model.verifier = route.verifier;
        model.development = route.development;
        model.owner = msg.sender;
        _versions[modelId].push(commitment);
        emit ModelRegistered(modelId, msg.sender, commitment);
    }

    /// @inheritdoc IERCZKMLRegistry
    function updateModel(uint256 modelId, ModelCommitment calldata newCommitment) external onlyModelOwner(modelId) {
        Model storage model = _models[modelId];
        if (model.deprecated) revert ModelIsDeprecated(modelId);
        Route memory route = _validate(newCommitment);
        ModelCommitment[] storage versions = _versions[modelId];
        ModelCommitment memory oldCommitment = versions[versions.length - 1];
        model.modelHash = uint256(newCommitment.modelHash);
        model.verifier = route.verifier;
        model.development = route.development;
        model.version = uint64(versions.length);
        model.chainLength = 0;
        versions.push(newCommitment);
        emit ModelUpdated(modelId, oldCommitment, newCommitment);
    }

    /// @inheritdoc IZkattnModelRegistry
    function registerModelChain(
        ModelSegment[] calldata segments,
        string calldata uri
    ) external returns (uint256 modelId) {
        modelId = ++_modelCount;
        _models[modelId].owner = msg.sender;
        ModelCommitment memory commitment = _setChain(modelId, 0, segments, uri);
        _versions[modelId].push(commitment);
        emit ModelRegistered(modelId, msg.sender, commitment);
    }

    /// @inheritdoc IZkattnModelRegistry
    function updateModelChain(
        uint256 modelId,
        ModelSegment[] calldata segments,
        string calldata uri
    ) external onlyModelOwner(modelId) {
        if (_models[modelId].deprecated) revert ModelIsDeprecated(modelId);
        ModelCommitment[] storage versions = _versions[modelId];
        ModelCommitment memory oldCommitment = versions[versions.length - 1];
        ModelCommitment memory newCommitment = _setChain(modelId, versions.length, segments, uri);
        versions.push(newCommitment);
        emit ModelUpdated(modelId, oldCommitment, newCommitment);
    }

    /// @inheritdoc IZkattnModelRegistry
    function chainCommitment(
        ModelSegment[] calldata segments,
        string calldata uri
    ) public pure returns (ModelCommitment memory) {
        uint256 n = segments.length;
        bytes32[] memory modelHashes = new bytes32[](n);
        bytes32[] memory circuitHashes = new bytes32[](n);
        bytes32[] memory vkHashes = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            modelHashes[i] = segments[i].modelHash;
            circuitHashes[i] = segments[i].circuitHash;
            vkHashes[i] = segments[i].vkHash;
        }
        return
            ModelCommitment({
                modelHash: keccak256(abi.encode(modelHashes)),
                circuitHash: keccak256(abi.encode(circuitHashes)),
                vkHash: keccak256(abi.encode(vkHashes)),
                proofSystemId: GROTH16_BN254_V1,
                uri: uri
            });
    }

    /// @inheritdoc IZkattnModelRegistry
    function getModelSegments(uint256 modelId, uint256 version) external view returns (ModelSegment[] memory segments) {
        ModelCommitment storage single = _modelVersion(modelId, version);
        address table = _chainTables[modelId][version];
        if (table == address(0)) {
            segments = new ModelSegment[](1);
            segments[0] = ModelSegment(single.modelHash, single.circuitHash, single.vkHash);
            return segments;
        }
        bytes memory entries = SSTORE2.read(table);
        segments = new ModelSegment[](entries.length / _TABLE_ENTRY_BYTES);
        for (uint256 i = 0; i < segments.length; ++i) {
            uint256 at = i * _TABLE_ENTRY_BYTES;
            segments[i] = ModelSegment(
                bytes32(_entryWord(entries, at)),
                bytes32(_entryWord(entries, at + 32)),
                bytes32(_entryWord(entries, at + 64))
            );
        }
    }

    /// @inheritdoc IERCZKMLRegistry
    function deprecateModel(uint256 modelId) external onlyModelOwner(modelId) {
        Model storage model = _models[modelId];
        if (model.deprecated) revert ModelIsDeprecated(modelId);
        model.deprecated = true;
        emit ModelDeprecated(modelId);
    }

    /// @inheritdoc IERCZKMLRegistry
    function getModel(
        uint256 modelId
    ) external view returns (ModelCommitment memory commitment, bool deprecated, address owner) {
        Model storage model = _existingModel(modelId);
        ModelCommitment[] storage versions = _versions[modelId];
        return (versions[versions.length - 1], model.deprecated, model.owner);
    }

    /// @inheritdoc IZkattnModelRegistry
    function modelStatus(
        uint256 modelId
    ) external view returns (uint256 currentVersion, bool deprecated, bool development) {
        Model storage model = _existingModel(modelId);
        return (model.version, model.deprecated, model.development);
    }

    /// @inheritdoc IZkattnModelRegistry
    function modelCount() external view returns (uint256) {
        return _modelCount;
    }

    /// @inheritdoc IZkattnModelRegistry
    function modelVersionCount(uint256 modelId) external view returns (uint256) {
        _existingModel(modelId);
        return _versions[modelId].length;
    }

    /// @inheritdoc IZkattnModelRegistry
    function getModelVersion(uint256 modelId, uint256 version) external view returns (ModelCommitment memory) {
        return _modelVersion(modelId, version);
    }

    // ------------------------------------------------------------------------------------------
    // Per-model two-step ownership
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IZkattnModelRegistry
    function transferModelOwnership(uint256 modelId, address newOwner) external onlyModelOwner(modelId) {
        _models[modelId].pendingOwner = newOwner;
        emit ModelOwnershipTransferStarted(modelId, msg.sender, newOwner);
    }

    /// @inheritdoc IZkattnModelRegistry
    function acceptModelOwnership(uint256 modelId) external {
        Model storage model = _existingModel(modelId);
        if (model.pendingOwner != msg.sender) revert NotPendingModelOwner(modelId, msg.sender);
        address previousOwner = model.owner;
        model.owner = msg.sender;
        delete model.pendingOwner;
        emit ModelOwnershipTransferred(modelId, previousOwner, msg.sender);
    }

    /// @inheritdoc IZkattnModelRegistry
    function pendingModelOwner(uint256 modelId) external view returns (address) {
        return _existingModel(modelId).pendingOwner;
    }

    // ------------------------------------------------------------------------------------------
    // ERC-7992 verifier and storage extension
    // ------------------------------------------------------------------------------------------

    /// @inheritdoc IERCZKMLVerifier
    /// @dev The binding public signal is `uint256(uint160(msg.sender))`. For a chained model `proof` is
    /// a chain proof (see {IZkattnModelRegistry}), every segment bound to that binding.
    function verifyInference(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof
    ) external {
        _verify(modelId, inputCommitment, output, proof, uint256(uint160(msg.sender)));
    }

    /// @inheritdoc IZkattnModelRegistry
    function verifyInferenceFor(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        address claimant
    ) external {
        uint256 version = _verify(modelId, inputCommitment, output, proof, bindingOf(msg.sender, claimant));
        emit InferenceVerifiedFor(modelId, version, msg.sender, claimant);
    }

    /// @inheritdoc IZkattnModelRegistry
    function verifyInferenceForVersion(
        uint256 modelId,
        uint256 version,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        address claimant
    ) external {
        uint256 current = _existingModel(modelId).version;
        if (current != version) revert ModelVersionMismatch(modelId, version, current);
        _verify(modelId, inputCommitment, output, proof, bindingOf(msg.sender, claimant));
        emit InferenceVerifiedFor(modelId, version, msg.sender, claimant);
    }

    /// @inheritdoc IERCZKMLStorageExtension
    /// @dev Verifies as {verifyInference}, then records the inference under {inferenceIdOf} (a
    /// deviation from the ERC's id, see there) and refuses an id stored before ({InferenceAlreadyStored}).
    /// @return inferenceId {inferenceIdOf}`(modelId, version, inputCommitment, outputCommitment, binding)`.
    function verifyAndStoreInference(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof
    ) external returns (bytes32 inferenceId) {
        uint256 binding = uint256(uint160(msg.sender));
        uint256 version = _verify(modelId, inputCommitment, output, proof, binding);
        return _store(modelId, version, inputCommitment, output, msg.sender, binding);
    }

    /// @inheritdoc IZkattnModelRegistry
    function verifyAndStoreInferenceFor(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        address claimant
    ) external returns (bytes32 inferenceId) {
        uint256 binding = bindingOf(msg.sender, claimant);
        uint256 version = _verify(modelId, inputCommitment, output, proof, binding);
        emit InferenceVerifiedFor(modelId, version, msg.sender, claimant);
        return _store(modelId, version, inputCommitment, output, claimant, binding);
    }

    /// @inheritdoc IERCZKMLStorageExtension
    function getInference(
        bytes32 inferenceId
    ) external view returns (uint256 modelId, bytes32 inputCommitment, bytes memory output) {
        InferenceRecord storage record = _storedInference(inferenceId);
        return (record.modelId, record.inputCommitment, abi.encode(record.outputCommitment));
    }

    /// @inheritdoc IZkattnModelRegistry
    function getInferenceRecord(bytes32 inferenceId) external view returns (InferenceRecord memory) {
        return _storedInference(inferenceId);
    }

    /// @inheritdoc IZkattnModelRegistry
    function inferenceIdOf(
        uint256 modelId,
        uint256 version,
        bytes32 inputCommitment,
        uint256 outputCommitment,
        uint256 binding
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(modelId, version, inputCommitment, outputCommitment, binding));
    }

    /// @inheritdoc IERCZKMLVerifier
    function proofSystemOf(uint256 modelId) external view returns (bytes4) {
        _existingModel(modelId);
        ModelCommitment[] storage versions = _versions[modelId];
        return versions[versions.length - 1].proofSystemId;
    }

    /// @inheritdoc IERCZKMLVerifier
    /// @dev The registry is its own verifier, so this is `address(this)`.
    function registry() external view returns (address registryAddress) {
        return address(this);
    }

    /// @inheritdoc IZkattnModelRegistry
    function bindingOf(address consumer, address claimant) public pure returns (uint256) {
        return uint256(keccak256(abi.encode(consumer, claimant))) >> 8;
    }

    /// @inheritdoc ERC165
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return
            interfaceId == type(IERCZKMLRegistry).interfaceId ||
            interfaceId == type(IERCZKMLVerifier).interfaceId ||
            interfaceId == type(IERCZKMLStorageExtension).interfaceId ||
            interfaceId == type(IZkattnModelRegistry).interfaceId ||
            super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------------------------------

    /**
     * @dev Checks, in order: the model exists and is not deprecated; `output` and `proof` have one of
     * their fixed lengths; the caller-supplied public signals are field elements; if the proof carries
     * claimed public signals, they equal the rebuilt ones (precise errors); the routed verifier accepts
     * the proof against the rebuilt public signals, called with at least {MIN_VERIFIER_GAS} gas left.
     * A chained model's proof is checked by {_verifyChain} instead, after the first three checks.
     * Emits {InferenceVerified} with `caller = msg.sender`.
     * @return version The model version the proof was checked against (the current one).
     */
    function _verify(
        uint256 modelId,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        uint256 binding
    ) private returns (uint256 version) {
        Model storage model = _models[modelId];
        // Read together, before any branch, so the optimizer loads their shared slot once.
        address verifier = model.verifier;
        bool deprecated = model.deprecated;
        uint256 chainLength = model.chainLength;
        version = model.version;
        if (verifier == address(0)) revert ModelNotFound(modelId);
        if (deprecated) revert VerificationRefused_ModelDeprecated(modelId);
        if (output.length != OUTPUT_BYTES) revert MalformedOutput(output.length);
        if (chainLength != 0) {
            _verifyChain(verifier, chainLength, inputCommitment, output, proof, binding);
            emit InferenceVerified(modelId, inputCommitment, output, msg.sender);
            return version;
        }
        if (proof.length != PROOF_BYTES && proof.length != PROOF_WITH_CLAIMS_BYTES) revert MalformedProof(proof.length);

        uint256[PUBLIC_SIGNAL_COUNT] memory signals;
        signals[PublicSignals.MODEL_COMMITMENT] = model.modelHash;
        signals[PublicSignals.INPUT_COMMITMENT] = uint256(inputCommitment);
        signals[PublicSignals.OUTPUT_COMMITMENT] = uint256(bytes32(output));
        signals[PublicSignals.BINDING] = binding;
        // The model commitment was range-checked at registration and the binding is below 2^248.
        _requireInField(PublicSignals.INPUT_COMMITMENT, signals[PublicSignals.INPUT_COMMITMENT]);
        _requireInField(PublicSignals.OUTPUT_COMMITMENT, signals[PublicSignals.OUTPUT_COMMITMENT]);

        // Optional claimed public signals (after the proof points) only select a precise error.
        if (proof.length == PROOF_WITH_CLAIMS_BYTES) {
            for (uint256 i = 0; i < PUBLIC_SIGNAL_COUNT; ++i) {
                uint256 claimed = _word(proof, 32 * (PROOF_POINT_WORDS + i));
                if (claimed != signals[i]) _revertMismatch(i, signals[i], claimed);
            }
        }

        // A verifier short of gas returns false like for a bad proof: refuse to call it without enough.
        uint256 gasLeft = gasleft();
        if (gasLeft < MIN_VERIFIER_GAS) revert InsufficientGasForVerification(gasLeft, MIN_VERIFIER_GAS);
        if (!_callVerifier(verifier, proof, signals)) revert InvalidProof();
        emit InferenceVerified(modelId, inputCommitment, output, msg.sender);
    }

    /**
     * @dev Verifies the chain proof `proof` of the `chainLength` segments of the segment table `table`
     * (the model's current version; encodings: {IZkattnModelRegistry}). Checks, in order: the proof's length gives
     * `chainLength` segments ({ChainLengthMismatch}, else {MalformedProof}); `inputCommitment` and the
     * output are field elements; then per segment `i`, with claims, its claimed model commitment,
     * input (segment 0: `inputCommitment`; else the previous segment's output), output (last segment:
     * `output`) and binding, and finally its proof against (`modelHash_i`, `cut_i`, `cut_{i+1}`,
     * `binding`) through its route's verifier with at least {MIN_VERIFIER_GAS} gas left.
     */
    function _verifyChain(
        address table,
        uint256 chainLength,
        bytes32 inputCommitment,
        bytes calldata output,
        bytes calldata proof,
        uint256 binding
    ) private view {
        uint256 stride;
        if (proof.length == CHAIN_SEGMENT_BYTES * chainLength - 32) {
            stride = CHAIN_SEGMENT_BYTES;
        } else if (proof.length == PROOF_WITH_CLAIMS_BYTES * chainLength) {
            stride = PROOF_WITH_CLAIMS_BYTES;
        } else if ((proof.length + 32) % CHAIN_SEGMENT_BYTES == 0) {
            revert ChainLengthMismatch(chainLength, (proof.length + 32) / CHAIN_SEGMENT_BYTES);
        } else if (proof.length % PROOF_WITH_CLAIMS_BYTES == 0) {
            revert ChainLengthMismatch(chainLength, proof.length / PROOF_WITH_CLAIMS_BYTES);
        } else {
            revert MalformedProof(proof.length);
        }
        uint256 outputCommitment = uint256(bytes32(output));
        _requireInField(PublicSignals.INPUT_COMMITMENT, uint256(inputCommitment));
        _requireInField(PublicSignals.OUTPUT_COMMITMENT, outputCommitment);

        bytes memory segments = SSTORE2.read(table);
        uint256 cutOffset = PROOF_BYTES; // where a compact segment's output (the next cut) is
        if (stride == PROOF_WITH_CLAIMS_BYTES) {
            // Claimed public signals only select a precise error, before any pairing; the claimed
            // output of a segment is the cut.
            _checkChainClaims(segments, chainLength, uint256(inputCommitment), outputCommitment, proof, binding);
            cutOffset = 32 * (PROOF_POINT_WORDS + PublicSignals.OUTPUT_COMMITMENT);
        }
        uint256[PUBLIC_SIGNAL_COUNT] memory signals;
        signals[PublicSignals.OUTPUT_COMMITMENT] = uint256(inputCommitment); // moved to the input below
        signals[PublicSignals.BINDING] = binding;
        uint256 last = chainLength - 1;
        for (uint256 i = 0; i < chainLength; ++i) {
            bytes calldata segmentProof = proof[i * stride:];
            signals[PublicSignals.MODEL_COMMITMENT] = _entryWord(segments, i * _TABLE_ENTRY_BYTES);
            signals[PublicSignals.INPUT_COMMITMENT] = signals[PublicSignals.OUTPUT_COMMITMENT];
            signals[PublicSignals.OUTPUT_COMMITMENT] = i == last ? outputCommitment : _word(segmentProof, cutOffset);
            uint256 gasLeft = gasleft();
            if (gasLeft < MIN_VERIFIER_GAS) revert InsufficientGasForVerification(gasLeft, MIN_VERIFIER_GAS);
            if (!_callVerifier(_entryVerifier(segments, i), segmentProof, signals)) revert InvalidSegmentProof(i);
        }
    }

    /**
     * @dev Reverts with the precise error for the first claimed public signal of a chain proof with
     * claims that differs from what the registry expects, segment by segment: the model commitment
     * ({SegmentModelMismatch}), the input (segment 0: `inputCommitment`, {InputCommitmentMismatch};
     * else the previous segment's claimed output, {ChainLinkBroken}), the last segment's output
     * ({OutputMismatch}) and the binding ({ChainBindingMismatch}).
     */
    function _checkChainClaims(
        bytes memory segments,
        uint256 chainLength,
        uint256 inputCommitment,
        uint256 outputCommitment,
        bytes calldata proof,
        uint256 binding
    ) private pure {
        uint256 claimsAt = 32 * PROOF_POINT_WORDS;
        uint256 cut = inputCommitment;
        for (uint256 i = 0; i < chainLength; ++i) {
            uint256 at = i * PROOF_WITH_CLAIMS_BYTES + claimsAt;
            uint256 expected = _entryWord(segments, i * _TABLE_ENTRY_BYTES);
            uint256 claimed = _word(proof, at + 32 * PublicSignals.MODEL_COMMITMENT);
            if (claimed != expected) revert SegmentModelMismatch(i, expected, claimed);
            claimed = _word(proof, at + 32 * PublicSignals.INPUT_COMMITMENT);
            if (claimed != cut) {
                if (i == 0) revert InputCommitmentMismatch();
                revert ChainLinkBroken(i, cut, claimed);
            }
            cut = _word(proof, at + 32 * PublicSignals.OUTPUT_COMMITMENT);
            if (i == chainLength - 1 && cut != outputCommitment) revert OutputMismatch();
            claimed = _word(proof, at + 32 * PublicSignals.BINDING);
            if (claimed != binding) revert ChainBindingMismatch(i, binding, claimed);
        }
    }

    /**
     * @dev Validates `segments` and makes them version `version` of `modelId` (the model's current
     * one): writes their segment table, points the hot fields at the chain (modelHash = the chain
     * commitment's, verifier = the table, development if any segment's route is) and returns the
     * ERC-7992 commitment to record.
     */
    function _setChain(
        uint256 modelId,
        uint256 version,
        ModelSegment[] calldata segments,
        string calldata uri
    ) private returns (ModelCommitment memory commitment) {
        uint256 n = segments.length;
        if (n < 2 || n > MAX_CHAIN_SEGMENTS) revert InvalidChainLength(n, MAX_CHAIN_SEGMENTS);
        commitment = chainCommitment(segments, uri);
        bytes memory entries;
        bool development = false;
        for (uint256 i = 0; i < n; ++i) {
            ModelSegment calldata segment = segments[i];
            _requireHashes(segment.modelHash, segment.circuitHash, segment.vkHash);
            Route memory route = _routeOf(segment.circuitHash, segment.vkHash);
            development = development || route.development;
            entries = bytes.concat(
                entries,
                abi.encodePacked(segment.modelHash, segment.circuitHash, segment.vkHash, route.verifier)
            );
        }
        address table = SSTORE2.write(entries);
        _chainTables[modelId][version] = table;
        Model storage model = _models[modelId];
        model.modelHash = uint256(commitment.modelHash);
        model.verifier = table;
        model.development = development;
        model.version = uint64(version);
        model.chainLength = uint16(n);
    }

    /// @dev Records a verified inference under {inferenceIdOf}; emits {InferenceStored}.
    function _store(
        uint256 modelId,
        uint256 version,
        bytes32 inputCommitment,
        bytes calldata output,
        address claimant,
        uint256 binding
    ) private returns (bytes32 id) {
        uint256 outputCommitment = uint256(bytes32(output));
        id = inferenceIdOf(modelId, version, inputCommitment, outputCommitment, binding);
        InferenceRecord storage record = _inferences[id];
        if (record.modelId != 0) revert InferenceAlreadyStored(id);
        _inferences[id] = InferenceRecord({
            modelId: modelId,
            version: version,
            modelHash: bytes32(_models[modelId].modelHash),
            inputCommitment: inputCommitment,
            outputCommitment: outputCommitment,
            submitter: msg.sender,
            claimant: claimant,
            binding: binding
        });
        emit InferenceStored(id);
    }

    function _storedInference(bytes32 inferenceId) private view returns (InferenceRecord storage record) {
        record = _inferences[inferenceId];
        if (record.modelId == 0) revert InferenceNotFound(inferenceId);
    }

    /// @dev Validates a commitment and returns the route (verifier, development flag) serving it.
    function _validate(ModelCommitment calldata commitment) private view returns (Route memory route) {
        _requireHashes(commitment.modelHash, commitment.circuitHash, commitment.vkHash);
        if (commitment.proofSystemId != GROTH16_BN254_V1) revert UnsupportedProofSystem(commitment.proofSystemId);
        route = _routeOf(commitment.circuitHash, commitment.vkHash);
    }

    /// @dev Requires a (segment's) model, circuit and key hash to be non-zero and the model hash in the field.
    function _requireHashes(bytes32 modelHash, bytes32 circuitHash, bytes32 vkHash) private pure {
        if (modelHash == 0) revert EmptyCommitmentField("modelHash");
        if (circuitHash == 0) revert EmptyCommitmentField("circuitHash");
        if (vkHash == 0) revert EmptyCommitmentField("vkHash");
        if (uint256(modelHash) >= PublicSignals.BN254_SCALAR_FIELD) revert ModelHashNotInField(modelHash);
    }

    /// @dev The registered route for (`circuitHash`, `vkHash`); reverts {VerifierNotRegistered} if none.
    function _routeOf(bytes32 circuitHash, bytes32 vkHash) private view returns (Route memory route) {
        route = _routes[_routeKey(circuitHash, vkHash)];
        if (route.verifier == address(0)) revert VerifierNotRegistered(circuitHash, vkHash);
    }

    /// @dev Commitment number `version` of `modelId`; reverts {ModelNotFound}, {ModelVersionNotFound}.
    function _modelVersion(uint256 modelId, uint256 version) private view returns (ModelCommitment storage) {
        _existingModel(modelId);
        ModelCommitment[] storage versions = _versions[modelId];
        if (version >= versions.length) revert ModelVersionNotFound(modelId, version);
        return versions[version];
    }

    function _existingModel(uint256 modelId) private view returns (Model storage model) {
        model = _models[modelId];
        if (model.verifier == address(0)) revert ModelNotFound(modelId);
    }

    /// @dev Reverts with the error for a claimed public signal `index` that differs from the rebuilt one.
    function _revertMismatch(uint256 index, uint256 expected, uint256 claimed) private pure {
        if (index == PublicSignals.MODEL_COMMITMENT) revert ModelMismatch();
        if (index == PublicSignals.INPUT_COMMITMENT) revert InputCommitmentMismatch();
        if (index == PublicSignals.OUTPUT_COMMITMENT) revert OutputMismatch();
        revert BindingMismatch(expected, claimed);
    }

    /// @dev The 32-byte word at byte `offset` of a segment table (caller keeps `offset + 32` within it).
    function _entryWord(bytes memory entries, uint256 offset) private pure returns (uint256 value) {
        assembly ("memory-safe") {
            value := mload(add(add(entries, 0x20), offset))
        }
    }

    /// @dev The verifier of segment `index` of a segment table (its entry's last 20 bytes).
    function _entryVerifier(bytes memory entries, uint256 index) private pure returns (address) {
        return address(uint160(_entryWord(entries, index * _TABLE_ENTRY_BYTES + 3 * 32) >> 96));
    }

    /// @dev The 32-byte word at byte `offset` of `data` (caller guarantees `offset + 32 <= data.length`).
    function _word(bytes calldata data, uint256 offset) private pure returns (uint256 value) {
        assembly ("memory-safe") {
            value := calldataload(add(data.offset, offset))
        }
    }

    /**
     * @dev Calls `IGroth16Verifier4.verifyProof(a, b, c, signals)` with `a`, `b`, `c` copied straight
     * from the proof's calldata (the first {PROOF_POINT_WORDS} words of the encoding equal the ABI
     * encoding of those three static arrays) and `signals` from memory. Equivalent to the high-level
     * call but without decoding the proof into nested memory arrays and re-encoding it (~2k gas).
     * @return ok True iff the call succeeded and returned exactly `true`.
     */
    function _callVerifier(
        address verifier,
        bytes calldata proof,
        uint256[PUBLIC_SIGNAL_COUNT] memory signals
    ) private view returns (bool ok) {
        bytes4 selector = IGroth16Verifier4.verifyProof.selector;
        uint256 pointBytes = 32 * PROOF_POINT_WORDS;
        uint256 signalBytes = 32 * PUBLIC_SIGNAL_COUNT;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            calldatacopy(add(ptr, 4), proof.offset, pointBytes)
            mcopy(add(add(ptr, 4), pointBytes), signals, signalBytes)
            let success := staticcall(gas(), verifier, ptr, add(4, add(pointBytes, signalBytes)), 0x00, 0x20)
            ok := and(success, and(eq(returndatasize(), 0x20), eq(mload(0x00), 1)))
        }
    }

    function _requireInField(uint256 index, uint256 value) private pure {
        if (value >= PublicSignals.BN254_SCALAR_FIELD) revert PublicSignalNotInField(index, value);
    }

    function _routeKey(bytes32 circuitHash, bytes32 vkHash) private pure returns (bytes32) {
        return keccak256(abi.encode(circuitHash, vkHash));
    }
}
