import { readFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import * as snarkjs from "snarkjs";

import { DEV_WARNING } from "../../src/setup/manifest.js";
import { hashFile } from "../../src/setup/hashes.js";
import { silentLogger } from "../../src/setup/progress.js";
import { runDevelopmentSetup, verifyZkey } from "../../src/setup/setup.js";
import {
  compileTestCircuit,
  defaultDevPtau,
  projectRoot,
  quietProgress,
  smallDevSetup,
  tempDir,
} from "./fixtures.js";

describe("development setup (setup/setup runDevelopmentSetup)", function () {
  it("labels every artifact of a development setup as insecure", async function () {
    const r = await smallDevSetup();
    expect(r.manifest.setupKind).to.equal("development");
    expect(r.manifest.warning).to.equal(DEV_WARNING);
    expect(path.basename(r.zkeyPath)).to.equal("setup_small.dev-INSECURE.zkey");
    expect(path.basename(r.vkeyPath)).to.equal("setup_small.dev-INSECURE.vkey.json");
    expect(r.manifest.devSeed).to.equal("default");
    expect(r.manifest.phase2.contributions).to.deep.equal([]);
    expect(r.manifest.phase2.beacon?.iterationsExp).to.equal(10);
  });

  it("computes the zkey directly: no ptau is written or recorded", async function () {
    const r = await smallDevSetup();
    expect(r.ptauPath).to.equal(undefined);
    expect(r.manifest.ptau).to.equal(undefined);
    expect(r.manifest.r1cs.power).to.equal(7);
  });

  it("makes a zkey that snarkjs zkey verify accepts against the r1cs and the seed's development ptau", async function () {
    const r = await smallDevSetup();
    const r1cs = path.join(projectRoot, "build/setup_small/setup_small.r1cs");
    expect(
      await verifyZkey({
        r1csPath: r1cs,
        ptauPath: await defaultDevPtau(r.manifest.r1cs.power),
        zkeyPath: r.zkeyPath,
      }),
    ).to.equal(true);
  });

  describe("proving with the development keys", function () {
    const input = { x: 3, offset: 5, binding: 7 };
    let proof: snarkjs.Groth16Proof;
    let publicSignals: string[];
    let otherProof: snarkjs.Groth16Proof;
    let vk: object;

    before(async function () {
      const r = await smallDevSetup();
      const wasm = path.join(projectRoot, "build/setup_small/setup_small_js/setup_small.wasm");
      ({ proof, publicSignals } = await snarkjs.groth16.fullProve(input, wasm, r.zkeyPath));
      ({ proof: otherProof } = await snarkjs.groth16.fullProve(
        { ...input, x: 4 },
        wasm,
        r.zkeyPath,
      ));
      vk = JSON.parse(await readFile(r.vkeyPath, "utf8"));
    });

    it("produces public signals out = x^(2^64) + offset, offset, binding", function () {
      const r = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
      let y = BigInt(input.x);
      for (let i = 0; i < 64; i++) y = (y * y) % r;
      expect(publicSignals).to.deep.equal([((y + BigInt(input.offset)) % r).toString(), "5", "7"]);
    });

    it("verifies a valid proof in JS", async function () {
      expect(await snarkjs.groth16.verify(vk, publicSignals, proof)).to.equal(true);
    });

    it("rejects a proof whose A point comes from another proof", async function () {
      const tampered = { ...proof, pi_a: otherProof.pi_a };
      expect(await snarkjs.groth16.verify(vk, publicSignals, tampered)).to.equal(false);
    });

    it("rejects a valid proof presented with another binding", async function () {
      const tampered = [publicSignals[0], publicSignals[1], "8"];
      expect(await snarkjs.groth16.verify(vk, tampered, proof)).to.equal(false);
    });

    it("has delta != gamma, so a proof cannot be re-targeted to another binding by shifting C", async function () {
      // With delta = gamma (what `zkey new` alone leaves), e(IC(x), gamma)·e(C, delta) =
      // e(IC(x) + C, gamma): C' = C + (b − b')·IC_binding verifies for binding b' with no secret.
      // First show the attack works on a zkey new-only key, then that our keys refuse it.
      const { curves } = snarkjs as unknown as {
        curves: { getCurveFromName(n: string): Promise<Bn128> };
      };
      interface G1Ops {
        fromObject(o: bigint[]): unknown;
        toObject(p: unknown): bigint[];
        toAffine(p: unknown): unknown;
        sub(a: unknown, b: unknown): unknown;
      }
      interface Bn128 {
        G1: G1Ops;
      }
      const curve = await curves.getCurveFromName("bn128");
      const G1 = curve.G1;
      const shiftC = (key: { IC: string[][] }) => {
        // binding 7 -> 8: C' = C + (7 − 8)·IC[3] = C − IC[3] (IC[3]: the binding's term).
        const c = G1.fromObject(proof.pi_c.map(BigInt));
        const ic = G1.fromObject(key.IC[3].map(BigInt));
        return { ...proof, pi_c: G1.toObject(G1.toAffine(G1.sub(c, ic))).map(String) };
      };
      const retargeted = [publicSignals[0], publicSignals[1], "8"];

      const dir = await tempDir("delta-gamma");
      const r = await smallDevSetup();
      const bare = path.join(dir, "bare.zkey");
      await snarkjs.zKey.newZKey(
        path.join(projectRoot, "build/setup_small/setup_small.r1cs"),
        await defaultDevPtau(r.manifest.r1cs.power),
        bare,
      );
      const bareVk = (await snarkjs.zKey.exportVerificationKey(bare)) as {
        IC: string[][];
        vk_gamma_2: unknown;
        vk_delta_2: unknown;
      };
      expect(bareVk.vk_delta_2).to.deep.equal(bareVk.vk_gamma_2);
      const { proof: bareProof, publicSignals: bareSignals } = await snarkjs.groth16.fullProve(
        input,
        path.join(projectRoot, "build/setup_small/setup_small_js/setup_small.wasm"),
        bare,
      );
      const cBare = G1.fromObject(bareProof.pi_c.map(BigInt));
      const forged = {
        ...bareProof,
        pi_c: G1.toObject(G1.toAffine(G1.sub(cBare, G1.fromObject(bareVk.IC[3].map(BigInt))))).map(
          String,
        ),
      };
      expect(
        await snarkjs.groth16.verify(bareVk, [bareSignals[0], bareSignals[1], "8"], forged),
      ).to.equal(true);

      const ours = vk as { IC: string[][]; vk_gamma_2: unknown; vk_delta_2: unknown };
      expect(ours.vk_delta_2).to.not.deep.equal(ours.vk_gamma_2);
      expect(await snarkjs.groth16.verify(vk, retargeted, shiftC(ours))).to.equal(false);
    });
  });

  describe("reuse", function () {
    let buildDir: string;
    let small: Awaited<ReturnType<typeof compileTestCircuit>>;
    let other: Awaited<ReturnType<typeof compileTestCircuit>>;
    const run = (r1csPath: string) =>
      runDevelopmentSetup({
        name: "reuse_probe",
        r1csPath,
        buildDir,
        ptauCacheDir: path.join(projectRoot, "build/ptau"),
        logger: silentLogger,
        progress: quietProgress,
      });

    before(async function () {
      buildDir = await tempDir("reuse");
      small = await compileTestCircuit("setup_small");
      other = await compileTestCircuit("setup_other");
    });

    it("reuses valid keys for an unchanged circuit and never reuses them for another circuit", async function () {
      const first = await run(small.r1csPath);
      expect(first.reused).to.equal(false);
      const zkeySha = await hashFile(first.zkeyPath, "sha256");

      const again = await run(small.r1csPath);
      expect(again.reused).to.equal(true);
      expect(await hashFile(again.zkeyPath, "sha256")).to.equal(zkeySha);

      const changed = await run(other.r1csPath);
      expect(changed.reused).to.equal(false);
      expect(changed.manifest.circuitHash).to.not.equal(first.manifest.circuitHash);
      const r1cs = path.join(buildDir, changed.manifest.r1cs.file);
      expect(
        await verifyZkey({
          r1csPath: r1cs,
          ptauPath: await defaultDevPtau(changed.manifest.r1cs.power),
          zkeyPath: changed.zkeyPath,
        }),
      ).to.equal(true);
    });

    it("is deterministic: the default seed gives the same verification key on every run", async function () {
      const a = await run(small.r1csPath);
      const b = await runDevelopmentSetup({
        name: "reuse_probe",
        r1csPath: small.r1csPath,
        buildDir,
        ptauCacheDir: path.join(projectRoot, "build/ptau"),
        force: true,
        logger: silentLogger,
        progress: quietProgress,
      });
      expect(b.reused).to.equal(false);
      expect(b.manifest.vkHash).to.equal(a.manifest.vkHash);
    });

    it("draws fresh toxic waste and a random phase-2 contribution with random", async function () {
      const seeded = await run(small.r1csPath);
      const random = await runDevelopmentSetup({
        name: "reuse_probe",
        r1csPath: small.r1csPath,
        buildDir,
        ptauCacheDir: path.join(projectRoot, "build/ptau"),
        random: true,
        logger: silentLogger,
        progress: quietProgress,
      });
      expect(random.manifest.devSeed).to.equal("random");
      expect(random.manifest.phase2.contributions).to.deep.equal([
        "zkattn development contribution (INSECURE, random)",
      ]);
      expect(random.manifest.vkHash).to.not.equal(seeded.manifest.vkHash);
      // Its toxic waste is gone (no ptau to check it against): check that it proves and that
      // its delta is set (not gamma), as a contribution record would have it.
      const vk = JSON.parse(await readFile(random.vkeyPath, "utf8")) as {
        vk_gamma_2: unknown;
        vk_delta_2: unknown;
      };
      expect(vk.vk_delta_2).to.not.deep.equal(vk.vk_gamma_2);
      const { proof, publicSignals } = await snarkjs.groth16.fullProve(
        { x: 3, offset: 5, binding: 7 },
        small.wasmPath,
        random.zkeyPath,
      );
      expect(await snarkjs.groth16.verify(vk, publicSignals, proof)).to.equal(true);
    });
  });
});
