import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import * as snarkjs from "snarkjs";

import { deriveToxicWaste, writeDevPtau } from "./devPtau.js";
import { type DeltaContribution, writeDevZkey } from "./devZkey.js";
import {
  formatBytes,
  releaseTempFile,
  sweepStaleTempFiles,
  tempPathFor,
  trackTempFile,
  writeTextAtomically,
} from "./fsutil.js";
import { circuitHashOf, hashFile } from "./hashes.js";
import {
  DEV_WARNING,
  MANIFEST_SCHEMA,
  readManifest,
  type SetupKind,
  type SetupManifest,
  writeManifest,
} from "./manifest.js";
import {
  fileLogger,
  type ProgressReporter,
  type SetupLogger,
  silentLogger,
  snarkjsStepLogger,
  teeLogger,
} from "./progress.js";
import { checkProductionPtau, inspectPtau } from "./ptau.js";
import type { PublishedPtau } from "./publishedPtau.js";
import { readR1csInfo, requiredPtauPower } from "./r1cs.js";
import { type Groth16VerificationKey, vkHash } from "./vkHash.js";

/**
 * Phase-1 seed of the default development setup. Public on purpose: the default development
 * ptau is reproducible from committed sources (so CI can regenerate and diff verifiers) and
 * shared by all circuits of the same power (so it is computed once per machine). That also
 * means EVERYONE knows its toxic waste — see {@link DEV_WARNING}.
 */
export const DEFAULT_DEV_SEED = "zkattn development ptau v1 - INSECURE - public seed";

/** Exponent of the number of hash iterations of the phase-2 beacon (snarkjs `zkey beacon`). */
export const DEFAULT_BEACON_ITERATIONS_EXP = 10;

/** Options shared by both setup kinds. */
interface CommonSetupOptions {
  /** Circuit name; file names in buildDir derive from it. */
  name: string;
  r1csPath: string;
  /** Witness generator, recorded in the manifest if given. */
  wasmPath?: string;
  /** Output directory, conventionally build/<name>. */
  buildDir: string;
  /** Redo the setup even if the manifest says the existing keys are valid. */
  force?: boolean;
  logger?: SetupLogger;
  progress?: ProgressReporter;
}

/** Options for {@link runDevelopmentSetup}. */
export interface DevSetupOptions extends CommonSetupOptions {
  /**
   * Where development ptau files are cached (shared by circuits), e.g. build/ptau. The setup
   * itself writes none (it computes the zkey directly); it removes stale temporary files here,
   * and {@link developmentPtau} writes the ptau that checks a development zkey into it.
   */
  ptauCacheDir: string;
  /** Phase-1 seed (default {@link DEFAULT_DEV_SEED}). Ignored when `random`. */
  seed?: string;
  /** Draw fresh toxic waste and a random phase-2 contribution from the OS RNG (not reproducible). */
  random?: boolean;
  /** Worker threads for the point computations (default: CPUs). */
  threads?: number;
}

/** One named phase-2 contribution; entropy defaults to 32 random bytes from the OS. */
export interface Phase2Contribution {
  name: string;
  entropy?: string;
}

/** Options for {@link runProductionSetup}. */
export interface ProductionSetupOptions extends CommonSetupOptions {
  /** A prepared ceremony ptau, e.g. powersOfTau28_hez_final_18.ptau. */
  ptauPath: string;
  /** Phase-2 contributions, applied in order (at least one). */
  contributions: Phase2Contribution[];
  /**
   * Final random beacon: a public value nobody could predict before the last contribution
   * (e.g. a future Ethereum block hash), hex, at least 32 bytes.
   */
  beaconHash: string;
  beaconIterationsExp?: number;
  /** See {@link checkProductionPtau}. */
  allowUnlistedPtau?: boolean;
  /** Trusted ptau hashes (default: the published Hermez table). */
  published?: readonly PublishedPtau[];
}

