// @ts-check
/**
 * Body of the worker threads that compute `s·G` for many known scalars `s` (fixed-base scalar
 * multiplication) on BN254, for the development phase-1 file ({@link ./devPtau.ts}) and the
 * development proving key ({@link ./devZkey.ts}).
 *
 * Plain CommonJS so that it runs unchanged under node, tsx and Hardhat's test runner (a worker
 * does not inherit a TypeScript loader reliably). It runs the BN254 WebAssembly module that
 * ffjavascript builds (wasmcurves), calling its exported field and curve functions directly:
 * that avoids the per-operation message overhead of ffjavascript's task queue.
 *
 * Method: a windowed fixed-base table per group (Menezes, van Oorschot, Vanstone, "Handbook of
 * Applied Cryptography", §14.6.3 "fixed-base windowing"): for a window of `w` bits, the table
 * holds `d·2^(w·k)·G` for every digit `d < 2^w` and window `k < ceil(256/w)`, in affine
 * Montgomery form; `s·G` is then one mixed Jacobian addition per non-zero digit of `s`.
 * Results are batch-normalised to affine (`g1m_batchToAffine`, one shared inversion), which
 * is exactly the "LEM" (little-endian Montgomery, affine) point format of snarkjs .ptau files.
 *
 * Messages in: `{type:"init", code, pG1gen, pG2gen, windowG1, windowG2}`, then jobs
 * `{type:"job", id, group:"G1"|"G2", kind:"powers"|"lagrange"|"explicit", count, first, ratio,
 * c, e, scalars, scalarsOnly, uncompressed}`:
 * - powers: scalars `first·ratio^i` for i < count.
 * - lagrange: with `w_i = first·ratio^i` (first = ω^start, ratio = ω), scalars
 *   `w_i·(c/(tau − w_i) − e)` where `tau` is the `tau` field of the job.
 * - explicit: the scalars are given, `scalars` = count × 32 bytes little-endian (normal form).
 * All scalars are below the BN254 scalar field modulus r. Messages out: `{type:"ready"}` and
 * `{type:"done", id, points: Uint8Array}` (count affine LEM points), or, when the job has
 * `scalarsOnly`, the count scalars themselves (32 bytes little-endian each, normal form) and no
 * group operation (the development zkey uses this for the Lagrange basis L_i(tau)). With
 * `uncompressed`, the points are followed by the same points in snarkjs's uncompressed form.
 */
