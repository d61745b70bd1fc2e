import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";

/** A temporary sibling path for `path` (same directory, so rename is atomic). */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/**
 * Runs `make(tmp)` to create a file at a temporary sibling path, then renames it to `path`,
 * so `path` is either absent or complete. The temporary file is removed on failure.
 */
export async function writeAtomically<T>(
  path: string,
  make: (tmp: string) => Promise<T>,
): Promise<T> {
  const tmp = tempPathFor(path);
  try {
    const r = await make(tmp);
    await rename(tmp, path);
    return r;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Writes text atomically (temp file + rename). */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await writeAtomically(path, (tmp) => writeFile(tmp, text));
}
