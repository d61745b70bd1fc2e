// SPDX-License-Identifier: MIT
// Test file: Foundry's conventions (a `Vm` interface, the `vm` constant, helper contracts in one file,
// descriptive require messages) take precedence over the production style rules, as in ModelRegistry.t.sol.
// solhint-disable one-contract-per-file, interface-starts-with-i, const-name-snakecase, reason-string
// solhint-disable gas-small-strings, gas-strict-inequalities, immutable-vars-naming, function-max-lines
pragma solidity ^0.8.28;

import {ModelRegistry} from "../ModelRegistry.sol";
import {IERCZKMLRegistry} from "../interfaces/IERCZKMLRegistry.sol";
import {IERCZKMLVerifier} from "../interfaces/IERCZKMLVerifier.sol";
import {IZkattnModelRegistry} from "../interfaces/IZkattnModelRegistry.sol";
import {PublicSignals} from "../lib/PublicSignals.sol";

/// @dev The subset of the Foundry/Hardhat cheatcodes these tests use (forge-std is not installed).
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function prank(address sender) external;
    function expectRevert(bytes calldata revertData) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
}

/**
 * @dev Mock of a snarkjs Groth16 verifier with 4 public signals (`IGroth16Verifier4`) that is sound by
 * construction: it accepts exactly the (proof, public signals) pairs its deployer issued, so a proof
 * verifies against the signals it was made for and nothing else, like a real verifier under its key.
 * An unissued pair returns false (a snarkjs verifier never reverts for a bad proof).
 */
contract IssuedProofsVerifier {
    address internal immutable issuer = msg.sender;
    mapping(bytes32 pair => bool) internal issued;

    /// @dev `points` are a, b, c in the order `abi.encode(a, b, c)` lays them out (8 words).
    function issue(uint256[8] calldata points, uint256[4] calldata publicSignals) external {
        require(msg.sender == issuer, "only the test issues proofs");
        issued[keccak256(abi.encode(points, publicSignals))] = true;
    }

    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[4] calldata publicSignals
    ) external view returns (bool) {
        // abi.encode of the three static arrays is the same 8 words as abi.encode(points).
        return issued[keccak256(abi.encode(a, b, c, publicSignals))];
    }
}

/**
 * @dev Property-based tests of chained-model verification (docs/registry.md "Chained models",
 * {IZkattnModelRegistry}): random chains of 2 to {MAX_CHAIN_SEGMENTS} segments (half of them at most
 * {SHORT_N}) over three routes, random cut commitments, submitters and bindings (direct,
 * `verifyInferenceFor`, `verifyInferenceForVersion`), each tampering rejected with the documented
 * error and arguments in both proof encodings. The chain proofs are encoded here from the documented
 * layout, independently of `src/contracts/chain.ts`. {testFuzzLongestChains} runs chains of 63 and
 * 64 segments.
 */
