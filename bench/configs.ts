/**
 * Benchmark configurations of `npm run bench` (issue 6): the real layer (gpt-nano-sort layer 0,
 * the committed main circuits: private weights, and public-weights mode) and two smaller
 * synthetic layers generated into build/bench/.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { generateLayerCircuit, type WeightsMode } from "../src/circuit/generator.js";
import { circuitName, mainCircuitPath } from "../src/circuit/mainCircuits.js";
import { syntheticInput, syntheticLayer } from "../src/circuit/synthetic.js";
import { loadGptModel, loadPartials } from "../src/model/stateDict.js";
import { allSortInputs, sortContext } from "../src/model/tokens.js";
import { blockInputFromTokens } from "../src/prover/input.js";
import { measureAccuracy } from "../src/quant/accuracy.js";
import { loadQuantizedModel } from "../src/quant/modelFile.js";
import type { QuantizedAttentionLayer } from "../src/quant/types.js";
import { writeTextAtomically } from "../src/setup/fsutil.js";

/** A prepared configuration: what to compile, with which layer and input. */
export interface PreparedConfig {
  name: string;
  /** The .circom main circuit, relative to the project root. */
  circuit: string;
  /** The layer the circuit was generated from. */
  layer: QuantizedAttentionLayer;
  /** The circuit's weights mode (selects the circuit input's shape). */
  weights: WeightsMode;
  /** Block input xQ [T][D] (int8). */
  xQ: number[][];
  /**
   * Cosine of the dequantized block output against the float block, or null when there is no
   * float model (synthetic layers: their integer parameters are random, not a quantized float
   * layer, so "quantization accuracy" is undefined for them).
   */
  cosine: () => number | null;
  /** How `cosine` is defined for this row (printed in results.json). */
  cosineNote: string;
}

/** One benchmark configuration. */
export interface BenchConfig {
  name: string;
  /** Short description (shape). */
  description: string;
  /** Writes/locates the circuit and builds the input (cheap; no compile). */
  prepare(root: string): Promise<PreparedConfig>;
}

/** Name of the real layer's configuration (the issue asks for a row named with "gpt-nano"). */
export const REAL_LAYER = circuitName("gpt-nano-sort", 0);
/** Name of the real layer's public-weights-mode configuration. */
export const REAL_LAYER_PUBLIC = circuitName("gpt-nano-sort", 0, "public");

/**
 * A synthetic layer T×D with H heads: {@link syntheticLayer} parameters (seed `seed`), its main
 * circuit from {@link generateLayerCircuit} (default Freivalds matmul, as for the real layer)
 * written to build/bench/<name>/<name>.circom, and a {@link syntheticInput} of the full int8 range.
 */
function synthetic(name: string, T: number, D: number, H: number, seed: number): BenchConfig {
  return {
    name,
    description: `synthetic T=${T} D=${D} H=${H} (seed ${seed})`,
    async prepare(root) {
      const layer = syntheticLayer({ dModel: D, nHead: H, blockSize: T, seed });
      const templateName = name.replace(/[^A-Za-z0-9]/g, "_").replace(/^(\d)/, "_$1");
      const g = generateLayerCircuit(layer, {
        source: `bench/configs.ts syntheticLayer(dModel ${D}, nHead ${H}, blockSize ${T}, seed ${seed})`,
        templateName,
      });
      const circuit = path.join("build", "bench", name, `${name}.circom`);
      await mkdir(path.join(root, path.dirname(circuit)), { recursive: true });
      await writeTextAtomically(path.join(root, circuit), g.source);
      return {
        name,
        circuit,
        layer,
        weights: "private",
        xQ: syntheticInput(T, D, seed + 1),
        cosine: () => null,
        cosineNote:
          "null: a synthetic layer has random integer parameters and no float counterpart",
      };
    },
  };
}

/**
 * The real layer: models/gpt-nano-sort/quantized.json layer 0 and its committed main circuit in
 * weights mode `weights`; input = the ln1 activations of the sample prompt
 * `0,0,2,1,0,1,0,0,0,1,1` quantized with the layer's scales; cosine = src/quant/accuracy.ts
 * measureAccuracy's block-output cosine (the same sequences as scripts/accuracy.ts: 3 PyTorch
 * samples + 729 sort contexts; both modes prove the same integer computation).
 */