/** Result of a setup run. */
export interface SetupResult {
  manifest: SetupManifest;
  manifestPath: string;
  zkeyPath: string;
  vkeyPath: string;
  /**
   * The ptau the keys were made from; absent for a development setup, whose zkey is computed
   * directly from the toxic waste (see {@link developmentPtau} to check it).
   */
  ptauPath?: string;
  /** True when existing keys were valid and reused. */
  reused: boolean;
  /** Wall-clock seconds per step (absent when reused). */
  seconds: Record<string, number>;
}

/** Paths of the artifacts in a build directory for a setup kind. */
export function artifactPaths(buildDir: string, name: string, kind: SetupKind) {
  const stem = kind === "development" ? `${name}.dev-INSECURE` : name;
  return {
    manifest: path.join(buildDir, "manifest.json"),
    zkey: path.join(buildDir, `${stem}.zkey`),
    vkey: path.join(buildDir, `${stem}.vkey.json`),
  };
}

/** The installed snarkjs version (recorded in manifests: zkey layout depends on it). */
export async function snarkjsVersion(): Promise<string> {
  const main = fileURLToPath(import.meta.resolve("snarkjs"));
  const pkg = JSON.parse(await readFile(path.join(path.dirname(main), "package.json"), "utf8"));
  return pkg.version as string;
}

/** Name of the phase-2 contribution of a `--random` development setup (zkey and manifest). */
export const DEV_RANDOM_CONTRIBUTION = "zkattn development contribution (INSECURE, random)";

/**
 * The phase-2 beacon that sets delta in a seeded development setup: `sha256("zkattn-dev-delta/v1/"
 * + seed)`, 2^10 iterations, so delta != gamma and the verifier stays reproducible.
 */
export function developmentBeacon(seed: string): {
  name: string;
  hashHex: string;
  iterationsExp: number;
} {
  return {
    name: "zkattn development delta (INSECURE, derived from the seed)",
    hashHex: createHash("sha256").update("zkattn-dev-delta/v1/").update(seed).digest("hex"),
    iterationsExp: 10, // snarkjs requires 10 .. 63
  };
}

/**
 * Development setup: a fast, offline, deterministic (by default) and INSECURE trusted setup.
 *
 * Steps: (1) the proving key computed directly from toxic waste (tau, alpha, beta derived from
 * the seed, {@link deriveToxicWaste}; delta from the phase-2 step below) by
 * {@link writeDevZkey}, with no ptau file and no `snarkjs zkey new`: byte for byte what
 * `zkey new` on the development ptau of the seed ({@link writeDevPtau}) followed by that step
 * writes, so `snarkjs zkey verify` against that ptau ({@link developmentPtau}) accepts it. The
 * phase-2 step makes delta != gamma: with a seed, a `snarkjs zkey beacon` record whose hash is
 * derived from the seed ({@link developmentBeacon}: deterministic, so the verifier is
 * reproducible); with `random`, a `zkey contribute` record with OS entropy. Without it the
 * verification key would have delta = gamma, and anyone holding ONE valid proof could move the
 * public-input term into C and forge proofs for any public signals (e.g. another `binding`)
 * without knowing the seed; (2) the verification key, vkHash and manifest (no `ptau` entry).
 * Files are named `<name>.dev-INSECURE.*` and the manifest carries {@link DEV_WARNING}.
 * Re-running reuses the keys when the manifest's circuitHash and inputs match and the zkey's
 * sha256 is unchanged; a changed r1cs always triggers a new setup. The zkey is written to a
 * temporary sibling that is deleted if the process is interrupted (SIGINT, SIGTERM) and renamed
 * when complete; temporary files that killed runs left in `buildDir` and `ptauCacheDir` are
 * removed first and logged ("removed stale …").
 * @throws Error from the r1cs reader (not BN254, not an r1cs) or from {@link writeDevZkey}.
 */
