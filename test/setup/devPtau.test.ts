import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import { buildBn128 } from "ffjavascript";
import * as snarkjs from "snarkjs";

import { deriveToxicWaste, writeDevPtau } from "../../src/setup/devPtau.js";
import { FR_MODULUS, fpow } from "../../src/setup/field.js";
import { expectRejection, tempDir } from "./fixtures.js";

/** Sections of a binfile (ptau/zkey): id -> [offset of the section header, data length]. */
function sectionsOf(buf: Buffer): Map<number, { start: number; len: number }> {
  const out = new Map<number, { start: number; len: number }>();
  let off = 12;
  while (off < buf.length) {
    const id = buf.readUInt32LE(off);
    const len = Number(buf.readBigUInt64LE(off + 4));
    out.set(id, { start: off, len });
    off += 12 + len;
  }
  return out;
}

describe("development ptau (setup/devPtau)", function () {
  const POWER = 6;
  const waste = deriveToxicWaste(new TextEncoder().encode("devPtau test seed"));
  let dir: string;
  let ptau: Buffer;

  before(async function () {
    dir = await tempDir("devptau");
    await writeDevPtau({ power: POWER, waste, outPath: path.join(dir, "dev.ptau") });
    ptau = await readFile(path.join(dir, "dev.ptau"));
  });

  it("derives the same toxic waste from the same seed and different waste from another seed", function () {
    const again = deriveToxicWaste(new TextEncoder().encode("devPtau test seed"));
    const other = deriveToxicWaste(new TextEncoder().encode("another seed"));
    expect(again).to.deep.equal(waste);
    expect(other.tau).to.not.equal(waste.tau);
    for (const v of Object.values(waste)) expect(v > 0n && v < FR_MODULUS).to.equal(true);
  });

  it("writes the phase-1 points as the toxic waste times the generators", async function () {
    const curve = await buildBn128(true);
    try {
      // Independent check with ffjavascript's own scalar multiplication (not the window tables).
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = curve as any;
      const secs = sectionsOf(ptau);
      const point = (group: "G1" | "G2", section: number, i: number) => {
        const size = group === "G1" ? 64 : 128;
        const at = secs.get(section)!.start + 12 + i * size;
        return ptau.subarray(at, at + size);
      };
      const expected = (group: "G1" | "G2", scalar: bigint) => {
        const G = c[group];
        const buf = new Uint8Array(group === "G1" ? 64 : 128);
        G.toRprLEM(buf, 0, G.toAffine(G.timesScalar(G.g, scalar)));
        return Buffer.from(buf);
      };
      const { tau, alpha, beta } = waste;
      for (const i of [0, 1, 2, 63, 126]) {
        expect(
          point("G1", 2, i).equals(expected("G1", fpow(tau, BigInt(i)))),
          `tauG1[${i}]`,
        ).to.equal(true);
      }
      for (const i of [0, 1, 63]) {
        expect(
          point("G2", 3, i).equals(expected("G2", fpow(tau, BigInt(i)))),
          `tauG2[${i}]`,
        ).to.equal(true);
        expect(
          point("G1", 4, i).equals(expected("G1", (alpha * fpow(tau, BigInt(i))) % FR_MODULUS)),
          `alphaTauG1[${i}]`,
        ).to.equal(true);
        expect(
          point("G1", 5, i).equals(expected("G1", (beta * fpow(tau, BigInt(i))) % FR_MODULUS)),
          `betaTauG1[${i}]`,
        ).to.equal(true);
      }
      expect(point("G2", 6, 0).equals(expected("G2", beta)), "betaG2").to.equal(true);
    } finally {
      await curve.terminate();
    }
  });

  it("writes the same phase-2 sections as snarkjs powersoftau prepare phase2, byte for byte", async function () {
    // Keep only the phase-1 sections, let snarkjs prepare them, and compare whole files.
    const secs = sectionsOf(ptau);
    const head = Buffer.from(ptau.subarray(0, 12));
    head.writeUInt32LE(7, 8);
    const phase1 = Buffer.concat([
      head,
      ...[1, 2, 3, 4, 5, 6, 7].map((id) => {
        const s = secs.get(id)!;
        return ptau.subarray(s.start, s.start + 12 + s.len);
      }),
    ]);
    await writeFile(path.join(dir, "phase1.ptau"), phase1);
    await snarkjs.powersOfTau.preparePhase2(
      path.join(dir, "phase1.ptau"),
      path.join(dir, "prepared.ptau"),
    );
    const reference = await readFile(path.join(dir, "prepared.ptau"));
    expect(reference.length).to.equal(ptau.length);
    for (const id of [12, 13, 14, 15]) {
      const a = secs.get(id)!;
      const b = sectionsOf(reference).get(id)!;
      expect(
        ptau
          .subarray(a.start, a.start + 12 + a.len)
          .equals(reference.subarray(b.start, b.start + 12 + b.len)),
        `section ${id}`,
      ).to.equal(true);
    }
    expect(ptau.equals(reference)).to.equal(true);
  });

  it("rejects a power outside the BN254 FFT range", async function () {
    await expectRejection(
      writeDevPtau({ power: 28, waste, outPath: path.join(dir, "x.ptau") }),
      "setup: development ptau power 28 is outside 1..27",
    );
  });
});
