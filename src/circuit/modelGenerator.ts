/**
 * Whole-model circuit generator: strings the stage emissions (src/stages/emit.ts) of a model into
 * one main template whose public inputs are {@link PUBLIC_SIGNALS}, in order:
 * - modelCommitment: public weights, pinned to the constant {@link modelCommitmentOfStages};
 *   private weights, Sponge(1, …) over the stages' commitment arrays in stage order (each array's
 *   packing is its parameters' range check);
 * - inputCommitment = Sponge(2, [packed prompt tokens, salt]) ({@link promptCommitment});
 * - outputCommitment (the output): the G = T − P + 1 generated tokens (the argmax stage's output,
 *   which also checks the greedy relation) packed 16 bits per token when G ≤ 15
 *   ({@link generatedOutput}), else Sponge(3, …) over them;
 * - binding: constrained by a dummy square.
 * Private inputs: tokens[T] (prompt + the first G − 1 generated), salt, and in private-weights
 * mode every stage's private parameters.
 *
 * Glue soundness (docs/design.md): the token packings are linear combinations, sound because the
 * embedding stage proves every token in [0, V) by its one-hot (V < 2^15) and the argmax stage
 * proves every generated token in [0, V); no `<--` here.
 *
 * Segments (`cuts`, src/circuit/segments.ts for the design and its soundness): segment k of n
 * emits only its stages; a segment after a cut takes the residual stream as the private input
 * `streamIn[T][D]` and its inputCommitment is the cut commitment over `PackSigned(T·D, 16)` of it
 * (the range check the next stages rely on), the tokens and `salt`; a segment before a cut has
 * the cut commitment of its last residual add's output (`PackOffset`, range proven by the clamp),
 * the tokens and `outSalt` as its outputCommitment. The first segment keeps the prompt commitment,
 * the last one the generated tokens; modelCommitment covers the segment's stages only.
 *
 * Every error thrown here is an `Error` whose message starts with `model generator: `.
 */
import { RESIDUAL_BITS } from "../stages/common.js";
import type { Stage } from "../stages/common.js";
import { stageId, type StageEmission } from "../stages/emit.js";
import { intModelStages, type IntModelParams } from "../stages/model.js";
import { COMMITMENT_TAG } from "../quant/constants.js";
import {
  MAX_PACKED_TOKENS,
  modelCommitmentOfStages,
  packCount,
  TOKEN_BITS,
} from "./commitments.js";
import { packedCount, packSigned as packSignedConstraints, sponge } from "./constraints.js";
import { PUBLIC_SIGNALS } from "./publicSignals.js";
import { splitStages } from "./segments.js";
import type { WeightsMode } from "./types.js";

function fail(msg: string): never {
  throw new Error(`model generator: ${msg}`);
}

/** Options of {@link generateModelCircuit}. */
export interface ModelCircuitOptions {
  /** Sequence length T (prompt + generated − 1), 1 ≤ T ≤ block_size. */
  T: number;
  /** Prompt tokens P, 1 ≤ P ≤ T. */
  promptLength: number;
  weights: WeightsMode;
  /** Main template name (a circom identifier). */
  templateName: string;
  /** Where the parameters came from (header comment). */
  source: string;
  /** Stage names after which activations are committed (src/circuit/segments.ts); default none. */
  cuts?: readonly string[];
  /** 0-based index of the segment to generate (default 0; 0 is the only one without cuts). */
  segment?: number;
}

/** Which segment of how many a generated circuit is. */
export interface SegmentPosition {
  /** 0-based segment index. */
  index: number;
  /** Number of segments n = cuts.length + 1 (1: the uncut whole model). */
  count: number;
}

/** One stage as emitted into the whole-model circuit. */
export interface EmittedStage {
  stage: Stage;
  /** Identifier prefix (stageId of the stage name). */
  id: string;
  emission: StageEmission;
  /** Whether the stage was told its inputs are range-proven by their producers. */
  inputsRangeChecked: boolean;
}

/** A generated whole-model circuit. */
export interface GeneratedModelCircuit {
  source: string;
  stages: EmittedStage[];
  /** Public weights: the pinned modelCommitment; private weights: undefined (computed in-circuit). */
  modelCommitment?: bigint;
  /** Constraints of everything outside the stages, by part (formula). */
  glue: Record<string, number>;
  segment: SegmentPosition;
}

