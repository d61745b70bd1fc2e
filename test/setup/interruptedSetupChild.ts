/**
 * Child process of test/setup/interrupted.test.ts: one development setup with the CLI's console
 * logger and (non-TTY) progress lines, into directories the test owns.
 * Usage: node --import tsx interruptedSetupChild.ts <r1cs> <buildDir> <ptauCacheDir>
 * Loaded by mocha as well (it loads every .ts under test/): then it does nothing.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

import { releaseCurve } from "../../src/setup/index.js";
import { consoleLogger, terminalProgress } from "../../src/setup/progress.js";
import { runDevelopmentSetup } from "../../src/setup/setup.js";

async function main(r1csPath: string, buildDir: string, ptauCacheDir: string): Promise<void> {
  const logger = consoleLogger();
  const r = await runDevelopmentSetup({
    name: path.basename(r1csPath, ".r1cs"),
    r1csPath,
    buildDir,
    ptauCacheDir,
    logger,
    progress: terminalProgress(logger),
  });
  await releaseCurve();
  console.log(`setup ${r.reused ? "reused" : "done"}: ${r.zkeyPath}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [r1cs, buildDir, ptauDir] = process.argv.slice(2);
  await main(r1cs, buildDir, ptauDir);
}