export async function runDevelopmentSetup(opts: DevSetupOptions): Promise<SetupResult> {
  const fileLog = setupLog(opts, "development");
  const log = teeLogger(opts.logger ?? silentLogger, fileLog);
  log.warn(DEV_WARNING);
  const info = await readR1csInfo(opts.r1csPath);
  const power = requiredPtauPower(info);
  const circuitHash = await circuitHashOf(opts.r1csPath);
  const seedSource: "default" | "explicit" | "random" = opts.random
    ? "random"
    : opts.seed !== undefined
      ? "explicit"
      : "default";
  const seed = opts.random ? randomBytes(32).toString("hex") : (opts.seed ?? DEFAULT_DEV_SEED);
  const version = await snarkjsVersion();
  // The zkey is byte for byte the one of the "v3" path (dev ptau + zkey new + beacon), so keys
  // made by that path are reused as they are.
  const inputsKey = fingerprint({
    kind: "development/v3",
    power,
    seedTag: devSeedTag(seed),
    version,
  });
  const paths = artifactPaths(opts.buildDir, opts.name, "development");
  await sweepStale([opts.buildDir, opts.ptauCacheDir], log);

  if (!opts.force && !opts.random) {
    const reused = await tryReuse(paths, circuitHash, inputsKey, log);
    if (reused) return reused;
  }

  await mkdir(opts.buildDir, { recursive: true });
  const seconds: Record<string, number> = {};
  const t = performance.now();
  const beacon = opts.random ? null : developmentBeacon(seed);
  const delta: DeltaContribution = beacon
    ? { kind: "beacon", ...beacon }
    : { kind: "contribution", name: DEV_RANDOM_CONTRIBUTION, entropy: randomBytes(32) };
  log.info(
    `computing the development proving key of power ${power} directly from the toxic waste of the ${seedSource} seed (INSECURE), delta from ${beacon ? "a beacon derived from the seed" : "OS entropy"} -> ${paths.zkey}`,
  );
  const made = await writeDevZkey({
    r1csPath: opts.r1csPath,
    waste: deriveToxicWaste(new TextEncoder().encode(seed)),
    delta,
    outPath: paths.zkey,
    threads: opts.threads,
    progress: opts.progress,
  });
  seconds.zkey = (performance.now() - t) / 1000;
  if (!opts.progress) log.info(`development zkey: done in ${seconds.zkey.toFixed(1)} s`);
  fileLog.info(formatHash(made.circuitHash, "Circuit hash: "));
  if (made.contributionHash) fileLog.info(formatHash(made.contributionHash, "Contribution Hash: "));

  const manifest = await finish(opts, paths, {
    setupKind: "development",
    warning: DEV_WARNING,
    circuitHash,
    info,
    power,
    phase2: {
      contributions: opts.random ? [DEV_RANDOM_CONTRIBUTION] : [],
      beacon: beacon && { hashHex: beacon.hashHex, iterationsExp: beacon.iterationsExp },
    },
    devSeed: seedSource,
    inputsKey,
    version,
  });
  log.warn(`development keys written to ${opts.buildDir} — ${DEV_WARNING}`);
  return {
    manifest,
    manifestPath: paths.manifest,
    zkeyPath: paths.zkey,
    vkeyPath: paths.vkey,
    reused: false,
    seconds,
  };
}

/**
 * The cache key of a seed's development ptau: it names the toxic-waste derivation (devPtau.ts,
 * "v1") as well as the seed.
 */
function devSeedTag(seed: string): string {
  return createHash("sha256").update("zkattn-dev-ptau/v1/").update(seed).digest("hex").slice(0, 16);
}

/**
 * The prepared development ptau of a seed and power (the toxic waste of
 * {@link deriveToxicWaste}), cached in `cacheDir` as `zkattn_dev-INSECURE_powNN_<tag>.ptau` and
 * computed ({@link writeDevPtau}) when absent. A development setup does not need it; it is what
 * `snarkjs zkey verify` checks a development zkey against (scripts/setup/verify.ts).
 * @returns the ptau's path.
 */
