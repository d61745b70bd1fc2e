/**
 * zkattn trusted setup: fast offline development setups, production setups from a public
 * ceremony, and Groth16 verifier export. See docs/setup.md.
 */
export { checkGeneratedVerifiers, type VerifierCheck } from "./check.js";
export { deriveToxicWaste, type ToxicWaste, writeDevPtau } from "./devPtau.js";
export { type DeltaContribution, type DevZkeyResult, writeDevZkey } from "./devZkey.js";
export { circuitHashOf, hashFile } from "./hashes.js";
export { DEV_WARNING, readManifest, type SetupKind, type SetupManifest } from "./manifest.js";
export {
  exportVerifier,
  GENERATED_VERIFIERS_DIR,
  setupCircuit,
  type SetupCircuitOptions,
} from "./pipeline.js";
export {
  consoleLogger,
  type ProgressReporter,
  type SetupLogger,
  silentLogger,
  terminalProgress,
} from "./progress.js";
export { checkProductionPtau, inspectPtau, type PtauInfo } from "./ptau.js";
export { PUBLISHED_PTAU, type PublishedPtau } from "./publishedPtau.js";
export { readR1csInfo, requiredPtauPower, type R1csInfo } from "./r1cs.js";
export {
  artifactPaths,
  DEFAULT_DEV_SEED,
  developmentBeacon,
  developmentPtau,
  runDevelopmentSetup,
  runProductionSetup,
  type SetupResult,
  verifyZkey,
} from "./setup.js";
export { renderVerifier, verifierContractName } from "./verifier.js";
export { type Groth16VerificationKey, verifierWords, vkHash } from "./vkHash.js";

/**
 * Stops the worker threads of the shared ffjavascript BN254 curve that snarkjs creates
 * (`globalThis.curve_bn128`); CLIs call it before exiting (docs/design.md "Toolchain facts").
 */
export async function releaseCurve(): Promise<void> {
  const g = globalThis as { curve_bn128?: { terminate(): Promise<void> } | null };
  if (g.curve_bn128) await g.curve_bn128.terminate();
}
