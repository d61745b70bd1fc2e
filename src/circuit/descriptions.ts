/**
 * Circuit descriptions (circuits/circuits.json): one declarative entry per generated main circuit
 * (model, stages, sequence length, prompt and generated counts, weights mode, cuts), in the spirit
 * of Semaphore's circuits.json. Everything else a circuit is known by derives from its description
 * HERE and nowhere else: circuit name (= build/ subdirectory and main file base name), circom
 * template name, main file, verifier contract name, registry record name and uri.
 *
 * Two shapes:
 * - `stages: "all"`: the whole model, token ids in, the greedily generated tokens out
 *   (src/circuit/modelGenerator.ts); `<model>-model[-public-weights]`.
 * - `stages: {from, to}` with from = to = `h<L>.attention`: today's single attention-block circuit
 *   (src/circuit/generator.ts, activations in and out, committed), `<model>-layer<L>[-public-weights]`
 *   — names unchanged, so the committed verifiers and deployments keep theirs.
 * Other stage ranges and cuts (stage boundaries where activations are committed, so a later issue
 * can chain segments) are represented and validated but not generated yet.
 *
 * Every error thrown here is an `Error` whose message starts with `descriptions: `.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { circuitBuildDir, mainCircuitFile } from "../artifacts.js";
import { verifierContractName } from "../setup/verifier.js";
import type { WeightsMode } from "./types.js";

/** Path of the descriptions file relative to the repository root. */
export const CIRCUIT_DESCRIPTIONS_FILE = "circuits/circuits.json";

/** A contiguous range of stages by name (inclusive), e.g. `{from: "h0.attention", to: "h0.attention"}`. */
export interface StageRange {
  from: string;
  to: string;
}

/** One circuit's description. */
export interface CircuitDescription {
  /** Model directory name under models/. */
  model: string;
  /** `"all"` (whole model, tokens in, generated tokens out) or a stage range. */
  stages: "all" | StageRange;
  /** Sequence length T of the circuit. */
  T: number;
  /** Prompt tokens P (whole-model circuits): the greedy check starts at position P − 1. */
  promptLength?: number;
  /** Generated tokens G = T − P + 1 (whole-model circuits; the argmax of the last position is the last one). */
  generated?: number;
  weights: WeightsMode;
  /** Stage names after which activations are committed (segment boundaries); empty = uncut. */
  cuts?: string[];
}

function fail(msg: string): never {
  throw new Error(`descriptions: ${msg}`);
}

const PUBLIC_SUFFIX = "-public-weights";

/** The attention layer a single-block description covers, or undefined for any other description. */
export function attentionBlockLayer(d: CircuitDescription): number | undefined {
  if (d.stages === "all" || d.stages.from !== d.stages.to) return undefined;
  const m = /^h(\d+)\.attention$/.exec(d.stages.from);
  return m ? Number(m[1]) : undefined;
}

/**
 * Checks a description's shape: T ≥ 1; whole-model circuits have 1 ≤ P ≤ T and G = T − P + 1;
 * weights `private`/`public`; cuts empty (segment generation is a later issue).
 * @throws `descriptions: ` error naming the field and the fix.
 */
export function validateDescription(d: CircuitDescription): void {
  const where = `${d.model} ${JSON.stringify(d.stages)} (${d.weights})`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(d.model))
    fail(`${where}: model "${d.model}" is not a model directory name`);
  if (d.weights !== "private" && d.weights !== "public")
    fail(`${where}: weights must be "private" or "public"`);
  if (!Number.isInteger(d.T) || d.T < 1) fail(`${where}: T = ${d.T} must be a positive integer`);
  if (d.stages === "all") {
    const P = d.promptLength;
    if (P === undefined || !Number.isInteger(P) || P < 1 || P > d.T)
      fail(`${where}: promptLength must be in 1..T = ${d.T}`);
    if (d.generated !== d.T - P + 1)
      fail(
        `${where}: generated = ${d.generated} but T − promptLength + 1 = ${d.T - P + 1} (one pass over prompt + generated − 1 tokens)`,
      );
  } else if (attentionBlockLayer(d) === undefined) {
    fail(`${where}: only "all" or one attention block (h<L>.attention) are generated today`);
  }
  if (d.cuts && d.cuts.length > 0)
    fail(
      `${where}: cuts ${d.cuts.join(", ")}: segment circuits are not generated yet; remove the cuts`,
    );
}

