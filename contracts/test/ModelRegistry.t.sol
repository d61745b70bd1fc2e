// SPDX-License-Identifier: MIT
// Test file: Foundry's conventions (a `Vm` interface, the `vm` constant, several helper contracts in one
// file, descriptive require messages) take precedence over the production style rules below.
// solhint-disable one-contract-per-file, interface-starts-with-i, const-name-snakecase, reason-string
// solhint-disable gas-small-strings, gas-strict-inequalities, immutable-vars-naming
// The money-flow fuzz test runs random steps that may revert, so it calls through low-level calls.
// solhint-disable avoid-low-level-calls
pragma solidity ^0.8.28;

import {ModelRegistry} from "../ModelRegistry.sol";
import {InferenceBounty} from "../InferenceBounty.sol";
import {IERCZKMLRegistry} from "../interfaces/IERCZKMLRegistry.sol";
import {IERCZKMLVerifier} from "../interfaces/IERCZKMLVerifier.sol";
import {IInferenceBounty} from "../interfaces/IInferenceBounty.sol";
import {IZkattnModelRegistry} from "../interfaces/IZkattnModelRegistry.sol";
import {PublicSignals} from "../lib/PublicSignals.sol";

/// @dev The subset of the Foundry/Hardhat cheatcodes these tests use (forge-std is not installed).
interface Vm {
    function prank(address sender) external;
    function expectRevert(bytes calldata revertData) external;
    function warp(uint256 timestamp) external;
    function deal(address account, uint256 balance) external;
}

/// @dev Stand-in for a generated verifier: registry bookkeeping only needs a contract address.
contract StubVerifier {
    function verifyProof(
        uint256[2] calldata,
        uint256[2][2] calldata,
        uint256[2] calldata,
        uint256[4] calldata
    ) external pure returns (bool) {
        return false;
    }
}

/// @dev Shared helpers: bounded fuzz inputs and assertions (no forge-std).
abstract contract RegistryTestBase {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant R = PublicSignals.BN254_SCALAR_FIELD;

    ModelRegistry internal registry;
    address internal verifier;
    bytes32 internal constant CIRCUIT = keccak256("circuit");
    bytes32 internal constant VK = keccak256("vk");
    /// @dev Cached so building a commitment makes no external call (which would consume a prank or expectRevert).
    bytes4 internal groth16;

    function setUp() public virtual {
        registry = new ModelRegistry(address(this));
        groth16 = registry.GROTH16_BN254_V1();
        verifier = address(new StubVerifier());
        registry.registerVerifier(CIRCUIT, VK, verifier, false);
    }

    /// @dev A modelHash in [1, r): fuzzed values are folded into the field.
    function _fieldHash(uint256 seed) internal pure returns (bytes32) {
        return bytes32((seed % (R - 1)) + 1);
    }

    function _commitment(
        bytes32 modelHash,
        string memory uri
    ) internal view returns (IERCZKMLRegistry.ModelCommitment memory) {
        return IERCZKMLRegistry.ModelCommitment(modelHash, CIRCUIT, VK, groth16, uri);
    }

    function _register(address owner, bytes32 modelHash) internal returns (uint256 modelId) {
        vm.prank(owner);
        modelId = registry.registerModel(_commitment(modelHash, "uri"));
    }

    function _eq(
        IERCZKMLRegistry.ModelCommitment memory a,
        IERCZKMLRegistry.ModelCommitment memory b
    ) internal pure returns (bool) {
        return keccak256(abi.encode(a)) == keccak256(abi.encode(b));
    }

    function _assertEq(uint256 a, uint256 b, string memory what) internal pure {
        require(a == b, what);
    }
}

