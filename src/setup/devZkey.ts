/**
 * Development Groth16 proving keys (.zkey) computed directly from known toxic waste, without a
 * ptau file and without `snarkjs zkey new` / `zkey beacon` / `zkey contribute` (docs/setup.md
 * "How the development setup is fast").
 */
import { createHash } from "node:crypto";
import { type FileHandle, open, rename, rm } from "node:fs/promises";
import os from "node:os";

import { readBinFile } from "@iden3/binfileutils";
import { type BnCurve, buildBn128, ChaCha, type CurvePoint } from "ffjavascript";

import { chooseWindow, type ToxicWaste } from "./devPtau.js";
import { type FixedBaseJob, FixedBasePool, type Group, GROUP_COST } from "./fixedBase.js";
import { FQ_MODULUS, FR_MODULUS, FR_TWO_ADICITY, Fr, finv, fmod, fpow, toLE32 } from "./field.js";
import { releaseTempFile, tempPathFor, trackTempFile } from "./fsutil.js";
import type { ProgressReporter } from "./progress.js";
import { readR1csInfo, requiredPtauPower } from "./r1cs.js";

/**
 * The phase-2 step that sets delta, recorded in the zkey exactly as snarkjs 0.7.6 records it, so
 * that `snarkjs zkey verify` accepts the key (it checks delta against this record):
 * - `beacon`: what `snarkjs zkey beacon <hash> <iterationsExp>` does (zkey_beacon.js): delta and
 *   the record's point g1_s are drawn from ChaCha seeded with SHA-256 iterated 2^iterationsExp
 *   times over the hash (deterministic: the same inputs give the same bytes);
 * - `contribution`: what `snarkjs zkey contribute` does (zkey_contribute.js) with ChaCha seeded
 *   from the first 32 bytes of blake2b-512(entropy) (snarkjs also mixes in 64 OS-random bytes;
 *   pass random entropy for the same effect).
 * In both, delta is the contributor's secret and the record holds its proof of knowledge.
 */
export type DeltaContribution =
  | { kind: "beacon"; name: string; hashHex: string; iterationsExp: number }
  | { kind: "contribution"; name: string; entropy: Uint8Array };

/** Options for {@link writeDevZkey}. */
export interface DevZkeyOptions {
  /** circom .r1cs (BN254). */
  r1csPath: string;
  /** Phase-1 toxic waste (tau, alpha, beta), e.g. {@link deriveToxicWaste} of a seed. */
  waste: ToxicWaste;
  /**
   * The phase-2 step that sets delta. Absent: delta = gamma = 1 and no contribution, exactly the
   * file `snarkjs zkey new` writes, whose verification key is malleable (docs/setup.md): for
   * tests only.
   */
  delta?: DeltaContribution;
  /**
   * Destination .zkey; written to a temporary sibling (deleted if the process is interrupted)
   * and renamed when complete.
   */
  outPath: string;
  /** Worker threads (default: number of CPUs). */
  threads?: number;
  progress?: ProgressReporter;
}

/** What {@link writeDevZkey} wrote. */
export interface DevZkeyResult {
  /** snarkjs's circuit hash (blake2b-512, section 10), as `zkey new` computes it. */
  circuitHash: Uint8Array;
  /** blake2b-512 of the contribution's public key (what snarkjs prints), if there is one. */
  contributionHash?: Uint8Array;
  /** Entries of section 4: the A and B coefficients of the r1cs and snarkjs's extra rows. */
  nCoefficients: number;
  /** Seconds spent reading the r1cs (with the Lagrange basis) and computing points. */
  seconds: { constraints: number; points: number };
}

/** Points per worker job (as for the development ptau). */
const CHUNK: Record<Group, number> = { G1: 1 << 13, G2: 1 << 12 };

/** snarkjs's zkey_new.js hashes the H points in chunks of this many (see {@link hTauHashCount}). */
const H_HASH_CHUNK = 1 << 14;

/** Size in bytes of one coefficient entry of section 4: matrix, constraint, signal, value. */
const COEF_BYTES = 12 + 32;

/** Bytes of section 2 (Groth16 header): n8q, q, n8r, r, nVars, nPublic, domainSize, 6 points. */
const GROTH_HEADER_BYTES = 4 + 32 + 4 + 32 + 4 + 4 + 4 + 64 + 64 + 128 + 128 + 64 + 128;

/** R^2 mod r, R = 2^256: snarkjs stores section-4 coefficients as coef·R^2 (zkey_new.js). */
const R2 = fmod(1n << 512n);