/**
 * Circuit name (build/<name>/, circuits/main/<name>.circom): `<model>-model` for the whole model,
 * `<model>-layer<L>` for one attention block; `-public-weights` appended in public-weights mode;
 * cuts (a later issue) append `-cut-<stage>`.
 */
export function circuitNameOf(d: CircuitDescription): string {
  const layer = attentionBlockLayer(d);
  const base =
    d.stages === "all"
      ? `${d.model}-model`
      : layer !== undefined
        ? `${d.model}-layer${layer}`
        : `${d.model}-${d.stages.from}-${d.stages.to}`.replace(/\./g, "_");
  const cuts = (d.cuts ?? []).map((c) => `-cut-${c.replace(/\./g, "_")}`).join("");
  return `${base}${cuts}${d.weights === "public" ? PUBLIC_SUFFIX : ""}`;
}

/** Circom template name: the circuit name in PascalCase (`gpt-nano-sort-layer0` → `GptNanoSortLayer0`). */
export function templateNameOf(d: CircuitDescription): string {
  const camel = circuitNameOf(d)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  return `${/^[0-9]/.test(camel) ? "M" : ""}${camel}`;
}

/** Main circuit file relative to the repository root (src/artifacts.ts layout). */
export function mainFileOf(d: CircuitDescription): string {
  return mainCircuitFile(circuitNameOf(d));
}

/** The circuit's build directory (src/artifacts.ts layout). */
export function buildDirOf(root: string, d: CircuitDescription): string {
  return circuitBuildDir(root, circuitNameOf(d));
}

/** Verifier contract name (src/setup/verifier.ts rule applied to the circuit name). */
export function verifierContractOf(d: CircuitDescription): string {
  return verifierContractName(circuitNameOf(d));
}

/**
 * Registry record name: `<model>/layer<L>` or `<model>/model`, with `/public-weights` in
 * public-weights mode (the two modes commit to the same weights; the name keeps them apart).
 */
export function recordNameOf(d: CircuitDescription): string {
  const layer = attentionBlockLayer(d);
  const part =
    d.stages === "all"
      ? "model"
      : layer !== undefined
        ? `layer${layer}`
        : `${d.stages.from}-${d.stages.to}`;
  return `${d.model}/${part}${d.weights === "public" ? "/public-weights" : ""}`;
}

/** Default ERC-7992 registry uri: `zkattn:<record name>`. */
export function registryUriOf(d: CircuitDescription): string {
  return `zkattn:${recordNameOf(d)}`;
}

/**
 * Reads and validates circuits/circuits.json under `root`.
 * @throws `descriptions: ` error for a missing or malformed file or an invalid description.
 */
export function loadDescriptions(root: string): CircuitDescription[] {
  const file = path.join(root, CIRCUIT_DESCRIPTIONS_FILE);
  let raw: { circuits?: CircuitDescription[] };
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as { circuits?: CircuitDescription[] };
  } catch (e) {
    fail(`cannot read ${CIRCUIT_DESCRIPTIONS_FILE}: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw.circuits)) fail(`${CIRCUIT_DESCRIPTIONS_FILE} has no "circuits" array`);
  const seen = new Set<string>();
  for (const d of raw.circuits) {
    validateDescription(d);
    const name = circuitNameOf(d);
    if (seen.has(name)) fail(`two descriptions derive the circuit name ${name}`);
    seen.add(name);
  }
  return raw.circuits;
}
