import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import * as snarkjs from "snarkjs";

import { compileCircuit } from "../../src/circom/compile.js";
import { deriveToxicWaste, type ToxicWaste, writeDevPtau } from "../../src/setup/devPtau.js";
import { type DeltaContribution, hTauHashCount, writeDevZkey } from "../../src/setup/devZkey.js";
import { readR1csInfo, requiredPtauPower } from "../../src/setup/r1cs.js";
import { expectRejection, projectRoot, tempDir } from "./fixtures.js";

/** Sections of a binfile (ptau/zkey): id -> its data. */
function sectionsOf(buf: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  let off = 12;
  while (off < buf.length) {
    const id = buf.readUInt32LE(off);
    const len = Number(buf.readBigUInt64LE(off + 4));
    out.set(id, buf.subarray(off + 12, off + 12 + len));
    off += 12 + len;
  }
  return out;
}

/** Where section `id`'s data starts in a binfile. */
function sectionStart(buf: Buffer, id: number): number {
  let off = 12;
  while (off < buf.length) {
    const len = Number(buf.readBigUInt64LE(off + 4));
    if (buf.readUInt32LE(off) === id) return off + 12;
    off += 12 + len;
  }
  throw new Error(`no section ${id}`);
}

/**
 * A small circuit with the coefficient shapes the key must get right: general, negative and
 * constant-wire coefficients in A, B and C, public inputs inside A and B, and `blocks` square
 * chains of 64 (circuits/test/setup/square_chain.circom) to reach a given power. Written to
 * build/devzkey_mixed_<blocks>/ and compiled (test only; it proves nothing of interest).
 * Public signals: out, a, b.
 */
async function mixedCircuit(blocks: number) {
  const name = `devzkey_mixed_${blocks}`;
  const dir = path.join(projectRoot, "build", name);
  await mkdir(dir, { recursive: true });
  const chain = blocks > 0;
  const source = `pragma circom 2.2.0;

include "../../circuits/test/setup/square_chain.circom";

// Test circuit of test/setup/devZkey.test.ts (generated): varied r1cs coefficients.
template DevZkeyMixed() {
    signal input a;
    signal input b;
    signal input x;
    signal output out;
    // why: a general coefficient and a constant in A, a negative constant in B.
    signal t1 <== (3 * x + 5) * (x - 7);
    // why: public wires with coefficients in A and B.
    signal t2 <== (a - 2 * b) * (t1 + 11 * x + 1);
    // why: coefficient r - 1 (i.e. -1) and a large constant.
    signal t3 <== (123456789 - x) * (t2 - a);
    ${chain ? `component c = SquareChainBlocks(${blocks}, 64);\n    c.in <== x;\n    ` : ""}out <== 21888242871839275222246405745257275088548364400416034343698204186575808495616 * t3 + 6 * t1${chain ? " + c.out" : ""};
}

component main {public [a, b]} = DevZkeyMixed();
`;
  await writeFile(path.join(dir, `${name}.circom`), source);
  return await compileCircuit({
    circuit: `build/${name}/${name}.circom`,
    outDir: `build/${name}`,
    root: projectRoot,
  });
}

const BEACON: DeltaContribution = {
  kind: "beacon",
  name: "devZkey test beacon",
  hashHex: "5d0c5e5a2f4b8a7c1e3d9f0b6a4c2e8d7f1b3a5c9e0d2f4b6a8c1e3d5f7b9a0c",
  iterationsExp: 10,
};

