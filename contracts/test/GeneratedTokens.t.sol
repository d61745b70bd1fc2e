// SPDX-License-Identifier: MIT
// Test file: descriptive require messages and a `Vm` interface, as in ModelRegistry.t.sol.
// solhint-disable interface-starts-with-i, const-name-snakecase, reason-string, gas-small-strings
// solhint-disable gas-strict-inequalities, one-contract-per-file
pragma solidity ^0.8.28;

import {GeneratedTokens} from "../lib/GeneratedTokens.sol";
import {GeneratedTokensHarness} from "./GeneratedTokensHarness.sol";

/// @dev The cheatcode this test uses (forge-std is not installed).
interface Vm {
    function expectRevert(bytes calldata revertData) external;
}

/// @dev Fuzzes {GeneratedTokens}: decode inverts pack, and exactly one output decodes to a token list.
contract GeneratedTokensTest {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    GeneratedTokensHarness internal harness = new GeneratedTokensHarness();

    function testFuzzDecodeInvertsPack(uint256 output, uint8 rawCount) public pure {
        uint256 count = uint256(rawCount) % (GeneratedTokens.MAX_TOKENS + 1);
        // Keep the low 16·count bits: a valid packed output of `count` tokens.
        uint256 packed = count == 0 ? 0 : output & ((uint256(1) << (16 * count)) - 1);
        uint16[] memory tokens = GeneratedTokens.decode(packed, count);
        require(tokens.length == count, "decode returns count tokens");
        require(GeneratedTokens.pack(tokens) == packed, "pack(decode(x)) == x");
        for (uint256 i = 0; i < count; ++i) {
            require(GeneratedTokens.tokenAt(packed, i) == tokens[i], "tokenAt agrees with decode");
        }
    }

    function testFuzzDecodeRefusesBitsAboveTheCount(uint256 output, uint8 rawCount, uint8 rawBit) public {
        uint256 count = uint256(rawCount) % (GeneratedTokens.MAX_TOKENS + 1);
        uint256 lowest = 16 * count;
        uint256 bit = lowest + (uint256(rawBit) % (256 - lowest));
        uint256 junk = output | (uint256(1) << bit);
        vm.expectRevert(abi.encodeWithSelector(GeneratedTokens.OutputHasBitsAboveCount.selector, junk, count));
        harness.decode(junk, count);
    }

    function testFuzzRefusesMoreThanFifteenTokens(uint256 output, uint256 count) public {
        count = count < 16 ? 16 + count : count;
        vm.expectRevert(abi.encodeWithSelector(GeneratedTokens.TooManyTokens.selector, count, uint256(15)));
        harness.decode(output, count);
    }
}
