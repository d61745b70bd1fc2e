import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { circuitArtifacts, setupFiles } from "../artifacts.js";
import { ZkattnUserError } from "../errors.js";
import { writeTextAtomically } from "./fsutil.js";
import { GENERATED_VERIFIERS, type GeneratedVerifierEntry } from "./generatedVerifiers.js";
import { readManifest } from "./manifest.js";
import { GENERATED_VERIFIERS_DIR, setupCircuit } from "./pipeline.js";
import { type SetupLogger, silentLogger } from "./progress.js";
import { renderVerifier, verifierContractName } from "./verifier.js";

/** Outcome for one generated verifier. */
export interface VerifierCheck {
  name: string;
  /** Path relative to the root. */
  solPath: string;
  upToDate: boolean;
}

/**
 * Regenerates each listed verifier and compares it with the committed file: development
 * entries through the full deterministic pipeline (compile, default-seed development setup,
 * render), production entries from the zkey in their manifest. With `write`, overwrites.
 * @throws ZkattnUserError if a production entry has no manifest/zkey to regenerate from.
 */
export async function checkGeneratedVerifiers(opts: {
  root: string;
  write?: boolean;
  entries?: readonly GeneratedVerifierEntry[];
  logger?: SetupLogger;
}): Promise<VerifierCheck[]> {
  const log = opts.logger ?? silentLogger;
  const out: VerifierCheck[] = [];
  for (const e of opts.entries ?? GENERATED_VERIFIERS) {
    let zkeyPath: string;
    if (e.setupKind === "development") {
      const r = await setupCircuit({
        root: opts.root,
        circuit: e.circuit,
        name: e.name,
        logger: log,
      });
      zkeyPath = r.zkeyPath;
    } else {
      const a = circuitArtifacts(opts.root, e.name);
      const m = await readManifest(a.manifest);
      if (!m || m.setupKind !== "production" || !existsSync(setupFiles(a.dir, m).zkey)) {
        throw new ZkattnUserError(
          `setup: cannot check the production verifier of ${e.name}: build/${e.name} has no production zkey; run the production setup first`,
        );
      }
      zkeyPath = setupFiles(a.dir, m).zkey;
    }
    const contract = verifierContractName(e.name);
    const rel = path.join(GENERATED_VERIFIERS_DIR, `${contract}.sol`);
    const abs = path.join(opts.root, rel);
    const fresh = await renderVerifier(zkeyPath, contract);
    const committed = existsSync(abs) ? await readFile(abs, "utf8") : undefined;
    if (opts.write && committed !== fresh) await writeTextAtomically(abs, fresh);
    out.push({ name: e.name, solPath: rel, upToDate: committed === fresh });
  }
  return out;
}
