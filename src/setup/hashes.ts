import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";

import { keccak256 } from "ethers";

import type { ProgressReporter } from "./progress.js";

/**
 * circuitHash: keccak256 of the .r1cs file bytes, as a 0x-prefixed bytes32 hex string. This is
 * the value recorded in manifest.json and in ERC-7992 `ModelCommitment.circuitHash`; anyone
 * holding the r1cs can recompute it (`cast keccak < file` style, or ethers `keccak256`).
 */
export async function circuitHashOf(r1csPath: string): Promise<string> {
  return keccak256(await readFile(r1csPath));
}

/**
 * Streams a file through a Node hash; returns lowercase hex. `progress` (optional) receives
 * bytes hashed out of the file size (multi-GB ceremony files take a while).
 */
export async function hashFile(
  path: string,
  algorithm: "sha256" | "blake2b512",
  progress?: ProgressReporter,
): Promise<string> {
  const h = createHash(algorithm);
  const total = (await stat(path)).size;
  let done = 0;
  progress?.start(`${algorithm} of ${basename(path)}`, total);
  await new Promise<void>((resolve, reject) => {
    createReadStream(path, { highWaterMark: 1 << 22 })
      .on("data", (chunk) => {
        h.update(chunk);
        done += chunk.length;
        progress?.update(done);
      })
      .on("end", () => resolve())
      .on("error", reject);
  });
  progress?.stop();
  return h.digest("hex");
}