/**
 * Writes a snarkjs 0.7.6 Groth16 proving key for an r1cs computed directly from the toxic waste
 * (tau, alpha, beta) and delta: byte for byte the file that `snarkjs zkey new` writes from the
 * prepared development ptau of the same waste and the circuit's power
 * ({@link writeDevPtau}, power `requiredPtauPower`) followed by the phase-2 step `opts.delta`
 * (`zkey beacon` / `zkey contribute`), so `snarkjs zkey verify` against that ptau accepts it.
 *
 * Sections (zkey_new.js; n = 2^P the domain, P = requiredPtauPower, ω = ffjavascript `Fr.w[P]`,
 * L_i(τ) = ((τ^n − 1)/n)·ω^i/(τ − ω^i) the Lagrange basis, nPub = outputs + public inputs;
 * snarkjs adds the rows A_{nC+s} = 1·w_s for s = 0..nPub, nC the number of constraints; for a
 * wire s: a_s = Σ_i A_{i,s}·L_i(τ), b_s = Σ_i B_{i,s}·L_i(τ), c_s = Σ_i C_{i,s}·L_i(τ),
 * k_s = β·a_s + α·b_s + c_s; points are affine little-endian Montgomery):
 *  - 1 header (Groth16); 2 n8q, q, n8r, r, nVars, nPub, n, α·G1, β·G1, β·G2, γ·G2 = G2,
 *    δ·G1, δ·G2;
 *  - 3 IC: k_s·G1 for s ≤ nPub (γ = 1); 4 the A and B coefficients of the r1cs in file order
 *    (then the extra rows), each as (matrix, row, wire, coef·R^2 mod r);
 *  - 5 A: a_s·G1; 6 B1: b_s·G1; 7 B2: b_s·G2, for every wire;
 *  - 8 C: (k_s/δ)·G1 for s > nPub;
 *  - 9 H: (L'_{2j+1}(τ)/δ)·G1 for j < n, L' the Lagrange basis of the 2n domain with the
 *    correction of the ptau's last level (devPtau.ts: L'_i = L_i − τ^(2n−1)·ω_2n^i/2n);
 *  - 10 the circuit hash (blake2b-512 of the points with δ = 1, in snarkjs's order and
 *    uncompressed form, including the H term (τ^(n+i) − τ^i)·G1 and the quirk of
 *    {@link hTauHashCount}), then the δ contribution record (or none).
 *
 * Cost: about 7·nVars + 2·n G1-equivalent fixed-base multiplications (G2 ≈ 3.5 G1) on the
 * worker threads, plus a few field multiplications per r1cs coefficient on the main thread.
 * Progress: the constraints (read once), then the points in G1 equivalents.
 * @throws ZkattnUserError for an unreadable or non-BN254 r1cs; Error `setup: ...` for a circuit
 *   above 2^27 rows, a malformed r1cs, a bad beacon, or a worker failure.
 */
