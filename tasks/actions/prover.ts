import path from "node:path";

import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { layerDescription, parseWeightsOption } from "../../src/circuit/mainCircuits.js";
import { ensureMainCircuitBuild } from "../../src/prover/build.js";
import { decodeSortPrediction } from "../../src/prover/decode.js";
import { proveAndSubmit } from "../../src/prover/job.js";
import { segmentCount } from "../../src/circuit/descriptions.js";
import {
  loadModelForPrompt,
  wholeModelChain,
  wholeModelDescription,
  wholeModelWeights,
} from "../../src/prover/modelRequest.js";
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

/**
 * `zkattn:compile`: ensureMainCircuitBuild of a layer's or (--whole-model) the model's circuit, or
 * of every segment of its chain (private weights or --chain).
 */
export const compileAction = reportingUserErrors(
  async (
    args: ModelArgs & { wholeModel: boolean; chain: boolean },
    hre: HardhatRuntimeEnvironment,
  ): Promise<void> => {
    const root = hre.config.paths.root;
    const weights = parseWeightsOption(args.weights);
    let description;
    if (args.wholeModel) {
      const { task } = loadModelForPrompt(root, args.model, "zkattn:compile");
      const w = wholeModelWeights(weights);
      const chain = wholeModelChain(w, args.chain || undefined, "zkattn:compile");
      description = wholeModelDescription(root, args.model, task, w, "zkattn:compile", chain);
    } else description = layerDescription(args.model, args.layer, weights);
    for (let segment = 0; segment < segmentCount(description); segment++) {
      const b = await ensureMainCircuitBuild({ root, description, segment, log: console.log });
      console.log(
        `${b.compiled ? "compiled" : "up to date"}: ${path.relative(hre.config.paths.root, b.r1csPath)}`,
      );
    }
  },
);

/** `prove`: src/prover/proveFile.ts `proveToFile` (needs keys from `zkattn:setup`). */
export const proveAction = reportingUserErrors(
  async (
    args: ModelArgs & {
      prompt: string;
      tokens: string;
      input: string;
      submitter: string;
      out: string;
    },
    hre: HardhatRuntimeEnvironment,
  ): Promise<void> => {
    const root = hre.config.paths.root;
    try {
      const r = await proveToFile({
        root,
        model: args.model,
        layer: args.layer,
        weights: parseWeightsOption(args.weights),
        prompt: args.prompt || undefined,
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
      if ("generated" in r.proof) console.log(`proved: ${r.proof.result}`);
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
      if (r.kind === "model") console.log(`proved: ${r.result}`);
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
    args: ModelArgs & {
      prompt: string;
      tokens: string;
      input: string;
      bounty: boolean;
      chain: boolean;
      workers: number;
      queue: string;
      queueName: string;
      json: boolean;
    },
    hre: HardhatRuntimeEnvironment,
  ): Promise<void> => {
    const root = hre.config.paths.root;
    const log = (line: string) => console.log(line);
    try {
      const weights = parseWeightsOption(args.weights);
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
          prompt: args.prompt || undefined,
          tokens: args.tokens || undefined,
          inputFile: args.input || undefined,
          bounty: args.bounty,
          weights,
          chain: args.chain || undefined,
          workers: args.workers,
          queue: args.queue || undefined,
          queueName: args.queueName,
        },
      );
      console.log(
        `\n${r.kind === "model" ? `circuit ${r.circuit}: ` : ""}tx ${r.txHash} on chain ${r.chainId}, gas used ${r.gasUsed}, modelId ${r.modelId}${r.bountyId ? `, bounty ${r.bountyId} claimed` : ""}`,
      );
      console.log(`outputCommitment ${r.outputCommitment}`);
      if (r.kind === "block") {
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
      const segments =
        r.kind === "model" && "segments" in r.proof
          ? r.proof.segments.map((g) => ({
              circuit: g.circuit,
              prover: g.prover,
              witness: g.timings.witness,
              prove: g.timings.prove,
            }))
          : undefined;
      segments?.forEach((g, i) =>
        console.log(
          `segment ${i + 1}/${segments.length} ${g.circuit}: witness ${g.witness.toFixed(1)} s, proof ${g.prove.toFixed(1)} s (${g.prover})`,
        ),
      );
      if (r.kind === "model") console.log(`verified on chain: ${r.result}`);
      else console.log(`verified on chain ${r.chainId}: attention block of ${r.circuit}`);
      if (args.json) {
        const common = {
          verified: r.verified,
          modelId: r.modelId,
          txHash: r.txHash,
          gasUsed: Number(r.gasUsed),
          circuit: r.circuit,
          outputCommitment: r.outputCommitment,
        };
        const rest = {
          timings: r.timings,
          chainId: r.chainId,
          registry: r.registry,
          setupKind: r.setupKind,
          ...(r.bountyId ? { bountyId: r.bountyId } : {}),
        };
        console.log(
          JSON.stringify(
            r.kind === "model"
              ? {
                  ...common,
                  model: args.model,
                  prompt: r.prompt,
                  generated: r.generated,
                  output: r.result,
                  circuits: r.circuits,
                  ...(segments ? { segments } : {}),
                  ...rest,
                }
              : {
                  ...common,
                  output: r.output,
                  outputQuantized: r.outputQuantized,
                  ...rest,
                },
          ),
        );
      }
    } finally {
      await releaseCurve();
    }
  },
);
