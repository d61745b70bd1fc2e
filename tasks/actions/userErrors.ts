import { HardhatPluginError } from "hardhat/plugins";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { userErrorText, ZkattnUserError } from "../../src/errors.js";

/** Plugin id under which Hardhat's CLI prints zkattn's user errors. */
export const PLUGIN_ID = "zkattn";

/**
 * Wraps a task action so that a {@link ZkattnUserError} (src/errors.ts) reaches Hardhat as a
 * `HardhatPluginError`: the CLI then prints `Error in community plugin zkattn: <message>` and the
 * fix, without a stack trace and without Hardhat's "unexpected error" header. Every other error
 * is rethrown unchanged, so bugs keep their stack.
 */
export function reportingUserErrors<A>(
  action: (args: A, hre: HardhatRuntimeEnvironment) => Promise<void>,
): (args: A, hre: HardhatRuntimeEnvironment) => Promise<void> {
  return async (args, hre) => {
    try {
      await action(args, hre);
    } catch (e) {
      if (ZkattnUserError.is(e)) throw new HardhatPluginError(PLUGIN_ID, userErrorText(e), e);
      throw e;
    }
  };
}