contract ModelRegistryBookkeepingTest is RegistryTestBase {
    function testFuzzRegisterIssuesSequentialIdsAndStoresTheCommitment(
        address owner,
        uint256 seed,
        string calldata uri,
        uint8 count
    ) public {
        if (owner == address(0)) owner = address(1);
        uint256 n = (uint256(count) % 5) + 1;
        for (uint256 i = 1; i <= n; ++i) {
            bytes32 modelHash = _fieldHash(uint256(keccak256(abi.encode(seed, i))));
            IERCZKMLRegistry.ModelCommitment memory c = _commitment(modelHash, uri);
            vm.prank(owner);
            uint256 modelId = registry.registerModel(c);
            _assertEq(modelId, i, "ids are sequential from 1");
            (IERCZKMLRegistry.ModelCommitment memory stored, bool deprecated, address storedOwner) = registry.getModel(
                modelId
            );
            require(_eq(stored, c), "getModel returns the registered commitment");
            require(!deprecated, "a new model is not deprecated");
            require(storedOwner == owner, "the registrant owns the model");
            _assertEq(registry.modelVersionCount(modelId), 1, "one version after registration");
            require(registry.verifierOfModel(modelId) == verifier, "the route's verifier serves the model");
        }
        _assertEq(registry.modelCount(), n, "modelCount counts registrations");
    }

    function testFuzzRejectsModelHashesOutsideTheField(uint256 excess) public {
        bytes32 modelHash = bytes32(R + (excess % (type(uint256).max - R + 1)));
        vm.expectRevert(abi.encodeWithSelector(IZkattnModelRegistry.ModelHashNotInField.selector, modelHash));
        registry.registerModel(_commitment(modelHash, ""));
    }

    function testFuzzRejectsOtherProofSystems(bytes4 proofSystemId) public {
        if (proofSystemId == groth16) proofSystemId = bytes4(0);
        IERCZKMLRegistry.ModelCommitment memory c = _commitment(_fieldHash(1), "");
        c.proofSystemId = proofSystemId;
        vm.expectRevert(abi.encodeWithSelector(IERCZKMLVerifier.UnsupportedProofSystem.selector, proofSystemId));
        registry.registerModel(c);
    }

    function testFuzzUpdatesAppendVersionsAndKeepHistory(uint256 seed, uint8 updates) public {
        address owner = address(0xA11CE);
        uint256 n = uint256(updates) % 8;
        bytes32[] memory hashes = new bytes32[](n + 1);
        hashes[0] = _fieldHash(seed);
        uint256 modelId = _register(owner, hashes[0]);
        for (uint256 i = 1; i <= n; ++i) {
            hashes[i] = _fieldHash(uint256(keccak256(abi.encode(seed, i))));
            vm.prank(owner);
            registry.updateModel(modelId, _commitment(hashes[i], "next"));
        }
        _assertEq(registry.modelVersionCount(modelId), n + 1, "one version per registration or update");
        for (uint256 i = 0; i <= n; ++i) {
            require(registry.getModelVersion(modelId, i).modelHash == hashes[i], "history keeps every version");
        }
        (IERCZKMLRegistry.ModelCommitment memory current, , ) = registry.getModel(modelId);
        require(current.modelHash == hashes[n], "getModel returns the latest version");
        vm.expectRevert(abi.encodeWithSelector(IZkattnModelRegistry.ModelVersionNotFound.selector, modelId, n + 1));
        registry.getModelVersion(modelId, n + 1);
    }

    function testFuzzOnlyTheOwnerUpdatesOrDeprecates(address stranger) public {
        address owner = address(0xA11CE);
        if (stranger == owner) stranger = address(0xB0B);
        uint256 modelId = _register(owner, _fieldHash(7));
        bytes memory notOwner = abi.encodeWithSelector(IERCZKMLRegistry.NotModelOwner.selector, modelId, stranger);
        vm.expectRevert(notOwner);
        vm.prank(stranger);
        registry.updateModel(modelId, _commitment(_fieldHash(8), ""));
        vm.expectRevert(notOwner);
        vm.prank(stranger);
        registry.deprecateModel(modelId);
        vm.expectRevert(notOwner);
        vm.prank(stranger);
        registry.transferModelOwnership(modelId, stranger);
    }

    function testFuzzOwnershipMovesOnlyWhenAccepted(address newOwner, address stranger) public {
        address owner = address(0xA11CE);
        if (newOwner == address(0) || newOwner == owner) newOwner = address(0xB0B);
        if (stranger == newOwner) stranger = address(0xCA201);
        uint256 modelId = _register(owner, _fieldHash(9));
        vm.prank(owner);
        registry.transferModelOwnership(modelId, newOwner);
        (, , address current) = registry.getModel(modelId);
        require(current == owner, "ownership does not move before acceptance");
        require(registry.pendingModelOwner(modelId) == newOwner, "the offer is recorded");
        vm.expectRevert(abi.encodeWithSelector(IZkattnModelRegistry.NotPendingModelOwner.selector, modelId, stranger));
        vm.prank(stranger);
        registry.acceptModelOwnership(modelId);
        vm.prank(newOwner);
        registry.acceptModelOwnership(modelId);
        (, , current) = registry.getModel(modelId);
        require(current == newOwner, "ownership moves on acceptance");
        require(registry.pendingModelOwner(modelId) == address(0), "the offer is consumed");
    }

    function testFuzzDeprecationIsFinal(uint256 seed) public {
        address owner = address(0xA11CE);
        uint256 modelId = _register(owner, _fieldHash(seed));
        vm.prank(owner);
        registry.deprecateModel(modelId);
        (, bool deprecated, ) = registry.getModel(modelId);
        require(deprecated, "the model is deprecated");
        bytes memory refused = abi.encodeWithSelector(IERCZKMLRegistry.ModelIsDeprecated.selector, modelId);
        vm.expectRevert(refused);
        vm.prank(owner);
        registry.deprecateModel(modelId);
        vm.expectRevert(refused);
        vm.prank(owner);
        registry.updateModel(modelId, _commitment(_fieldHash(seed ^ 1), ""));
        vm.expectRevert(abi.encodeWithSelector(IERCZKMLVerifier.VerificationRefused_ModelDeprecated.selector, modelId));
        registry.verifyInference(modelId, bytes32(0), new bytes(32), new bytes(256));
    }

    function testFuzzRoutesAreAddOnly(bytes32 circuitHash, bytes32 vkHash) public {
        if (circuitHash == 0) circuitHash = bytes32(uint256(1));
        if (vkHash == 0) vkHash = bytes32(uint256(2));
        if (circuitHash == CIRCUIT && vkHash == VK) vkHash = keccak256(abi.encode(vkHash));
        address first = address(new StubVerifier());
        registry.registerVerifier(circuitHash, vkHash, first, false);
        address second = address(new StubVerifier());
        vm.expectRevert(
            abi.encodeWithSelector(IZkattnModelRegistry.VerifierAlreadyRegistered.selector, circuitHash, vkHash, first)
        );
        registry.registerVerifier(circuitHash, vkHash, second, false);
        require(registry.verifierOf(circuitHash, vkHash) == first, "the first route stays");
    }

    function testFuzzUnknownModelsAreNotFound(uint256 modelId) public {
        if (modelId >= 1 && modelId <= registry.modelCount()) modelId = 0;
        vm.expectRevert(abi.encodeWithSelector(IERCZKMLRegistry.ModelNotFound.selector, modelId));
        registry.getModel(modelId);
        vm.expectRevert(abi.encodeWithSelector(IERCZKMLRegistry.ModelNotFound.selector, modelId));
        registry.verifyInference(modelId, bytes32(0), new bytes(32), new bytes(256));
    }

    function testFuzzBindingOfIsAFieldElementOfTheDocumentedHash(address consumer, address claimant) public view {
        uint256 binding = registry.bindingOf(consumer, claimant);
        require(binding < (1 << 248) && binding < R, "the binding is a 248-bit field element");
        require(binding == uint256(keccak256(abi.encode(consumer, claimant))) >> 8, "bindingOf follows its NatSpec");
    }
}

