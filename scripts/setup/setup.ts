/**
 * CLI for the zkattn trusted setup (same as `npx hardhat zkattn:setup`). Run with --help.
 */
import { parseArgs } from "node:util";

import {
  consoleLogger,
  exportVerifier,
  releaseCurve,
  setupCircuit,
} from "../../src/setup/index.js";

const HELP = `usage: npx tsx scripts/setup/setup.ts <circuit.circom|circuit.r1cs> [options]

Development setup (default; fast, offline, deterministic, NOT SECURE):
  --seed <text>             explicit phase-1 seed (default: zkattn's public development seed)
  --random                  fresh OS randomness instead (not reproducible)

Production setup (from a public ceremony):
  --ptau <file>             prepared ceremony ptau, e.g. powersOfTau28_hez_final_18.ptau;
                            its blake2b-512 must be in the published table (snarkjs README)
  --contributions <a,b,..>  phase-2 contributor names, applied in order (>= 1)
  --beacon-hash <hex>       final beacon, >= 32 bytes, fixed after the last contribution
  --beacon-iterations-exp n beacon iterations 2^n (default 10)
  --allow-unlisted-ptau     accept a ptau whose hash is not published (your own ceremony)

Both:
  --name <name>             circuit name (default: file base name); output in build/<name>/
  --force                   redo even if build/<name>/ holds valid keys for this circuit
  --export-verifier         also write contracts/verifiers/generated/<Name>Verifier.sol
  -v, --verbose             snarkjs debug output
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    ptau: { type: "string" },
    contributions: { type: "string" },
    "beacon-hash": { type: "string" },
    "beacon-iterations-exp": { type: "string" },
    "allow-unlisted-ptau": { type: "boolean", default: false },
    seed: { type: "string" },
    random: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    "export-verifier": { type: "boolean", default: false },
    verbose: { type: "boolean", short: "v", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help || positionals.length !== 1) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const logger = consoleLogger(values.verbose);
try {
  const r = await setupCircuit({
    root: process.cwd(),
    circuit: positionals[0],
    name: values.name,
    ptau: values.ptau,
    contributions: values.contributions
      ?.split(",")
      .map((n) => ({ name: n.trim() }))
      .filter((c) => c.name),
    beaconHash: values["beacon-hash"],
    beaconIterationsExp: values["beacon-iterations-exp"]
      ? Number(values["beacon-iterations-exp"])
      : undefined,
    allowUnlistedPtau: values["allow-unlisted-ptau"],
    seed: values.seed,
    random: values.random,
    force: values.force,
    logger,
  });
  console.log(`${r.manifest.setupKind} setup ${r.reused ? "reused" : "done"}: ${r.zkeyPath}`);
  console.log(`circuitHash ${r.manifest.circuitHash}\nvkHash      ${r.manifest.vkHash}`);
  if (values["export-verifier"])
    await exportVerifier({ root: process.cwd(), name: r.manifest.circuit, logger });
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await releaseCurve();
}