export async function developmentPtau(opts: {
  seed: string;
  power: number;
  cacheDir: string;
  threads?: number;
  logger?: SetupLogger;
  progress?: ProgressReporter;
}): Promise<string> {
  const log = opts.logger ?? silentLogger;
  const ptauPath = path.join(
    opts.cacheDir,
    `zkattn_dev-INSECURE_pow${String(opts.power).padStart(2, "0")}_${devSeedTag(opts.seed)}.ptau`,
  );
  if (await isUsablePtau(ptauPath, opts.power)) {
    log.info(`reusing development ptau ${ptauPath}`);
    return ptauPath;
  }
  log.info(`computing the development ptau of power ${opts.power} (INSECURE) -> ${ptauPath}`);
  await mkdir(opts.cacheDir, { recursive: true });
  await writeDevPtau({
    power: opts.power,
    waste: deriveToxicWaste(new TextEncoder().encode(opts.seed)),
    outPath: ptauPath,
    threads: opts.threads,
    progress: opts.progress,
  });
  return ptauPath;
}

/**
 * snarkjs's hash dump format for setup.log (misc.js `formatHash`): the title, then four lines
 * of four big-endian u32 words in hex, each line indented with two tabs.
 */
function formatHash(hash: Uint8Array, title: string): string {
  const dv = new DataView(hash.buffer, hash.byteOffset, hash.byteLength);
  const lines = [0, 1, 2, 3].map(
    (i) =>
      "\t\t" +
      [0, 1, 2, 3]
        .map((j) =>
          dv
            .getUint32(i * 16 + j * 4)
            .toString(16)
            .padStart(8, "0"),
        )
        .join(" "),
  );
  return `${title}\n${lines.join("\n")}`;
}

/**
 * Production setup from a public ceremony's ptau: checks the file ({@link checkProductionPtau}:
 * structure, power, published blake2b-512 hash), then `snarkjs zkey new`, the named
 * contributions in order (`zkey contribute`), and the final beacon (`zkey beacon`).
 * Re-running reuses the keys when the circuit, ptau hash, contribution names and beacon match
 * and the zkey is unchanged. Temporary files are handled as in {@link runDevelopmentSetup}.
 * @throws Error `setup: ...` for a bad ptau (see ptau.ts), no contributions, or a bad beacon.
 */
