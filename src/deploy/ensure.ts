/**
 * Idempotent deployment of zkattn's contracts through the Ignition modules in deploy/, for the
 * tasks (`register-model`, `prove-and-submit`) and tests. Every function takes the network
 * connection (`hre.network.create()` / `getOrCreate()`, with the `ethers` and `ignition` of the
 * toolbox plugin) and a {@link DeployEnv}; nothing reads global state. docs/deploy.md.
 *
 * Two kinds of network, told apart as Ignition does (`conn.networkConfig.type`):
 *
 * - In-process (`edr-simulated`, the default `hardhat` network): Ignition keeps an ephemeral
 *   journal, so every `ignition.deploy` deploys anew. The registry and the example bounty are
 *   deployed together from {@link InferenceBountyModule} (which uses the registry module) on the
 *   first {@link ensureRegistry} of a connection and remembered for that connection; a later
 *   module deployment would otherwise deploy a second registry.
 * - Persistent (`http`, e.g. `--network localhost` against `npx hardhat node`): Ignition
 *   records deployments in `<ignitionDir>/deployments/chain-<chainId>/` and reuses them. Before
 *   reusing, zkattn checks that every recorded address still holds code (a restarted node
 *   keeps its chain id but loses its state). zkattn's own record (routes, modelIds) is written to
 *   `zkattn.json` in the same folder (src/deploy/record.ts).
 *
 * Verifier routes and models are found on-chain on both kinds, so a second call never adds a
 * second route or model.
 *
 * Calls on one connection must be sequential: Ignition's helper refuses a deployment while another
 * one runs on the same connection.
 *
 * Every error thrown here is an `Error` whose message starts with `deploy: ` and names the fix.
 */
import { type ContractTransactionResponse, getAddress, ZeroAddress } from "ethers";
import type { NetworkConnection } from "hardhat/types/network";

import InferenceBountyModule from "../../deploy/InferenceBounty.js";
import ModelRegistryModule, { MODEL_REGISTRY_MODULE_ID } from "../../deploy/ModelRegistry.js";
import { modelVerifierModule } from "../../deploy/ModelVerifier.js";
import { BN254_SCALAR_FIELD } from "../circuit/publicSignals.js";
import { GROTH16_BN254_V1, modelIdFromLogs } from "../contracts/calldata.js";
import { chainCommitment, MAX_CHAIN_SEGMENTS, type ModelSegment } from "../contracts/chain.js";
import type { SetupKind } from "../setup/manifest.js";
import {
  type DeployEnv,
  deploymentDirOf,
  deploymentIdOf,
  readRecordedAddresses,
  readZkattnRecord,
  type RecordedModel,
  type RecordedRoute,
  writeZkattnRecord,
  ZKATTN_RECORD_SCHEMA,
  type ZkattnRecord,
} from "./record.js";

export type { DeployEnv } from "./record.js";

/** Ignition future id of the registry in {@link ModelRegistryModule}. */
export const REGISTRY_FUTURE_ID = `${MODEL_REGISTRY_MODULE_ID}#ModelRegistry`;

/** What a network connection must offer: Hardhat's connection with the toolbox's ethers and ignition. */
export type DeployConnection = NetworkConnection;

/** Per-connection memory of the in-process network (Ignition keeps no journal there). */
interface InProcessState {
  registry?: string;
  bounty?: string;
  record?: ZkattnRecord;
}
const inProcess = new WeakMap<DeployConnection, InProcessState>();

function stateOf(conn: DeployConnection): InProcessState {
  let s = inProcess.get(conn);
  if (!s) {
    s = {};
    inProcess.set(conn, s);
  }
  return s;
}

/** Whether Ignition records deployments of this connection on disk (every type but `edr-simulated`). */
export function isPersistentNetwork(conn: DeployConnection): boolean {
  return conn.networkConfig.type !== "edr-simulated";
}

/** Chain id of `npx hardhat node` and of Hardhat's in-process network: a local development chain. */
export const DEVELOPMENT_CHAIN_ID = 31337;

/** The register-model option that lets development keys onto a real network; its name says why not to. */
export const INSECURE_DEVELOPMENT_KEYS_FLAG = "--insecure-allow-development-keys";

/**
 * Whether development (insecure) keys may be used on this chain: the in-process network and
 * chain id 31337 (`npx hardhat node`) only.
 */
export function isDevelopmentChain(conn: DeployConnection, chainId: number): boolean {
  return !isPersistentNetwork(conn) || chainId === DEVELOPMENT_CHAIN_ID;
}

/**
 * Refuses a development setup's key on any chain but a development one ({@link isDevelopmentChain})
 * unless `allowInsecure` ({@link INSECURE_DEVELOPMENT_KEYS_FLAG}): whoever knows a development
 * setup's seed can forge any proof. The manifest's `setupKind` decides; an unknown kind (hashes
 * passed by hand) is not refused.
 * @throws Error `deploy: ...` naming the circuit, the chain and both ways out.
 */
