/**
 * User errors: mistakes a user can fix (an unknown model, a bad token, a missing or malformed
 * file, a missing setup, a bad option), as opposed to bugs. Library code throws
 * {@link ZkattnUserError}; the Hardhat task actions (tasks/actions/userErrors.ts) turn it into a
 * Hardhat plugin error, which Hardhat's CLI prints as a message without a stack trace. Any other
 * error is a bug and keeps its stack.
 */

/** An error the user caused and can fix; `message` says what is wrong, `fix` what to do. */
export class ZkattnUserError extends Error {
  /** What to do about it (a command or a flag), when the message does not already say so. */
  readonly fix?: string;

  /**
   * @param message what is wrong, prefixed with the area as elsewhere (`input: ...`).
   * @param options `fix`: what to do; `cause`: the underlying error (e.g. ENOENT).
   */
  constructor(message: string, options: { fix?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ZkattnUserError";
    if (options.fix !== undefined) this.fix = options.fix;
  }

  /** Whether `e` is a {@link ZkattnUserError} (also across duplicated module instances). */
  static is(e: unknown): e is ZkattnUserError {
    return e instanceof ZkattnUserError || (e instanceof Error && e.name === "ZkattnUserError");
  }
}

/** The text a user sees for a user error: the message, then the fix on its own line if any. */
export function userErrorText(e: ZkattnUserError): string {
  return e.fix ? `${e.message}\n${e.fix}` : e.message;
}
