/**
 * Checks a zkey against its r1cs and ptau (`snarkjs zkey verify`). Run with --help.
 */
import path from "node:path";
import { parseArgs } from "node:util";

import { circuitArtifacts, setupFiles } from "../../src/artifacts.js";
import { consoleLogger, readManifest, releaseCurve, verifyZkey } from "../../src/setup/index.js";

const HELP = `usage: npx tsx scripts/setup/verify.ts <name>
       npx tsx scripts/setup/verify.ts --r1cs <file> --ptau <file> --zkey <file>

With a circuit name, reads build/<name>/manifest.json for the three files. Exit code 0 when
snarkjs accepts the zkey (every contribution checked), 1 otherwise.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    r1cs: { type: "string" },
    ptau: { type: "string" },
    zkey: { type: "string" },
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
  files = {
    r1csPath: path.resolve(dir, m.r1cs.file),
    ptauPath: path.resolve(dir, m.ptau.file),
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