export async function assertKeysAllowedOnChain(
  conn: DeployConnection,
  route: { contractName: string; setupKind?: SetupKind },
  allowInsecure = false,
): Promise<void> {
  if (route.setupKind !== "development" || allowInsecure) return;
  const chainId = await chainIdOf(conn);
  if (isDevelopmentChain(conn, chainId)) return;
  throw new Error(
    `deploy: ${route.contractName} verifies a development setup's key: anyone who knows its seed can forge any proof, so it is refused on ${conn.networkName} (chain ${chainId}); make production keys (\`npx hardhat zkattn:setup <circuit> --ptau <file> --export-verifier\`, docs/setup.md), or, for a throwaway test chain only, pass ${INSECURE_DEVELOPMENT_KEYS_FLAG}`,
  );
}

/** The connection's chain id (`eth_chainId`). */
export async function chainIdOf(conn: DeployConnection): Promise<number> {
  return Number(await conn.provider.request({ method: "eth_chainId" }));
}

/** Address of the deploying account: the connection's first signer, Ignition's default sender. */
async function signerOf(conn: DeployConnection) {
  const [signer] = await conn.ethers.getSigners();
  if (!signer) {
    throw new Error(
      `deploy: network ${conn.networkName} has no accounts; configure \`accounts\` for it in hardhat.config.ts`,
    );
  }
  return signer;
}

/**
 * Checks that every address Ignition recorded for this chain (`deployed_addresses.json` of the
 * deployment folder) still holds code. A `npx hardhat node` restarted after a deployment keeps
 * chain id 31337 but starts empty, and Ignition would happily return the dead addresses.
 *
 * @throws Error `deploy: no code at <address> (<future id>, recorded in <folder>) on chain <id>:
 *   ...` naming the fix (delete the folder, then run register-model again).
 */
export async function assertRecordedCode(conn: DeployConnection, env: DeployEnv): Promise<void> {
  const chainId = await chainIdOf(conn);
  const dir = deploymentDirOf(env, chainId);
  const recorded = await readRecordedAddresses(dir);
  for (const [futureId, address] of Object.entries(recorded)) {
    if ((await conn.ethers.provider.getCode(address)) === "0x") {
      throw new Error(
        `deploy: no code at ${address} (${futureId}, recorded in ${dir}) on chain ${chainId}: the node was restarted or the chain reset since that deployment; delete ${dir} and run \`npx hardhat register-model --network ${conn.networkName}\` again`,
      );
    }
  }
}

/**
 * `conn.ignition.deploy` into this chain's deployment (`deploymentId` of {@link DeployEnv}),
 * with Ignition's errors wrapped to name the module and the fix.
 */
async function ignitionDeploy<M extends Parameters<DeployConnection["ignition"]["deploy"]>[0]>(
  conn: DeployConnection,
  env: DeployEnv,
  module: M,
  parameters: Record<string, Record<string, string>> = {},
) {
  const chainId = await chainIdOf(conn);
  try {
    return await conn.ignition.deploy(module, {
      parameters,
      deploymentId: isPersistentNetwork(conn) ? deploymentIdOf(env, chainId) : undefined,
    });
  } catch (e) {
    const reason = (e as Error).message;
    const fix = isPersistentNetwork(conn)
      ? ` If the contracts changed since they were deployed on this chain (Ignition refuses to reconcile changed bytecode), delete ${deploymentDirOf(env, chainId)} on a development chain, or pass another deployment id.`
      : "";
    throw new Error(
      `deploy: Ignition could not deploy ${module.id} on ${conn.networkName} (chain ${chainId}): ${reason}${fix}`,
    );
  }
}

/** Result of {@link ensureRegistry}. */
export interface RegistryDeployment {
  /** Checksummed address of the ModelRegistry. */
  registry: string;
  /** True if this call deployed it, false if it reused a deployment. */
  deployed: boolean;
  chainId: number;
}

/**
 * The ModelRegistry of this chain, deployed via {@link ModelRegistryModule} if missing.
 *
 * In-process network: the first call of a connection deploys {@link InferenceBountyModule}
 * (registry + example bounty, see the module docs) and later calls return the same registry.
 * Persistent network: checks the recorded addresses ({@link assertRecordedCode}), then deploys the
 * registry module into the chain's Ignition deployment, which reuses a recorded registry.
 *
 * @param owner registry owner (the account that may add verifier routes); default the first signer.
 *   Ignored when a registry already exists.
 * @throws Error `deploy: ...` for a recorded address without code or an Ignition failure.
 */