/// @dev Re-enters withdraw from its receive hook, to show the bounty's guard holds.
contract ReentrantRequester {
    InferenceBounty internal immutable bounty;
    bool internal reentered;

    constructor(InferenceBounty bounty_) {
        bounty = bounty_;
    }

    function open(uint256 modelId, uint64 deadline) external payable returns (uint256) {
        return bounty.createBounty{value: msg.value}(modelId, 0, bytes32(uint256(1)), deadline);
    }

    function refundAndWithdraw(uint256 bountyId) external {
        bounty.refund(bountyId);
        bounty.withdraw();
    }

    receive() external payable {
        if (!reentered) {
            reentered = true;
            bounty.withdraw();
        }
    }
}

contract InferenceBountyReentrancyTest is RegistryTestBase {
    InferenceBounty internal bounty;

    function setUp() public override {
        super.setUp();
        bounty = new InferenceBounty(registry);
    }

    function testFuzzWithdrawCannotBeReentered(uint96 reward) public {
        uint256 amount = (uint256(reward) % 100 ether) + 1;
        uint256 modelId = _register(address(this), _fieldHash(amount));
        ReentrantRequester attacker = new ReentrantRequester(bounty);
        vm.deal(address(this), amount);
        uint64 deadline = uint64(block.timestamp + 1 days);
        uint256 bountyId = attacker.open{value: amount}(modelId, deadline);
        vm.warp(uint256(deadline) + 1);
        // The re-entrant withdraw hits the guard; Address.sendValue bubbles its error up.
        vm.expectRevert(abi.encodeWithSignature("ReentrancyGuardReentrantCall()"));
        attacker.refundAndWithdraw(bountyId);
        _assertEq(address(bounty).balance, amount, "the escrow is intact");
        _assertEq(bounty.withdrawable(address(attacker)), 0, "the reverted refund credited nothing");
        require(bounty.getBounty(bountyId).status == IInferenceBounty.Status.Open, "the bounty stays open");
    }
}

