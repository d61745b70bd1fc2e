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
 * - `stages: "all"` with `cuts` (stage names after which activations are committed, residual adds
 *   only): one circuit per segment, chained by commitments (src/circuit/segments.ts), named
 *   `<model>-model-seg<i>of<n>[-public-weights]` with i = 1 .. n (n = cuts.length + 1). The uncut
 *   description is the chain of length one and keeps the `<model>-model` names.
 * Other stage ranges are represented and validated but not generated yet.
 *
 * Every function deriving a name takes the 0-based segment index `segment` (default 0; the only
 * valid index of an uncut description); names and messages count segments from 1.
 *
 * Every error thrown here is an `Error` whose message starts with `descriptions: `.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { circuitBuildDir, mainCircuitFile } from "../artifacts.js";
import { verifierContractName } from "../setup/verifier.js";
import { validateCuts } from "./segments.js";
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

/** Number of circuits (segments) a description gives: cuts.length + 1. */
export function segmentCount(d: CircuitDescription): number {
  return (d.cuts?.length ?? 0) + 1;
}

/**
 * Checks a description's shape: T ≥ 1; whole-model circuits have 1 ≤ P ≤ T and G = T − P + 1;
 * weights `private`/`public`; cuts only on whole-model descriptions, each a residual add's name
 * in forward order (src/circuit/segments.ts `validateCuts`; whether the model has that layer is
 * checked when the circuit is generated).
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
  if (d.cuts !== undefined && !Array.isArray(d.cuts))
    fail(`${where}: cuts must be a list of stage names`);
  if (d.cuts && d.cuts.length > 0) {
    if (d.stages !== "all")
      fail(`${where}: cuts are only supported on whole-model ("all") descriptions; remove them`);
    try {
      validateCuts(d.cuts);
    } catch (e) {
      fail(`${where}: ${(e as Error).message}`);
    }
  }
}

function segmentPart(d: CircuitDescription, segment: number, sep: string): string {
  const n = segmentCount(d);
  if (!Number.isInteger(segment) || segment < 0 || segment >= n)
    fail(
      `${d.model} ${JSON.stringify(d.stages)}: segment index ${segment} is not in 0..${n - 1} (${n} segment${n === 1 ? "" : "s"})`,
    );
  return n === 1 ? "" : `${sep}seg${segment + 1}of${n}`;
}

/**
 * Circuit name (build/<name>/, circuits/main/<name>.circom): `<model>-model` for the whole model,
 * `<model>-model-seg<i>of<n>` for segment i (1-based) of a cut one, `<model>-layer<L>` for one
 * attention block; `-public-weights` appended in public-weights mode.
 * @param segment 0-based segment index (0 for an uncut description).
 * @throws `descriptions: ` error for a segment index out of range.
 */
export function circuitNameOf(d: CircuitDescription, segment = 0): string {
  const layer = attentionBlockLayer(d);
  const base =
    d.stages === "all"
      ? `${d.model}-model`
      : layer !== undefined
        ? `${d.model}-layer${layer}`
        : `${d.model}-${d.stages.from}-${d.stages.to}`.replace(/\./g, "_");
  return `${base}${segmentPart(d, segment, "-")}${d.weights === "public" ? PUBLIC_SUFFIX : ""}`;
}

/** Circom template name: the circuit name in PascalCase (`gpt-nano-sort-layer0` → `GptNanoSortLayer0`). */
export function templateNameOf(d: CircuitDescription, segment = 0): string {
  const camel = circuitNameOf(d, segment)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  return `${/^[0-9]/.test(camel) ? "M" : ""}${camel}`;
}

/** Main circuit file relative to the repository root (src/artifacts.ts layout). */
export function mainFileOf(d: CircuitDescription, segment = 0): string {
  return mainCircuitFile(circuitNameOf(d, segment));
}

/** The circuit's build directory (src/artifacts.ts layout). */
export function buildDirOf(root: string, d: CircuitDescription, segment = 0): string {
  return circuitBuildDir(root, circuitNameOf(d, segment));
}

/** Verifier contract name (src/setup/verifier.ts rule applied to the circuit name). */
export function verifierContractOf(d: CircuitDescription, segment = 0): string {
  return verifierContractName(circuitNameOf(d, segment));
}

/**
 * Registry record name: `<model>/layer<L>`, `<model>/model` or `<model>/model/seg<i>of<n>` (a
 * segment of a cut description, each registered with its own modelCommitment), with
 * `/public-weights` in public-weights mode (the two modes commit to the same weights; the name
 * keeps them apart).
 */
export function recordNameOf(d: CircuitDescription, segment = 0): string {
  const layer = attentionBlockLayer(d);
  const part =
    d.stages === "all"
      ? "model"
      : layer !== undefined
        ? `layer${layer}`
        : `${d.stages.from}-${d.stages.to}`;
  return `${d.model}/${part}${segmentPart(d, segment, "/")}${d.weights === "public" ? "/public-weights" : ""}`;
}

/** Default ERC-7992 registry uri: `zkattn:<record name>`. */
export function registryUriOf(d: CircuitDescription, segment = 0): string {
  return `zkattn:${recordNameOf(d, segment)}`;
}

/**
 * Registry record name of a cut description's whole chain (registered once, `registerModelChain`):
 * `<model>/model/chain<n>`, with `/public-weights` in public-weights mode.
 * @throws `descriptions: ` error for an uncut description (its record is {@link recordNameOf}).
 */
export function chainRecordNameOf(d: CircuitDescription): string {
  const n = segmentCount(d);
  if (d.stages !== "all" || n < 2)
    fail(
      `${d.model} ${JSON.stringify(d.stages)}: not a cut whole-model description, so not a chain`,
    );
  return `${d.model}/model/chain${n}${d.weights === "public" ? "/public-weights" : ""}`;
}

/** ERC-7992 uri of a chain: `zkattn:<chain record name>` ({@link chainRecordNameOf}). */
export function chainUriOf(d: CircuitDescription): string {
  return `zkattn:${chainRecordNameOf(d)}`;
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
    for (let k = 0; k < segmentCount(d); k++) {
      const name = circuitNameOf(d, k);
      if (seen.has(name)) fail(`two descriptions derive the circuit name ${name}`);
      seen.add(name);
    }
  }
  return raw.circuits;
}