export async function writeDevZkey(opts: DevZkeyOptions): Promise<DevZkeyResult> {
  const info = await readR1csInfo(opts.r1csPath);
  const P = requiredPtauPower(info);
  if (P > FR_TWO_ADICITY - 1) {
    throw new Error(
      `setup: the circuit needs 2^${P} rows; BN254 Groth16 in snarkjs supports at most 2^${FR_TWO_ADICITY - 1}`,
    );
  }
  const n = 1 << P;
  const nVars = info.nVars;
  const nPub = info.nOutputs + info.nPubInputs;
  const nC = info.nConstraints;
  const nRows = nC + nPub + 1;
  const { tau, alpha, beta } = opts.waste;
  const threads = Math.max(1, opts.threads ?? os.cpus().length);
  const label = `development zkey 2^${P}`;

  const curve = await buildBn128(true);
  let pool: FixedBasePool | undefined;
  const tmp = tempPathFor(opts.outPath);
  trackTempFile(tmp);
  let fh: FileHandle | undefined;
  try {
    const omega = BigInt(curve.Fr.toObject(curve.Fr.w[P]));
    const omega2 = BigInt(curve.Fr.toObject(curve.Fr.w[P + 1]));
    const record = opts.delta ? drawDelta(curve, opts.delta) : undefined;
    const delta = record?.delta ?? 1n;
    const deltaInv = finv(delta);

    const g1Points = 3 * nVars + (nVars - nPub - 1) + 2 * n;
    pool = await FixedBasePool.create({
      threads,
      windowG1: chooseWindow(g1Points / threads),
      windowG2: chooseWindow(nVars / threads),
    });
    const p = pool;
    fh = await open(tmp, "w");
    const file = fh;
    const write = (bytes: Uint8Array, at: number) => file.write(bytes, 0, bytes.length, at);

    // Layout: every section's place is known once the number of coefficients is.
    const sec = new Map<number, { at: number; bytes: number }>();
    let end = 12;
    const place = (id: number, bytes: number) => {
      sec.set(id, { at: end + 12, bytes });
      end += 12 + bytes;
    };
    place(1, 4);
    place(2, GROTH_HEADER_BYTES);
    place(3, (nPub + 1) * 64);

    // Lagrange basis of the rows, in the workers' wasm field.
    let t0 = performance.now();
    opts.progress?.start(label, nC);
    opts.progress?.stage?.(`${label}: constraints`, nC);
    const lagrange = await lagrangeBasis(p, tau, omega, n, nRows);

    // Accumulate a, b, c per wire and stream section 4.
    const acc = await accumulate({
      r1csPath: opts.r1csPath,
      nC,
      nVars,
      nPub,
      lagrange,
      coefsAt: end + 12 + 4,
      write,
      progress: opts.progress,
    });
    place(4, 4 + acc.nCoefs * COEF_BYTES);
    place(5, nVars * 64);
    place(6, nVars * 64);
    place(7, nVars * 128);
    place(8, (nVars - nPub - 1) * 64);
    place(9, n * 64);
    const sec10 = section10Size(record);
    place(10, sec10);
    const coefCount = new Uint8Array(4);
    new DataView(coefCount.buffer).setUint32(0, acc.nCoefs, true);
    await write(coefCount, sec.get(4)!.at);
    const constraintsSeconds = (performance.now() - t0) / 1000;

    // File header, section headers, sections 1 and 2.
    const head = new Uint8Array(12);
    head.set([0x7a, 0x6b, 0x65, 0x79]); // "zkey"
    new DataView(head.buffer).setUint32(4, 1, true);
    new DataView(head.buffer).setUint32(8, sec.size, true);
    await write(head, 0);
    for (const [id, s] of sec) {
      const sh = new Uint8Array(12);
      new DataView(sh.buffer).setUint32(0, id, true);
      new DataView(sh.buffer).setBigUint64(4, BigInt(s.bytes), true);
      await write(sh, s.at - 12);
    }
    const s1 = new Uint8Array(4);
    s1[0] = 1; // Groth16
    await write(s1, sec.get(1)!.at);
    const { G1, G2 } = curve;
    const lem = (G: typeof G1, pt: CurvePoint, size: number) => {
      const b = new Uint8Array(size);
      G.toRprLEM(b, 0, G.toAffine(pt));
      return b;
    };
    const unc = (G: typeof G1, pt: CurvePoint, size: number) => {
      const b = new Uint8Array(size);
      G.toRprUncompressed(b, 0, pt);
      return b;
    };
    const alpha1 = G1.timesScalar(G1.g, alpha);
    const beta1 = G1.timesScalar(G1.g, beta);
    const beta2 = G2.timesScalar(G2.g, beta);
    const delta1 = G1.timesScalar(G1.g, delta);
    const delta2 = G2.timesScalar(G2.g, delta);
    const s2 = new Uint8Array(GROTH_HEADER_BYTES);
    {
      const dv = new DataView(s2.buffer);
      let o = 0;
      dv.setUint32(o, 32, true);
      s2.set(toLE32(FQ_MODULUS), o + 4);
      dv.setUint32(o + 36, 32, true);
      s2.set(toLE32(FR_MODULUS), o + 40);
      o = 72;
      dv.setUint32(o, nVars, true);
      dv.setUint32(o + 4, nPub, true);
      dv.setUint32(o + 8, n, true);
      o += 12;
      for (const b of [
        lem(G1, alpha1, 64),
        lem(G1, beta1, 64),
        lem(G2, beta2, 128),
        lem(G2, G2.g, 128),
        lem(G1, delta1, 64),
        lem(G2, delta2, 128),
      ]) {
        s2.set(b, o);
        o += b.length;
      }
    }
    await write(s2, sec.get(2)!.at);

    // The circuit hash starts with the header points of the initial key (δ = γ = 1).
    const csHasher = createHash("blake2b512");
    for (const b of [
      unc(G1, alpha1, 64),
      unc(G1, beta1, 64),
      unc(G2, beta2, 128),
      unc(G2, G2.g, 128),
      unc(G1, G1.g, 64),
      unc(G2, G2.g, 128),
    ])
      csHasher.update(b);

    // Per-wire scalars. k_s = β·a_s + α·b_s + c_s overwrites c_s.
    const { a, b, c } = acc;
    for (let s = 0; s < nVars; s++) {
      c[s] = Fr.add(Fr.add(Fr.mul(beta, a[s]), Fr.mul(alpha, b[s])), c[s]);
    }
    const scalarsOf = (v: bigint[], from: number, count: number, factor = 1n) => {
      const out = new Uint8Array(count * 32);
      const dv = new DataView(out.buffer);
      for (let i = 0; i < count; i++) {
        let x = v[from + i];
        if (factor !== 1n) x = Fr.mul(x, factor);
        const o = i * 32;
        dv.setBigUint64(o, BigInt.asUintN(64, x), true);
        dv.setBigUint64(o + 8, BigInt.asUintN(64, x >> 64n), true);
        dv.setBigUint64(o + 16, BigInt.asUintN(64, x >> 128n), true);
        dv.setBigUint64(o + 24, x >> 192n, true);
      }
      return out;
    };

    // Tasks in circuit-hash order (IC, H, C, A, B1, B2), then the write-only C/δ and H/δ.
    const tasks: PointTask[] = [];
    const wires = (
      group: Group,
      v: bigint[],
      from: number,
      count: number,
      o: { sectionId?: number; hash: boolean; factor?: bigint },
    ) => {
      if (o.hash) tasks.push(hashBytes(u32be(count)));
      for (let i = 0; i < count; i += CHUNK[group]) {
        const m = Math.min(CHUNK[group], count - i);
        tasks.push({
          group,
          count: m,
          hash: o.hash,
          at: o.sectionId === undefined ? undefined : sec.get(o.sectionId)!.at + i * POINT[group],
          job: () => ({
            group,
            kind: "explicit",
            count: m,
            scalars: scalarsOf(v, from + i, m, o.factor),
            uncompressed: o.hash,
          }),
        });
      }
    };
    wires("G1", c, 0, nPub + 1, { sectionId: 3, hash: true });
    // H term of the hash: (τ^n − 1)·τ^i·G1.
    const hCount = hTauHashCount(n);
    tasks.push(hashBytes(u32be(n - 1)));
    const tauN1 = Fr.sub(fpow(tau, BigInt(n)), 1n);
    for (let i = 0; i < Math.min(hCount, n - 1); i += CHUNK.G1) {
      const m = Math.min(CHUNK.G1, n - 1 - i);
      tasks.push({
        group: "G1",
        count: m,
        hash: true,
        job: () => ({
          group: "G1",
          kind: "powers",
          count: m,
          first: Fr.mul(tauN1, fpow(tau, BigInt(i))),
          ratio: tau,
          uncompressed: true,
        }),
      });
    }
    if (hCount === n) tasks.push(hashBytes(hTauQuirkPoint(curve, n, tau)));
    wires("G1", c, nPub + 1, nVars - nPub - 1, { hash: true });
    wires("G1", a, 0, nVars, { sectionId: 5, hash: true });
    wires("G1", b, 0, nVars, { sectionId: 6, hash: true });
    wires("G2", b, 0, nVars, { sectionId: 7, hash: true });
    wires("G1", c, nPub + 1, nVars - nPub - 1, { sectionId: 8, hash: false, factor: deltaInv });
    // H: odd points of the 2n domain, corrected as the ptau's level P+1, divided by δ.
    const K = Fr.mul(Fr.sub(fpow(tau, BigInt(2 * n)), 1n), finv(BigInt(2 * n)));
    const E = Fr.mul(fpow(tau, BigInt(2 * n - 1)), finv(BigInt(2 * n)));
    for (let j = 0; j < n; j += CHUNK.G1) {
      const m = Math.min(CHUNK.G1, n - j);
      tasks.push({
        group: "G1",
        count: m,
        hash: false,
        at: sec.get(9)!.at + j * 64,
        job: () => ({
          group: "G1",
          kind: "lagrange",
          count: m,
          first: fpow(omega2, BigInt(2 * j + 1)),
          ratio: Fr.mul(omega2, omega2),
          tau,
          c: Fr.mul(K, deltaInv),
          e: Fr.mul(E, deltaInv),
        }),
      });
    }

    t0 = performance.now();
    const totalCost = tasks.reduce((s, t) => s + t.count * GROUP_COST[t.group], 0);
    if (opts.progress?.stage) opts.progress.stage(`${label}: points`, totalCost);
    else opts.progress?.start(label, totalCost);
    await runTasks(p, tasks, threads, write, csHasher, opts.progress);
    const circuitHash = new Uint8Array(csHasher.digest());

    const s10 = section10(curve, circuitHash, record);
    await write(s10.bytes, sec.get(10)!.at);
    opts.progress?.stop();
    await file.sync();
    await file.close();
    fh = undefined;
    await rename(tmp, opts.outPath);
    return {
      circuitHash,
      contributionHash: s10.contributionHash,
      nCoefficients: acc.nCoefs,
      seconds: { constraints: constraintsSeconds, points: (performance.now() - t0) / 1000 },
    };
  } catch (err) {
    await fh?.close();
    await rm(tmp, { force: true });
    throw err;
  } finally {
    releaseTempFile(tmp);
    await pool?.terminate();
    await curve.terminate();
  }
}

