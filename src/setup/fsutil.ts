import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

import { onExit } from "signal-exit";

/**
 * Temporary files of this process that must not outlive it. Long steps (a development ptau,
 * each `snarkjs zkey` step) write ~10–100 MB files; when the process is interrupted (SIGINT,
 * SIGTERM, SIGHUP) or exits before a step finishes, the exit hook deletes them. The hook is
 * signal-exit's: it runs on the fatal signal and then re-raises it, so the process still dies
 * of that signal (a shell reports exit status 130 for SIGINT, 143 for SIGTERM).
 */
const liveTempFiles = new Set<string>();
let removeExitHook: (() => void) | undefined;

/**
 * Registers `file` to be deleted if the process exits or is killed by SIGINT, SIGTERM or SIGHUP
 * before {@link releaseTempFile} is called. SIGKILL cannot be caught: files left by it are
 * found by the next run's {@link sweepStaleTempFiles} (the pid in their name is dead).
 */
export function trackTempFile(file: string): void {
  liveTempFiles.add(file);
  removeExitHook ??= onExit(() => {
    for (const f of liveTempFiles) rmSync(f, { force: true });
    liveTempFiles.clear();
  });
}

/** Stops tracking `file` (it was renamed into place or deleted). */
export function releaseTempFile(file: string): void {
  liveTempFiles.delete(file);
  if (liveTempFiles.size === 0 && removeExitHook) {
    removeExitHook();
    removeExitHook = undefined;
  }
}

/** A temporary sibling path for `path` (same directory, so rename is atomic). */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/**
 * Names of the temporary files this module and the setup write, with the writer's pid:
 * `<file>.tmp-<pid>-<8 hex>` ({@link tempPathFor}) and `<zkey>.step<i>-<pid>` (the
 * intermediate zkeys of phase 2).
 */
const TEMP_NAME = /\.(?:tmp-(\d+)-[0-9a-f]{8}|step\d+-(\d+))$/;

/** The pid in a temporary file's name, or undefined if `name` is not one of ours. */
export function tempFileOwner(name: string): number | undefined {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** Whether a process with this pid exists (signal 0 probes without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A temporary file removed by {@link sweepStaleTempFiles}. */
export interface StaleTempFile {
  path: string;
  bytes: number;
  pid: number;
}

/**
 * Deletes the temporary files ({@link tempFileOwner} names) in `dirs` (not recursive) whose
 * writer process is no longer alive: what a run killed with SIGKILL, or a machine that lost
 * power, leaves behind. Files of live processes (a concurrent run) are kept. Missing
 * directories are skipped.
 * @returns the removed files, with their sizes in bytes.
 */
export async function sweepStaleTempFiles(dirs: readonly string[]): Promise<StaleTempFile[]> {
  const removed: StaleTempFile[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = tempFileOwner(name);
      if (pid === undefined || isProcessAlive(pid)) continue;
      const file = path.join(dir, name);
      let bytes: number;
      try {
        bytes = (await stat(file)).size;
      } catch {
        continue; // removed meanwhile
      }
      await rm(file, { force: true });
      removed.push({ path: file, bytes, pid });
    }
  }
  return removed;
}

/** `1234 bytes`, `98 MB`: a file size for log lines (1 MB = 10^6 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1e3)} kB`;
  return `${Math.round(bytes / 1e6)} MB`;
}

/**
 * Runs `make(tmp)` to create a file at a temporary sibling path, then renames it to `path`,
 * so `path` is either absent or complete. The temporary file is removed on failure and when the
 * process is interrupted ({@link trackTempFile}).
 */
export async function writeAtomically<T>(
  path: string,
  make: (tmp: string) => Promise<T>,
): Promise<T> {
  const tmp = tempPathFor(path);
  trackTempFile(tmp);
  try {
    const r = await make(tmp);
    await rename(tmp, path);
    return r;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    releaseTempFile(tmp);
  }
}

/** Writes text atomically (temp file + rename). */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await writeAtomically(path, (tmp) => writeFile(tmp, text));
}