export async function ensureRegistry(
  conn: DeployConnection,
  env: DeployEnv,
  owner?: string,
): Promise<RegistryDeployment> {
  const log = env.log ?? (() => {});
  const chainId = await chainIdOf(conn);
  const parameters: Record<string, Record<string, string>> = owner
    ? { [MODEL_REGISTRY_MODULE_ID]: { owner: getAddress(owner) } }
    : {};
  if (!isPersistentNetwork(conn)) {
    const state = stateOf(conn);
    if (state.registry) return { registry: state.registry, deployed: false, chainId };
    const { registry, bounty } = await ignitionDeploy(conn, env, InferenceBountyModule, parameters);
    state.registry = getAddress(await registry.getAddress());
    state.bounty = getAddress(await bounty.getAddress());
    log(`deployed ModelRegistry at ${state.registry} (in-process network, chain ${chainId})`);
    return { registry: state.registry, deployed: true, chainId };
  }
  await assertRecordedCode(conn, env);
  const before = await readRecordedAddresses(deploymentDirOf(env, chainId));
  const deployed = before[REGISTRY_FUTURE_ID] === undefined;
  // A recorded registry keeps its owner: passing another one would fail Ignition's reconciliation.
  const { registry } = await ignitionDeploy(
    conn,
    env,
    ModelRegistryModule,
    deployed ? parameters : {},
  );
  const address = getAddress(await registry.getAddress());
  log(
    `${deployed ? "deployed" : "reusing"} ModelRegistry at ${address} (chain ${chainId}, ${deploymentDirOf(env, chainId)})`,
  );
  return { registry: address, deployed, chainId };
}

/**
 * The registry of this chain without deploying one: the one {@link ensureRegistry} deployed on this
 * connection (in-process network), or Ignition's recorded registry if it still has code
 * (persistent network). For callers that must fail rather than deploy.
 * @throws Error `deploy: no ModelRegistry ...` naming `register-model`, or as {@link assertRecordedCode}.
 */
export async function findRegistry(conn: DeployConnection, env: DeployEnv): Promise<string> {
  const chainId = await chainIdOf(conn);
  if (!isPersistentNetwork(conn)) {
    const registry = stateOf(conn).registry;
    if (!registry) {
      throw new Error(
        `deploy: no ModelRegistry on this in-process connection (chain ${chainId}); deploy one with ensureRegistry first`,
      );
    }
    return registry;
  }
  await assertRecordedCode(conn, env);
  const dir = deploymentDirOf(env, chainId);
  const registry = (await readRecordedAddresses(dir))[REGISTRY_FUTURE_ID];
  if (!registry) {
    throw new Error(
      `deploy: no ModelRegistry recorded for chain ${chainId} in ${dir}; run \`npx hardhat register-model --network ${conn.networkName}\` first`,
    );
  }
  return getAddress(registry);
}

/** Result of {@link ensureBounty}. */
export interface BountyDeployment {
  /** Checksummed address of the InferenceBounty. */
  bounty: string;
  deployed: boolean;
}

/**
 * The example InferenceBounty bound to `registry`, deployed via {@link InferenceBountyModule}
 * if missing.
 *
 * In-process network: the bounty deployed with the registry by {@link ensureRegistry} on this
 * connection. Persistent network: deploys the bounty module into the chain's Ignition
 * deployment; its registry (the registry module's future) must be `registry`.
 *
 * @throws Error `deploy: ...` if `registry` is not the registry of the modules' deployment (e.g. a
 *   registry deployed without {@link ensureRegistry}), for a recorded address without code, or an
 *   Ignition failure.
 */
export async function ensureBounty(
  conn: DeployConnection,
  env: DeployEnv,
  registry: string,
): Promise<BountyDeployment> {
  const log = env.log ?? (() => {});
  const chainId = await chainIdOf(conn);
  if (!isPersistentNetwork(conn)) {
    const state = stateOf(conn);
    if (!state.bounty || state.registry !== getAddress(registry)) {
      throw new Error(
        `deploy: on the in-process network the bounty is deployed together with the registry; call ensureRegistry on this connection first and pass the registry it returned (got ${registry})`,
      );
    }
    const bounty = state.bounty;
    await updateRecord(conn, env, state.registry, (r) => ({ ...r, bounty }));
    return { bounty, deployed: false };
  }
  await assertRecordedCode(conn, env);
  const dir = deploymentDirOf(env, chainId);
  const before = await readRecordedAddresses(dir);
  const deployment = await ignitionDeploy(conn, env, InferenceBountyModule);
  const moduleRegistry = getAddress(await deployment.registry.getAddress());
  if (moduleRegistry !== getAddress(registry)) {
    throw new Error(
      `deploy: the recorded registry of ${dir} is ${moduleRegistry}, not ${registry}; deploy the registry with ensureRegistry (register-model) so the bounty module reuses it`,
    );
  }
  const bounty = getAddress(await deployment.bounty.getAddress());
  const deployed = before[`${InferenceBountyModule.id}#InferenceBounty`] === undefined;
  log(
    `${deployed ? "deployed" : "reusing"} InferenceBounty at ${bounty} (registry ${moduleRegistry})`,
  );
  await updateRecord(conn, env, moduleRegistry, (r) => ({ ...r, bounty }));
  return { bounty, deployed };
}

