import path from "node:path";

import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { parseWeightsMode } from "../../src/circuit/mainCircuits.js";
import { ensureCircuitBuild } from "../../src/prover/build.js";
import { decodeSortPrediction } from "../../src/prover/decode.js";
import { proveAndSubmit } from "../../src/prover/job.js";
import { proveToFile } from "../../src/prover/proveFile.js";
import { ProofFileError, verifyProofFile } from "../../src/prover/verifyFile.js";
import { releaseCurve } from "../../src/setup/index.js";
import { consoleLogger } from "../../src/setup/progress.js";
import { reportingUserErrors } from "./userErrors.js";

interface ModelArgs {
  model: string;
  layer: number;
  weights: string;
}

/** `zkattn:compile`: ensureCircuitBuild. */
export const compileAction = reportingUserErrors(
  async (args: ModelArgs, hre: HardhatRuntimeEnvironment): Promise<void> => {
    const b = await ensureCircuitBuild({
      root: hre.config.paths.root,
      model: args.model,
      layer: args.layer,
      weights: parseWeightsMode(args.weights),
      log: console.log,
    });
    console.log(
      `${b.compiled ? "compiled" : "up to date"}: ${path.relative(hre.config.paths.root, b.r1csPath)}`,
    );
  },
);

/** `prove`: src/prover/proveFile.ts `proveToFile` (needs keys from `zkattn:setup`). */
export const proveAction = reportingUserErrors(
  async (
    args: ModelArgs & { tokens: string; input: string; submitter: string; out: string },
    hre: HardhatRuntimeEnvironment,
  ): Promise<void> => {
    const root = hre.config.paths.root;
    try {
      const r = await proveToFile({
        root,
        model: args.model,
        layer: args.layer,
        weights: parseWeightsMode(args.weights),
        tokens: args.tokens || undefined,
        inputFile: args.input || undefined,
        submitter:
          args.submitter ||
          (async () => {
            const conn = await hre.network.getOrCreate();
            return (await conn.ethers.getSigners())[0].address;
          }),
        out: args.out ? path.resolve(args.out) : undefined,
        log: console.log,
      });
      console.log(
        `prove: wrote ${path.relative(process.cwd(), r.out)} in ${r.proveSeconds.toFixed(1)} s (outputCommitment ${r.proof.publicSignals.outputCommitment})`,
      );
    } finally {
      await releaseCurve();
    }
  },
);

/** `zkattn:verify <proof>`: checks every field of the proof file (src/prover/verifyFile.ts). */
export const verifyAction = reportingUserErrors(
  async (args: { proof: string }, hre: HardhatRuntimeEnvironment): Promise<void> => {
    try {
      const r = await verifyProofFile(args.proof, { root: hre.config.paths.root });
      console.log(
        `OK: ${args.proof} verifies for ${r.circuit} (modelCommitment ${r.publicSignals.modelCommitment})`,
      );
    } catch (e) {
      if (!(e instanceof ProofFileError)) throw e;
      console.log(`INVALID: ${e.message}`);
      process.exitCode = 1;
    } finally {
      await releaseCurve();
    }
  },
);

/** `prove-and-submit`: src/prover/job.ts `proveAndSubmit`, then a human summary or one JSON line. */
export default reportingUserErrors(
  async (
    args: ModelArgs & { tokens: string; input: string; bounty: boolean; json: boolean },
    hre: HardhatRuntimeEnvironment,
  ): Promise<void> => {
    const root = hre.config.paths.root;
    const log = (line: string) => console.log(line);
    try {
      const weights = parseWeightsMode(args.weights);
      const conn = await hre.network.getOrCreate();
      const r = await proveAndSubmit(
        {
          root,
          ignitionDir: hre.config.paths.ignition,
          conn,
          buildContracts: async () => {
            await hre.tasks.getTask("build").run({ quiet: true });
          },
          log,
          setupLogger: consoleLogger(),
        },
        {
          model: args.model,
          layer: args.layer,
          tokens: args.tokens || undefined,
          inputFile: args.input || undefined,
          bounty: args.bounty,
          weights,
        },
      );
      console.log(
        `\nverified on chain ${r.chainId}: tx ${r.txHash}, gas used ${r.gasUsed}, modelId ${r.modelId}${r.bountyId ? `, bounty ${r.bountyId} claimed` : ""}`,
      );
      console.log(`outputCommitment ${r.outputCommitment}`);
      const flat = r.output.flat();
      const maxAbs = Math.max(...flat.map(Math.abs));
      console.log(
        `output: ${r.output.length} x ${r.output[0].length} attention-block activations, max |y| ${maxAbs.toFixed(4)}, ${r.outputQuantized.flat().filter((v) => v === 127 || v === -128).length} saturated int8 values`,
      );
      if (r.tokens) {
        const d = decodeSortPrediction(root, args.model, args.layer, r.tokens, r.output);
        console.log(
          `decoded: with the proved layer-${args.layer} attention, the model predicts ${d.predicted.join(" ")} after ${d.given.join(" ")} (sorted: ${d.sorted.join(" ")})`,
        );
      }
      console.log(
        `time: ${Object.entries(r.timings)
          .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
          .join(", ")}`,
      );
      if (r.setupKind === "development")
        console.log(
          "note: development keys (NOT SECURE): fine for testing, never for value at stake",
        );
      if (args.json) {
        console.log(
          JSON.stringify({
            verified: r.verified,
            modelId: r.modelId,
            txHash: r.txHash,
            gasUsed: Number(r.gasUsed),
            outputCommitment: r.outputCommitment,
            output: r.output,
            outputQuantized: r.outputQuantized,
            timings: r.timings,
            chainId: r.chainId,
            registry: r.registry,
            setupKind: r.setupKind,
            ...(r.bountyId ? { bountyId: r.bountyId } : {}),
          }),
        );
      }
    } finally {
      await releaseCurve();
    }
  },
);