/** Bytes of one affine LEM point. */
const POINT: Record<Group, number> = { G1: 64, G2: 128 };

/**
 * One step of the point computation, in circuit-hash order: a worker job (`job`, `count` points)
 * whose points are written at `at` and/or fed (uncompressed) to the circuit hash (`hash`), or
 * given bytes for the hash (`bytes`: snarkjs's big-endian u32 length prefix of a section, or a
 * fixed point).
 */
interface PointTask {
  group: Group;
  count: number;
  hash: boolean;
  at?: number;
  job?: () => FixedBaseJob;
  bytes?: Uint8Array;
}

/** A hash-only task of given bytes. */
function hashBytes(bytes: Uint8Array): PointTask {
  return { group: "G1", count: 0, hash: true, bytes };
}

/** snarkjs's `hashU32`: a big-endian u32 (zkey_new.js). */
function u32be(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v, false);
  return b;
}

/**
 * Runs the tasks on the pool with at most 2·threads + 2 jobs in flight (bounding memory), writes
 * each result where it belongs as it arrives, and feeds the hashed results to `hasher` in task
 * order.
 */
async function runTasks(
  pool: FixedBasePool,
  tasks: PointTask[],
  threads: number,
  write: (b: Uint8Array, at: number) => Promise<unknown>,
  hasher: ReturnType<typeof createHash>,
  progress: ProgressReporter | undefined,
): Promise<void> {
  const ready = new Map<number, Uint8Array>();
  let hashNext = 0;
  const drain = () => {
    while (hashNext < tasks.length) {
      const t = tasks[hashNext];
      if (t.bytes) {
        hasher.update(t.bytes);
      } else if (t.hash) {
        const r = ready.get(hashNext);
        if (!r) return;
        ready.delete(hashNext);
        hasher.update(r);
      }
      hashNext++;
    }
  };
  const inflight = new Set<Promise<void>>();
  let failure: unknown;
  let done = 0;
  const limit = 2 * threads + 2;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const job = task.job;
    if (!job) continue;
    while (inflight.size >= limit) await Promise.race(inflight);
    if (failure) break;
    const idx = i;
    const run = pool
      .run(job())
      .then(async (res) => {
        const bytes = task.count * POINT[task.group];
        if (task.at !== undefined) await write(res.subarray(0, bytes), task.at);
        if (task.hash) {
          ready.set(idx, res.subarray(bytes));
          drain();
        }
        done += task.count * GROUP_COST[task.group];
        progress?.update(done);
      })
      .catch((e: unknown) => {
        failure ??= e;
      });
    const tracked: Promise<void> = run.finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  }
  await Promise.all(inflight);
  if (failure) throw failure;
  drain();
  if (hashNext !== tasks.length) throw new Error("setup: internal error: circuit hash incomplete");
}

