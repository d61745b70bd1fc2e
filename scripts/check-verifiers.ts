/**
 * Regenerates every verifier listed in src/setup/generatedVerifiers.ts and diffs it against
 * the committed file in contracts/verifiers/generated/. Exit code 1 on drift.
 *
 *   npx tsx scripts/check-verifiers.ts           # check (CI)
 *   npx tsx scripts/check-verifiers.ts --write   # regenerate and overwrite
 */
import { parseArgs } from "node:util";

import { checkGeneratedVerifiers } from "../src/setup/check.js";
import { consoleLogger, releaseCurve } from "../src/setup/index.js";

const { values } = parseArgs({
  options: {
    write: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(
    "usage: npx tsx scripts/check-verifiers.ts [--write]\n\nRegenerates the verifiers listed in src/setup/generatedVerifiers.ts (deterministic development setup) and fails if a committed file in contracts/verifiers/generated/ differs. --write overwrites them instead.",
  );
  process.exit(0);
}
const log = consoleLogger();
try {
  const results = await checkGeneratedVerifiers({
    root: process.cwd(),
    write: values.write,
    logger: log,
  });
  const drift = results.filter((r) => !r.upToDate);
  for (const r of results)
    console.log(`${r.upToDate ? "ok   " : values.write ? "wrote" : "DRIFT"} ${r.solPath}`);
  if (drift.length > 0 && !values.write) {
    console.error(
      `check-verifiers: ${drift.length} generated verifier(s) differ from what the pipeline makes; run \`npx tsx scripts/check-verifiers.ts --write\` and commit the result`,
    );
    process.exitCode = 1;
  }
} finally {
  await releaseCurve();
}