/** Circom expressions of a stage's inputs given the residual stream and the previous output. */
function stageInputs(kind: string, stream: string, prev: string): string[] {
  switch (kind) {
    case "embedding":
      return ["tokens"];
    case "residual":
      return [stream, prev];
    case "argmax":
      return [prev, "tokens"];
    default:
      return [prev];
  }
}

/**
 * Whether a stage may skip its input range checks: public weights, every LayerNorm and residual
 * add (their inputs are residual adds' clamped outputs, the embedding's constant-table sums
 * (checked below to fit RESIDUAL_BITS), attention's saturated int8 or the MLP's exact
 * accumulators over constant weights, whose bound the residual is given); private weights, only a
 * LayerNorm fed by a residual add (clamp proven from its quotient's bits).
 */
function skipsInputChecks(s: Stage, prev: Stage | undefined, weights: WeightsMode): boolean {
  if (s.kind !== "layerNorm" && s.kind !== "residual") return false;
  if (weights === "public") return true;
  return s.kind === "layerNorm" && prev?.kind === "residual";
}

/** Elements of a cut commitment's sponge: the stream [T][D] and the T tokens packed 16 bits each, the salt. */
const cutSpongeLength = (T: number, D: number) =>
  packedCount(T * D, RESIDUAL_BITS) + packedCount(T, TOKEN_BITS) + 1;

/**
 * Constraint formula of the glue (commitments, output packing, binding) of a segment (default:
 * the uncut whole model). `stages` are the segment's stages, `dModel` the width D of the stream.
 */
export function modelGlueConstraints(
  stages: readonly Stage[],
  T: number,
  promptLength: number,
  weights: WeightsMode,
  segment: SegmentPosition = { index: 0, count: 1 },
  dModel = 0,
): Record<string, number> {
  const G = T - promptLength + 1;
  const first = segment.index === 0;
  const last = segment.index === segment.count - 1;
  const glue: Record<string, number> = {};
  if (first)
    glue["inputCommitment Poseidon (prompt + salt)"] = sponge(
      packedCount(promptLength, TOKEN_BITS) + 1,
    );
  else {
    glue["input activations range checks (PackSigned 16)"] = packSignedConstraints(
      T * dModel,
      RESIDUAL_BITS,
    );
    if (last)
      glue["input tokens range checks (PackSigned 16)"] = packSignedConstraints(T, TOKEN_BITS);
    glue["inputCommitment Poseidon (stream + tokens + salt)"] = sponge(cutSpongeLength(T, dModel));
  }
  if (last)
    glue[G <= MAX_PACKED_TOKENS ? "output packing (linear)" : "output Poseidon"] =
      G <= MAX_PACKED_TOKENS ? 0 : sponge(packedCount(G, TOKEN_BITS));
  else
    glue["outputCommitment Poseidon (stream + tokens + salt)"] = sponge(cutSpongeLength(T, dModel));
  glue["binding square"] = 1;
  if (weights === "public") glue["modelCommitment pinned to the constant"] = 1;
  else
    glue["modelCommitment Poseidon"] = sponge(
      stages.reduce((a, s) => a + s.commitmentElements().length, 0),
    );
  return glue;
}

/** The segments of a model at the cuts, with the stage that precedes each segment (undefined for the first). */
function segmentsOf(
  p: IntModelParams,
  cuts: readonly string[],
): { stages: Stage[]; before: Stage | undefined }[] {
  let parts: Stage[][];
  try {
    parts = splitStages(intModelStages(p), cuts);
  } catch (e) {
    fail((e as Error).message);
  }
  return parts.map((stages, k) => ({ stages, before: k === 0 ? undefined : parts[k - 1].at(-1) }));
}

/** The segment index of the options, checked against the segment count. */
function segmentIndex(o: { segment?: number }, count: number): number {
  const k = o.segment ?? 0;
  if (!Number.isInteger(k) || k < 0 || k >= count)
    fail(`segment ${k} is not in 0..${count - 1} (${count} segments)`);
  return k;
}

/**
 * Generates the whole-model main circuit of a quantized model, or one segment of it when
 * `o.cuts` is non-empty (`o.segment`, 0-based; src/circuit/segments.ts).
 * @throws `model generator: ` error for T, P out of range, a stage without an emitter, an
 *   embedding whose outputs exceed the residual width in public mode, an invalid cut or segment
 *   index; stage emitters' errors.
 */
