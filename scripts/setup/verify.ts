/**
 * Checks a zkey against its r1cs and ptau (`snarkjs zkey verify`). Run with --help.
 */
import path from "node:path";
import { parseArgs } from "node:util";

import { circuitArtifacts, ptauCacheDir, setupFiles } from "../../src/artifacts.js";
import {
  consoleLogger,
  DEFAULT_DEV_SEED,
  developmentPtau,
  readManifest,
  releaseCurve,
  terminalProgress,
  verifyZkey,
} from "../../src/setup/index.js";

const HELP = `usage: npx tsx scripts/setup/verify.ts <name> [--seed <text>]
       npx tsx scripts/setup/verify.ts --r1cs <file> --ptau <file> --zkey <file>

With a circuit name, reads build/<name>/manifest.json for the files. A development setup has
no ptau (its zkey is computed directly from the toxic waste): the development ptau of its seed
is written to build/ptau/ (or reused from there) and the zkey checked against it; pass the
seed of a --seed setup with --seed (the default seed needs none; a --random setup kept no
seed and cannot be checked). Exit code 0 when snarkjs accepts the zkey (every contribution
checked), 1 otherwise.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    r1cs: { type: "string" },
    ptau: { type: "string" },
    zkey: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
let files: { r1csPath: string; ptauPath: string; zkeyPath: string };
if (positionals.length === 1) {
  const { dir, manifest } = circuitArtifacts(process.cwd(), positionals[0]);
  const m = await readManifest(manifest);
  if (!m) {
    console.error(`setup: no manifest in build/${positionals[0]}; run the setup first`);
    process.exit(1);
  }
  let ptauPath: string;
  if (m.ptau) {
    ptauPath = path.resolve(dir, m.ptau.file);
  } else {
    const seed = values.seed ?? (m.devSeed === "default" ? DEFAULT_DEV_SEED : undefined);
    if (seed === undefined) {
      console.error(
        m.devSeed === "random"
          ? `setup: build/${positionals[0]} was made with --random: its toxic waste was not kept, so there is no ptau to check it against; run the setup again to get keys you can check`
          : `setup: build/${positionals[0]} was made with --seed; pass the same seed: --seed <text>`,
      );
      process.exit(1);
    }
    const logger = consoleLogger();
    ptauPath = await developmentPtau({
      seed,
      power: m.r1cs.power,
      cacheDir: ptauCacheDir(process.cwd()),
      logger,
      progress: terminalProgress(logger),
    });
  }
  files = {
    r1csPath: path.resolve(dir, m.r1cs.file),
    ptauPath,
    zkeyPath: setupFiles(dir, m).zkey,
  };
} else if (values.r1cs && values.ptau && values.zkey) {
  files = { r1csPath: values.r1cs, ptauPath: values.ptau, zkeyPath: values.zkey };
} else {
  console.log(HELP);
  process.exit(2);
}
try {
  const ok = await verifyZkey({ ...files, logger: consoleLogger() });
  console.log(ok ? "zkey OK" : "zkey INVALID");
  process.exitCode = ok ? 0 : 1;
} finally {
  await releaseCurve();
}
