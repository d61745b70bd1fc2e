/**
 * Writes contracts/lib/PublicSignals.sol from src/circuit/publicSignals.ts.
 *   npx tsx scripts/gen-public-signals-sol.ts          # write
 *   npx tsx scripts/gen-public-signals-sol.ts --check  # exit 1 if the committed file drifted
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { PUBLIC_SIGNALS_SOL, renderPublicSignalsSol } from "../src/contracts/publicSignalsSol.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, PUBLIC_SIGNALS_SOL);
const text = renderPublicSignalsSol();
if (process.argv.includes("--check")) {
  if (!existsSync(out) || readFileSync(out, "utf8") !== text) {
    console.error(
      `publicSignals: ${PUBLIC_SIGNALS_SOL} is out of date; run npx tsx scripts/gen-public-signals-sol.ts`,
    );
    process.exitCode = 1;
  } else {
    console.log(`publicSignals: ${PUBLIC_SIGNALS_SOL} is up to date`);
  }
} else {
  writeFileSync(`${out}.partial`, text);
  renameSync(`${out}.partial`, out);
  console.log(`publicSignals: wrote ${PUBLIC_SIGNALS_SOL}`);
}