/**
 * How many H points `snarkjs zkey new` (0.7.6, zkey_new.js `hashHPoints`) feeds to the circuit
 * hash: it hashes chunks of min(n − 1, 2^14) points starting at 0, 2^14, … < n − 1, so for
 * n ≥ 2^15 the last chunk runs one point past n − 1: n points, the last one read past the end of
 * the ptau's tauG1 section (see {@link hTauQuirkPoint}); n − 1 points for smaller n.
 */
export function hTauHashCount(n: number): number {
  const per = Math.min(n - 1, H_HASH_CHUNK);
  return Math.ceil((n - 1) / H_HASH_CHUNK) * per;
}

/**
 * The uncompressed bytes snarkjs hashes as the H point i = n − 1 when n ≥ 2^15 (zkey_new.js reads
 * `tauG1[n + i]` and `tauG1[i]` and hashes their difference): in a ptau of power P (n = 2^P),
 * tauG1 has 2n − 1 points, so "tauG1[2n − 1]" is the 64 bytes after the section: the next
 * section's header (id 3, u32 LE; size n·128, u64 LE) and the first 52 bytes of tauG2[0] = G2
 * (LEM). snarkjs subtracts tauG1[n − 1] = τ^(n−1)·G1 from those bytes as if they were an affine
 * point (g1m_subAffine) and hashes the result's uncompressed form; the same wasm operations
 * reproduce it.
 */