describe("development zkey computed from the toxic waste (setup/devZkey)", function () {
  // Measured on a loaded 2-core machine: each key of the small circuit a few seconds, zkey
  // new and zkey verify a few seconds each.
  this.timeout(300_000);
  const waste = deriveToxicWaste(new TextEncoder().encode("devZkey test seed"));
  let dir: string;
  let r1cs: string;
  let wasm: string;
  let ptau: string;
  /** zkey new on the development ptau of `waste`: the reference. */
  let bare: string;

  before(async function () {
    dir = await tempDir("devzkey");
    const c = await mixedCircuit(0);
    r1cs = c.r1csPath;
    wasm = c.wasmPath;
    const info = await readR1csInfo(r1cs);
    ptau = path.join(dir, "dev.ptau");
    await writeDevPtau({ power: requiredPtauPower(info), waste, outPath: ptau });
    bare = path.join(dir, "bare.zkey");
    await snarkjs.zKey.newZKey(r1cs, ptau, bare);
  });

  const direct = async (file: string, o: { waste?: ToxicWaste; delta?: DeltaContribution }) => {
    const out = path.join(dir, file);
    await writeDevZkey({ r1csPath: r1cs, waste: o.waste ?? waste, delta: o.delta, outPath: out });
    return out;
  };
  const verify = (zkey: string, against = ptau) => snarkjs.zKey.verifyFromR1cs(r1cs, against, zkey);

  it("writes every section of zkey new (delta = 1) from the same toxic waste, byte for byte", async function () {
    const ours = sectionsOf(await readFile(await direct("nodelta.zkey", {})));
    const ref = sectionsOf(await readFile(bare));
    expect([...ours.keys()].sort((x, y) => x - y)).to.deep.equal(
      [...ref.keys()].sort((x, y) => x - y),
    );
    for (const [id, data] of ref)
      expect(ours.get(id)!.equals(data), `section ${id}`).to.equal(true);
  });

  it("with a beacon, writes the file of zkey new + zkey beacon byte for byte", async function () {
    const ref = path.join(dir, "ref-beacon.zkey");
    const b = BEACON as Extract<DeltaContribution, { kind: "beacon" }>;
    await snarkjs.zKey.beacon(bare, ref, b.name, b.hashHex, b.iterationsExp);
    const ours = await direct("beacon.zkey", { delta: BEACON });
    expect((await readFile(ours)).equals(await readFile(ref))).to.equal(true);
  });

  describe("snarkjs zkey verify", function () {
    let contributed: string;

    before(async function () {
      contributed = await direct("contributed.zkey", {
        delta: { kind: "contribution", name: "test contributor", entropy: randomBytes(32) },
      });
    });

    it("accepts a key whose delta comes from a contribution record, against the ptau of the same waste", async function () {
      expect(await verify(contributed)).to.equal(true);
      const vk = (await snarkjs.zKey.exportVerificationKey(contributed)) as {
        vk_gamma_2: unknown;
        vk_delta_2: unknown;
      };
      expect(vk.vk_delta_2).to.not.deep.equal(vk.vk_gamma_2);
    });

    for (const which of ["tau", "alpha", "beta"] as const) {
      it(`rejects a key made with another ${which}`, async function () {
        const other = { ...waste, [which]: waste[which] + 1n };
        expect(
          await verify(await direct(`other-${which}.zkey`, { waste: other, delta: BEACON })),
        ).to.equal(false);
      });
    }

    /** A copy of the contributed key with points i and j of section `id` (size `size`) swapped. */
    const swapped = async (id: number, size: number, i: number, j: number) => {
      const buf = Buffer.from(await readFile(contributed));
      const at = sectionStart(buf, id);
      const a = Buffer.from(buf.subarray(at + i * size, at + (i + 1) * size));
      buf.copy(buf, at + i * size, at + j * size, at + (j + 1) * size);
      a.copy(buf, at + j * size);
      expect(buf.equals(await readFile(contributed))).to.equal(false);
      const out = path.join(dir, `swapped-${id}-${i}-${j}.zkey`);
      await writeFile(out, buf);
      return out;
    };

    it("rejects a key with two points of the C section swapped", async function () {
      expect(await verify(await swapped(8, 64, 0, 1))).to.equal(false);
    });

    it("rejects a key with two points of the H section swapped", async function () {
      expect(await verify(await swapped(9, 64, 0, 1))).to.equal(false);
    });

    it("rejects a key with two points of the A section swapped", async function () {
      // Wire 0 (the constant) and wire 1 (out): both non-zero points of A.
      expect(await verify(await swapped(5, 64, 0, 1))).to.equal(false);
    });

    it("rejects a key whose delta is not the one its contribution record proves", async function () {
      // This key's sections 1-9 (delta of the contribution) with the record of a beacon.
      const other = await readFile(
        await direct("other-beacon.zkey", { delta: { ...BEACON, hashHex: "ab".repeat(32) } }),
      );
      const buf = await readFile(contributed);
      const mixed = Buffer.concat([
        buf.subarray(0, sectionStart(buf, 10) - 12),
        other.subarray(sectionStart(other, 10) - 12),
      ]);
      expect(sectionsOf(mixed).get(10)!.equals(sectionsOf(buf).get(10)!)).to.equal(false);
      const out = path.join(dir, "mixed-record.zkey");
      await writeFile(out, mixed);
      expect(await verify(out)).to.equal(false);
    });

    it("rejects a key checked against the ptau of other toxic waste", async function () {
      const otherPtau = path.join(dir, "other.ptau");
      const info = await readR1csInfo(r1cs);
      await writeDevPtau({
        power: requiredPtauPower(info),
        waste: deriveToxicWaste(new TextEncoder().encode("another seed")),
        outPath: otherPtau,
      });
      expect(await verify(contributed, otherPtau)).to.equal(false);
    });
  });

  describe("proving with the key", function () {
    const input = { a: 9, b: 4, x: 17 };
    let zkey: string;
    let vk: object;
    let proof: snarkjs.Groth16Proof;
    let publicSignals: string[];

    before(async function () {
      zkey = await direct("prove.zkey", { delta: BEACON });
      vk = await snarkjs.zKey.exportVerificationKey(zkey);
      ({ proof, publicSignals } = await snarkjs.groth16.fullProve(input, wasm, zkey));
    });

    it("proves the circuit's statement: out, a, b", function () {
      const r = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
      const x = BigInt(input.x);
      const t1 = ((((3n * x + 5n) * (x - 7n)) % r) + r) % r;
      const t2 = ((((BigInt(input.a) - 2n * BigInt(input.b)) * (t1 + 11n * x + 1n)) % r) + r) % r;
      const t3 = ((((123456789n - x) * (t2 - BigInt(input.a))) % r) + r) % r;
      const out = ((((r - 1n) * t3 + 6n * t1) % r) + r) % r;
      expect(publicSignals).to.deep.equal([out.toString(), "9", "4"]);
    });

    it("gives proofs that verify with its verification key", async function () {
      expect(await snarkjs.groth16.verify(vk, publicSignals, proof)).to.equal(true);
    });

    it("rejects a proof presented with another public input", async function () {
      expect(
        await snarkjs.groth16.verify(vk, [publicSignals[0], "10", publicSignals[2]], proof),
      ).to.equal(false);
    });
  });

  it("hashes the H points as snarkjs zkey new does (one past n − 1 from 2^15 on)", function () {
    expect(hTauHashCount(2)).to.equal(1);
    expect(hTauHashCount(1 << 14)).to.equal((1 << 14) - 1);
    expect(hTauHashCount(1 << 15)).to.equal(1 << 15);
    expect(hTauHashCount(1 << 20)).to.equal(1 << 20);
  });

  it("matches zkey new + zkey beacon byte for byte at 2^15, where snarkjs hashes n H points", async function () {
    // 257 chains of 64 squarings + 3 gates: 16,451 constraints, 2^15 rows.
    const c = await mixedCircuit(257);
    const info = await readR1csInfo(c.r1csPath);
    expect(requiredPtauPower(info)).to.equal(15);
    const p15 = path.join(dir, "dev15.ptau");
    await writeDevPtau({ power: 15, waste, outPath: p15 });
    const b0 = path.join(dir, "b15-0.zkey");
    const ref = path.join(dir, "b15-ref.zkey");
    await snarkjs.zKey.newZKey(c.r1csPath, p15, b0);
    const b = BEACON as Extract<DeltaContribution, { kind: "beacon" }>;
    await snarkjs.zKey.beacon(b0, ref, b.name, b.hashHex, b.iterationsExp);
    const ours = path.join(dir, "d15.zkey");
    await writeDevZkey({ r1csPath: c.r1csPath, waste, delta: BEACON, outPath: ours });
    expect((await readFile(ours)).equals(await readFile(ref))).to.equal(true);
  });

  it("rejects a beacon snarkjs would refuse, and leaves no file", async function () {
    const out = path.join(dir, "bad-beacon.zkey");
    await expectRejection(
      writeDevZkey({
        r1csPath: r1cs,
        waste,
        delta: { ...BEACON, iterationsExp: 9 } as DeltaContribution,
        outPath: out,
      }),
      "setup: beacon iterations exponent must be 10..63 (snarkjs zkey beacon)",
    );
    expect((await readdir(dir)).filter((f) => f.startsWith("bad-beacon"))).to.deep.equal([]);
  });
});
