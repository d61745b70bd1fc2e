/**
 * Generated tokens packed into a whole-model proof's `output` public signal: token `i` in bits
 * `16·i .. 16·i + 15` (little-endian), at most {@link MAX_PACKED_TOKENS} tokens, every higher bit
 * zero. The Solidity twin is `contracts/lib/GeneratedTokens.sol`; test/contracts/consumer.test.ts
 * checks both agree on random token lists.
 */
import { ZkattnUserError } from "../errors.js";

/** Bits per token. */
export const BITS_PER_TOKEN = 16;
/** Most tokens one packed output holds: 15 · 16 = 240 bits, below the 254-bit BN254 field. */
export const MAX_PACKED_TOKENS = 15;
/** One past the largest token id that fits 16 bits. */
export const TOKEN_LIMIT = 1 << BITS_PER_TOKEN;

const MASK = BigInt(TOKEN_LIMIT - 1);
const BITS = BigInt(BITS_PER_TOKEN);

/**
 * Packs `tokens` (first generated first) into one field element, `GeneratedTokens.pack`.
 * @throws ZkattnUserError if there are more than {@link MAX_PACKED_TOKENS} tokens or a token is not
 *   an integer in `[0, 2^16)`.
 */
export function packTokens(tokens: readonly number[]): bigint {
  if (tokens.length > MAX_PACKED_TOKENS) {
    throw new ZkattnUserError(
      `tokens: ${tokens.length} tokens do not fit one packed output (at most ${MAX_PACKED_TOKENS} of ${BITS_PER_TOKEN} bits)`,
      { fix: "commit to longer generations with Poseidon instead of packing them" },
    );
  }
  let packed = 0n;
  tokens.forEach((token, i) => {
    if (!Number.isInteger(token) || token < 0 || token >= TOKEN_LIMIT) {
      throw new ZkattnUserError(
        `tokens: token ${i} is ${token}, not an integer in [0, ${TOKEN_LIMIT}) (${BITS_PER_TOKEN} bits per token)`,
      );
    }
    packed |= BigInt(token) << (BITS * BigInt(i));
  });
  return packed;
}

/**
 * The `count` tokens packed in `output`, `GeneratedTokens.decode`.
 * @throws ZkattnUserError if `count` is more than {@link MAX_PACKED_TOKENS} or not a non-negative
 *   integer, or `output` is negative or has a bit set at or above `16·count`
 *   (the contract's `OutputHasBitsAboveCount`).
 */
export function unpackTokens(output: bigint, count: number): number[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_PACKED_TOKENS) {
    throw new ZkattnUserError(
      `tokens: cannot unpack ${count} tokens; a packed output holds 0 to ${MAX_PACKED_TOKENS}`,
    );
  }
  if (output < 0n || output >> (BITS * BigInt(count)) !== 0n) {
    throw new ZkattnUserError(
      `tokens: output 0x${output.toString(16)} has bits set at or above bit ${BITS_PER_TOKEN * count}, so it is not ${count} packed tokens`,
      { fix: "check the expected token count against the proof's output" },
    );
  }
  return Array.from({ length: count }, (_, i) => Number((output >> (BITS * BigInt(i))) & MASK));
}
