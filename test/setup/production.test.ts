import { copyFile, open, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import * as snarkjs from "snarkjs";

import { deriveToxicWaste, writeDevPtau } from "../../src/setup/devPtau.js";
import { hashFile } from "../../src/setup/hashes.js";
import { silentLogger } from "../../src/setup/progress.js";
import { PUBLISHED_PTAU, type PublishedPtau } from "../../src/setup/publishedPtau.js";
import { runProductionSetup, verifyZkey } from "../../src/setup/setup.js";
import {
  compileTestCircuit,
  expectRejection,
  quietProgress,
  snarkjsCeremonyPtau,
  tempDir,
} from "./fixtures.js";

const BEACON = "0x" + "ab".repeat(32);

describe("production setup (setup/setup runProductionSetup)", function () {
  let dir: string;
  let ceremonyPtau: string;
  let r1csPath: string;
  let nConstraints: number;

  before(async function () {
    dir = await tempDir("prod");
    ceremonyPtau = await snarkjsCeremonyPtau(dir, 8);
    const c = await compileTestCircuit("setup_small");
    r1csPath = c.r1csPath;
    nConstraints = (await snarkjs.r1cs.info(r1csPath)).nConstraints;
  });

  const run = (ptauPath: string, extra: Partial<Parameters<typeof runProductionSetup>[0]> = {}) =>
    runProductionSetup({
      name: "setup_small_prod",
      r1csPath,
      buildDir: path.join(dir, "build"),
      ptauPath,
      contributions: [{ name: "alice" }, { name: "bob" }],
      beaconHash: BEACON,
      logger: silentLogger,
      progress: quietProgress,
      ...extra,
    });

  describe("accepting a ceremony file", function () {
    it("runs phase 2 with the named contributions and a beacon on a ptau whose hash is published", async function () {
      const published: PublishedPtau[] = [
        {
          power: 8,
          fileName: "test_ceremony_08.ptau",
          url: "file://test",
          blake2b512: await hashFile(ceremonyPtau, "blake2b512"),
        },
      ];
      const r = await run(ceremonyPtau, { published, force: true });
      expect(r.manifest.setupKind).to.equal("production");
      expect(r.manifest.warning).to.equal(undefined);
      expect(r.manifest.ptau?.source).to.equal("published");
      expect(r.manifest.ptau?.publishedName).to.equal("test_ceremony_08.ptau");
      expect(r.manifest.phase2.contributions).to.deep.equal([
        "alice",
        "bob",
        "zkattn final beacon",
      ]);
      expect(path.basename(r.zkeyPath)).to.equal("setup_small_prod.zkey");
      expect(await verifyZkey({ r1csPath, ptauPath: ceremonyPtau, zkeyPath: r.zkeyPath })).to.equal(
        true,
      );
    });

    it("accepts an unlisted ptau only with allowUnlistedPtau, and records it as unlisted", async function () {
      const r = await run(ceremonyPtau, { allowUnlistedPtau: true, force: true });
      expect(r.manifest.ptau?.source).to.equal("unlisted");
    });

    it("makes the verify command reject a zkey checked against another ptau", async function () {
      const r = await run(ceremonyPtau, { allowUnlistedPtau: true });
      const otherPtau = path.join(dir, "other.ptau");
      await writeDevPtau({
        power: 8,
        waste: deriveToxicWaste(new TextEncoder().encode("other")),
        outPath: otherPtau,
      });
      expect(await verifyZkey({ r1csPath, ptauPath: otherPtau, zkeyPath: r.zkeyPath })).to.equal(
        false,
      );
    });
  });

  describe("refusing bad ptau files", function () {
    it("refuses by default a valid ptau whose hash is not published", async function () {
      const hash = await hashFile(ceremonyPtau, "blake2b512");
      await expectRejection(
        run(ceremonyPtau),
        `setup: pot8_final.ptau has an unknown blake2b-512 hash (${hash.slice(0, 16)}…) that is not in the published ceremony table; use a published file (e.g. powersOfTau28_hez_final_08.ptau) or, for your own ceremony, pass --allow-unlisted-ptau`,
      );
    });

    it("refuses a ptau named like a published file whose hash differs", async function () {
      const fake = path.join(dir, "powersOfTau28_hez_final_08.ptau");
      await copyFile(ceremonyPtau, fake);
      const hash = await hashFile(fake, "blake2b512");
      const published = PUBLISHED_PTAU.find((e) => e.power === 8)!;
      await expectRejection(
        run(fake),
        `setup: powersOfTau28_hez_final_08.ptau does not match its published blake2b-512 hash (expected ${published.blake2b512.slice(0, 16)}…, got ${hash.slice(0, 16)}…); the file is corrupted or not the published one: download it again from ${published.url}`,
      );
    });

    it("refuses a ptau whose power is too small and names the power needed", async function () {
      const small = path.join(dir, "pow6.ptau");
      await writeDevPtau({
        power: 6,
        waste: deriveToxicWaste(new TextEncoder().encode("small")),
        outPath: small,
      });
      await expectRejection(
        run(small, { allowUnlistedPtau: true }),
        `setup: ptau power 6 is too small for ${nConstraints} constraints; need power 7 (e.g. powersOfTau28_hez_final_08.ptau)`,
      );
    });

    it("refuses a truncated ptau", async function () {
      const cut = path.join(dir, "truncated.ptau");
      const bytes = await readFile(ceremonyPtau);
      await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectRejection(
        run(cut, { allowUnlistedPtau: true }),
        /^setup: truncated\.ptau is truncated: section \d+ needs \d+ bytes but only \d+ remain; download or copy the file again$/,
      );
    });

    it("refuses a ptau whose header disagrees with its sections", async function () {
      const bad = path.join(dir, "corrupted.ptau");
      await copyFile(ceremonyPtau, bad);
      // Header data starts after the file header (12 B) and the section header (12 B):
      // n8 (4 B), q (32 B), then the power (u32). Claim power 9 for a power-8 file.
      const fh = await open(bad, "r+");
      const power = Buffer.alloc(4);
      power.writeUInt32LE(9, 0);
      await fh.write(power, 0, 4, 12 + 12 + 4 + 32);
      await fh.close();
      const tauG1Bytes = (2 * 2 ** 8 - 1) * 64;
      const expectedForPower9 = (2 * 2 ** 9 - 1) * 64;
      await expectRejection(
        run(bad, { allowUnlistedPtau: true }),
        `setup: corrupted.ptau is corrupted: section 2 has ${tauG1Bytes} bytes, a power-9 ptau has ${expectedForPower9}`,
      );
    });

    it("refuses a file that is not a ptau", async function () {
      await expectRejection(
        run(r1csPath, { allowUnlistedPtau: true }),
        'setup: setup_small.r1cs is not a snarkjs .ptau file (no "ptau" magic); pass a powers-of-tau file such as powersOfTau28_hez_final_NN.ptau',
      );
    });
  });

  describe("refusing incomplete phase-2 parameters", function () {
    it("needs at least one named contribution", async function () {
      await expectRejection(
        run(ceremonyPtau, { contributions: [] }),
        'setup: a production setup needs at least one named phase-2 contribution (--contributions "alice,bob")',
      );
    });

    it("needs a beacon hash of at least 32 bytes", async function () {
      await expectRejection(
        run(ceremonyPtau, { beaconHash: "0x1234" }),
        "setup: the production beacon hash must be hex of at least 32 bytes, a public value fixed after the last contribution (e.g. a future Ethereum block hash): --beacon-hash 0x…",
      );
    });
  });
});