export function generateModelCircuit(
  p: IntModelParams,
  o: ModelCircuitOptions,
): GeneratedModelCircuit {
  const { T, promptLength: P, weights } = o;
  if (!Number.isInteger(T) || T < 1 || T > p.blockSize)
    fail(`T = ${T} must be in 1..block_size ${p.blockSize}`);
  if (!Number.isInteger(P) || P < 1 || P > T) fail(`promptLength ${P} must be in 1..T = ${T}`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(o.templateName))
    fail(`template name "${o.templateName}" is not a circom identifier`);
  if (p.vocabSize >= 1 << (TOKEN_BITS - 1))
    fail(`vocabulary ${p.vocabSize} does not fit the ${TOKEN_BITS}-bit token packing`);
  const G = T - P + 1;
  const D = p.dModel;
  const segs = segmentsOf(p, o.cuts ?? []);
  const k = segmentIndex(o, segs.length);
  const segment: SegmentPosition = { index: k, count: segs.length };
  const isFirst = k === 0;
  const isLast = k === segs.length - 1;
  const { stages, before } = segs[k];
  const emb = intModelStages(p)[0];
  const lim = 1n << BigInt(RESIDUAL_BITS - 1);
  if (weights === "public" && (emb.outputBound.min < -lim || emb.outputBound.max >= lim))
    fail(`the embedding's outputs exceed ${RESIDUAL_BITS} signed bits`);
  const emitted: EmittedStage[] = [];
  // A later segment starts from the private input streamIn (range-checked by its commitment's
  // PackSigned below, as the producing residual add's clamp proves it in the uncut circuit).
  let stream = isFirst ? "" : "streamIn";
  let prev = stream;
  let prevStage: Stage | undefined = before;
  for (const s of stages) {
    if (!s.emitCircom) fail(`stage ${s.name} (${s.kind}) has no circom emitter yet`);
    const id = stageId(s.name);
    const inputsRangeChecked = skipsInputChecks(s, prevStage, weights);
    const emission = s.emitCircom({
      weights,
      T,
      id,
      inputs: stageInputs(s.kind, stream, prev),
      inputsRangeChecked,
      promptLength: P,
    });
    emitted.push({ stage: s, id, emission, inputsRangeChecked });
    prev = emission.output;
    if (s.kind === "embedding" || s.kind === "residual") stream = emission.output;
    prevStage = s;
  }
  const last = emitted[emitted.length - 1];
  if (isLast && last.stage.kind !== "argmax") fail("the last stage must be argmax");
  if (!isLast && last.stage.kind !== "residual")
    fail(`segment ${k + 1} must end with a residual add, not ${last.stage.name}`);
  const generated = last.emission.output;

  const includes = [
    ...new Set(["circuits/lib/pack.circom", ...emitted.flatMap((e) => e.emission.includes)]),
  ];
  const declarations = emitted.flatMap((e) => e.emission.declarations);
  const privateInputs = emitted.flatMap((e) => e.emission.privateInputs);
  const decl = (i: { name: string; shape: number[] }) =>
    `    signal input ${i.name}${i.shape.map((n) => `[${n}]`).join("")};`;

  const per = packCount(TOKEN_BITS);
  const offset = 1n << BigInt(TOKEN_BITS - 1);
  const packTerms = (arr: string, from: number, to: number, off: bigint) =>
    Array.from({ length: to - from }, (_, j) => {
      const term = off ? `(${arr}[${from + j}] + ${off})` : `${arr}[${from + j}]`;
      return j === 0 ? term : `${term} * ${1n << BigInt(TOKEN_BITS * j)}`;
    }).join(" + ");
  const mPrompt = packedCount(P, TOKEN_BITS);
  const mStream = packedCount(T * D, RESIDUAL_BITS);
  const mTokens = packedCount(T, TOKEN_BITS);
  const glueLines: string[] = [];
  if (segment.count > 1) {
    glueLines.push(
      isFirst
        ? `    // Token ids packed 16 bits each (linear: the embedding's one-hot proves every token in [0, ${p.vocabSize})).`
        : isLast
          ? `    // Why: the argmax reads the tokens one by one; range-checking each to 16 signed bits makes their packing`
          : `    // Token ids as committed at the previous cut: the same packed elements go into the output commitment`,
      isFirst
        ? `    component tokensPack = PackOffset(${T}, ${TOKEN_BITS});`
        : isLast
          ? `    // injective, so they are the tokens the first segment's embedding read (src/circuit/segments.ts).`
          : `    // (pass-through; this segment reads no token, so no range check is needed).`,
    );
    if (!isFirst)
      glueLines.push(
        `    component tokensPack = ${isLast ? "PackSigned" : "PackOffset"}(${T}, ${TOKEN_BITS});`,
      );
    glueLines.push(`    tokensPack.in <== tokens;`);
  }
  const cutHash = (name: string, pack: string, salt: string, tag: bigint) => [
    `    component ${name} = Sponge(${mStream + mTokens + 1}, ${tag});`,
    `    for (var glue_e = 0; glue_e < ${mStream}; glue_e++) {`,
    `        ${name}.in[glue_e] <== ${pack}.out[glue_e];`,
    `    }`,
    `    for (var glue_e = 0; glue_e < ${mTokens}; glue_e++) {`,
    `        ${name}.in[${mStream} + glue_e] <== tokensPack.out[glue_e];`,
    `    }`,
    `    ${name}.in[${mStream + mTokens}] <== ${salt};`,
  ];
  const flatPack = (name: string, template: string, src: string) => [
    `    component ${name} = ${template}(${T * D}, ${RESIDUAL_BITS});`,
    `    for (var glue_t = 0; glue_t < ${T}; glue_t++) {`,
    `        for (var glue_i = 0; glue_i < ${D}; glue_i++) {`,
    `            ${name}.in[glue_t * ${D} + glue_i] <== ${src}[glue_t][glue_i];`,
    `        }`,
    `    }`,
  ];
  if (isFirst) {
    glueLines.push(
      `    // inputCommitment: Sponge(2) over the prompt tokens packed as token + 2^15, ${per} per element`,
      `    // (linear: the embedding's one-hot proves every token in [0, ${p.vocabSize})), then the salt.`,
      `    component inputHash = Sponge(${mPrompt + 1}, 2);`,
    );
    for (let e = 0; e < mPrompt; e++)
      glueLines.push(
        `    inputHash.in[${e}] <== ${packTerms("tokens", e * per, Math.min(P, (e + 1) * per), offset)};`,
      );
    glueLines.push(`    inputHash.in[${mPrompt}] <== salt;`);
  } else {
    glueLines.push(
      `    // inputCommitment: Sponge(${COMMITMENT_TAG.cut}) over the residual stream streamIn, the tokens and the salt`,
      `    // (src/circuit/segments.ts cutCommitment). Why PackSigned: the range proof of streamIn is in the`,
      `    // previous segment's proof; this 16-bit check is the range the next stages assume, and makes`,
      `    // the commitment injective.`,
      ...flatPack("streamInPack", "PackSigned", "streamIn"),
      ...cutHash("inputHash", "streamInPack", "salt", COMMITMENT_TAG.cut),
    );
  }
  glueLines.push(`    inputCommitment === inputHash.out;`);
  // A segment after a cut checks its inputs (range and commitment) before its stages use them.
  const inputGlue = isFirst ? [] : glueLines.splice(0);
  if (!isLast) {
    glueLines.push(
      `    // outputCommitment: Sponge(${COMMITMENT_TAG.cut}) over the residual stream after ${last.stage.name}, the tokens and`,
      `    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).`,
      ...flatPack("streamOutPack", "PackOffset", generated),
      ...cutHash("outputHash", "streamOutPack", "outSalt", COMMITMENT_TAG.cut),
      `    outputCommitment === outputHash.out;`,
    );
  } else if (G <= MAX_PACKED_TOKENS) {
    glueLines.push(
      `    // Output: the ${G} generated tokens, 16 bits each, token i at bits 16i..16i+15 (linear: the`,
      `    // argmax one-hots prove every generated token in [0, ${p.vocabSize})).`,
      `    outputCommitment === ${packTerms(generated, 0, G, 0n)};`,
    );
  } else {
    const mOut = packedCount(G, TOKEN_BITS);
    glueLines.push(
      `    // Output: Sponge(3) over the ${G} generated tokens packed as token + 2^15 (too many for one element).`,
      `    component outputHash = Sponge(${mOut}, 3);`,
    );
    for (let e = 0; e < mOut; e++)
      glueLines.push(
        `    outputHash.in[${e}] <== ${packTerms(generated, e * per, Math.min(G, (e + 1) * per), offset)};`,
      );
    glueLines.push(`    outputCommitment === outputHash.out;`);
  }
  let modelCommitment: bigint | undefined;
  if (weights === "public") {
    modelCommitment = modelCommitmentOfStages(stages);
    glueLines.push(
      `    // modelCommitment: the weights are constants; pinned to their commitment`,
      `    // (src/circuit/commitments.ts modelCommitmentOfStages), so a proof names exactly this model.`,
      `    modelCommitment === ${modelCommitment};`,
    );
  } else {
    const parts = emitted.filter((e) => e.emission.commitment);
    const n = parts.reduce((a, e) => a + e.emission.commitment!.length, 0);
    if (n === 0) fail("no stage has commitment elements");
    glueLines.push(
      `    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.`,
      `    component modelHash = Sponge(${n}, 1);`,
    );
    let at = 0;
    for (const e of parts) {
      const c = e.emission.commitment!;
      glueLines.push(
        `    for (var glue_e = 0; glue_e < ${c.length}; glue_e++) {`,
        `        modelHash.in[${at} + glue_e] <== ${c.signal}[glue_e];`,
        `    }`,
      );
      at += c.length;
    }
    glueLines.push(`    modelCommitment === modelHash.out;`);
  }
  glueLines.push(
    `    // Why: a constraint on binding, so the proof cannot be replayed with another binding.`,
    `    signal bindingSquare;`,
    `    bindingSquare <== binding * binding;`,
  );

  const what =
    segment.count === 1
      ? "Whole model"
      : `Segment ${k + 1} of ${segment.count} of the whole model (${stages[0].name} .. ${last.stage.name}; src/circuit/segments.ts)`;
  const segmentInputs = [
    ...(isFirst ? [] : [`    signal input streamIn[${T}][${D}];`]),
    ...(isLast ? [] : [`    signal input outSalt;`]),
  ];
  const privateNote = isFirst
    ? "tokens, salt"
    : `tokens, salt (of the cut before), streamIn${isLast ? "" : ", outSalt"}`;
  const source = `// GENERATED FILE — do not edit. Regenerate with \`npx tsx scripts/gen-circuits.ts\`.
// Source: ${o.source}. Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// ${what}, ${weights === "public" ? "public-weights mode (weights are compile-time constants)" : "private committed weights"}:
// T = ${T} tokens (prompt ${P} + generated ${G} − 1), d_model ${p.dModel}, ${p.nHead} heads, ${p.nLayer} layers, vocabulary ${p.vocabSize}.
// Stages: ${stages.map((s) => s.name).join(", ")}.
pragma circom 2.2.0;

${includes.map((f) => `include "${f}";`).join("\n")}

${declarations.join("\n\n")}

// Public inputs first, in src/circuit/publicSignals.ts order; private: ${privateNote}${weights === "private" ? ", every stage's parameters" : ""}.
template ${o.templateName}() {
${PUBLIC_SIGNALS.map((n) => `    signal input ${n};`).join("\n")}
    signal input tokens[${T}];
    signal input salt;
${[...segmentInputs, ...privateInputs.map(decl)].join("\n")}

${[inputGlue, ...emitted.map((e) => e.emission.body)]
  .filter((b) => b.length > 0)
  .map((b) => b.join("\n"))
  .join("\n\n")}

${glueLines.join("\n")}
}

component main {public [${PUBLIC_SIGNALS.join(", ")}]} = ${o.templateName}();
`;
  return {
    source,
    stages: emitted,
    modelCommitment,
    glue: modelGlueConstraints(stages, T, P, weights, segment, D),
    segment,
  };
}

/**
 * The whole-model circuit's (or one segment's, with `cuts`) constraint count by stage (each
 * stage's formula with the options it was emitted with) and glue: `{stage name: count, ...,
 * glue part: count}`.
 * @param cuts stage names after which activations are committed (default none: the whole model).
 * @param segment 0-based segment index (default 0).
 * @throws `model generator: ` error for a stage without a constraint formula, an invalid cut or
 *   segment index.
 */
export function modelConstraintBreakdown(
  p: IntModelParams,
  T: number,
  promptLength: number,
  weights: WeightsMode,
  cuts: readonly string[] = [],
  segment = 0,
): Record<string, number> {
  const segs = segmentsOf(p, cuts);
  const k = segmentIndex({ segment }, segs.length);
  const { stages, before } = segs[k];
  const out: Record<string, number> = {};
  let prevStage = before;
  for (const s of stages) {
    if (!s.constraints) fail(`stage ${s.name} has no constraint formula yet`);
    out[s.name] = s.constraints(T, weights, promptLength, skipsInputChecks(s, prevStage, weights));
    prevStage = s;
  }
  const position = { index: k, count: segs.length };
  return { ...out, ...modelGlueConstraints(stages, T, promptLength, weights, position, p.dModel) };
}
