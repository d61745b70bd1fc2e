// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GeneratedTokens} from "../lib/GeneratedTokens.sol";

/// @title Exposes {GeneratedTokens} for the differential test against `src/contracts/tokens.ts`.
contract GeneratedTokensHarness {
    /// @notice {GeneratedTokens-tokenAt}.
    function tokenAt(uint256 output, uint256 index) external pure returns (uint16) {
        return GeneratedTokens.tokenAt(output, index);
    }

    /// @notice {GeneratedTokens-decode}.
    function decode(uint256 output, uint256 count) external pure returns (uint16[] memory) {
        return GeneratedTokens.decode(output, count);
    }

    /// @notice {GeneratedTokens-pack}.
    function pack(uint16[] memory tokens) external pure returns (uint256) {
        return GeneratedTokens.pack(tokens);
    }
}
