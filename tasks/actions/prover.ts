import path from "node:path";

import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { loadGptModel } from "../../src/model/stateDict.js";
import { parseWeightsMode } from "../../src/circuit/mainCircuits.js";
import { ensureCircuitBuild, circuitName } from "../../src/prover/build.js";
import { predictionsWithBlockOutput } from "../../src/prover/decode.js";
import { blockInputFromTokens, parseTokens, readBlockInputFile } from "../../src/prover/input.js";
import { loadModelByName, proveAndSubmit } from "../../src/prover/job.js";
import { proveInference, writeProofFile } from "../../src/prover/prove.js";
import { ProofFileError, verifyProofFile } from "../../src/prover/verifyFile.js";
import { directBinding } from "../../src/contracts/calldata.js";
import { releaseCurve } from "../../src/setup/index.js";
import { readManifest } from "../../src/setup/manifest.js";
import { consoleLogger } from "../../src/setup/progress.js";

interface ModelArgs {
  model: string;
  layer: number;
  weights: string;
}

/** `zkattn:compile`: ensureCircuitBuild. */
export async function compileAction(
  args: ModelArgs,
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
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
}

/** `prove`: needs keys from `zkattn:setup`; writes a proof file. */
export async function proveAction(
  args: ModelArgs & { tokens: string; input: string; submitter: string; out: string },
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  const root = hre.config.paths.root;
  try {
    const q = loadModelByName(root, args.model);
    const p = q.layers[args.layer];
    if (!p)
      throw new Error(
        `prove: model ${args.model} has layers 0 .. ${q.layers.length - 1}, not ${args.layer}`,
      );
    if (!args.tokens === !args.input)
      throw new Error("prove: pass exactly one of --tokens or --input");
    const input = args.tokens
      ? blockInputFromTokens(
          loadGptModel(path.join(root, "models", args.model, q.source.file)),
          p,
          parseTokens(args.tokens, q.config),
        )
      : readBlockInputFile(path.resolve(args.input), p);
    const weights = parseWeightsMode(args.weights);
    const name = circuitName(args.model, args.layer, weights);
    const manifest = await readManifest(path.join(root, "build", name, "manifest.json"));
    if (!manifest) {
      throw new Error(
        `prove: no keys for circuit ${name}; run \`npx hardhat zkattn:setup circuits/main/${name}.circom --export-verifier\` first (or \`npx hardhat prove-and-submit\`, which sets up on development chains)`,
      );
    }
    const wasmPath = path.join(
      root,
      "build",
      name,
      manifest.wasm?.file ?? `${name}_js/${name}.wasm`,
    );
    let submitter = args.submitter;
    if (!submitter) {
      const conn = await hre.network.getOrCreate();
      submitter = (await conn.ethers.getSigners())[0].address;
    }
    console.log(`prove: ${name}, bound to ${submitter}...`);
    const { result, timings } = await proveInference({
      model: args.model,
      p,
      input,
      binding: directBinding(submitter),
      wasmPath,
      zkeyPath: path.join(root, "build", name, manifest.zkey.file),
      circuit: name,
      circuitHash: manifest.circuitHash,
      vkHash: manifest.vkHash,
      weights,
    });
    await writeProofFile(args.out, result);
    console.log(
      `prove: wrote ${args.out} in ${timings.prove.toFixed(1)} s (outputCommitment ${result.publicSignals.outputCommitment})`,
    );
  } finally {
    await releaseCurve();
  }
}

/** `zkattn:verify <proof>`: checks every field of the proof file (src/prover/verifyFile.ts). */
export async function verifyAction(
  args: { proof: string },
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
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
}

/** `prove-and-submit`: src/prover/job.ts `proveAndSubmit`, then a human summary or one JSON line. */
export default async function proveAndSubmitAction(
  args: ModelArgs & { tokens: string; input: string; bounty: boolean; json: boolean },
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  const root = hre.config.paths.root;
  const log = (line: string) => console.log(line);
  try {
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
        weights: parseWeightsMode(args.weights),
      },
    );
    const t = r.timings;
    console.log(
      `\nverified on chain ${r.chainId}: tx ${r.txHash}, gas used ${r.gasUsed}, modelId ${r.modelId}${r.bountyId ? `, bounty ${r.bountyId} claimed` : ""}`,
    );
    console.log(`outputCommitment ${r.outputCommitment}`);
    const flat = r.output.flat();
    const maxAbs = Math.max(...flat.map(Math.abs));
    console.log(
      `output: ${r.output.length} x ${r.output[0].length} attention-block activations, max |y| ${maxAbs.toFixed(4)}, ${r.outputQuantized.flat().filter((v) => v === 127 || v === -128).length} saturated int8 values`,
    );
    if (args.tokens) {
      const q = loadModelByName(root, args.model);
      const float = loadGptModel(path.join(root, "models", args.model, q.source.file));
      const tokens = parseTokens(args.tokens, q.config);
      const pred = predictionsWithBlockOutput(float, tokens, args.layer, r.output);
      const half = Math.floor((tokens.length + 1) / 2);
      console.log(
        `decoded: with the proved layer-${args.layer} attention, the model predicts ${pred.slice(half - 1).join(" ")} after ${tokens.slice(0, half).join(" ")} (sorted: ${[...tokens.slice(0, half)].sort((a, b) => a - b).join(" ")})`,
      );
    }
    console.log(
      `time: ${Object.entries(t)
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
}