/** A verifier route: the generated contract and the hashes it serves (0x bytes32 hex). */
export interface VerifierRoute {
  /** Generated verifier contract name, e.g. `GptNanoSortLayer0Verifier` (compiled by Hardhat). */
  contractName: string;
  /** keccak256 of the circuit's .r1cs (build/<circuit>/manifest.json `circuitHash`). */
  circuitHash: string;
  /** keccak256 of the verifier's VK words (manifest `vkHash`). */
  vkHash: string;
  /**
   * The manifest's setup kind. "development" registers the route as development on-chain
   * (`isDevelopmentRoute`, `modelStatus`); undefined (hashes given by hand) registers it as not.
   */
  setupKind?: SetupKind;
}

/** Result of {@link ensureVerifierRoute}. */
export interface RouteResult {
  /** Checksummed verifier address the route points to. */
  verifier: string;
  /** "added": this call deployed the verifier (or reused Ignition's) and registered the route; "existing": the route was there. */
  route: "added" | "existing";
}

/**
 * Makes `registry` route (`circuitHash`, `vkHash`) to a verifier. If a route exists it is reused
 * as is (routes are add-only: it can be neither replaced nor removed), whatever contract it points
 * to. Otherwise deploys `contractName` via {@link modelVerifierModule} and calls
 * `registerVerifier(circuitHash, vkHash, verifier, setupKind === "development")` from the first signer.
 *
 * The function cannot check that `contractName` was generated from the key with this vkHash; the
 * caller passes values from one setup manifest (register-model does).
 *
 * @throws Error `deploy: ...` if a hash is not bytes32 hex, the contract is not compiled, or the
 *   signer is not the registry owner (only the owner adds routes).
 */
export async function ensureVerifierRoute(
  conn: DeployConnection,
  env: DeployEnv,
  registry: string,
  route: VerifierRoute,
): Promise<RouteResult> {
  const log = env.log ?? (() => {});
  requireBytes32("circuitHash", route.circuitHash);
  requireBytes32("vkHash", route.vkHash);
  const signer = await signerOf(conn);
  const reg = await conn.ethers.getContractAt("ModelRegistry", registry, signer);
  const existing = await reg.verifierOf(route.circuitHash, route.vkHash);
  if (existing !== ZeroAddress) {
    log(
      `reusing the verifier route (circuitHash ${route.circuitHash}, vkHash ${route.vkHash}) -> ${existing}`,
    );
    await updateRecord(conn, env, registry, (r) =>
      addRoute(r, {
        circuitHash: route.circuitHash,
        vkHash: route.vkHash,
        contractName: "",
        verifier: existing,
      }),
    );
    return { verifier: getAddress(existing), route: "existing" };
  }
  const owner = await reg.owner();
  if (getAddress(owner) !== getAddress(signer.address)) {
    throw new Error(
      `deploy: registry ${registry} has no verifier route for (circuitHash ${route.circuitHash}, vkHash ${route.vkHash}) and only its owner ${owner} may add one, not ${signer.address}; run register-model with the owner's account`,
    );
  }
  try {
    await conn.ethers.getContractFactory(route.contractName);
  } catch {
    throw new Error(
      `deploy: contract ${route.contractName} is not compiled; generate it with \`npx hardhat zkattn:setup <circuit> --export-verifier\` (contracts/verifiers/generated/) and run \`npx hardhat build\``,
    );
  }
  const { verifier } = await ignitionDeploy(
    conn,
    env,
    modelVerifierModule(route.contractName, route.vkHash),
  );
  const address = getAddress(await verifier.getAddress());
  const development = route.setupKind === "development";
  await (await reg.registerVerifier(route.circuitHash, route.vkHash, address, development)).wait();
  log(
    `routed (circuitHash ${route.circuitHash}, vkHash ${route.vkHash}) -> ${route.contractName} at ${address}`,
  );
  await updateRecord(conn, env, registry, (r) =>
    addRoute(r, {
      circuitHash: route.circuitHash,
      vkHash: route.vkHash,
      contractName: route.contractName,
      verifier: address,
    }),
  );
  return { verifier: address, route: "added" };
}

/** The ERC-7992 commitment of a model, as {@link ensureModelRegistered} takes it. */
export interface ModelCommitmentArgs {
  /** The circuit's `modelCommitment` public signal (`modelCommitment(layer)`), a BN254 field element. */
  modelHash: bigint;
  circuitHash: string;
  vkHash: string;
  /**
   * Metadata URI. Undefined: any URI matches an existing model, and a new registration uses "".
   * Given: it is part of the commitment that must match.
   */
  uri?: string;
  /** Name under which zkattn.json records the model (e.g. `gpt-nano-sort/layer0`); default the modelHash. */
  name?: string;
}

/** Result of {@link ensureModelRegistered}. */
export interface ModelResult {
  modelId: bigint;
  /** "existing": a model with exactly this commitment; "registered": a new id; "updated": a new version of the signer's model with this modelHash. */
  action: "existing" | "registered" | "updated";
  /** Number of versions of the model after this call (1 = as registered). */
  versions: number;
}