/// @dev A verifier that accepts every proof: lets the money-flow test claim without proving.
contract AcceptingVerifier {
    function verifyProof(
        uint256[2] calldata,
        uint256[2][2] calldata,
        uint256[2] calldata,
        uint256[4] calldata
    ) external pure returns (bool) {
        return true;
    }
}

/**
 * @dev The bounty's money flow under any sequence of create / claim / refund / withdraw / update /
 * deprecate / time steps: after every step the contract holds exactly the rewards of open bounties
 * plus the credits not yet withdrawn, and at the end every wei can leave (no lock).
 */
contract InferenceBountyMoneyFlowTest is RegistryTestBase {
    bytes32 internal constant ACCEPT_VK = keccak256("accepting vk");
    address internal constant MODEL_OWNER = address(0xA11CE);
    uint256 internal constant ACTORS = 4;

    InferenceBounty internal bounty;
    uint256 internal modelId;
    uint256 internal modelVersion;

    function setUp() public override {
        super.setUp();
        registry.registerVerifier(CIRCUIT, ACCEPT_VK, address(new AcceptingVerifier()), false);
        bounty = new InferenceBounty(registry);
        modelId = _registerAccepting(1);
        for (uint256 i = 0; i < ACTORS; ++i) vm.deal(_actor(i), 1_000 ether);
    }

    function _registerAccepting(uint256 seed) internal returns (uint256 id) {
        vm.prank(MODEL_OWNER);
        id = registry.registerModel(
            IERCZKMLRegistry.ModelCommitment(_fieldHash(seed), CIRCUIT, ACCEPT_VK, groth16, "")
        );
        modelVersion = 0;
    }

    function _actor(uint256 i) internal pure returns (address) {
        return address(uint160(0x1000 + (i % ACTORS)));
    }

    /// @dev Sum of the rewards of open bounties plus every actor's unwithdrawn credit.
    function _owed() internal view returns (uint256 owed) {
        uint256 count = _bountyCount();
        for (uint256 id = 1; id <= count; ++id) {
            IInferenceBounty.Bounty memory b = bounty.getBounty(id);
            if (b.status == IInferenceBounty.Status.Open) owed += b.reward;
        }
        for (uint256 i = 0; i < ACTORS; ++i) owed += bounty.withdrawable(_actor(i));
    }

    function _bountyCount() internal view returns (uint256 n) {
        while (bounty.getBounty(n + 1).status != IInferenceBounty.Status.None) ++n;
    }

    function testFuzzBalanceEqualsOpenBountiesPlusCredits(uint256 seed, uint8 steps) public {
        uint256 n = (uint256(steps) % 40) + 1;
        for (uint256 i = 0; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            _step(r);
            _assertEq(address(bounty).balance, _owed(), "balance == open rewards + unwithdrawn credits");
        }
        // No lock: once every deadline passed, each open bounty refunds and every credit withdraws.
        vm.warp(block.timestamp + bounty.MAX_BOUNTY_DURATION() + 1);
        uint256 count = _bountyCount();
        for (uint256 id = 1; id <= count; ++id) {
            IInferenceBounty.Bounty memory b = bounty.getBounty(id);
            if (b.status != IInferenceBounty.Status.Open) continue;
            vm.prank(b.requester);
            bounty.refund(id);
        }
        for (uint256 i = 0; i < ACTORS; ++i) {
            if (bounty.withdrawable(_actor(i)) == 0) continue;
            vm.prank(_actor(i));
            bounty.withdraw();
        }
        _assertEq(address(bounty).balance, 0, "every wei left the bounty");
    }

    /// @dev The fuzz steps are not vacuous: with the accepting verifier claims, early refunds after
    /// an update, and withdrawals all succeed.
    function testEveryKindOfStepCanSucceed() public {
        address requester = _actor(0);
        address claimant = _actor(1);
        uint64 deadline = uint64(block.timestamp + 1 days);
        vm.prank(requester);
        uint256 first = bounty.createBounty{value: 3}(modelId, 0, bytes32(uint256(7)), deadline);
        vm.prank(requester);
        uint256 second = bounty.createBounty{value: 5}(modelId, 0, bytes32(uint256(7)), deadline);
        vm.prank(claimant);
        bounty.claim(first, abi.encode(uint256(9)), new bytes(256));
        vm.prank(MODEL_OWNER);
        registry.updateModel(modelId, IERCZKMLRegistry.ModelCommitment(_fieldHash(2), CIRCUIT, ACCEPT_VK, groth16, ""));
        vm.prank(requester);
        bounty.refund(second);
        _assertEq(bounty.withdrawable(claimant), 3, "the claim credited the claimant");
        _assertEq(bounty.withdrawable(requester), 5, "the early refund credited the requester");
        _assertEq(address(bounty).balance, _owed(), "balance == open rewards + unwithdrawn credits");
        vm.prank(claimant);
        bounty.withdraw();
        vm.prank(requester);
        bounty.withdraw();
        _assertEq(address(bounty).balance, 0, "every wei left the bounty");
    }

    function _step(uint256 r) internal {
        uint256 op = r % 7;
        address actor = _actor(r >> 8);
        uint256 count = _bountyCount();
        uint256 id = count == 0 ? 1 : ((r >> 16) % count) + 1;
        bool ok;
        if (op == 0) {
            uint256 reward = ((r >> 24) % 1 ether) + 1;
            uint64 deadline = uint64(block.timestamp + 1 + ((r >> 96) % 30 days));
            vm.prank(actor);
            (ok, ) = address(bounty).call{value: reward}(
                abi.encodeCall(bounty.createBounty, (modelId, modelVersion, bytes32(uint256(7)), deadline))
            );
            (, bool deprecated, ) = registry.modelStatus(modelId);
            require(ok != deprecated, "create succeeds iff the model is not deprecated");
        } else if (op == 1) {
            vm.prank(actor);
            (ok, ) = address(bounty).call(
                abi.encodeCall(bounty.claim, (id, abi.encode(uint256(r >> 200)), new bytes(256)))
            );
        } else if (op == 2) {
            vm.prank(bounty.getBounty(id).requester);
            (ok, ) = address(bounty).call(abi.encodeCall(bounty.refund, (id)));
        } else if (op == 3) {
            vm.prank(actor);
            (ok, ) = address(bounty).call(abi.encodeCall(bounty.withdraw, ()));
        } else if (op == 4) {
            vm.prank(MODEL_OWNER);
            (ok, ) = address(registry).call(
                abi.encodeCall(
                    registry.updateModel,
                    (modelId, IERCZKMLRegistry.ModelCommitment(_fieldHash(r), CIRCUIT, ACCEPT_VK, groth16, ""))
                )
            );
            if (ok) ++modelVersion;
        } else if (op == 5) {
            vm.prank(MODEL_OWNER);
            (ok, ) = address(registry).call(abi.encodeCall(registry.deprecateModel, (modelId)));
            // Later bounties go to a fresh model, as a requester would.
            if (ok) modelId = _registerAccepting(r);
        } else {
            vm.warp(block.timestamp + ((r >> 24) % 10 days));
        }
    }
}