const realLayer = (name: string, weights: WeightsMode): BenchConfig => ({
  name,
  description: `gpt-nano-sort layer 0 (T=11 D=48 H=3), ${weights} weights`,
  async prepare(root) {
    const dir = path.join(root, "models", "gpt-nano-sort");
    const q = loadQuantizedModel(dir);
    const layer = q.layers[0];
    const circuit = mainCircuitPath("gpt-nano-sort", 0, weights);
    if (!existsSync(path.join(root, circuit))) {
      throw new Error(
        `bench: ${circuit} is missing; generate it with \`npx tsx scripts/gen-circuits.ts\``,
      );
    }
    const float = loadGptModel(path.join(dir, q.source.file));
    const tokens = [0, 0, 2, 1, 0, 1, 0, 0, 0, 1, 1];
    return {
      name,
      circuit,
      layer,
      weights,
      xQ: blockInputFromTokens(float, layer, tokens).xQ,
      cosine: () => {
        const partials = loadPartials(path.join(dir, "source/gpt-nano-sort-t0-partials.json"));
        const prompts = allSortInputs();
        const sequences = [...partials.idx, ...prompts.map(sortContext)];
        return measureAccuracy(float, q.layers, 0, sequences, prompts).cosine;
      },
      cosineNote:
        "measureAccuracy (src/quant/accuracy.ts) block-output cosine vs float, layer 0, 732 sequences",
    };
  },
});

/** All configurations, smallest first. */
export const BENCH_CONFIGS: readonly BenchConfig[] = [
  synthetic("synthetic-t4-d8-h2", 4, 8, 2, 6001),
  synthetic("synthetic-t8-d16-h2", 8, 16, 2, 6002),
  realLayer(REAL_LAYER_PUBLIC, "public"),
  realLayer(REAL_LAYER, "private"),
];

/**
 * A whole-model configuration (issue 11): the model's whole-model circuit in public-weights mode
 * (circuits/circuits.json, `stages: "all"`), proved on one prompt as `prove-and-submit --prompt`
 * does (src/prover/modelRequest.ts `resolveModelRequest`, src/prover/proveModel.ts). The
 * private-weights whole model (~2.3 M constraints, 2^22) is benchmarked as a chain of segment
 * circuits instead ({@link SEGMENT_CHAIN_CONFIGS}).
 */
export interface WholeModelConfig {
  /** Row name = the circuit name (`<model>-model-public-weights`). */
  name: string;
  /** Model directory under models/. */
  model: string;
  /** `--prompt` of the proof (the task's prompt length). */
  prompt: string;
  description: string;
}

/** The bundled models' whole-model rows (`npm run bench -- --whole-model`), smallest first. */
export const WHOLE_MODEL_CONFIGS: readonly WholeModelConfig[] = [
  {
    name: "mingpt-adder-model-public-weights",
    model: "mingpt-adder",
    prompt: "8,5,5,0",
    description: "mingpt-adder whole model (T=6: prompt 4, generated 3), public weights",
  },
  {
    name: "gpt-nano-sort-model-public-weights",
    model: "gpt-nano-sort",
    prompt: "2,0,1,1,0,2",
    description: "gpt-nano-sort whole model (T=11: prompt 6, generated 6), public weights",
  },
];

/**
 * A chain of segment circuits (issue 14): a cut whole-model description of circuits/circuits.json
 * (`stages: "all"` with `cuts`, src/circuit/segments.ts), every segment proved on one prompt
 * (`npm run bench -- --segments`). The private-weights whole model (~2.3 M constraints) is only
 * provable this way on this machine.
 */
export interface SegmentChainConfig {
  /** Row name of the chain (the segments' rows are named by their circuits). */
  name: string;
  /** Model directory under models/. */
  model: string;
  weights: WeightsMode;
  /** The description's `cuts`: which cut description of the model this chain is. */
  cuts: readonly string[];
  /** The proved prompt (the task's prompt length). */
  prompt: string;
  description: string;
}

/** The benchmarked chains (`npm run bench -- --segments`). */
export const SEGMENT_CHAIN_CONFIGS: readonly SegmentChainConfig[] = [
  {
    name: "gpt-nano-sort-model-4-segments",
    model: "gpt-nano-sort",
    weights: "private",
    cuts: ["h0.mlpResid", "h1.mlpResid", "h2.mlpResid"],
    prompt: "2,0,1,1,0,2",
    description:
      "gpt-nano-sort whole model (T=11: prompt 6, generated 6), private weights, cut after every block's MLP residual add: 4 segment circuits",
  },
];
