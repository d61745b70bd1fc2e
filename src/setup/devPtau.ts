import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import os from "node:os";

import { buildBn128 } from "ffjavascript";

import {
  FixedBasePool,
  type FixedBaseJob,
  type Group,
  GROUP_COST,
  POINT_BYTES,
} from "./fixedBase.js";
import { FQ_MODULUS, FR_TWO_ADICITY, finv, fmod, fpow, toLE32 } from "./field.js";
import { releaseTempFile, tempPathFor, trackTempFile } from "./fsutil.js";
import type { ProgressReporter } from "./progress.js";

/**
 * The secret scalars of a phase-1 ("powers of tau") ceremony. In a development setup this
 * machine knows them, which is exactly why such a setup is NOT secure: anyone holding them
 * can forge proofs. Each is an element of the BN254 scalar field, non-zero.
 */
export interface ToxicWaste {
  tau: bigint;
  alpha: bigint;
  beta: bigint;
}

/**
 * Derives phase-1 toxic waste deterministically from a seed: each scalar is
 * `SHA-256("zkattn-dev-ptau/v1/" + name + "/" + counter || seed) mod r`, taking the first
 * counter that gives a value that is neither 0 nor a 2^28-th root of unity (tau must not be a
 * point of any evaluation domain, or the Lagrange basis below divides by zero).
 * INSECURE by design: anyone with the seed can forge proofs.
 */
export function deriveToxicWaste(seed: Uint8Array): ToxicWaste {
  const derive = (name: string): bigint => {
    for (let counter = 0; ; counter++) {
      const h = createHash("sha256")
        .update(`zkattn-dev-ptau/v1/${name}/${counter}`)
        .update(seed)
        .digest("hex");
      const v = fmod(BigInt("0x" + h));
      if (v !== 0n && fpow(v, 1n << BigInt(FR_TWO_ADICITY)) !== 1n) return v;
    }
  };
  return { tau: derive("tau"), alpha: derive("alpha"), beta: derive("beta") };
}

/** Options for {@link writeDevPtau}. */
export interface DevPtauOptions {
  /** ptau power P: the file supports circuits with up to 2^P constraints (snarkjs rule). */
  power: number;
  waste: ToxicWaste;
  /**
   * Destination .ptau path; written to a temporary sibling (deleted if the process is
   * interrupted) and renamed when complete.
   */
  outPath: string;
  /** Worker threads (default: number of CPUs). */
  threads?: number;
  progress?: ProgressReporter;
}

/** One section of the .ptau file, in file order; `dataOffset` is where its data starts. */
interface SectionPlan {
  id: number;
  bytes: number;
  dataOffset: number;
  jobs: { job: FixedBaseJob; offset: number }[];
}

/** Points per worker job: small enough to balance two threads, large enough to amortise. */
const CHUNK: Record<Group, number> = { G1: 1 << 13, G2: 1 << 12 };

/**
 * Writes a complete, prepared (phase-2-ready) snarkjs .ptau file of power P computed directly
 * from known toxic waste, without the group FFTs of `snarkjs powersoftau prepare phase2`.
 *
 * Sections (snarkjs 0.7.6 `powersoftau_new.js` / `powersoftau_preparephase2.js` layout, points
 * affine little-endian Montgomery; M = 2^P, ω_m the 2^m-th root of unity of ffjavascript
 * `Fr.w[m]`, L^(m)_j the Lagrange basis of the size-2^m domain):
 *  - 1 header (n8 = 32, q, power P, ceremonyPower P);
 *  - 2 tauG1 = tau^i·G1, i < 2M − 1; 3 tauG2 = tau^i·G2, i < M;
 *  - 4 alphaTauG1 = alpha·tau^i·G1, 5 betaTauG1 = beta·tau^i·G1, i < M; 6 betaG2 = beta·G2;
 *  - 7 contributions: an empty list (this file has no contribution transcript, so
 *    `snarkjs powersoftau verify` rejects it; it is a development file only);
 *  (the file is written to a temporary sibling and renamed when complete);
 *  - 12 for m = 0..P+1: L^(m)_j(tau)·G1; 13 for m = 0..P: L^(m)_j(tau)·G2;
 *    14/15 for m = 0..P: alpha·L^(m)_j(tau)·G1 / beta·L^(m)_j(tau)·G1.
 *
 * The Lagrange points are what snarkjs computes as the inverse FFT of the powers, i.e.
 * L^(m)_j(tau) = (1/2^m)·Σ_k (tau·ω^-j)^k = ((tau^(2^m) − 1)/2^m)·ω^j/(tau − ω^j); level P+1 of
 * section 12 is the inverse FFT of 2M − 1 powers followed by the point at infinity
 * (preparephase2.js), i.e. L^(P+1)_j(tau) − tau^(2M−1)·ω^j/(2M). Tests compare every byte
 * against `snarkjs powersoftau prepare phase2` at small powers.
 *
 * Cost: about 6·2^P G1 and 1.5·2^P G2 fixed-base multiplications, split over the worker
 * threads; progress is reported in G1-equivalent points.
 * @throws Error if power is outside 1..27 or a worker fails.
 */
