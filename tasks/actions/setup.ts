import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { exportVerifier, releaseCurve, setupCircuit } from "../../src/setup/index.js";
import { consoleLogger } from "../../src/setup/progress.js";

/** Arguments of `zkattn:setup` (see tasks/setup.ts). */
interface SetupTaskArgs {
  circuit: string;
  name: string;
  ptau: string;
  contributions: string;
  beaconHash: string;
  beaconIterationsExp: number;
  allowUnlistedPtau: boolean;
  seed: string;
  random: boolean;
  force: boolean;
  exportVerifier: boolean;
}

/** `zkattn:setup`: thin wrapper over src/setup `setupCircuit` (+ `exportVerifier`). */
export default async function setupAction(
  args: SetupTaskArgs,
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  const root = hre.config.paths.root;
  const logger = consoleLogger();
  try {
    const r = await setupCircuit({
      root,
      circuit: args.circuit,
      name: args.name || undefined,
      ptau: args.ptau || undefined,
      contributions: args.contributions
        ? args.contributions
            .split(",")
            .map((n) => ({ name: n.trim() }))
            .filter((c) => c.name)
        : undefined,
      beaconHash: args.beaconHash || undefined,
      beaconIterationsExp: args.beaconIterationsExp,
      allowUnlistedPtau: args.allowUnlistedPtau,
      seed: args.seed || undefined,
      random: args.random,
      force: args.force,
      logger,
    });
    console.log(`${r.manifest.setupKind} setup ${r.reused ? "reused" : "done"}: ${r.zkeyPath}`);
    console.log(`circuitHash ${r.manifest.circuitHash}\nvkHash      ${r.manifest.vkHash}`);
    if (args.exportVerifier) await exportVerifier({ root, name: r.manifest.circuit, logger });
  } finally {
    await releaseCurve();
  }
}

/** `zkattn:export-verifier <name>`: thin wrapper over src/setup `exportVerifier`. */
export async function exportVerifierAction(
  args: { name: string },
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  try {
    const r = await exportVerifier({
      root: hre.config.paths.root,
      name: args.name,
      logger: consoleLogger(),
    });
    console.log(r.solPath);
  } finally {
    await releaseCurve();
  }
}