/* global require, WebAssembly */
"use strict";
{
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort } = require("node:worker_threads");
  const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
  const N8 = 32;
  /** @type {any} */
  let ex;
  /** @type {WebAssembly.Memory} */
  let memory;
  let pFree = 0;
  let pFreeJobBase = 0;
  /** @type {Record<string, { p: number; window: number; windows: number; sA: number }>} */
  const tables = {};

  function u32() {
    return new Uint32Array(memory.buffer);
  }
  /** @param {number} end */
  function ensure(end) {
    const need = Math.ceil(end / 65536) + 1 - memory.buffer.byteLength / 65536;
    if (need > 0) memory.grow(need);
  }
  /** @param {number} n */
  function alloc(n) {
    const p = (pFree + 63) & ~63;
    pFree = p + n;
    ensure(pFree);
    u32()[0] = pFree;
    return p;
  }
  /** @param {number} p @param {bigint} v */
  function setScalar(p, v) {
    const u8 = new Uint8Array(memory.buffer, p, N8);
    let x = v;
    for (let i = 0; i < N8; i++) {
      u8[i] = Number(x & 0xffn);
      x >>= 8n;
    }
    ex.frm_toMontgomery(p, p);
  }

  /** @param {"G1"|"G2"} group @param {number} pGen @param {number} window */
  function buildTable(group, pGen, window) {
    const pre = group === "G1" ? "g1m" : "g2m";
    const n8q = group === "G1" ? 32 : 64;
    const sJ = n8q * 3;
    const sA = n8q * 2;
    const windows = Math.ceil(256 / window);
    const per = 1 << window;
    const p = alloc(windows * per * sA);
    const pJac = alloc(per * sJ);
    const pBase = alloc(sJ);
    const pBaseA = alloc(sA);
    ex[pre + "_copy"](pGen, pBase);
    for (let k = 0; k < windows; k++) {
      ex[pre + "_toAffine"](pBase, pBaseA);
      ex[pre + "_zero"](pJac);
      for (let d = 1; d < per; d++) {
        ex[pre + "_addMixed"](pJac + (d - 1) * sJ, pBaseA, pJac + d * sJ);
      }
      // next window base: 2^w · B = (2^w − 1)·B + B
      ex[pre + "_addMixed"](pJac + (per - 1) * sJ, pBaseA, pBase);
      u32()[0] = pFree;
      // batchToAffine and the batchInverse it calls both take scratch space above u32[0].
      ensure(pFree + 3 * per * n8q + 65536);
      ex[pre + "_batchToAffine"](pJac, per, p + k * per * sA);
    }
    // The scratch Jacobian buffer is no longer needed: release it (it was allocated last).
    pFree = pJac;
    u32()[0] = pFree;
    tables[group] = { p, window, windows, sA };
  }

  /** @param {{id: number, group: "G1"|"G2", kind: "powers"|"lagrange"|"explicit", count: number, first: bigint, ratio: bigint, tau: bigint, c: bigint, e: bigint, scalars?: Uint8Array, scalarsOnly?: boolean, uncompressed?: boolean}} job */
  function runJob(job) {
    pFree = pFreeJobBase;
    const n = job.count;
    const t = tables[job.group];
    const pSc = alloc(n * N8);
    if (job.kind === "explicit") {
      new Uint8Array(memory.buffer, pSc, n * N8).set(/** @type {Uint8Array} */ (job.scalars));
      return pointsOut(job, lockstepAffine(job.group, t, pSc, n), n);
    }
    const pX = alloc(N8);
    const pR = alloc(N8);
    setScalar(pX, job.first);
    setScalar(pR, job.ratio);
    if (job.kind === "powers") {
      for (let i = 0; i < n; i++) {
        ex.frm_copy(pX, pSc + i * N8);
        ex.frm_mul(pX, pR, pX);
      }
    } else {
      const pW = alloc(n * N8);
      const pD = alloc(n * N8);
      const pInv = alloc(n * N8);
      const pTau = alloc(N8);
      const pC = alloc(N8);
      const pE = alloc(N8);
      setScalar(pTau, job.tau);
      setScalar(pC, job.c);
      setScalar(pE, job.e);
      for (let i = 0; i < n; i++) {
        ex.frm_copy(pX, pW + i * N8);
        ex.frm_sub(pTau, pX, pD + i * N8);
        ex.frm_mul(pX, pR, pX);
      }
      ex.frm_batchInverse(pD, N8, n, pInv, N8);
      for (let i = 0; i < n; i++) {
        const ps = pSc + i * N8;
        ex.frm_mul(pC, pInv + i * N8, ps);
        ex.frm_sub(ps, pE, ps);
        ex.frm_mul(ps, pW + i * N8, ps);
      }
    }
    ex.frm_batchFromMontgomery(pSc, n, pSc);
    if (job.scalarsOnly) return new Uint8Array(memory.buffer, pSc, n * N8).slice();
    return pointsOut(job, lockstepAffine(job.group, t, pSc, n), n);
  }

  /**
   * Copies the n affine LEM points at pAcc out of the wasm memory; with `job.uncompressed`,
   * followed by the same n points in snarkjs's uncompressed form (`<g>_batchLEMtoU`: big-endian
   * x‖y, normal form; what snarkjs hashes into a zkey's circuit hash).
   * @param {{group: "G1"|"G2", uncompressed?: boolean}} job @param {number} pAcc @param {number} n
   */
  function pointsOut(job, pAcc, n) {
    const sA = job.group === "G1" ? 64 : 128;
    if (!job.uncompressed) return new Uint8Array(memory.buffer, pAcc, n * sA).slice();
    const pU = alloc(n * sA);
    u32()[0] = pFree;
    ex[(job.group === "G1" ? "g1m" : "g2m") + "_batchLEMtoU"](pAcc, n, pU);
    const out = new Uint8Array(2 * n * sA);
    out.set(new Uint8Array(memory.buffer, pAcc, n * sA), 0);
    out.set(new Uint8Array(memory.buffer, pU, n * sA), n * sA);
    return out;
  }

  /**
   * s_i·G for n scalars (normal form, 32 bytes each at pSc) with the window table t, written
   * as affine LEM points to a buffer in the wasm memory whose address is returned.
   * All n accumulators advance one window at a time in affine coordinates, so each step's
   * n slope denominators share one batch inversion (Montgomery's trick): an affine addition
   * then costs ~3 multiplications + the amortised inversion, against ~11 for a mixed
   * Jacobian addition, and no final normalisation is needed.
   * @param {"G1"|"G2"} group
   * @param {{ p: number; window: number; windows: number; sA: number }} t
   * @param {number} pSc
   * @param {number} n
   */
  function lockstepAffine(group, t, pSc, n) {
    const F = group === "G1" ? "f1m" : "f2m";
    const G = group === "G1" ? "g1m" : "g2m";
    const n8q = group === "G1" ? 32 : 64;
    const sA = n8q * 2;
    const pAcc = alloc(n * sA);
    const pD = alloc(n * n8q);
    const pInv = alloc(n * n8q);
    const pL = alloc(n8q);
    const pX3 = alloc(n8q);
    const pTmp = alloc(n8q);
    const pJ = alloc(n8q * 3);
    ensure(pFree + 3 * n * n8q + 65536);
    u32()[0] = pFree;
    const sub = ex[F + "_sub"];
    const mul = ex[F + "_mul"];
    const square = ex[F + "_square"];
    const copy = ex[F + "_copy"];
    const isZero = ex[F + "_isZero"];
    const batchInverse = ex[F + "_batchInverse"];
    const copyAffine = ex[G + "_copyAffine"];
    const addAffine = ex[G + "_addAffine"];
    const toAffine = ex[G + "_toAffine"];
    const isZeroAffine = ex[G + "_isZeroAffine"];
    const zeroAffine = ex[G + "_zeroAffine"];
    const accZero = new Uint8Array(n).fill(1);
    const idx = new Int32Array(n);
    const tab = new Int32Array(n);
    const u32v = new Uint32Array(memory.buffer);
    const w = t.window;
    const mask = (1 << w) - 1;
    const per = 1 << w;
    for (let k = 0; k < t.windows; k++) {
      const bit = k * w;
      const word = bit >>> 5;
      const shift = bit & 31;
      let m = 0;
      for (let i = 0; i < n; i++) {
        const base = (pSc + i * 32) >>> 2;
        let v = u32v[base + word] >>> shift;
        if (shift + w > 32 && word + 1 < 8) v |= u32v[base + word + 1] << (32 - shift);
        const d = v & mask;
        if (d === 0) continue;
        const pT = t.p + (k * per + d) * t.sA;
        const a = pAcc + i * sA;
        if (accZero[i]) {
          copyAffine(pT, a);
          accZero[i] = 0;
          continue;
        }
        const pd = pD + m * n8q;
        sub(pT, a, pd);
        if (isZero(pd)) {
          // x equal: doubling or P + (−P); negligible for random scalars, done the slow way.
          addAffine(a, pT, pJ);
          toAffine(pJ, a);
          if (isZeroAffine(a)) accZero[i] = 1;
          continue;
        }
        idx[m] = i;
        tab[m] = pT;
        m++;
      }
      if (m === 0) continue;
      batchInverse(pD, n8q, m, pInv, n8q);
      for (let j = 0; j < m; j++) {
        const a = pAcc + idx[j] * sA;
        const pT = tab[j];
        // λ = (yT − yA)/(xT − xA); x3 = λ² − xA − xT; y3 = λ(xA − x3) − yA
        sub(pT + n8q, a + n8q, pL);
        mul(pL, pInv + j * n8q, pL);
        square(pL, pX3);
        sub(pX3, a, pX3);
        sub(pX3, pT, pX3);
        sub(a, pX3, pTmp);
        mul(pL, pTmp, pTmp);
        sub(pTmp, a + n8q, a + n8q);
        copy(pX3, a);
      }
    }
    for (let i = 0; i < n; i++) if (accZero[i]) zeroAffine(pAcc + i * sA);
    return pAcc;
  }

  port.on("message", (/** @type {any} */ msg) => {
    if (msg.type === "init") {
      const m = new WebAssembly.Module(msg.code);
      memory = new WebAssembly.Memory({ initial: 2000, maximum: 65536 });
      ex = new WebAssembly.Instance(m, { env: { memory } }).exports;
      pFree = u32()[0];
      buildTable("G1", msg.pG1gen, msg.windowG1);
      if (msg.windowG2 > 0) buildTable("G2", msg.pG2gen, msg.windowG2);
      pFreeJobBase = pFree;
      port.postMessage({ type: "ready" });
    } else if (msg.type === "job") {
      const points = runJob(msg);
      port.postMessage({ type: "done", id: msg.id, points }, [points.buffer]);
    }
  });
}