/**
 * The id of a model with this commitment in `registry`, owned by the first signer and not
 * deprecated; registers one if there is none. Versioning policy (docs/registry.md: a modelId is
 * stable, `updateModel` appends a version, proofs are checked against the current version):
 *
 * - a signer's model whose current commitment equals this one (modelHash, circuitHash, vkHash,
 *   Groth16 proof system, and uri if given) is reused;
 * - otherwise, a signer's model with the same modelHash (the same quantized weights) and, if a uri
 *   is given, the same uri, under another circuit or key is updated to this commitment
 *   (`updateModel`): its id stays valid for consumers, and only proofs under the new key verify
 *   from then on. The newest such model wins. (zkattn names each circuit of a layer in the uri,
 *   e.g. `zkattn:gpt-nano-sort/layer0/public-weights`, so the private- and public-weights
 *   circuits of the same weights get a model id each instead of replacing each other;
 * - otherwise (no such model, or only deprecated ones or other owners' ones) a new model is
 *   registered (`registerModel`).
 *
 * The route for (circuitHash, vkHash) must exist ({@link ensureVerifierRoute}). Candidates are the
 * signer's `ModelRegistered` logs; a model transferred to the signer is not considered.
 *
 * @throws Error `deploy: ...` if modelHash is not a non-zero field element, a hash is not bytes32
 *   hex, or the route is missing.
 */
export async function ensureModelRegistered(
  conn: DeployConnection,
  env: DeployEnv,
  registry: string,
  model: ModelCommitmentArgs,
): Promise<ModelResult> {
  const commitment = commitmentOf(model);
  const signer = await signerOf(conn);
  const reg = await conn.ethers.getContractAt("ModelRegistry", registry, signer);
  const routed = await reg.verifierOf(model.circuitHash, model.vkHash);
  if (routed === ZeroAddress) {
    throw new Error(
      `deploy: registry ${registry} has no verifier route for (circuitHash ${model.circuitHash}, vkHash ${model.vkHash}); add it first (ensureVerifierRoute, or register-model with --verifier-contract)`,
    );
  }
  return await registerOrReuse(conn, env, reg, registry, commitment, {
    what: "model",
    name: model.name,
    matchUri: model.uri !== undefined,
    update: (modelId) => reg.updateModel(modelId, commitment),
    register: () => reg.registerModel(commitment),
  });
}

/** What {@link registerOrReuse} writes when no model matches exactly: a single commitment or a chain. */
interface ModelWrites {
  /** Log and error wording: "model" or "chained model". */
  what: string;
  /** zkattn.json record name (default the modelHash). */
  name: string | undefined;
  /** Whether the uri must match too (a single model given without uri matches any). */
  matchUri: boolean;
  /** `updateModel` / `updateModelChain` of `modelId` to this commitment. */
  update(modelId: bigint): Promise<ContractTransactionResponse>;
  /** `registerModel` / `registerModelChain` of this commitment. */
  register(): Promise<ContractTransactionResponse>;
}

/**
 * The versioning policy shared by single and chained models (see {@link ensureModelRegistered}):
 * reuse the signer's model whose current commitment is exactly `commitment`, else update the
 * signer's model with the same modelHash (and uri when `matchUri`), else register a new one; then
 * record it in zkattn.json.
 * @param reg the registry contract connected to the first signer.
 * @throws Error `deploy: ...` when the registration returned no receipt.
 */
async function registerOrReuse(
  conn: DeployConnection,
  env: DeployEnv,
  reg: { modelVersionCount(modelId: bigint): Promise<bigint> },
  registry: string,
  commitment: CommitmentStruct,
  writes: ModelWrites,
): Promise<ModelResult> {
  const log = env.log ?? (() => {});
  const signer = await signerOf(conn);
  const found = await searchModels(conn, registry, commitment, writes.matchUri);
  let modelId: bigint;
  let action: ModelResult["action"];
  let uri = commitment.uri;
  if (found.exact) {
    ({ modelId, uri } = found.exact);
    action = "existing";
  } else if (found.sameWeights !== undefined) {
    modelId = found.sameWeights;
    action = "updated";
    await (await writes.update(modelId)).wait();
  } else {
    const receipt = await (await writes.register()).wait();
    if (!receipt)
      throw new Error(
        `deploy: registering the ${writes.what} returned no receipt; is the node mining?`,
      );
    modelId = modelIdFromLogs(receipt.logs, registry);
    action = "registered";
  }
  const versions = Number(await reg.modelVersionCount(modelId));
  log(
    action === "existing"
      ? `reusing ${writes.what} ${modelId} (modelHash ${commitment.modelHash}, ${versions} version(s))`
      : action === "updated"
        ? `updated ${writes.what} ${modelId} to circuitHash ${commitment.circuitHash}, vkHash ${commitment.vkHash} (version ${versions})`
        : `registered ${writes.what} ${modelId} (modelHash ${commitment.modelHash})`,
  );
  await recordModel(
    conn,
    env,
    registry,
    commitment,
    writes.name,
    modelId,
    signer.address,
    versions,
    uri,
  );
  return { modelId, action, versions };
}

