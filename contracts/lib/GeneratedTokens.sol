// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Generated tokens packed into a whole-model proof's `output` public signal
 * @notice A whole-model zkattn proof that generates at most {MAX_TOKENS} tokens makes them public as
 * one field element: token `i` in bits `16·i .. 16·i + 15` (little-endian, {BITS_PER_TOKEN} bits per
 * token), every bit above `16·count` zero. 15 tokens use 240 bits, below the BN254 scalar field.
 * The TypeScript twin is `src/contracts/tokens.ts` (`packTokens`, `unpackTokens`).
 */
library GeneratedTokens {
    /// @notice Bits per token.
    uint256 internal constant BITS_PER_TOKEN = 16;
    /// @notice Most tokens one packed output holds (15 · 16 = 240 bits < 254).
    uint256 internal constant MAX_TOKENS = 15;
    /// @notice Mask of one token.
    uint256 internal constant TOKEN_MASK = 0xffff;

    /// @notice `count` tokens do not fit one packed output (at most `maxCount`).
    error TooManyTokens(uint256 count, uint256 maxCount);

    /// @notice Token `index` was asked for, but a packed output holds indices below `maxCount`.
    error TokenIndexOutOfRange(uint256 index, uint256 maxCount);

    /// @notice `output` has bits set at or above bit `16·count`: it is not `count` packed tokens.
    error OutputHasBitsAboveCount(uint256 output, uint256 count);

    /**
     * @notice Token `index` of the packed `output` (bits `16·index .. 16·index + 15`).
     * @dev Does not check the bits above; {decode} does. Reverts {TokenIndexOutOfRange} for
     * `index >= MAX_TOKENS`.
     */
    function tokenAt(uint256 output, uint256 index) internal pure returns (uint16) {
        if (index >= MAX_TOKENS) revert TokenIndexOutOfRange(index, MAX_TOKENS);
        return uint16((output >> (BITS_PER_TOKEN * index)) & TOKEN_MASK);
    }

    /**
     * @notice The `count` tokens packed in `output`, first generated first.
     * @dev Reverts {TooManyTokens} if `count > MAX_TOKENS` and {OutputHasBitsAboveCount} if any bit at
     * or above `16·count` is set (so exactly one `output` decodes to a given token list).
     */
    function decode(uint256 output, uint256 count) internal pure returns (uint16[] memory tokens) {
        checkCount(output, count);
        tokens = new uint16[](count);
        for (uint256 i = 0; i < count; ++i) {
            tokens[i] = uint16((output >> (BITS_PER_TOKEN * i)) & TOKEN_MASK);
        }
    }

    /**
     * @notice Reverts unless `output` is exactly `count` packed tokens: {TooManyTokens} if
     * `count > MAX_TOKENS`, {OutputHasBitsAboveCount} if a bit at or above `16·count` is set.
     */
    function checkCount(uint256 output, uint256 count) internal pure {
        if (count > MAX_TOKENS) revert TooManyTokens(count, MAX_TOKENS);
        if (output >> (BITS_PER_TOKEN * count) != 0) revert OutputHasBitsAboveCount(output, count);
    }

    /**
     * @notice Packs `tokens` (at most {MAX_TOKENS}) into one output, the inverse of {decode}.
     * @dev Reverts {TooManyTokens}. Each token is a `uint16`, so it always fits its 16 bits.
     */
    function pack(uint16[] memory tokens) internal pure returns (uint256 output) {
        if (tokens.length > MAX_TOKENS) revert TooManyTokens(tokens.length, MAX_TOKENS);
        for (uint256 i = 0; i < tokens.length; ++i) {
            output |= uint256(tokens[i]) << (BITS_PER_TOKEN * i);
        }
    }
}
