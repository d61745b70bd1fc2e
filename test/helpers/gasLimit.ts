/**
 * The smallest gas limit at which a call succeeds, for the gas-griefing tests of the registry
 * (docs/registry.md "Gas and InvalidProof"): bisection between a limit known to fail and one known
 * to succeed (e.g. `eth_estimateGas`'s answer).
 */

/**
 * Bisects `(low, high]` for the smallest limit at which `succeeds(limit)` is true.
 * @param succeeds whether the call succeeds with that gas limit (e.g. a `staticCall` that resolves).
 * @param low a limit at which it fails; `high` one at which it succeeds.
 */
export async function minimalGasLimit(
  succeeds: (gasLimit: bigint) => Promise<boolean>,
  low: bigint,
  high: bigint,
): Promise<bigint> {
  while (high - low > 1n) {
    const mid = (low + high) / 2n;
    if (await succeeds(mid)) high = mid;
    else low = mid;
  }
  return high;
}
