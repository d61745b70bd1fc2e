/**
 * Benchmark step: one development proving key for an r1cs, made either directly from the toxic
 * waste (what a development setup does now) or the previous way (development ptau + `snarkjs
 * zkey new` + `zkey beacon`), with the default seed's toxic waste and beacon. One run per
 * process, so that `farm-bench` times the whole process and reads its peak RSS:
 *
 *   farm-bench -n 3 --warmup 0 --timeout 3600 \
 *     --vs "node --import tsx bench/devZkey.ts --mode old --r1cs <r1cs> --dir /tmp/x-old" \
 *     -- node --import tsx bench/devZkey.ts --mode direct --r1cs <r1cs> --dir /tmp/x-direct
 *
 * Modes: `direct` (writeDevZkey), `old` (writeDevPtau into --dir, deleted first, then zkey new and
 * zkey beacon: the previous development setup from nothing), `old-cached` (the same, reusing a
 * ptau already in --dir: the previous setup of a second circuit of the same power). Prints one
 * JSON line: mode, power, constraints, wires, seconds per step, peak RSS (MB) of this process.
 * `--check <zkey>` also compares the key with another file byte for byte (exit 1 if different).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import * as snarkjs from "snarkjs";

import {
  DEFAULT_DEV_SEED,
  deriveToxicWaste,
  developmentBeacon,
  readR1csInfo,
  releaseCurve,
  requiredPtauPower,
  writeDevPtau,
  writeDevZkey,
} from "../src/setup/index.js";

const { values } = parseArgs({
  options: {
    mode: { type: "string" },
    r1cs: { type: "string" },
    dir: { type: "string" },
    check: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help || !values.mode || !values.r1cs || !values.dir) {
  console.log(
    "usage: node --import tsx bench/devZkey.ts --mode direct|old|old-cached --r1cs <file> --dir <scratch dir> [--check <zkey>]",
  );
  process.exit(values.help ? 0 : 2);
}
const mode = values.mode;
if (!["direct", "old", "old-cached"].includes(mode)) {
  console.error(`bench: unknown --mode ${mode}`);
  process.exit(2);
}
const r1cs = values.r1cs;
const dir = values.dir;
await mkdir(dir, { recursive: true });
const info = await readR1csInfo(r1cs);
const power = requiredPtauPower(info);
const seed = new TextEncoder().encode(DEFAULT_DEV_SEED);
const waste = deriveToxicWaste(seed);
const beacon = developmentBeacon(DEFAULT_DEV_SEED);
const zkey = path.join(dir, `${mode}.zkey`);
const seconds: Record<string, number> = {};
const lap = (name: string, t: number) => (seconds[name] = (performance.now() - t) / 1000);

/** A and B coefficients of the r1cs (+ snarkjs's extra rows): the key's section 4. */
let coefficients: number | undefined;
const t0 = performance.now();
if (mode === "direct") {
  const r = await writeDevZkey({
    r1csPath: r1cs,
    waste,
    delta: { kind: "beacon", ...beacon },
    outPath: zkey,
  });
  seconds.constraints = r.seconds.constraints;
  seconds.points = r.seconds.points;
  coefficients = r.nCoefficients;
} else {
  const ptau = path.join(dir, `dev${power}.ptau`);
  let t = performance.now();
  if (mode === "old" || !existsSync(ptau)) {
    await rm(ptau, { force: true });
    await writeDevPtau({ power, waste, outPath: ptau });
  }
  lap("ptau", t);
  t = performance.now();
  const z0 = path.join(dir, "old-step0.zkey");
  await snarkjs.zKey.newZKey(r1cs, ptau, z0);
  lap("zkeyNew", t);
  t = performance.now();
  await snarkjs.zKey.beacon(z0, zkey, beacon.name, beacon.hashHex, beacon.iterationsExp);
  lap("beacon", t);
  await rm(z0, { force: true });
  await releaseCurve();
}
lap("total", t0);
let same: boolean | undefined;
if (values.check) same = (await readFile(zkey)).equals(await readFile(values.check));
console.log(
  JSON.stringify({
    mode,
    power,
    constraints: info.nConstraints,
    wires: info.nVars,
    ...(coefficients === undefined ? {} : { coefficients }),
    seconds,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(same === undefined ? {} : { sameAsCheck: same }),
  }),
);
if (same === false) process.exitCode = 1;