function hTauQuirkPoint(curve: BnCurve, n: number, tau: bigint): Uint8Array {
  const { G1, G2 } = curve;
  const junk = new Uint8Array(64);
  const dv = new DataView(junk.buffer);
  dv.setUint32(0, 3, true);
  dv.setBigUint64(4, BigInt(n) * 128n, true);
  const g2 = new Uint8Array(128);
  G2.toRprLEM(g2, 0, G2.g);
  junk.set(g2.subarray(0, 52), 12);
  const tauPoint = new Uint8Array(64);
  G1.toRprLEM(tauPoint, 0, G1.toAffine(G1.timesScalar(G1.g, fpow(tau, BigInt(n - 1)))));
  const out = new Uint8Array(64);
  G1.toRprUncompressed(out, 0, G1.sub(junk, tauPoint));
  return out;
}

/** L_i(τ) for i < count on the size-n domain, computed by the workers ("lagrange", scalars only). */
async function lagrangeBasis(
  pool: FixedBasePool,
  tau: bigint,
  omega: bigint,
  n: number,
  count: number,
): Promise<bigint[]> {
  const c = Fr.mul(Fr.sub(fpow(tau, BigInt(n)), 1n), finv(BigInt(n)));
  const out = new Array<bigint>(count);
  const jobs: Promise<void>[] = [];
  for (let start = 0; start < count; start += CHUNK.G1) {
    const m = Math.min(CHUNK.G1, count - start);
    jobs.push(
      pool
        .run({
          group: "G1",
          kind: "lagrange",
          count: m,
          first: fpow(omega, BigInt(start)),
          ratio: omega,
          tau,
          c,
          e: 0n,
          scalarsOnly: true,
        })
        .then((bytes) => {
          const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
          for (let i = 0; i < m; i++) out[start + i] = readScalar(dv, i * 32);
        }),
    );
  }
  await Promise.all(jobs);
  return out;
}

/** A 32-byte little-endian integer. */
function readScalar(dv: DataView, o: number): bigint {
  return (
    dv.getBigUint64(o, true) |
    (dv.getBigUint64(o + 8, true) << 64n) |
    (dv.getBigUint64(o + 16, true) << 128n) |
    (dv.getBigUint64(o + 24, true) << 192n)
  );
}

/**
 * Reads the r1cs constraints (section 2, streamed) and returns a_s, b_s, c_s per wire (see
 * {@link writeDevZkey}); writes section 4's coefficient entries from `coefsAt` on the way.
 * @throws Error `setup: ...` if the constraint section is missing or malformed.
 */
async function accumulate(o: {
  r1csPath: string;
  nC: number;
  nVars: number;
  nPub: number;
  lagrange: bigint[];
  coefsAt: number;
  write: (b: Uint8Array, at: number) => Promise<unknown>;
  progress?: ProgressReporter;
}): Promise<{ a: bigint[]; b: bigint[]; c: bigint[]; nCoefs: number }> {
  const { fd, sections } = await readBinFile(o.r1csPath, "r1cs", 1);
  await fd.close();
  const s2 = sections[2];
  if (!s2 || s2.length !== 1)
    throw new Error(`setup: ${o.r1csPath} has no (or several) constraint sections`);
  const reader = await ChunkReader.open(o.r1csPath, s2[0].p, s2[0].size);
  const a = new Array<bigint>(o.nVars).fill(0n);
  const b = new Array<bigint>(o.nVars).fill(0n);
  const c = new Array<bigint>(o.nVars).fill(0n);
  const R = FR_MODULUS;
  const MINUS_ONE = R - 1n;
  const r2One = toLE32(R2);
  const r2MinusOne = toLE32(R - R2);
  // Section 4 entries are buffered and flushed in blocks.
  const BLOCK = 1 << 15;
  const out = new Uint8Array(BLOCK * COEF_BYTES);
  const outDv = new DataView(out.buffer);
  let nOut = 0;
  let nCoefs = 0;
  const flush = async () => {
    if (nOut === 0) return;
    await o.write(out.subarray(0, nOut * COEF_BYTES), o.coefsAt + (nCoefs - nOut) * COEF_BYTES);
    nOut = 0;
  };
  /** Adds one entry; true when the block is full and must be flushed. */
  const coef = (matrix: number, row: number, wire: number, v: bigint): boolean => {
    const p = nOut * COEF_BYTES;
    outDv.setUint32(p, matrix, true);
    outDv.setUint32(p + 4, row, true);
    outDv.setUint32(p + 8, wire, true);
    if (v === 1n) out.set(r2One, p + 12);
    else if (v === MINUS_ONE) out.set(r2MinusOne, p + 12);
    else out.set(toLE32(Fr.mul(v, R2)), p + 12);
    nOut++;
    nCoefs++;
    return nOut === BLOCK;
  };
  try {
    for (let row = 0; row < o.nC; row++) {
      const L = o.lagrange[row];
      for (let m = 0; m < 3; m++) {
        if (reader.left < 4) await reader.need(4);
        const terms = reader.u32();
        const target = m === 0 ? a : m === 1 ? b : c;
        for (let k = 0; k < terms; k++) {
          if (reader.left < 36) await reader.need(36);
          const wire = reader.u32();
          const v = reader.scalar();
          if (wire >= o.nVars || v >= R)
            throw new Error(
              `setup: ${o.r1csPath} is malformed: constraint ${row} names wire ${wire} of ${o.nVars} or a coefficient ≥ r`,
            );
          const term = v === 1n ? L : v === MINUS_ONE ? Fr.neg(L) : Fr.mul(v, L);
          target[wire] = Fr.add(target[wire], term);
          if (m < 2 && coef(m, row, wire, v)) await flush();
        }
      }
      if ((row & 0x3fff) === 0x3fff) o.progress?.update(row + 1);
    }
    if (!reader.atEnd())
      throw new Error(`setup: ${o.r1csPath} is malformed: bytes after the last constraint`);
    // snarkjs's extra rows: A_{nC+s} = 1·w_s for every public signal and the constant.
    for (let s = 0; s <= o.nPub; s++) {
      a[s] = Fr.add(a[s], o.lagrange[o.nC + s]);
      if (coef(0, o.nC + s, s, 1n)) await flush();
    }
    await flush();
  } finally {
    await reader.close();
  }
  o.progress?.update(o.nC);
  return { a, b, c, nCoefs };
}

