/**
 * The smallest gas limit at which a contract call succeeds, for the gas-griefing tests of the
 * registry (docs/registry.md "Gas and InvalidProof").
 */

/** A contract method as ethers v6 exposes it (e.g. `registry.connect(bob).verifyInference`). */
export interface GasProbedMethod {
  staticCall(...args: unknown[]): Promise<unknown>;
  estimateGas(...args: unknown[]): Promise<bigint>;
}

/**
 * Bisects for the smallest gas limit at which `method(...args)` succeeds (as a `staticCall`),
 * between `low` (a limit at which it fails) and `eth_estimateGas`'s own answer.
 */
export async function minimalGasLimit(
  method: GasProbedMethod,
  args: readonly unknown[],
  low = 100_000n,
): Promise<bigint> {
  const succeeds = (gasLimit: bigint) =>
    method
      .staticCall(...args, { gasLimit })
      .then(() => true)
      .catch(() => false);
  let high = await method.estimateGas(...args);
  while (high - low > 1n) {
    const mid = (low + high) / 2n;
    if (await succeeds(mid)) high = mid;
    else low = mid;
  }
  return high;
}
