import { expect } from "chai";
import { network } from "hardhat";

import { ZkattnUserError } from "../../src/errors.js";
import {
  BITS_PER_TOKEN,
  MAX_PACKED_TOKENS,
  packTokens,
  TOKEN_LIMIT,
  unpackTokens,
} from "../../src/contracts/tokens.js";
import { seededRandom as prng } from "../../src/random.js";

const { ethers } = await network.create();

/** Random token lists of 0..15 tokens, a third of the tokens at the edges 0 and 65535. */
function randomTokenLists(n: number, seed: number): number[][] {
  const rand = prng(seed);
  return Array.from({ length: n }, () => {
    const count = Math.floor(rand() * (MAX_PACKED_TOKENS + 1));
    return Array.from({ length: count }, () => {
      const r = rand();
      if (r < 1 / 6) return 0;
      if (r < 1 / 3) return TOKEN_LIMIT - 1;
      return Math.floor(rand() * TOKEN_LIMIT);
    });
  });
}

describe("GeneratedTokens.sol and src/contracts/tokens.ts: one token packing", function () {
  async function deployHarness() {
    return ethers.deployContract("GeneratedTokensHarness");
  }

  it("pack, decode and tokenAt agree with packTokens/unpackTokens on 60 random token lists", async function () {
    const harness = await deployHarness();
    for (const tokens of randomTokenLists(60, 0x2a)) {
      const packed = packTokens(tokens);
      expect(await harness.pack(tokens), `pack ${tokens}`).to.equal(packed);
      expect(packed < 1n << BigInt(BITS_PER_TOKEN * tokens.length)).to.equal(true);
      expect(unpackTokens(packed, tokens.length)).to.deep.equal(tokens);
      expect(await harness.decode(packed, tokens.length), `decode ${tokens}`).to.deep.equal(
        tokens.map(BigInt),
      );
      for (let i = 0; i < tokens.length; i++) {
        expect(await harness.tokenAt(packed, i)).to.equal(BigInt(tokens[i]));
      }
    }
  });

  it("both refuse an output with a bit set at or above 16·count (random lists, random junk bits)", async function () {
    const harness = await deployHarness();
    const rand = prng(0x51);
    for (const tokens of randomTokenLists(30, 0x3b)) {
      const lowest = BITS_PER_TOKEN * tokens.length;
      // Lowest junk bit first (the boundary), then a random one up to bit 255.
      for (const bit of [lowest, lowest + Math.floor(rand() * (256 - lowest))]) {
        const junk = packTokens(tokens) | (1n << BigInt(bit));
        await expect(harness.decode(junk, tokens.length))
          .to.be.revertedWithCustomError(harness, "OutputHasBitsAboveCount")
          .withArgs(junk, tokens.length);
        expect(() => unpackTokens(junk, tokens.length)).to.throw(
          ZkattnUserError,
          `has bits set at or above bit ${lowest}`,
        );
      }
    }
  });

  it("both refuse more than 15 tokens", async function () {
    const harness = await deployHarness();
    const sixteen = Array.from({ length: 16 }, (_, i) => i);
    await expect(harness.pack(sixteen))
      .to.be.revertedWithCustomError(harness, "TooManyTokens")
      .withArgs(16n, 15n);
    await expect(harness.decode(0n, 16n))
      .to.be.revertedWithCustomError(harness, "TooManyTokens")
      .withArgs(16n, 15n);
    await expect(harness.tokenAt(0n, 15n))
      .to.be.revertedWithCustomError(harness, "TokenIndexOutOfRange")
      .withArgs(15n, 15n);
    expect(() => packTokens(sixteen)).to.throw(
      ZkattnUserError,
      "16 tokens do not fit one packed output (at most 15",
    );
    expect(() => unpackTokens(0n, 16)).to.throw(ZkattnUserError, "a packed output holds 0 to 15");
  });

  it("packTokens refuses a token that does not fit 16 bits (the Solidity side takes uint16)", function () {
    expect(() => packTokens([1, 65_536])).to.throw(
      ZkattnUserError,
      "token 1 is 65536, not an integer in [0, 65536)",
    );
    expect(() => packTokens([-1])).to.throw(ZkattnUserError, "token 0 is -1");
    expect(() => packTokens([1.5])).to.throw(ZkattnUserError, "token 0 is 1.5");
  });

  it("packs the sort answer 0 0 1 1 2 2 little-endian, 16 bits per token", function () {
    expect(packTokens([0, 0, 1, 1, 2, 2])).to.equal(0x0002_0002_0001_0001_0000_0000n);
    expect(packTokens([])).to.equal(0n);
  });
});