/** Sequential reader of one file region, buffered in blocks of a few MB. */
class ChunkReader {
  private buf = new Uint8Array(1 << 22);
  private dv = new DataView(this.buf.buffer);
  private pos = 0;
  private end = 0;
  private constructor(
    private readonly fh: FileHandle,
    private filePos: number,
    private readonly fileEnd: number,
  ) {}

  static async open(file: string, at: number, size: number): Promise<ChunkReader> {
    return new ChunkReader(await open(file, "r"), at, at + size);
  }

  /** Bytes buffered and not yet consumed. */
  get left(): number {
    return this.end - this.pos;
  }

  /**
   * Buffers at least k bytes.
   * @throws Error if the region ends first.
   */
  async need(k: number): Promise<void> {
    this.buf.copyWithin(0, this.pos, this.end);
    this.end -= this.pos;
    this.pos = 0;
    while (this.end < k) {
      const want = Math.min(this.buf.length - this.end, this.fileEnd - this.filePos);
      if (want <= 0)
        throw new Error("setup: the r1cs constraint section ends early (truncated file)");
      const { bytesRead } = await this.fh.read(this.buf, this.end, want, this.filePos);
      if (bytesRead === 0) throw new Error("setup: the r1cs file ends early (truncated file)");
      this.end += bytesRead;
      this.filePos += bytesRead;
    }
  }

