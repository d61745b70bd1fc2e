/**
 * Writes the Groth16 verifier of a set-up circuit to contracts/verifiers/generated/. Run with --help.
 */
import { parseArgs } from "node:util";

import { consoleLogger, exportVerifier, releaseCurve } from "../../src/setup/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { help: { type: "boolean", short: "h", default: false } },
});
if (values.help || positionals.length !== 1) {
  console.log(
    "usage: npx tsx scripts/setup/export-verifier.ts <name>\n\nRenders the snarkjs Groth16 verifier for build/<name>/ (its manifest's zkey) into contracts/verifiers/generated/<Name>Verifier.sol.",
  );
  process.exit(values.help ? 0 : 2);
}
try {
  const r = await exportVerifier({
    root: process.cwd(),
    name: positionals[0],
    logger: consoleLogger(),
  });
  console.log(r.solPath);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await releaseCurve();
}
