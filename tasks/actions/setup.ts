import path from "node:path";

import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { mainCircuitWeights } from "../../src/circuit/mainCircuits.js";
import { provingOptimization } from "../../src/prover/build.js";
import { exportVerifier, releaseCurve, setupCircuit } from "../../src/setup/index.js";
import { consoleLogger } from "../../src/setup/progress.js";
import { reportingUserErrors } from "./userErrors.js";

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

/**
 * `zkattn:setup`: thin wrapper over src/setup `setupCircuit` (+ `exportVerifier`). A generated
 * main circuit (circuits/main/) is compiled at the prover's optimization level into the same
 * cached build as `zkattn:compile` and `prove-and-submit`, so their keys match.
 */
export default reportingUserErrors(
  async (args: SetupTaskArgs, hre: HardhatRuntimeEnvironment): Promise<void> => {
    const root = hre.config.paths.root;
    const logger = consoleLogger();
    const weights = mainCircuitWeights(path.relative(root, path.resolve(root, args.circuit)));
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
        optimization: weights ? provingOptimization(weights) : undefined,
        logger,
      });
      console.log(`${r.manifest.setupKind} setup ${r.reused ? "reused" : "done"}: ${r.zkeyPath}`);
      console.log(`circuitHash ${r.manifest.circuitHash}\nvkHash      ${r.manifest.vkHash}`);
      if (args.exportVerifier) await exportVerifier({ root, name: r.manifest.circuit, logger });
    } finally {
      await releaseCurve();
    }
  },
);

/** `zkattn:export-verifier <name>`: thin wrapper over src/setup `exportVerifier`. */
export const exportVerifierAction = reportingUserErrors(
  async (args: { name: string }, hre: HardhatRuntimeEnvironment): Promise<void> => {
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
  },
);