/** Result of {@link ensureModelDeployment}. */
export interface ModelDeployment {
  chainId: number;
  registry: string;
  verifier: string;
  modelId: bigint;
  /** What happened to the model (see {@link ModelResult}). */
  action: ModelResult["action"];
}

/**
 * Everything a proof of `model` needs on this chain, deployed or registered where missing:
 * {@link ensureRegistry}, then {@link ensureVerifierRoute}, then {@link ensureModelRegistered}
 * (what `register-model` does, and `prove-and-submit` on a network without setup). First, before
 * anything is deployed, refuses a development key off development chains ({@link assertKeysAllowedOnChain}).
 * @param options.allowInsecureDevelopmentKeys {@link INSECURE_DEVELOPMENT_KEYS_FLAG}.
 * @throws Error `deploy: ...` as the four functions.
 */
export async function ensureModelDeployment(
  conn: DeployConnection,
  env: DeployEnv,
  model: VerifierRoute & ModelCommitmentArgs,
  options: { allowInsecureDevelopmentKeys?: boolean } = {},
): Promise<ModelDeployment> {
  await assertKeysAllowedOnChain(conn, model, options.allowInsecureDevelopmentKeys);
  const { registry, chainId } = await ensureRegistry(conn, env);
  const { verifier } = await ensureVerifierRoute(conn, env, registry, model);
  const { modelId, action } = await ensureModelRegistered(conn, env, registry, model);
  return { chainId, registry, verifier, modelId, action };
}

/** A chained model (the segments of a cut description, src/circuit/segments.ts), as registered by `registerModelChain`. */
export interface ModelChainArgs {
  /**
   * The segments in chain order: each segment's `modelCommitment` public signal (bytes32 hex of a
   * BN254 field element) and its route's circuitHash and vkHash (src/contracts/chain.ts).
   */
  segments: ModelSegment[];
  /** Metadata URI; part of the chain commitment that must match (src/circuit/descriptions.ts `registryUriOf`). */
  uri: string;
  /** Name under which zkattn.json records the chain (e.g. `gpt-nano-sort/model/chain4`). */
  name?: string;
}

/**
 * The registry's commitment of a chain (`chainCommitment`, src/contracts/chain.ts), with each
 * segment validated.
 * @throws Error `deploy: ...` for fewer than 2 or more than MAX_CHAIN_SEGMENTS segments, or a
 *   segment whose modelHash is not a non-zero field element or whose hashes are not bytes32.
 */
function chainStructOf(chain: ModelChainArgs): CommitmentStruct {
  if (chain.segments.length < 2 || chain.segments.length > MAX_CHAIN_SEGMENTS)
    throw new Error(
      `deploy: a chained model has 2 to ${MAX_CHAIN_SEGMENTS} segments, got ${chain.segments.length}; register a single circuit with ensureModelRegistered`,
    );
  chain.segments.forEach((seg, i) => {
    requireBytes32(`segment ${i} modelHash`, seg.modelHash);
    if (BigInt(seg.modelHash) >= BN254_SCALAR_FIELD)
      throw new Error(
        `deploy: segment ${i} modelHash ${seg.modelHash} is not a BN254 field element; pass the segment circuit's modelCommitment`,
      );
    requireBytes32(`segment ${i} circuitHash`, seg.circuitHash);
    requireBytes32(`segment ${i} vkHash`, seg.vkHash);
  });
  const c = chainCommitment(chain.segments, chain.uri);
  return {
    modelHash: c.modelHash.toLowerCase(),
    circuitHash: c.circuitHash.toLowerCase(),
    vkHash: c.vkHash.toLowerCase(),
    proofSystemId: c.proofSystemId,
    uri: c.uri,
  };
}

/**
 * The id of a chained model with exactly these segments and uri in `registry`, owned by the first
 * signer and not deprecated; registers one (`registerModelChain`) if there is none. The versioning
 * policy of {@link ensureModelRegistered} applies to the chain's commitment: a signer's chain with
 * the same segment modelHashes and uri under other circuits or keys gets a new version
 * (`updateModelChain`), keeping its modelId. Every segment's route must exist
 * ({@link ensureVerifierRoute}).
 * @throws Error `deploy: ...` for invalid segments (see {@link chainStructOf}) or a segment without a
 *   route (naming the segment and what to run).
 */