contract ModelRegistryChainTest {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant R = PublicSignals.BN254_SCALAR_FIELD;
    uint256 internal constant MODEL = PublicSignals.MODEL_COMMITMENT;
    uint256 internal constant INPUT = PublicSignals.INPUT_COMMITMENT;
    uint256 internal constant OUTPUT = PublicSignals.OUTPUT_COMMITMENT;
    uint256 internal constant BINDING = PublicSignals.BINDING;

    /// @dev docs/registry.md: 2 to MAX_CHAIN_SEGMENTS = 64 segments.
    uint256 internal constant MAX_CHAIN_SEGMENTS = 64;
    /// @dev Half the chains are at most this long, so the short edge cases (n = 2, 3) come up often.
    uint256 internal constant SHORT_N = 8;
    /// @dev docs/registry.md "The chain proof": compact segment 256 + 32 bytes, with claims 384.
    uint256 internal constant PROOF_BYTES = 256;
    uint256 internal constant COMPACT_STRIDE = PROOF_BYTES + 32;
    uint256 internal constant CLAIMS_STRIDE = PROOF_BYTES + 4 * 32;
    uint256 internal constant ROUTES = 3;

    /// @dev How a chain is submitted: the call and therefore the binding every segment is proven for.
    uint256 internal constant DIRECT = 0; // verifyInference: binding = uint160(msg.sender)
    uint256 internal constant FOR = 1; // verifyInferenceFor: binding = bindingOf(msg.sender, claimant)
    uint256 internal constant FOR_VERSION = 2; // verifyInferenceForVersion(version 0): as FOR

    struct SegmentProof {
        uint256[8] points; // a (2 words), b (4), c (2), as abi.encode(a, b, c)
        uint256[4] signals; // the public signals it was issued for, in PublicSignals order
    }

    /// @dev A registered chained model and a valid chain proof of one inference for one submitter.
    struct Chain {
        uint256 modelId;
        uint256 n;
        uint256[] modelHashes; // registered, per position
        IssuedProofsVerifier[] verifiers; // the route of each position
        uint256[] cuts; // n + 1: cuts[0] = inputCommitment, cuts[n] = outputCommitment
        uint256 mode;
        address sender;
        address claimant;
        uint256 binding;
        SegmentProof[] proofs; // proofs[i] issued for (modelHashes[i], cuts[i], cuts[i + 1], binding)
    }

    ModelRegistry internal registry;
    IssuedProofsVerifier[ROUTES] internal routeVerifiers;
    bytes32[ROUTES] internal circuitHashes;
    bytes32[ROUTES] internal vkHashes;

    function setUp() public {
        registry = new ModelRegistry(address(this));
        for (uint256 k = 0; k < ROUTES; ++k) {
            routeVerifiers[k] = new IssuedProofsVerifier();
            circuitHashes[k] = keccak256(abi.encode("circuit", k));
            vkHashes[k] = keccak256(abi.encode("vk", k));
            registry.registerVerifier(circuitHashes[k], vkHashes[k], address(routeVerifiers[k]), k == 0);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Properties
    // ------------------------------------------------------------------------------------------

    /// @dev A well-formed chain verifies in both encodings and logs InferenceVerified once, with the
    /// last segment's output (plus InferenceVerifiedFor for the consumer variants).
    function testFuzzWellFormedChainVerifies(uint256 seed, uint256 rawN) public {
        Chain memory c = _chain(seed, _length(rawN));
        _expectVerified(c, _compact(c.proofs));
        _expectVerified(c, _withClaims(c.proofs));
    }

    /// @dev Chains of MAX_CHAIN_SEGMENTS and just below verify; a tampered segment anywhere in them is named.
    /// hardhat-config: fuzz.runs = 24
    function testFuzzLongestChains(uint256 seed, uint256 rawJ, uint256 otherBinding) public {
        Chain memory c = _chain(seed, MAX_CHAIN_SEGMENTS - (seed % 2));
        _expectVerified(c, _compact(c.proofs));
        _expectVerified(c, _withClaims(c.proofs));
        otherBinding = _otherFieldElement(otherBinding, c.binding);
        uint256 j = rawJ % c.n;
        c.proofs[j] = _reissue(c, j, c.modelHashes[j], c.cuts[j], c.cuts[j + 1], otherBinding, 1);
        _expectRevert(c, _compact(c.proofs), _invalidSegment(j));
        _expectRevert(
            c,
            _withClaims(c.proofs),
            abi.encodeWithSelector(IZkattnModelRegistry.ChainBindingMismatch.selector, j, c.binding, otherBinding)
        );
    }

    /**
     * @dev Changing intermediate cut `cut_j` (0 < j < n) that segment j - 1 outputs and segment j reads:
     * compact, segment j - 1's proof no longer verifies (InvalidSegmentProof(j - 1), the first failing
     * segment); with claims, a claim changed on one side breaks the link at j (ChainLinkBroken(j,
     * segment j - 1's claimed output, segment j's claimed input)), and changed consistently on both
     * sides the claims agree but segment j - 1's proof fails.
     */
    function testFuzzChangedIntermediateCut(uint256 seed, uint256 rawN, uint256 rawJ, uint256 changed) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 j = 1 + (rawJ % (c.n - 1));
        if (changed == c.cuts[j]) changed = c.cuts[j] + 1;

        bytes memory compact = _compact(c.proofs);
        _writeWord(compact, (j - 1) * COMPACT_STRIDE + PROOF_BYTES, changed);
        _expectRevert(c, compact, _invalidSegment(j - 1));

        bytes memory claims = _withClaims(c.proofs);
        _writeWord(claims, _claimAt(j - 1, OUTPUT), changed);
        _expectRevert(c, claims, _linkBroken(j, changed, c.cuts[j]));

        claims = _withClaims(c.proofs);
        _writeWord(claims, _claimAt(j, INPUT), changed);
        _expectRevert(c, claims, _linkBroken(j, c.cuts[j], changed));

        _writeWord(claims, _claimAt(j - 1, OUTPUT), changed);
        _expectRevert(c, claims, _invalidSegment(j - 1));
    }

    /// @dev Swapping the proofs of positions i < k: position i carries a proof of another position's
    /// model, so it is the first to fail (InvalidSegmentProof(i); with claims SegmentModelMismatch(i,
    /// registered, swapped-in)).
    function testFuzzReorderedSegments(uint256 seed, uint256 rawN, uint256 rawI, uint256 rawK) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 i = rawI % c.n;
        uint256 k = rawK % c.n;
        if (i == k) k = (i + 1) % c.n;
        if (k < i) (i, k) = (k, i);
        (c.proofs[i], c.proofs[k]) = (c.proofs[k], c.proofs[i]);
        _expectRevert(c, _compact(c.proofs), _invalidSegment(i));
        _expectRevert(
            c,
            _withClaims(c.proofs),
            abi.encodeWithSelector(
                IZkattnModelRegistry.SegmentModelMismatch.selector,
                i,
                c.modelHashes[i],
                c.modelHashes[k]
            )
        );
    }

    /// @dev Dropping a segment or repeating one: the proof's length encodes n - 1 or n + 1 segments
    /// (ChainLengthMismatch(n, actual)) in both encodings; for n = 2 the dropped chain is a single proof.
    function testFuzzDroppedOrExtraSegment(uint256 seed, uint256 rawN, uint256 rawD, bool extra) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 d = rawD % c.n;
        uint256 actual = extra ? c.n + 1 : c.n - 1;
        SegmentProof[] memory changed = new SegmentProof[](actual);
        for (uint256 i = 0; i < actual; ++i) {
            // Dropped: skip position d. Extra: position d appears twice.
            changed[i] = c.proofs[extra ? (i <= d ? i : i - 1) : (i < d ? i : i + 1)];
        }
        bytes memory mismatch = abi.encodeWithSelector(IZkattnModelRegistry.ChainLengthMismatch.selector, c.n, actual);
        _expectRevert(c, _compact(changed), mismatch);
        _expectRevert(c, _withClaims(changed), mismatch);
    }

    /// @dev Any proof length that encodes no chain of n segments: ChainLengthMismatch(n, m) if it is the
    /// length of m segments in either encoding (288·m − 32 or 384·m), else MalformedProof(length). Length
    /// is checked before the inputs' field range, so an input >= r does not change the error.
    function testFuzzProofLengths(uint256 seed, uint256 rawN, uint256 rawLength, uint256 input) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 length = rawLength % ((MAX_CHAIN_SEGMENTS + 2) * CLAIMS_STRIDE);
        if (length == c.n * COMPACT_STRIDE - 32 || length == c.n * CLAIMS_STRIDE) ++length;
        bytes memory expected;
        if ((length + 32) % COMPACT_STRIDE == 0) {
            expected = abi.encodeWithSelector(
                IZkattnModelRegistry.ChainLengthMismatch.selector,
                c.n,
                (length + 32) / COMPACT_STRIDE
            );
        } else if (length % CLAIMS_STRIDE == 0) {
            expected = abi.encodeWithSelector(
                IZkattnModelRegistry.ChainLengthMismatch.selector,
                c.n,
                length / CLAIMS_STRIDE
            );
        } else {
            expected = abi.encodeWithSelector(IZkattnModelRegistry.MalformedProof.selector, length);
        }
        vm.expectRevert(expected);
        _submit(c, bytes32(input), abi.encode(c.cuts[c.n]), new bytes(length));
    }

    /// @dev Segment j replaced by a proof of the same segment for another input x: compact,
    /// InvalidSegmentProof(j); with claims, InputCommitmentMismatch() for segment 0, else
    /// ChainLinkBroken(j, cut_j, x).
    function testFuzzSegmentProvenForAnotherInput(uint256 seed, uint256 rawN, uint256 rawJ, uint256 x) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 j = rawJ % c.n;
        x = _otherFieldElement(x, c.cuts[j]);
        c.proofs[j] = _reissue(c, j, c.modelHashes[j], x, c.cuts[j + 1], c.binding, 1);
        _expectRevert(c, _compact(c.proofs), _invalidSegment(j));
        _expectRevert(
            c,
            _withClaims(c.proofs),
            j == 0
                ? abi.encodeWithSelector(IERCZKMLVerifier.InputCommitmentMismatch.selector)
                : _linkBroken(j, c.cuts[j], x)
        );
    }

    /// @dev Segment j replaced by a proof with the same cuts for a model not registered at position j
    /// (foreign): InvalidSegmentProof(j); with claims SegmentModelMismatch(j, registered, foreign).
    function testFuzzForeignSegment(uint256 seed, uint256 rawN, uint256 rawJ, uint256 foreign) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 j = rawJ % c.n;
        foreign = _otherFieldElement(foreign, c.modelHashes[j]);
        c.proofs[j] = _reissue(c, j, foreign, c.cuts[j], c.cuts[j + 1], c.binding, 1);
        _expectRevert(c, _compact(c.proofs), _invalidSegment(j));
        _expectRevert(
            c,
            _withClaims(c.proofs),
            abi.encodeWithSelector(IZkattnModelRegistry.SegmentModelMismatch.selector, j, c.modelHashes[j], foreign)
        );
    }

    /// @dev Mixed bindings: segments j1 and j2 (possibly equal) proven for another binding each; the first
    /// of them is named: InvalidSegmentProof(min); with claims ChainBindingMismatch(min, expected, proven).
    function testFuzzMixedBindings(
        uint256 seed,
        uint256 rawN,
        uint256 rawJ1,
        uint256 rawJ2,
        uint256 binding1,
        uint256 binding2
    ) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 j1 = rawJ1 % c.n;
        uint256 j2 = rawJ2 % c.n;
        binding1 = _otherFieldElement(binding1, c.binding);
        binding2 = _otherFieldElement(binding2, c.binding);
        c.proofs[j1] = _reissue(c, j1, c.modelHashes[j1], c.cuts[j1], c.cuts[j1 + 1], binding1, 1);
        c.proofs[j2] = _reissue(c, j2, c.modelHashes[j2], c.cuts[j2], c.cuts[j2 + 1], binding2, 2);
        uint256 first = j1 < j2 ? j1 : j2;
        uint256 proven = j1 < j2 ? binding1 : binding2;
        _expectRevert(c, _compact(c.proofs), _invalidSegment(first));
        _expectRevert(
            c,
            _withClaims(c.proofs),
            abi.encodeWithSelector(IZkattnModelRegistry.ChainBindingMismatch.selector, first, c.binding, proven)
        );
    }

    /// @dev A whole chain copied and sent directly by another account: every segment is bound to the
    /// original submitter, so segment 0 fails first (InvalidSegmentProof(0); with claims
    /// ChainBindingMismatch(0, the copier's binding, the original)).
    function testFuzzCopiedChain(uint256 seed, uint256 rawN, address copier) public {
        Chain memory c = _chain(seed, _length(rawN));
        uint256 copierBinding = uint256(uint160(copier));
        if (copierBinding == c.binding) {
            copier = address(uint160(copier) ^ 1);
            copierBinding = uint256(uint160(copier));
        }
        uint256 original = c.binding;
        c.mode = DIRECT;
        c.sender = copier;
        c.binding = copierBinding;
        _expectRevert(c, _compact(c.proofs), _invalidSegment(0));
        _expectRevert(
            c,
            _withClaims(c.proofs),
            abi.encodeWithSelector(IZkattnModelRegistry.ChainBindingMismatch.selector, 0, copierBinding, original)
        );
    }

    /**
     * @dev Wrong `inputCommitment` / `output` arguments for a valid chain: a value >= r is
     * PublicSignalNotInField(1 | 2, value) in both encodings; a field element is the ERC-7992
     * InputCommitmentMismatch() / OutputMismatch() with claims, and compact the first / last segment's
     * proof fails (InvalidSegmentProof(0) / InvalidSegmentProof(n - 1)). An `output` that is not 32
     * bytes is MalformedOutput(length).
     */
    function testFuzzWrongEndpoints(
        uint256 seed,
        uint256 rawN,
        uint256 input,
        uint256 output,
        uint8 outputLength
    ) public {
        Chain memory c = _chain(seed, _length(rawN));
        bytes memory compact = _compact(c.proofs);
        bytes memory claims = _withClaims(c.proofs);
        bytes memory goodOutput = abi.encode(c.cuts[c.n]);
        if (input == c.cuts[0]) input = c.cuts[0] + 1;
        if (output == c.cuts[c.n]) output = c.cuts[c.n] + 1;

        if (input >= R) {
            bytes memory notInField = abi.encodeWithSelector(
                IZkattnModelRegistry.PublicSignalNotInField.selector,
                INPUT,
                input
            );
            _expectRevertWith(c, bytes32(input), goodOutput, compact, notInField);
            _expectRevertWith(c, bytes32(input), goodOutput, claims, notInField);
        } else {
            _expectRevertWith(c, bytes32(input), goodOutput, compact, _invalidSegment(0));
            _expectRevertWith(
                c,
                bytes32(input),
                goodOutput,
                claims,
                abi.encodeWithSelector(IERCZKMLVerifier.InputCommitmentMismatch.selector)
            );
        }

        bytes32 goodInput = bytes32(c.cuts[0]);
        if (output >= R) {
            bytes memory notInField = abi.encodeWithSelector(
                IZkattnModelRegistry.PublicSignalNotInField.selector,
                OUTPUT,
                output
            );
            _expectRevertWith(c, goodInput, abi.encode(output), compact, notInField);
            _expectRevertWith(c, goodInput, abi.encode(output), claims, notInField);
        } else {
            _expectRevertWith(c, goodInput, abi.encode(output), compact, _invalidSegment(c.n - 1));
            _expectRevertWith(
                c,
                goodInput,
                abi.encode(output),
                claims,
                abi.encodeWithSelector(IERCZKMLVerifier.OutputMismatch.selector)
            );
        }

        if (outputLength == 32) outputLength = 33;
        bytes memory malformed = abi.encodeWithSelector(IZkattnModelRegistry.MalformedOutput.selector, outputLength);
        _expectRevertWith(c, goodInput, new bytes(outputLength), compact, malformed);
        _expectRevertWith(c, goodInput, new bytes(outputLength), claims, malformed);
    }

    /**
     * @dev Proofs are checked against the current version only. After the owner updates the chain to m
     * other segments, the old chain fails: m = n, segment 0 first (InvalidSegmentProof(0); with claims
     * SegmentModelMismatch(0, new, old)); m != n, ChainLengthMismatch(m, n); updated to a single proof,
     * MalformedProof(length). Pinned to version 0 it is ModelVersionMismatch(id, 0, 1) whatever the proof;
     * once deprecated, VerificationRefused_ModelDeprecated(id).
     */
    function testFuzzOnlyTheCurrentVersionVerifies(uint256 seed, uint256 rawN, uint256 rawM) public {
        Chain memory c = _chain(seed, _length(rawN));
        bytes memory compact = _compact(c.proofs);
        bytes memory claims = _withClaims(c.proofs);
        // A third each: a single proof (m = 1), m = n other segments, another length.
        uint256 m = c.n;
        if (rawM % 3 == 0) {
            m = 1;
        } else if (rawM % 3 == 2) {
            m = _length(rawM >> 2);
            if (m == c.n) m = m == MAX_CHAIN_SEGMENTS ? 2 : m + 1;
        }
        uint256 newFirst = (_word(seed, "next", 0) % (R - 1)) + 1;
        require(newFirst != c.modelHashes[0], "the update changes segment 0");
        if (m < 2) {
            registry.updateModel(
                c.modelId,
                IERCZKMLRegistry.ModelCommitment(
                    bytes32(newFirst),
                    circuitHashes[0],
                    vkHashes[0],
                    registry.GROTH16_BN254_V1(),
                    "v1"
                )
            );
        } else {
            IZkattnModelRegistry.ModelSegment[] memory next = new IZkattnModelRegistry.ModelSegment[](m);
            for (uint256 i = 0; i < m; ++i) {
                uint256 route = _word(seed, "next route", i) % ROUTES;
                uint256 modelHash = i == 0 ? newFirst : (_word(seed, "next", i) % (R - 1)) + 1;
                next[i] = IZkattnModelRegistry.ModelSegment(bytes32(modelHash), circuitHashes[route], vkHashes[route]);
            }
            registry.updateModelChain(c.modelId, next, "v1");
        }

        // verifyInferenceForVersion checks the pinned version first.
        bytes memory pinned = abi.encodeWithSelector(
            IZkattnModelRegistry.ModelVersionMismatch.selector,
            c.modelId,
            0,
            1
        );
        if (c.mode == FOR_VERSION) {
            _expectRevert(c, compact, pinned);
            _expectRevert(c, claims, pinned);
        } else if (m < 2) {
            _expectRevert(
                c,
                compact,
                abi.encodeWithSelector(IZkattnModelRegistry.MalformedProof.selector, compact.length)
            );
            _expectRevert(
                c,
                claims,
                abi.encodeWithSelector(IZkattnModelRegistry.MalformedProof.selector, claims.length)
            );
        } else if (m != c.n) {
            bytes memory mismatch = abi.encodeWithSelector(IZkattnModelRegistry.ChainLengthMismatch.selector, m, c.n);
            _expectRevert(c, compact, mismatch);
            _expectRevert(c, claims, mismatch);
        } else {
            _expectRevert(c, compact, _invalidSegment(0));
            _expectRevert(
                c,
                claims,
                abi.encodeWithSelector(
                    IZkattnModelRegistry.SegmentModelMismatch.selector,
                    0,
                    newFirst,
                    c.modelHashes[0]
                )
            );
        }

        registry.deprecateModel(c.modelId);
        bytes memory refused =
            c.mode == FOR_VERSION
                ? pinned
                : abi.encodeWithSelector(IERCZKMLVerifier.VerificationRefused_ModelDeprecated.selector, c.modelId);
        _expectRevert(c, compact, refused);
        _expectRevert(c, claims, refused);
    }

    // ------------------------------------------------------------------------------------------
    // Chains
    // ------------------------------------------------------------------------------------------

    /// @dev A chain length in [2, SHORT_N] or [2, MAX_CHAIN_SEGMENTS], by bit 128 of `raw`.
    function _length(uint256 raw) internal pure returns (uint256) {
        uint256 max = (raw >> 128) & 1 == 0 ? SHORT_N : MAX_CHAIN_SEGMENTS;
        return 2 + (raw % (max - 1));
    }

    function _word(uint256 seed, string memory what, uint256 i) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, what, i)));
    }

    /// @dev `value` folded into the field, then moved off `avoid` (so the result is in [0, r) and != avoid).
    function _otherFieldElement(uint256 value, uint256 avoid) internal pure returns (uint256) {
        value %= R;
        return value == avoid ? (value + 1) % R : value;
    }

    /**
     * @dev Registers a chained model of `n` segments (random non-zero model hashes, each on a random one
     * of the three routes) and issues a valid chain for random cuts and a random submitter: each
     * segment's proof is issued by its route's verifier for (modelHash_i, cut_i, cut_{i+1}, binding).
     */
    function _chain(uint256 seed, uint256 n) internal returns (Chain memory c) {
        c.n = n;
        c.modelHashes = new uint256[](n);
        c.verifiers = new IssuedProofsVerifier[](n);
        IZkattnModelRegistry.ModelSegment[] memory segments = new IZkattnModelRegistry.ModelSegment[](n);
        for (uint256 i = 0; i < n; ++i) {
            c.modelHashes[i] = (_word(seed, "model", i) % (R - 1)) + 1;
            for (uint256 k = 0; k < i; ++k) require(c.modelHashes[k] != c.modelHashes[i], "distinct model hashes");
            uint256 route = _word(seed, "route", i) % ROUTES;
            c.verifiers[i] = routeVerifiers[route];
            segments[i] = IZkattnModelRegistry.ModelSegment(
                bytes32(c.modelHashes[i]),
                circuitHashes[route],
                vkHashes[route]
            );
        }
        c.modelId = registry.registerModelChain(segments, "ipfs://chain");

        c.cuts = new uint256[](n + 1);
        for (uint256 i = 0; i <= n; ++i) c.cuts[i] = _word(seed, "cut", i) % R;

        c.mode = _word(seed, "mode", 0) % 3;
        c.sender = address(uint160(_word(seed, "sender", 0)));
        c.claimant = address(uint160(_word(seed, "claimant", 0)));
        // docs/registry.md "Binding and front-running".
        c.binding =
            c.mode == DIRECT ? uint256(uint160(c.sender)) : uint256(keccak256(abi.encode(c.sender, c.claimant))) >> 8;

        c.proofs = new SegmentProof[](n);
        for (uint256 i = 0; i < n; ++i) {
            c.proofs[i] = _reissue(c, i, c.modelHashes[i], c.cuts[i], c.cuts[i + 1], c.binding, 0);
        }
    }

    /// @dev A proof issued by position `i`'s route verifier for the given signals (`variant` varies the points).
    function _reissue(
        Chain memory c,
        uint256 i,
        uint256 modelHash,
        uint256 input,
        uint256 output,
        uint256 binding,
        uint256 variant
    ) internal returns (SegmentProof memory p) {
        for (uint256 w = 0; w < 8; ++w) {
            p.points[w] = _word(c.modelId, "point", (i << 128) | (variant << 64) | w);
        }
        p.signals[MODEL] = modelHash;
        p.signals[INPUT] = input;
        p.signals[OUTPUT] = output;
        p.signals[BINDING] = binding;
        c.verifiers[i].issue(p.points, p.signals);
    }

    // ------------------------------------------------------------------------------------------
    // Encodings (docs/registry.md "The chain proof")
    // ------------------------------------------------------------------------------------------

    /// @dev Compact: `abi.encode(a_i, b_i, c_i) ‖ cut_{i+1}` per segment, the last without its cut. Each
    /// segment's cut is the output its proof was issued for (like `encodeChainProof(..., unchecked)`).
    function _compact(SegmentProof[] memory proofs) internal pure returns (bytes memory out) {
        uint256 n = proofs.length;
        out = new bytes(n * COMPACT_STRIDE - 32);
        for (uint256 i = 0; i < n; ++i) {
            for (uint256 w = 0; w < 8; ++w) _writeWord(out, i * COMPACT_STRIDE + 32 * w, proofs[i].points[w]);
            if (i < n - 1) _writeWord(out, i * COMPACT_STRIDE + PROOF_BYTES, proofs[i].signals[OUTPUT]);
        }
    }

    /// @dev With claims: `abi.encode(a, b, c, uint256[4] publicSignals)` per segment, in order.
    function _withClaims(SegmentProof[] memory proofs) internal pure returns (bytes memory out) {
        out = new bytes(proofs.length * CLAIMS_STRIDE);
        for (uint256 i = 0; i < proofs.length; ++i) {
            for (uint256 w = 0; w < 8; ++w) _writeWord(out, i * CLAIMS_STRIDE + 32 * w, proofs[i].points[w]);
            for (uint256 s = 0; s < 4; ++s) _writeWord(out, _claimAt(i, s), proofs[i].signals[s]);
        }
    }

    /// @dev Byte offset of segment `i`'s claimed public signal `signal` in a proof with claims.
    function _claimAt(uint256 i, uint256 signal) internal pure returns (uint256) {
        return i * CLAIMS_STRIDE + PROOF_BYTES + 32 * signal;
    }

    function _writeWord(bytes memory data, uint256 offset, uint256 value) internal pure {
        require(offset + 32 <= data.length, "word inside the proof");
        assembly ("memory-safe") {
            mstore(add(add(data, 0x20), offset), value)
        }
    }

    // ------------------------------------------------------------------------------------------
    // Submission and expectations
    // ------------------------------------------------------------------------------------------

    /// @dev Submits as the chain's submitter through its mode's entry point.
    function _submit(Chain memory c, bytes32 input, bytes memory output, bytes memory proof) internal {
        vm.prank(c.sender);
        if (c.mode == DIRECT) {
            registry.verifyInference(c.modelId, input, output, proof);
        } else if (c.mode == FOR) {
            registry.verifyInferenceFor(c.modelId, input, output, proof, c.claimant);
        } else {
            registry.verifyInferenceForVersion(c.modelId, 0, input, output, proof, c.claimant);
        }
    }

    function _expectRevert(Chain memory c, bytes memory proof, bytes memory revertData) internal {
        _expectRevertWith(c, bytes32(c.cuts[0]), abi.encode(c.cuts[c.n]), proof, revertData);
    }

    function _expectRevertWith(
        Chain memory c,
        bytes32 input,
        bytes memory output,
        bytes memory proof,
        bytes memory revertData
    ) internal {
        vm.expectRevert(revertData);
        _submit(c, input, output, proof);
    }

    /// @dev Submits the chain's endpoints with `proof` and requires exactly the documented logs:
    /// InferenceVerified(modelId, inputCommitment, abi.encode(cut_n), msg.sender), then for the
    /// consumer variants InferenceVerifiedFor(modelId, version 0, consumer, claimant).
    function _expectVerified(Chain memory c, bytes memory proof) internal {
        bytes memory output = abi.encode(c.cuts[c.n]);
        vm.recordLogs();
        _submit(c, bytes32(c.cuts[0]), output, proof);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        require(logs.length == (c.mode == DIRECT ? 1 : 2), "one InferenceVerified (+ InferenceVerifiedFor)");
        Vm.Log memory log = logs[0];
        require(log.emitter == address(registry), "the registry logs");
        require(log.topics.length == 4, "InferenceVerified has three indexed arguments");
        require(log.topics[0] == IERCZKMLVerifier.InferenceVerified.selector, "InferenceVerified");
        require(uint256(log.topics[1]) == c.modelId, "InferenceVerified.modelId");
        require(log.topics[2] == bytes32(c.cuts[0]), "InferenceVerified.inputCommitment");
        require(log.topics[3] == bytes32(uint256(uint160(c.sender))), "InferenceVerified.caller");
        require(keccak256(log.data) == keccak256(abi.encode(output)), "InferenceVerified.output is the last cut");
        if (c.mode == DIRECT) return;
        log = logs[1];
        require(log.emitter == address(registry), "the registry logs");
        require(log.topics.length == 4, "InferenceVerifiedFor has three indexed arguments");
        require(log.topics[0] == IZkattnModelRegistry.InferenceVerifiedFor.selector, "InferenceVerifiedFor");
        require(uint256(log.topics[1]) == c.modelId, "InferenceVerifiedFor.modelId");
        require(log.topics[2] == bytes32(uint256(uint160(c.sender))), "InferenceVerifiedFor.consumer");
        require(log.topics[3] == bytes32(uint256(uint160(c.claimant))), "InferenceVerifiedFor.claimant");
        require(keccak256(log.data) == keccak256(abi.encode(uint256(0))), "InferenceVerifiedFor.version");
    }

    function _invalidSegment(uint256 i) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IZkattnModelRegistry.InvalidSegmentProof.selector, i);
    }

    function _linkBroken(uint256 i, uint256 expected, uint256 proven) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IZkattnModelRegistry.ChainLinkBroken.selector, i, expected, proven);
    }
}