export async function runProductionSetup(opts: ProductionSetupOptions): Promise<SetupResult> {
  if (opts.contributions.length === 0) {
    throw new Error(
      'setup: a production setup needs at least one named phase-2 contribution (--contributions "alice,bob")',
    );
  }
  if (
    !/^(0x)?[0-9a-fA-F]{64,}$/.test(opts.beaconHash) ||
    opts.beaconHash.replace(/^0x/, "").length % 2 !== 0
  ) {
    throw new Error(
      "setup: the production beacon hash must be hex of at least 32 bytes, a public value fixed after the last contribution (e.g. a future Ethereum block hash): --beacon-hash 0x…",
    );
  }
  const beaconHex = opts.beaconHash.replace(/^0x/, "").toLowerCase();
  const fileLog = setupLog(opts, "production");
  const log = teeLogger(opts.logger ?? silentLogger, fileLog);
  const info = await readR1csInfo(opts.r1csPath);
  const power = requiredPtauPower(info);
  const circuitHash = await circuitHashOf(opts.r1csPath);
  log.info(`checking ptau ${opts.ptauPath} (circuit needs power ${power})`);
  const checked = await checkProductionPtau({
    ptauPath: opts.ptauPath,
    requiredPower: power,
    nConstraints: info.nConstraints,
    allowUnlistedPtau: opts.allowUnlistedPtau,
    published: opts.published,
    progress: opts.progress,
  });
  if (checked.source.kind === "published") {
    log.info(`ptau is the published ${checked.source.entry.fileName}`);
  } else {
    log.warn(
      `ptau ${opts.ptauPath} is NOT a published ceremony file (--allow-unlisted-ptau); its security is only that of the ceremony it came from`,
    );
  }
  const version = await snarkjsVersion();
  const beacon = {
    hashHex: beaconHex,
    iterationsExp: opts.beaconIterationsExp ?? DEFAULT_BEACON_ITERATIONS_EXP,
  };
  const names = opts.contributions.map((c) => c.name);
  const inputsKey = fingerprint({
    kind: "production",
    ptau: checked.blake2b512,
    names,
    beacon,
    version,
  });
  const paths = artifactPaths(opts.buildDir, opts.name, "production");
  await sweepStale([opts.buildDir], log);
  if (!opts.force) {
    const reused = await tryReuse(paths, circuitHash, inputsKey, log);
    if (reused) return reused;
  }
  await mkdir(opts.buildDir, { recursive: true });
  const t = performance.now();
  await phase2(
    opts,
    opts.ptauPath,
    paths.zkey,
    opts.contributions,
    { ...beacon, name: "zkattn final beacon" },
    log,
    fileLog,
  );
  const seconds = { phase2: (performance.now() - t) / 1000 };
  const manifest = await finish(opts, paths, {
    setupKind: "production",
    circuitHash,
    info,
    power,
    ptau: {
      file: path.resolve(opts.ptauPath),
      power: checked.power,
      blake2b512: checked.blake2b512,
      source: checked.source.kind === "published" ? "published" : "unlisted",
      ...(checked.source.kind === "published"
        ? { publishedName: checked.source.entry.fileName }
        : {}),
    },
    phase2: { contributions: [...names, "zkattn final beacon"], beacon },
    inputsKey,
    version,
  });
  return {
    manifest,
    manifestPath: paths.manifest,
    zkeyPath: paths.zkey,
    vkeyPath: paths.vkey,
    ptauPath: opts.ptauPath,
    reused: false,
    seconds,
  };
}

/**
 * `snarkjs zkey verify` for a zkey against the r1cs and the ptau it was made from: recomputes
 * the initial zkey and checks every contribution. Returns snarkjs' verdict.
 */
export async function verifyZkey(opts: {
  r1csPath: string;
  ptauPath: string;
  zkeyPath: string;
  logger?: SetupLogger;
}): Promise<boolean> {
  const log = opts.logger ?? silentLogger;
  log.info(
    `verifying ${opts.zkeyPath} against ${opts.r1csPath} and ${opts.ptauPath} (snarkjs zkey verify)`,
  );
  return await snarkjs.zKey.verifyFromR1cs(opts.r1csPath, opts.ptauPath, opts.zkeyPath, log);
}

/**
 * Phase 2 into `zkeyPath` (atomically): `zkey new`, the contributions in order, then the
 * beacon if given. Intermediate zkeys are deleted.
 */