export async function ensureModelChainRegistered(
  conn: DeployConnection,
  env: DeployEnv,
  registry: string,
  chain: ModelChainArgs,
): Promise<ModelResult> {
  const commitment = chainStructOf(chain);
  const signer = await signerOf(conn);
  const reg = await conn.ethers.getContractAt("ModelRegistry", registry, signer);
  for (const [i, seg] of chain.segments.entries()) {
    if ((await reg.verifierOf(seg.circuitHash, seg.vkHash)) === ZeroAddress)
      throw new Error(
        `deploy: registry ${registry} has no verifier route for segment ${i + 1} of ${chain.segments.length} (circuitHash ${seg.circuitHash}, vkHash ${seg.vkHash}); add every segment's route first (ensureVerifierRoute, or register-model --whole-model with the owner's account)`,
      );
  }
  const segments = chain.segments.map((x) => ({
    modelHash: x.modelHash,
    circuitHash: x.circuitHash,
    vkHash: x.vkHash,
  }));
  return await registerOrReuse(conn, env, reg, registry, commitment, {
    what: "chained model",
    name: chain.name,
    matchUri: true,
    update: (modelId) => reg.updateModelChain(modelId, segments, chain.uri),
    register: () => reg.registerModelChain(segments, chain.uri),
  });
}

/**
 * Read-only counterpart of {@link ensureModelChainRegistered}: the signer's chained model with
 * exactly this commitment, or undefined.
 * @throws Error `deploy: ...` for invalid segments.
 */
export async function findModelChain(
  conn: DeployConnection,
  registry: string,
  chain: ModelChainArgs,
): Promise<ModelMatch | undefined> {
  return (await searchModels(conn, registry, chainStructOf(chain), true)).exact;
}

/** Result of {@link ensureModelChainDeployment}. */
export interface ModelChainDeployment {
  chainId: number;
  registry: string;
  /** Each segment's verifier, in chain order. */
  verifiers: string[];
  modelId: bigint;
  action: ModelResult["action"];
}

/**
 * {@link ensureModelDeployment} for a chain: refuses development keys off development chains
 * (every segment's), then {@link ensureRegistry}, {@link ensureVerifierRoute} per segment and
 * {@link ensureModelChainRegistered}.
 * @param routes each segment's verifier route, in chain order (circuitHash and vkHash equal to
 *   `chain.segments[i]`'s).
 * @throws Error `deploy: ...` as those functions, or for routes that do not match the segments.
 */
export async function ensureModelChainDeployment(
  conn: DeployConnection,
  env: DeployEnv,
  routes: readonly VerifierRoute[],
  chain: ModelChainArgs,
  options: { allowInsecureDevelopmentKeys?: boolean } = {},
): Promise<ModelChainDeployment> {
  if (
    routes.length !== chain.segments.length ||
    routes.some(
      (r, i) =>
        r.circuitHash.toLowerCase() !== chain.segments[i].circuitHash.toLowerCase() ||
        r.vkHash.toLowerCase() !== chain.segments[i].vkHash.toLowerCase(),
    )
  )
    throw new Error(
      "deploy: ensureModelChainDeployment: the routes are not the segments' (circuitHash, vkHash) in chain order",
    );
  for (const r of routes)
    await assertKeysAllowedOnChain(conn, r, options.allowInsecureDevelopmentKeys);
  const { registry, chainId } = await ensureRegistry(conn, env);
  const verifiers: string[] = [];
  for (const r of routes)
    verifiers.push((await ensureVerifierRoute(conn, env, registry, r)).verifier);
  const { modelId, action } = await ensureModelChainRegistered(conn, env, registry, chain);
  return { chainId, registry, verifiers, modelId, action };
}

/** A model whose current commitment matches, as {@link findModel} returns it. */
export interface ModelMatch {
  modelId: bigint;
  /** Number of versions (1 = as registered). */
  versions: number;
  /** Its current uri. */
  uri: string;
}

/**
 * The newest model of the first signer (not deprecated) in `registry` whose current commitment is
 * exactly `model` (as {@link ensureModelRegistered} matches it), or undefined. Read-only: for
 * callers that must not deploy, e.g. to fail with "run register-model first".
 * @throws Error `deploy: ...` for malformed hashes.
 */
export async function findModel(
  conn: DeployConnection,
  registry: string,
  model: ModelCommitmentArgs,
): Promise<ModelMatch | undefined> {
  return (await searchModels(conn, registry, commitmentOf(model), model.uri !== undefined)).exact;
}

/** The registry's `ModelCommitment` struct (hex strings lower-cased), as searched and recorded. */
interface CommitmentStruct {
  modelHash: string;
  circuitHash: string;
  vkHash: string;
  proofSystemId: string;
  uri: string;
}

/** The registry's `ModelCommitment` struct for `model` (validated). */
function commitmentOf(model: ModelCommitmentArgs): CommitmentStruct {
  if (model.modelHash <= 0n || model.modelHash >= BN254_SCALAR_FIELD) {
    throw new Error(
      `deploy: modelHash ${model.modelHash} is not a non-zero BN254 field element; pass the circuit's modelCommitment`,
    );
  }
  requireBytes32("circuitHash", model.circuitHash);
  requireBytes32("vkHash", model.vkHash);
  return {
    modelHash: "0x" + model.modelHash.toString(16).padStart(64, "0"),
    circuitHash: model.circuitHash.toLowerCase(),
    vkHash: model.vkHash.toLowerCase(),
    proofSystemId: GROTH16_BN254_V1,
    uri: model.uri ?? "",
  };
}