export async function writeDevPtau(opts: DevPtauOptions): Promise<void> {
  const P = opts.power;
  if (!Number.isInteger(P) || P < 1 || P > FR_TWO_ADICITY - 1) {
    throw new Error(`setup: development ptau power ${P} is outside 1..${FR_TWO_ADICITY - 1}`);
  }
  const { tau, alpha, beta } = opts.waste;
  const M = 1 << P;
  const roots = await rootsOfUnity(P + 1);

  const plan: SectionPlan[] = [];
  let offset = 12; // "ptau" magic, version, number of sections
  const header = new Uint8Array(4 + 32 + 4 + 4);
  {
    const dv = new DataView(header.buffer);
    dv.setUint32(0, 32, true);
    header.set(toLE32(FQ_MODULUS), 4);
    dv.setUint32(36, P, true);
    dv.setUint32(40, P, true);
  }
  const addSection = (id: number, bytes: number): SectionPlan => {
    offset += 12; // section id (u32) + size (u64)
    const s: SectionPlan = { id, bytes, dataOffset: offset, jobs: [] };
    plan.push(s);
    offset += bytes;
    return s;
  };
  const dataOffset = (s: SectionPlan) => s.dataOffset;
  const addPowers = (s: SectionPlan, group: Group, mul: bigint, count: number) => {
    for (let start = 0; start < count; start += CHUNK[group]) {
      const n = Math.min(CHUNK[group], count - start);
      s.jobs.push({
        job: {
          group,
          kind: "powers",
          count: n,
          first: fmod(mul * fpow(tau, BigInt(start))),
          ratio: tau,
        },
        offset: dataOffset(s) + start * POINT_BYTES[group],
      });
    }
  };
  const addLagrange = (
    s: SectionPlan,
    group: Group,
    mul: bigint,
    levels: number,
    zeroLast: number,
  ) => {
    let base = 0;
    for (let m = 0; m <= levels; m++) {
      const size = 1 << m;
      const omega = roots[m];
      const sizeInv = finv(BigInt(size));
      const tauSize = fpow(tau, BigInt(size));
      if (tauSize === 1n) throw new Error("setup: internal error: tau is a root of unity");
      const c = fmod(mul * (tauSize - 1n) * sizeInv);
      const e = m === zeroLast ? fmod(mul * fpow(tau, BigInt(size - 1)) * sizeInv) : 0n;
      for (let start = 0; start < size; start += CHUNK[group]) {
        const n = Math.min(CHUNK[group], size - start);
        s.jobs.push({
          job: {
            group,
            kind: "lagrange",
            count: n,
            first: fpow(omega, BigInt(start)),
            ratio: omega,
            tau,
            c,
            e,
          },
          offset: dataOffset(s) + (base + start) * POINT_BYTES[group],
        });
      }
      base += size;
    }
  };

  addSection(1, header.length);
  addPowers(addSection(2, (2 * M - 1) * 64), "G1", 1n, 2 * M - 1);
  addPowers(addSection(3, M * 128), "G2", 1n, M);
  addPowers(addSection(4, M * 64), "G1", alpha, M);
  addPowers(addSection(5, M * 64), "G1", beta, M);
  addPowers(addSection(6, 128), "G2", beta, 1);
  addSection(7, 4); // zero contributions
  addLagrange(addSection(12, (4 * M - 1) * 64), "G1", 1n, P + 1, P + 1);
  addLagrange(addSection(13, (2 * M - 1) * 128), "G2", 1n, P, -1);
  addLagrange(addSection(14, (2 * M - 1) * 64), "G1", alpha, P, -1);
  addLagrange(addSection(15, (2 * M - 1) * 64), "G1", beta, P, -1);

  const jobs = plan.flatMap((s) => s.jobs);
  const g1Points = jobs.filter((j) => j.job.group === "G1").reduce((a, j) => a + j.job.count, 0);
  const g2Points = jobs.filter((j) => j.job.group === "G2").reduce((a, j) => a + j.job.count, 0);
  const totalCost = g1Points * GROUP_COST.G1 + g2Points * GROUP_COST.G2;

  const tmp = tempPathFor(opts.outPath);
  trackTempFile(tmp);
  const fh = await open(tmp, "w");
  let pool: FixedBasePool | undefined;
  try {
    // Fixed layout: write headers first, then every point chunk at its own offset.
    const head = new Uint8Array(12);
    head.set([0x70, 0x74, 0x61, 0x75]); // "ptau"
    new DataView(head.buffer).setUint32(4, 1, true);
    new DataView(head.buffer).setUint32(8, plan.length, true);
    await fh.write(head, 0, 12, 0);
    for (const s of plan) {
      const sh = new Uint8Array(12);
      const dv = new DataView(sh.buffer);
      dv.setUint32(0, s.id, true);
      dv.setBigUint64(4, BigInt(s.bytes), true);
      await fh.write(sh, 0, 12, dataOffset(s) - 12);
    }
    await fh.write(header, 0, header.length, dataOffset(plan[0]));
    await fh.write(new Uint8Array(4), 0, 4, dataOffset(plan.find((s) => s.id === 7)!));

    opts.progress?.start(`development ptau 2^${P}`, totalCost);
    const threads = Math.max(1, opts.threads ?? os.cpus().length);
    pool = await FixedBasePool.create({
      threads,
      windowG1: chooseWindow(g1Points / threads),
      windowG2: chooseWindow(g2Points / threads),
    });
    const p = pool;
    let done = 0;
    await Promise.all(
      jobs.map(async ({ job, offset: off }) => {
        const pts = await p.run(job);
        await fh.write(pts, 0, pts.length, off);
        done += job.count * GROUP_COST[job.group];
        opts.progress?.update(done);
      }),
    );
    opts.progress?.stop();
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    releaseTempFile(tmp);
    throw err;
  } finally {
    await pool?.terminate();
  }
  await fh.close();
  await rename(tmp, opts.outPath);
  releaseTempFile(tmp);
}

/**
 * Window width w (bits) minimising the work of one worker for `points` fixed-base
 * multiplications: ceil(256/w)·(2^w·TABLE_COST + points·ADD_COST), where building a table
 * entry (Jacobian addition + normalisation) costs ≈ 2.4 lockstep affine additions
 * (measured on this machine: 2.2 µs vs 0.92 µs for G1).
 */
export function chooseWindow(points: number): number {
  const TABLE_COST = 2.4;
  let best = 4;
  let bestCost = Infinity;
  for (let w = 4; w <= 16; w++) {
    const cost = Math.ceil(256 / w) * (2 ** w * TABLE_COST + points);
    if (cost < bestCost) {
      bestCost = cost;
      best = w;
    }
  }
  return best;
}

/** ω_m for m = 0..maxLevel, from ffjavascript's `Fr.w` (the roots its FFTs use). */
async function rootsOfUnity(maxLevel: number): Promise<bigint[]> {
  const curve = await buildBn128(true);
  try {
    const out: bigint[] = [];
    for (let m = 0; m <= maxLevel; m++) out.push(BigInt(curve.Fr.toObject(curve.Fr.w[m])));
    return out;
  } finally {
    await curve.terminate();
  }
}