  u32(): number {
    const v = this.dv.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  scalar(): bigint {
    const v = readScalar(this.dv, this.pos);
    this.pos += 32;
    return v;
  }

  atEnd(): boolean {
    return this.pos === this.end && this.filePos === this.fileEnd;
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

/** δ and the public values of its contribution record, drawn as snarkjs draws them. */
interface DeltaRecord {
  spec: DeltaContribution;
  delta: bigint;
  /** δ in ffjavascript's wasm form. */
  prvKey: Uint8Array;
  g1s: CurvePoint;
  g1sx: CurvePoint;
}

/**
 * Draws δ and g1_s from the ChaCha stream of the beacon or the entropy (snarkjs misc.js
 * `rngFromBeaconParams` / zkey_contribute.js), in snarkjs's order: δ = Fr.fromRng, then
 * g1_s = G1.fromRng; g1_sx = δ·g1_s.
 * @throws Error `setup: ...` for a beacon snarkjs would refuse.
 */
function drawDelta(curve: BnCurve, spec: DeltaContribution): DeltaRecord {
  let seedBytes: Uint8Array;
  if (spec.kind === "beacon") {
    const hex = spec.hashHex.replace(/^0x/, "");
    if (!/^([0-9a-fA-F]{2}){1,255}$/.test(hex))
      throw new Error("setup: the beacon hash must be 1 to 255 bytes of hex");
    if (!Number.isInteger(spec.iterationsExp) || spec.iterationsExp < 10 || spec.iterationsExp > 63)
      throw new Error("setup: beacon iterations exponent must be 10..63 (snarkjs zkey beacon)");
    let h: Uint8Array = Buffer.from(hex, "hex");
    // 2^exp SHA-256 iterations (misc.js rngFromBeaconParams).
    for (let i = 0n; i < 1n << BigInt(spec.iterationsExp); i++) {
      h = createHash("sha256").update(h).digest();
    }
    seedBytes = h;
  } else {
    seedBytes = createHash("blake2b512").update(spec.entropy).digest();
  }
  const rng = chachaFrom(seedBytes);
  const prvKey = curve.Fr.fromRng(rng);
  const g1s = curve.G1.toAffine(curve.G1.fromRng(rng));
  const g1sx = curve.G1.toAffine(curve.G1.timesFr(g1s, prvKey));
  return { spec, delta: BigInt(curve.Fr.toObject(prvKey)), prvKey, g1s, g1sx };
}

/** ChaCha seeded with the first 32 bytes read as eight big-endian u32 (snarkjs's convention). */
function chachaFrom(bytes: Uint8Array): ChaCha {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new ChaCha(Array.from({ length: 8 }, (_, i) => dv.getUint32(i * 4, false)));
}

/** The parameter bytes of a contribution record (zkey_utils.js `writeContribution`). */
function recordParams(spec: DeltaContribution): Uint8Array {
  const params: number[] = [];
  const name = new TextEncoder().encode(spec.name.substring(0, 64));
  if (name.length > 0) {
    if (name.length > 255) throw new Error("setup: contribution name too long");
    params.push(1, name.length, ...name);
  }
  if (spec.kind === "beacon") {
    const hash = Buffer.from(spec.hashHex.replace(/^0x/, ""), "hex");
    params.push(2, spec.iterationsExp, 3, hash.length, ...hash);
  }
  return new Uint8Array(params);
}

function section10Size(record: DeltaRecord | undefined): number {
  if (!record) return 64 + 4;
  return 64 + 4 + 64 * 3 + 128 + 64 + 4 + 4 + recordParams(record.spec).length;
}

/**
 * Section 10: the circuit hash and the contribution list (zkey_utils.js `writeMPCParams`); the
 * record's transcript is blake2b-512(circuit hash ‖ g1_s ‖ g1_sx) and its G2 point is
 * δ·hashToG2(transcript) (keypair.js), as `zkey beacon` / `zkey contribute` make it.
 */
function section10(
  curve: BnCurve,
  circuitHash: Uint8Array,
  record: DeltaRecord | undefined,
): { bytes: Uint8Array; contributionHash?: Uint8Array } {
  const bytes = new Uint8Array(section10Size(record));
  const dv = new DataView(bytes.buffer);
  bytes.set(circuitHash, 0);
  dv.setUint32(64, record ? 1 : 0, true);
  if (!record) return { bytes };
  const { G1, G2 } = curve;
  const unc = (G: typeof G1, p: CurvePoint, size: number) => {
    const b = new Uint8Array(size);
    G.toRprUncompressed(b, 0, p);
    return b;
  };
  const transcript = new Uint8Array(
    createHash("blake2b512")
      .update(circuitHash)
      .update(unc(G1, record.g1s, 64))
      .update(unc(G1, record.g1sx, 64))
      .digest(),
  );
  const g2sp = G2.fromRng(chachaFrom(transcript));
  const g2spx = G2.toAffine(G2.timesFr(g2sp, record.prvKey));
  const deltaAfter = G1.toAffine(G1.timesFr(G1.g, record.prvKey));
  let o = 68;
  const put = (G: typeof G1, p: CurvePoint, size: number) => {
    G.toRprLEM(bytes, o, G.toAffine(p));
    o += size;
  };
  put(G1, deltaAfter, 64);
  put(G1, record.g1s, 64);
  put(G1, record.g1sx, 64);
  put(G2, g2spx, 128);
  bytes.set(transcript, o);
  o += 64;
  dv.setUint32(o, record.spec.kind === "beacon" ? 1 : 0, true);
  const params = recordParams(record.spec);
  dv.setUint32(o + 4, params.length, true);
  bytes.set(params, o + 8);
  // zkey_utils.js hashPubKey: deltaAfter, g1_s, g1_sx, g2_spx (uncompressed), transcript.
  const contributionHash = new Uint8Array(
    createHash("blake2b512")
      .update(unc(G1, deltaAfter, 64))
      .update(unc(G1, record.g1s, 64))
      .update(unc(G1, record.g1sx, 64))
      .update(unc(G2, g2spx, 128))
      .update(transcript)
      .digest(),
  );
  return { bytes, contributionHash };
}