/**
 * Scans the first signer's models (its `ModelRegistered` logs), newest first, skipping deprecated
 * ones and ones it no longer owns: `exact` is the first whose current commitment matches
 * `commitment` (its uri too when `matchUri`), `sameWeights` the first with the same modelHash (and
 * the same uri when `matchUri`) but another circuit or key. Single and chained models alike: a
 * chain's current commitment is its `chainCommitment`.
 */
async function searchModels(
  conn: DeployConnection,
  registry: string,
  commitment: CommitmentStruct,
  matchUri: boolean,
): Promise<{ exact?: ModelMatch; sameWeights?: bigint }> {
  const signer = await signerOf(conn);
  const reg = await conn.ethers.getContractAt("ModelRegistry", registry, signer);
  const logs = await reg.queryFilter(reg.filters.ModelRegistered(undefined, signer.address));
  const ids = [...new Set(logs.map((l) => BigInt(l.topics[1])))].sort((a, b) => (a > b ? -1 : 1));
  let sameWeights: bigint | undefined;
  for (const modelId of ids) {
    const [current, deprecated, owner] = await reg.getModel(modelId);
    if (deprecated || getAddress(owner) !== getAddress(signer.address)) continue;
    if (current.modelHash.toLowerCase() !== commitment.modelHash) continue;
    const same =
      current.circuitHash.toLowerCase() === commitment.circuitHash &&
      current.vkHash.toLowerCase() === commitment.vkHash &&
      current.proofSystemId.toLowerCase() === commitment.proofSystemId.toLowerCase() &&
      (!matchUri || current.uri === commitment.uri);
    if (same) {
      const versions = Number(await reg.modelVersionCount(modelId));
      return { exact: { modelId, versions, uri: current.uri } };
    }
    if (!matchUri || current.uri === commitment.uri) sameWeights ??= modelId;
  }
  return { sameWeights };
}

/**
 * zkattn's record for this connection's chain: `zkattn.json` of the Ignition deployment on a
 * persistent network, the connection's memory in-process; undefined if nothing was recorded.
 */
export async function readRecord(
  conn: DeployConnection,
  env: DeployEnv,
): Promise<ZkattnRecord | undefined> {
  if (!isPersistentNetwork(conn)) return stateOf(conn).record;
  return await readZkattnRecord(deploymentDirOf(env, await chainIdOf(conn)));
}

function requireBytes32(name: string, value: string): void {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value) || /^0x0{64}$/.test(value)) {
    throw new Error(
      `deploy: ${name} "${value}" is not a non-zero 0x-prefixed bytes32; take it from build/<circuit>/manifest.json`,
    );
  }
}

function addRoute(r: ZkattnRecord, route: RecordedRoute): ZkattnRecord {
  const key = `${route.circuitHash.toLowerCase()}:${route.vkHash.toLowerCase()}`;
  const previous = r.routes[key];
  // Keep a known contract name when the route is later found on-chain.
  const contractName = route.contractName || previous?.contractName || "";
  const entry: RecordedRoute = {
    circuitHash: route.circuitHash.toLowerCase(),
    vkHash: route.vkHash.toLowerCase(),
    verifier: getAddress(route.verifier),
    contractName,
  };
  return { ...r, routes: { ...r.routes, [key]: entry } };
}

/** Records a model in zkattn.json under `name` (default its modelHash). */
async function recordModel(
  conn: DeployConnection,
  env: DeployEnv,
  registry: string,
  commitment: CommitmentStruct,
  name: string | undefined,
  modelId: bigint,
  owner: string,
  versions: number,
  uri: string,
): Promise<void> {
  const entry: RecordedModel = {
    modelId: modelId.toString(),
    modelHash: commitment.modelHash,
    circuitHash: commitment.circuitHash,
    vkHash: commitment.vkHash,
    uri,
    owner: getAddress(owner),
    versions,
  };
  await updateRecord(conn, env, registry, (r) => ({
    ...r,
    models: { ...r.models, [name ?? commitment.modelHash]: entry },
  }));
}

/**
 * Applies `change` to zkattn's record of this chain. A record for another registry (the chain was
 * redeployed under a new registry) is replaced, since its routes and modelIds no longer apply.
 */
async function updateRecord(
  conn: DeployConnection,
  env: DeployEnv,
  registry: string,
  change: (r: ZkattnRecord) => ZkattnRecord,
): Promise<void> {
  const chainId = await chainIdOf(conn);
  const current = await readRecord(conn, env);
  const base: ZkattnRecord =
    current && getAddress(current.registry) === getAddress(registry)
      ? current
      : {
          schema: ZKATTN_RECORD_SCHEMA,
          chainId,
          registry: getAddress(registry),
          routes: {},
          models: {},
        };
  const next = change(base);
  if (isPersistentNetwork(conn)) await writeZkattnRecord(deploymentDirOf(env, chainId), next);
  else stateOf(conn).record = next;
}