async function phase2(
  opts: CommonSetupOptions,
  ptauPath: string,
  zkeyPath: string,
  contributions: Phase2Contribution[],
  beacon: { name: string; hashHex: string; iterationsExp: number } | null,
  log: SetupLogger,
  fileLog: SetupLogger,
): Promise<void> {
  const tmp: string[] = [];
  const track = (p: string) => {
    tmp.push(p);
    trackTempFile(p);
    return p;
  };
  const step = (i: number) => track(`${zkeyPath}.step${i}-${process.pid}`);
  // Each snarkjs step: one narrative line, a progress bar driven by snarkjs' own progress
  // messages, and everything snarkjs says (hash dumps included) in setup.log only.
  const timed = async <T>(
    label: string,
    short: string,
    f: (snarkjsLog: SetupLogger) => Promise<T>,
  ): Promise<T> => {
    const t = performance.now();
    const progress = opts.progress;
    log.info(`phase 2: ${label}`);
    fileLog.info(`snarkjs ${short}:`);
    progress?.start(`phase 2: ${short}`, 1);
    const r = await f(snarkjsStepLogger(fileLog, log, progress, `phase 2: ${short}`));
    if (progress) progress.stop();
    else log.info(`phase 2: ${short} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };
  try {
    const n = contributions.length + (beacon ? 1 : 0);
    let cur = n === 0 ? track(tempPathFor(zkeyPath)) : step(0);
    const r = await timed("snarkjs zkey new (Groth16 setup for the circuit)", "zkey new", (l) =>
      snarkjs.zKey.newZKey(opts.r1csPath, ptauPath, cur, l),
    );
    if (r === -1 || r === undefined)
      throw new Error("setup: snarkjs zkey new failed; see the log above");
    for (const [i, c] of contributions.entries()) {
      const next = i === n - 1 ? track(tempPathFor(zkeyPath)) : step(i + 1);
      const rc = await timed(
        `contribution ${i + 1}/${contributions.length} "${c.name}"`,
        `contribution ${i + 1}/${contributions.length}`,
        (l) =>
          snarkjs.zKey.contribute(
            cur,
            next,
            c.name,
            c.entropy ?? randomBytes(32).toString("hex"),
            l,
          ),
      );
      if (rc === -1)
        throw new Error(`setup: snarkjs zkey contribute "${c.name}" failed; see the log above`);
      cur = next;
    }
    if (beacon) {
      const next = track(tempPathFor(zkeyPath));
      const rb = await timed(
        `beacon "${beacon.name}" (2^${beacon.iterationsExp} iterations)`,
        "beacon",
        (l) => snarkjs.zKey.beacon(cur, next, beacon.name, beacon.hashHex, beacon.iterationsExp, l),
      );
      if (rb === -1) throw new Error("setup: snarkjs zkey beacon failed; see the log above");
      cur = next;
    }
    await rename(cur, zkeyPath);
  } finally {
    for (const p of tmp) {
      await rm(p, { force: true });
      releaseTempFile(p);
    }
  }
}

/**
 * build/<name>/setup.log: the setup's narrative and everything snarkjs logs (its hash dumps
 * and per-chunk messages), appended per run under a header line.
 */
function setupLog(opts: CommonSetupOptions, kind: SetupKind): SetupLogger {
  const log = fileLogger(path.join(opts.buildDir, "setup.log"));
  log.info(`=== ${kind} setup of ${opts.name} (${opts.r1csPath}), process ${process.pid} ===`);
  return log;
}

/**
 * Deletes the temporary files that interrupted runs (killed processes) left in `dirs` and says
 * so, e.g. "removed stale build/x/x.dev-INSECURE.zkey.step0-1234 (98 MB) left by an
 * interrupted run (process 1234)".
 */
async function sweepStale(dirs: string[], log: SetupLogger): Promise<void> {
  for (const f of await sweepStaleTempFiles(dirs)) {
    const rel = path.relative(process.cwd(), f.path);
    const shown = rel.startsWith("..") || path.isAbsolute(rel) ? f.path : rel;
    log.info(
      `removed stale ${shown} (${formatBytes(f.bytes)}) left by an interrupted run (process ${f.pid})`,
    );
  }
}

async function finish(
  opts: CommonSetupOptions,
  paths: ReturnType<typeof artifactPaths>,
  m: {
    setupKind: SetupKind;
    warning?: string;
    circuitHash: string;
    info: Awaited<ReturnType<typeof readR1csInfo>>;
    power: number;
    ptau?: SetupManifest["ptau"];
    phase2: SetupManifest["phase2"];
    devSeed?: SetupManifest["devSeed"];
    inputsKey: string;
    version: string;
  },
): Promise<SetupManifest> {
  const log = opts.logger ?? silentLogger;
  log.info("exporting verification key");
  const vk = (await snarkjs.zKey.exportVerificationKey(paths.zkey)) as Groth16VerificationKey;
  await writeTextAtomically(paths.vkey, JSON.stringify(vk, null, 2) + "\n");
  const manifest: SetupManifest = {
    schema: MANIFEST_SCHEMA,
    circuit: opts.name,
    setupKind: m.setupKind,
    ...(m.warning ? { warning: m.warning } : {}),
    circuitHash: m.circuitHash,
    vkHash: vkHash(vk),
    r1cs: {
      file: path.relative(opts.buildDir, opts.r1csPath),
      nConstraints: m.info.nConstraints,
      nPublic: m.info.nOutputs + m.info.nPubInputs,
      power: m.power,
    },
    ...(opts.wasmPath ? { wasm: { file: path.relative(opts.buildDir, opts.wasmPath) } } : {}),
    ...(m.ptau ? { ptau: { ...m.ptau, file: path.relative(opts.buildDir, m.ptau.file) } } : {}),
    zkey: { file: path.basename(paths.zkey), sha256: await hashFile(paths.zkey, "sha256") },
    vkey: { file: path.basename(paths.vkey) },
    phase2: m.phase2,
    ...(m.devSeed ? { devSeed: m.devSeed } : {}),
    inputsKey: m.inputsKey,
    snarkjsVersion: m.version,
  };
  await writeManifest(paths.manifest, manifest);
  log.info(
    `manifest ${paths.manifest}: circuitHash ${manifest.circuitHash}, vkHash ${manifest.vkHash}`,
  );
  return manifest;
}

async function tryReuse(
  paths: ReturnType<typeof artifactPaths>,
  circuitHash: string,
  inputsKey: string,
  log: SetupLogger,
): Promise<SetupResult | undefined> {
  const m = await readManifest(paths.manifest);
  if (!m) return undefined;
  if (m.circuitHash !== circuitHash) {
    log.info(
      `the circuit changed since the last setup (circuitHash ${m.circuitHash} -> ${circuitHash}); redoing the setup`,
    );
    return undefined;
  }
  if (m.inputsKey !== inputsKey) return undefined;
  const dir = path.dirname(paths.manifest);
  const zkey = path.join(dir, m.zkey.file);
  const vkeyPath = path.join(dir, m.vkey.file);
  if (zkey !== paths.zkey || !existsSync(zkey) || !existsSync(vkeyPath)) return undefined;
  if ((await hashFile(zkey, "sha256")) !== m.zkey.sha256) {
    log.info("the zkey differs from the one the manifest records; redoing the setup");
    return undefined;
  }
  const vk = JSON.parse(await readFile(vkeyPath, "utf8")) as Groth16VerificationKey;
  if (vkHash(vk) !== m.vkHash) return undefined;
  // Keys made from a ptau (production, or an older development setup) need it to be checked.
  const ptauPath = m.ptau ? path.resolve(dir, m.ptau.file) : undefined;
  if (ptauPath && (!existsSync(ptauPath) || (await stat(ptauPath)).size === 0)) return undefined;
  log.info(`reusing ${m.setupKind} keys in ${dir} (circuit and inputs unchanged)`);
  return {
    manifest: m,
    manifestPath: paths.manifest,
    zkeyPath: zkey,
    vkeyPath,
    ptauPath,
    reused: true,
    seconds: {},
  };
}

/** Whether a cached development ptau exists and is structurally sound for `power`. */
async function isUsablePtau(ptauPath: string, power: number): Promise<boolean> {
  if (!existsSync(ptauPath)) return false;
  try {
    const info = await inspectPtau(ptauPath);
    return info.power === power && info.prepared;
  } catch {
    return false;
  }
}

function fingerprint(x: unknown): string {
  return createHash("sha256").update(JSON.stringify(x)).digest("hex");
}
