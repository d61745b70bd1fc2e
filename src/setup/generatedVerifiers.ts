/**
 * Every verifier committed under contracts/verifiers/generated/ that zkattn's pipeline makes,
 * with what regenerates it. scripts/check-verifiers.ts (run in CI) rebuilds each entry and
 * fails if the committed file differs. Only development setups with the default (public)
 * seed are reproducible byte for byte; production verifiers are checked against the zkey
 * recorded in build/<name>/manifest.json.
 */
export interface GeneratedVerifierEntry {
  /** Circuit name (build/<name>/). */
  name: string;
  /** The .circom main file, relative to the project root. */
  circuit: string;
  setupKind: "development" | "production";
}

export const GENERATED_VERIFIERS: readonly GeneratedVerifierEntry[] = [
  {
    name: "setup_small",
    circuit: "circuits/test/setup/setup_small.circom",
    setupKind: "development",
  },
];
