import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";
import { getAddress, id, Wallet } from "ethers";
import { artifacts, config, network } from "hardhat";
import type { JsonRpcServer } from "hardhat/types/network";

import InferenceBountyModule from "../../deploy/InferenceBounty.js";
import { modelVerifierModuleId } from "../../deploy/ModelVerifier.js";
import { BN254_SCALAR_FIELD } from "../../src/circuit/publicSignals.js";
import { directBinding, encodeOutput, toBytes32 } from "../../src/contracts/calldata.js";
import {
  assertRecordedCode,
  type DeployEnv,
  ensureBounty,
  ensureModelChainDeployment,
  ensureModelChainRegistered,
  ensureModelDeployment,
  ensureModelRegistered,
  ensureRegistry,
  ensureVerifierRoute,
  findModel,
  findModelChain,
  findRegistry,
  INSECURE_DEVELOPMENT_KEYS_FLAG,
  readRecord,
  REGISTRY_FUTURE_ID,
} from "../../src/deploy/ensure.js";
import { deploymentDirOf, readRecordedAddresses } from "../../src/deploy/record.js";
import {
  buildMockInferenceFixture,
  MOCK_VERIFIER_CONTRACT,
  PROJECT_ROOT,
  type MockInferenceFixture,
} from "../../scripts/fixtures/mockInference.js";
import { MOCK_MODEL, mockModelCommitment, proveMock } from "../../scripts/fixtures/mockProofs.js";
import { CHAIN3, mockModelSegments, proveChain } from "../../scripts/fixtures/mockChain.js";
import {
  buildMockGenerationFixture,
  MOCK_GENERATION_VERIFIER_CONTRACT,
} from "../../scripts/fixtures/mockGeneration.js";
import { chainCommitment, chainEndpoints, encodeChainProof } from "../../src/contracts/chain.js";

/** The message of the error `promise` rejects with; fails the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a rejection, but the call succeeded");
}

/** Scratch space of these tests (gitignored .tmp/). */
const SCRATCH = path.join(PROJECT_ROOT, ".tmp/deploy", `test-${process.pid}`);
/** A key the mock verifier does not really serve: routes are keyed by hashes only, so it gives a second route. */
const OTHER_VK_HASH = id("zkattn deploy test: another verifying key");

describe("deployment library (src/deploy) with the mock inference verifier", function () {
  let fixture: MockInferenceFixture;
  let route: { contractName: string; circuitHash: string; vkHash: string };
  let modelHash: bigint;

  before(async function () {
    fixture = await buildMockInferenceFixture();
    route = {
      contractName: MOCK_VERIFIER_CONTRACT,
      circuitHash: fixture.circuitHash,
      vkHash: fixture.vkHash,
    };
    modelHash = mockModelCommitment(MOCK_MODEL);
  });

  after(async function () {
    await rm(SCRATCH, { recursive: true, force: true });
    // snarkjs's shared curve keeps worker threads alive; ffjavascript rebuilds it on next use.
    await (
      globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }
    ).curve_bn128?.terminate();
  });

  describe("on the in-process network", function () {
    /** In-process deployments record nothing on disk; the folder only matters to persistent chains. */
    const env: DeployEnv = { ignitionDir: path.join(SCRATCH, "unused-ignition") };

    it("deploys the registry once per connection, owned by the first signer", async function () {
      const conn = await network.create();
      const [admin] = await conn.ethers.getSigners();
      const first = await ensureRegistry(conn, env);
      const second = await ensureRegistry(conn, env);
      expect(first.deployed).to.equal(true);
      expect(second).to.deep.equal({ ...first, deployed: false });
      const registry = await conn.ethers.getContractAt("ModelRegistry", first.registry);
      expect(await registry.owner()).to.equal(admin.address);
      expect(existsSync(env.ignitionDir)).to.equal(false);
    });

    it("finds no registry on a connection before ensureRegistry, and its registry after", async function () {
      const conn = await network.create();
      expect(await rejectionOf(findRegistry(conn, env))).to.equal(
        "deploy: no ModelRegistry on this in-process connection (chain 31337); deploy one with ensureRegistry first",
      );
      const { registry } = await ensureRegistry(conn, env);
      expect(await findRegistry(conn, env)).to.equal(registry);
    });

    it("deploys a new registry on a new connection (a fresh chain)", async function () {
      const a = await ensureRegistry(await network.create(), env);
      const conn = await network.create();
      const b = await ensureRegistry(conn, env);
      expect(b.deployed).to.equal(true);
      // Same deployer, same nonce on a fresh chain: same address, but it is a new deployment with code.
      expect(b.registry).to.equal(a.registry);
      expect(await conn.ethers.provider.getCode(b.registry)).to.not.equal("0x");
    });

    it("makes the given account the registry owner", async function () {
      const conn = await network.create();
      const [, alice] = await conn.ethers.getSigners();
      const { registry } = await ensureRegistry(conn, env, alice.address);
      expect(await (await conn.ethers.getContractAt("ModelRegistry", registry)).owner()).to.equal(
        alice.address,
      );
    });

    it("deploys the verifier and adds its route once; a second call reuses the route", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      const added = await ensureVerifierRoute(conn, env, registry, route);
      expect(added.route).to.equal("added");
      expect(await reg.verifierOf(route.circuitHash, route.vkHash)).to.equal(added.verifier);
      // The generated verifier has no immutables: its code on chain is the artifact's deployedBytecode.
      expect(await conn.ethers.provider.getCode(added.verifier)).to.equal(
        (await artifacts.readArtifact(MOCK_VERIFIER_CONTRACT)).deployedBytecode,
      );
      const again = await ensureVerifierRoute(conn, env, registry, route);
      expect(again).to.deep.equal({ verifier: added.verifier, route: "existing" });
      const routeEvents = await reg.queryFilter(reg.filters.VerifierRegistered());
      expect(routeEvents).to.have.length(1);
    });

    it("reuses an existing route whatever verifier it points to (routes are add-only)", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      const byHand = await conn.ethers.deployContract(MOCK_VERIFIER_CONTRACT);
      await (
        await reg.registerVerifier(
          route.circuitHash,
          route.vkHash,
          await byHand.getAddress(),
          false,
        )
      ).wait();
      const result = await ensureVerifierRoute(conn, env, registry, route);
      expect(result).to.deep.equal({
        verifier: getAddress(await byHand.getAddress()),
        route: "existing",
      });
    });

    it("registers a model once and finds it again by its commitment", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      await ensureVerifierRoute(conn, env, registry, route);
      const model = { ...route, modelHash, uri: "ipfs://mock", name: "mock/layer0" };
      expect(await findModel(conn, registry, model)).to.equal(undefined);
      const first = await ensureModelRegistered(conn, env, registry, model);
      const second = await ensureModelRegistered(conn, env, registry, model);
      expect(first).to.deep.equal({ modelId: 1n, action: "registered", versions: 1 });
      expect(second).to.deep.equal({ modelId: 1n, action: "existing", versions: 1 });
      expect(await findModel(conn, registry, model)).to.deep.equal({
        modelId: 1n,
        versions: 1,
        uri: "ipfs://mock",
      });
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      expect(await reg.modelCount()).to.equal(1n);
      const [commitment] = await reg.getModel(1n);
      expect(BigInt(commitment.modelHash)).to.equal(modelHash);
      expect(commitment.uri).to.equal("ipfs://mock");
      expect((await readRecord(conn, env))?.models["mock/layer0"]).to.include({
        modelId: "1",
        vkHash: route.vkHash.toLowerCase(),
      });
    });

    it("finds a model whatever its uri when no uri is given", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      await ensureVerifierRoute(conn, env, registry, route);
      await ensureModelRegistered(conn, env, registry, { ...route, modelHash, uri: "ipfs://a" });
      const found = await ensureModelRegistered(conn, env, registry, { ...route, modelHash });
      expect(found.action).to.equal("existing");
    });

    it("updates the signer's model with the same modelHash to a new key instead of registering another", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      await ensureVerifierRoute(conn, env, registry, route);
      const { modelId } = await ensureModelRegistered(conn, env, registry, { ...route, modelHash });
      const newKey = { ...route, vkHash: OTHER_VK_HASH };
      await ensureVerifierRoute(conn, env, registry, newKey);
      const updated = await ensureModelRegistered(conn, env, registry, { ...newKey, modelHash });
      expect(updated).to.deep.equal({ modelId, action: "updated", versions: 2 });
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      expect(await reg.modelCount()).to.equal(1n);
      expect((await reg.getModel(modelId))[0].vkHash).to.equal(OTHER_VK_HASH);
      expect((await reg.getModelVersion(modelId, 0n)).vkHash).to.equal(route.vkHash);
    });

    it("registers a separate model for the same weights under another uri (a layer's other circuit) instead of updating", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      await ensureVerifierRoute(conn, env, registry, route);
      const privateUri = "zkattn:mock/layer0";
      const publicUri = "zkattn:mock/layer0/public-weights";
      const first = await ensureModelRegistered(conn, env, registry, {
        ...route,
        modelHash,
        uri: privateUri,
      });
      const otherCircuit = { ...route, vkHash: OTHER_VK_HASH };
      await ensureVerifierRoute(conn, env, registry, otherCircuit);
      const second = await ensureModelRegistered(conn, env, registry, {
        ...otherCircuit,
        modelHash,
        uri: publicUri,
      });
      expect(second).to.deep.equal({
        modelId: first.modelId + 1n,
        action: "registered",
        versions: 1,
      });
      const again = await ensureModelRegistered(conn, env, registry, {
        ...route,
        modelHash,
        uri: privateUri,
      });
      expect(again).to.deep.equal({ modelId: first.modelId, action: "existing", versions: 1 });
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      expect((await reg.getModel(first.modelId))[0].vkHash).to.equal(route.vkHash);
      expect((await reg.getModel(second.modelId))[0].vkHash).to.equal(OTHER_VK_HASH);
    });

    it("registers a new model when the signer's model with that modelHash is deprecated", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      await ensureVerifierRoute(conn, env, registry, route);
      const first = await ensureModelRegistered(conn, env, registry, { ...route, modelHash });
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      await (await reg.deprecateModel(first.modelId)).wait();
      const second = await ensureModelRegistered(conn, env, registry, { ...route, modelHash });
      expect(second).to.deep.equal({ modelId: 2n, action: "registered", versions: 1 });
    });

    it("registers its own model when another account owns one with this commitment", async function () {
      const conn = await network.create();
      const [, alice] = await conn.ethers.getSigners();
      const { registry } = await ensureRegistry(conn, env);
      await ensureVerifierRoute(conn, env, registry, route);
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      await (
        await reg.connect(alice).registerModel({
          modelHash: "0x" + modelHash.toString(16).padStart(64, "0"),
          circuitHash: route.circuitHash,
          vkHash: route.vkHash,
          proofSystemId: id("groth16-bn254-v1").slice(0, 10),
          uri: "",
        })
      ).wait();
      const mine = await ensureModelRegistered(conn, env, registry, { ...route, modelHash });
      expect(mine).to.deep.equal({ modelId: 2n, action: "registered", versions: 1 });
    });

    it("leaves a registered model that verifies a real proof of the mock circuit", async function () {
      const conn = await network.create();
      const [admin] = await conn.ethers.getSigners();
      const { registry, modelId, action } = await ensureModelDeployment(conn, env, {
        ...route,
        modelHash,
      });
      expect(action).to.equal("registered");
      const proof = await proveMock(fixture, directBinding(admin.address));
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      await expect(
        reg.verifyInference(modelId, proof.inputCommitment, proof.output, proof.proofBytes),
      )
        .to.emit(reg, "InferenceVerified")
        .withArgs(modelId, proof.inputCommitment, proof.output, admin.address);
    });

    describe("chained models (registerModelChain)", function () {
      let generation: MockInferenceFixture;
      /** The mock chain's segments (generation, generation, inference) and each one's route. */
      let segments: ReturnType<typeof mockModelSegments>;
      let routes: { contractName: string; circuitHash: string; vkHash: string }[];
      before(async function () {
        generation = await buildMockGenerationFixture();
        segments = mockModelSegments({ generation, inference: fixture }, CHAIN3);
        routes = CHAIN3.map((g) =>
          g.kind === "generation"
            ? {
                contractName: MOCK_GENERATION_VERIFIER_CONTRACT,
                circuitHash: generation.circuitHash,
                vkHash: generation.vkHash,
              }
            : route,
        );
      });

      it("registers a chain once, finds it by its segments and uri, and records it", async function () {
        const conn = await network.create();
        const { registry } = await ensureRegistry(conn, env);
        for (const r of routes) await ensureVerifierRoute(conn, env, registry, r);
        const chain = { segments, uri: "zkattn:mock/model/chain3", name: "mock/model/chain3" };
        expect(await findModelChain(conn, registry, chain)).to.equal(undefined);
        const first = await ensureModelChainRegistered(conn, env, registry, chain);
        const second = await ensureModelChainRegistered(conn, env, registry, chain);
        expect(first).to.deep.equal({ modelId: 1n, action: "registered", versions: 1 });
        expect(second).to.deep.equal({ modelId: 1n, action: "existing", versions: 1 });
        expect(await findModelChain(conn, registry, chain)).to.deep.equal({
          modelId: 1n,
          versions: 1,
          uri: chain.uri,
        });
        // Another uri is another model (the uri is part of the chain's commitment).
        expect(await findModelChain(conn, registry, { ...chain, uri: "zkattn:other" })).to.equal(
          undefined,
        );
        const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
        const stored = (await reg.getModelSegments(1n, 0n)).map((g) => ({
          modelHash: g.modelHash,
          circuitHash: g.circuitHash,
          vkHash: g.vkHash,
        }));
        expect(stored).to.deep.equal(segments);
        const expected = chainCommitment(segments, chain.uri);
        const [current] = await reg.getModel(1n);
        expect(current.modelHash).to.equal(expected.modelHash);
        expect(current.vkHash).to.equal(expected.vkHash);
        expect((await readRecord(conn, env))?.models["mock/model/chain3"]).to.include({
          modelId: "1",
          modelHash: expected.modelHash.toLowerCase(),
          uri: chain.uri,
        });
      });

      it("updates the signer's chain with the same segment weights to new segment keys, keeping its modelId", async function () {
        const conn = await network.create();
        const { registry } = await ensureRegistry(conn, env);
        for (const r of routes) await ensureVerifierRoute(conn, env, registry, r);
        const chain = { segments, uri: "zkattn:mock/model/chain3" };
        const { modelId } = await ensureModelChainRegistered(conn, env, registry, chain);
        const rekeyed = segments.map((g, i) => (i === 2 ? { ...g, vkHash: OTHER_VK_HASH } : g));
        await ensureVerifierRoute(conn, env, registry, { ...route, vkHash: OTHER_VK_HASH });
        const updated = await ensureModelChainRegistered(conn, env, registry, {
          ...chain,
          segments: rekeyed,
        });
        expect(updated).to.deep.equal({ modelId, action: "updated", versions: 2 });
        const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
        expect(await reg.modelCount()).to.equal(1n);
        expect((await reg.getModelSegments(modelId, 1n))[2].vkHash).to.equal(OTHER_VK_HASH);
        expect((await reg.getModelSegments(modelId, 0n))[2].vkHash).to.equal(route.vkHash);
      });

      it("refuses a chain with a segment that has no route, naming the segment, and registers nothing", async function () {
        const conn = await network.create();
        const { registry } = await ensureRegistry(conn, env);
        await ensureVerifierRoute(conn, env, registry, routes[0]);
        expect(
          await rejectionOf(ensureModelChainRegistered(conn, env, registry, { segments, uri: "" })),
        ).to.equal(
          `deploy: registry ${registry} has no verifier route for segment 3 of 3 (circuitHash ${route.circuitHash}, vkHash ${route.vkHash}); add every segment's route first (ensureVerifierRoute, or register-model --whole-model with the owner's account)`,
        );
        const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
        expect(await reg.modelCount()).to.equal(0n);
      });

      it("refuses a one-segment chain and a segment modelHash outside the field", async function () {
        const conn = await network.create();
        const { registry } = await ensureRegistry(conn, env);
        expect(
          await rejectionOf(
            ensureModelChainRegistered(conn, env, registry, {
              segments: segments.slice(0, 1),
              uri: "",
            }),
          ),
        ).to.match(/^deploy: a chained model has 2 to 64 segments, got 1;/);
        const outside = segments.map((g, i) =>
          i === 1 ? { ...g, modelHash: toBytes32(BN254_SCALAR_FIELD) } : g,
        );
        expect(
          await rejectionOf(
            ensureModelChainRegistered(conn, env, registry, { segments: outside, uri: "" }),
          ),
        ).to.equal(
          `deploy: segment 1 modelHash ${toBytes32(BN254_SCALAR_FIELD)} is not a BN254 field element; pass the segment circuit's modelCommitment`,
        );
      });

      it("deploys a chain that verifies real segment proofs in one verifyInference call", async function () {
        const conn = await network.create();
        const [admin] = await conn.ethers.getSigners();
        const dep = await ensureModelChainDeployment(conn, env, routes, {
          segments,
          uri: "zkattn:mock/model/chain3",
        });
        expect(dep.action).to.equal("registered");
        expect(dep.verifiers).to.have.length(3);
        const proofs = await proveChain(
          { generation, inference: fixture },
          CHAIN3,
          directBinding(admin.address),
        );
        const { inputCommitment, outputCommitment } = chainEndpoints(proofs);
        const reg = await conn.ethers.getContractAt("ModelRegistry", dep.registry);
        await expect(
          reg.verifyInference(
            dep.modelId,
            toBytes32(inputCommitment),
            encodeOutput(outputCommitment),
            encodeChainProof(proofs),
          ),
        )
          .to.emit(reg, "InferenceVerified")
          .withArgs(
            dep.modelId,
            toBytes32(inputCommitment),
            encodeOutput(outputCommitment),
            admin.address,
          );
        // Routes that are not the segments' are refused before anything is deployed.
        expect(
          await rejectionOf(
            ensureModelChainDeployment(conn, env, [...routes].reverse(), { segments, uri: "" }),
          ),
        ).to.equal(
          "deploy: ensureModelChainDeployment: the routes are not the segments' (circuitHash, vkHash) in chain order",
        );
      });
    });

    it("returns the bounty deployed with the registry, bound to that registry", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      const { bounty } = await ensureBounty(conn, env, registry);
      expect(
        await (await conn.ethers.getContractAt("InferenceBounty", bounty)).registry(),
      ).to.equal(registry);
      expect((await ensureBounty(conn, env, registry)).bounty).to.equal(bounty);
      expect((await readRecord(conn, env))?.bounty).to.equal(bounty);
    });

    it("deploys the registry it depends on when the bounty module is deployed alone", async function () {
      const conn = await network.create();
      const { bounty, registry } = await conn.ignition.deploy(InferenceBountyModule);
      expect(await bounty.registry()).to.equal(await registry.getAddress());
      expect(await conn.ethers.provider.getCode(await registry.getAddress())).to.not.equal("0x");
    });

    it("refuses a bounty for a registry it did not deploy", async function () {
      const conn = await network.create();
      const [admin] = await conn.ethers.getSigners();
      await ensureRegistry(conn, env);
      const other = await conn.ethers.deployContract("ModelRegistry", [admin.address]);
      const address = await other.getAddress();
      expect(await rejectionOf(ensureBounty(conn, env, address))).to.equal(
        `deploy: on the in-process network the bounty is deployed together with the registry; call ensureRegistry on this connection first and pass the registry it returned (got ${address})`,
      );
    });

    it("refuses to add a route when the signer does not own the registry", async function () {
      const conn = await network.create();
      const [admin, alice] = await conn.ethers.getSigners();
      const { registry } = await ensureRegistry(conn, env, alice.address);
      expect(await rejectionOf(ensureVerifierRoute(conn, env, registry, route))).to.equal(
        `deploy: registry ${registry} has no verifier route for (circuitHash ${route.circuitHash}, vkHash ${route.vkHash}) and only its owner ${alice.address} may add one, not ${admin.address}; run register-model with the owner's account`,
      );
    });

    it("names the setup command when the verifier contract is not compiled", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      const missing = { ...route, contractName: "NoSuchModelVerifier" };
      expect(await rejectionOf(ensureVerifierRoute(conn, env, registry, missing))).to.equal(
        "deploy: contract NoSuchModelVerifier is not compiled; generate it with `npx hardhat zkattn:setup <circuit> --export-verifier` (contracts/verifiers/generated/) and run `npx hardhat build`",
      );
    });

    it("refuses to register a model without a verifier route", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      expect(
        await rejectionOf(ensureModelRegistered(conn, env, registry, { ...route, modelHash })),
      ).to.equal(
        `deploy: registry ${registry} has no verifier route for (circuitHash ${route.circuitHash}, vkHash ${route.vkHash}); add it first (ensureVerifierRoute, or register-model with --verifier-contract)`,
      );
    });

    it("refuses a modelHash outside the BN254 scalar field and a malformed vkHash", async function () {
      const conn = await network.create();
      const { registry } = await ensureRegistry(conn, env);
      expect(
        await rejectionOf(
          ensureModelRegistered(conn, env, registry, { ...route, modelHash: BN254_SCALAR_FIELD }),
        ),
      ).to.equal(
        `deploy: modelHash ${BN254_SCALAR_FIELD} is not a non-zero BN254 field element; pass the circuit's modelCommitment`,
      );
      expect(
        await rejectionOf(ensureVerifierRoute(conn, env, registry, { ...route, vkHash: "0x1234" })),
      ).to.equal(
        `deploy: vkHash "0x1234" is not a non-zero 0x-prefixed bytes32; take it from build/<circuit>/manifest.json`,
      );
    });

    it("names the folder to delete when a recorded address has no code", async function () {
      const conn = await network.create();
      const chainId = Number((await conn.ethers.provider.getNetwork()).chainId);
      const recordEnv: DeployEnv = { ignitionDir: path.join(SCRATCH, "fake-ignition") };
      const dir = deploymentDirOf(recordEnv, chainId);
      const ghost = Wallet.createRandom().address;
      await mkdir(dir, { recursive: true });
      await writeFile(
        path.join(dir, "deployed_addresses.json"),
        JSON.stringify({ [REGISTRY_FUTURE_ID]: ghost }),
      );
      expect(await rejectionOf(assertRecordedCode(conn, recordEnv))).to.equal(
        `deploy: no code at ${ghost} (${REGISTRY_FUTURE_ID}, recorded in ${dir}) on chain ${chainId}: the node was restarted or the chain reset since that deployment; delete ${dir} and run \`npx hardhat register-model --network ${conn.networkName}\` again`,
      );
    });
  });

  describe("on a persistent chain (an in-process JSON-RPC server reached over http)", function () {
    let server: JsonRpcServer;
    let url: string;
    /** A deployment id of its own, so the tests never touch the chain-31337 folder of a developer's node. */
    const env: DeployEnv = {
      ignitionDir: config.paths.ignition,
      deploymentId: `zkattn-test-${process.pid}`,
    };
    const dir = () => deploymentDirOf(env, 31337);

    async function startNode(): Promise<void> {
      server = await network.createServer("hardhat", "127.0.0.1", 0);
      const { port } = await server.listen();
      url = `http://127.0.0.1:${port}`;
    }
    const connect = () => network.create({ network: "localhost", override: { url } });

    before(async function () {
      await rm(dir(), { recursive: true, force: true });
      await startNode();
    });

    after(async function () {
      await server?.close();
      await rm(dir(), { recursive: true, force: true });
      // Remove ignition/deployments and ignition/ too if the test created them (rmdir only removes empty folders).
      for (const d of [path.dirname(dir()), env.ignitionDir]) await rmdir(d).catch(() => {});
    });

    it("names register-model when no registry is recorded for the chain", async function () {
      const conn = await connect();
      expect(await rejectionOf(findRegistry(conn, env))).to.equal(
        `deploy: no ModelRegistry recorded for chain 31337 in ${dir()}; run \`npx hardhat register-model --network localhost\` first`,
      );
    });

    it("records the registry in Ignition's deployment and reuses it from a new connection", async function () {
      const first = await ensureRegistry(await connect(), env);
      expect(first.deployed).to.equal(true);
      const recorded = await readRecordedAddresses(dir());
      expect(recorded[REGISTRY_FUTURE_ID]).to.equal(first.registry);
      const again = await ensureRegistry(await connect(), env);
      expect(again).to.deep.equal({ ...first, deployed: false });
      expect(await findRegistry(await connect(), env)).to.equal(first.registry);
    });

    it("records the route and the modelId in zkattn.json and reuses both from a new connection", async function () {
      const conn = await connect();
      const { registry } = await ensureRegistry(conn, env);
      // One object for both calls, as register-model passes its resolved registration.
      const model = { ...route, modelHash, name: "mock/layer0" };
      const added = await ensureVerifierRoute(conn, env, registry, model);
      const registered = await ensureModelRegistered(conn, env, registry, model);
      const recorded = await readRecordedAddresses(dir());
      expect(
        recorded[
          `${modelVerifierModuleId(MOCK_VERIFIER_CONTRACT, route.vkHash)}#${MOCK_VERIFIER_CONTRACT}`
        ],
      ).to.equal(added.verifier);
      const record = JSON.parse(readFileSync(path.join(dir(), "zkattn.json"), "utf8"));
      expect(record.registry).to.equal(registry);
      expect(record.models["mock/layer0"].modelId).to.equal(registered.modelId.toString());
      expect(record.routes[`${route.circuitHash}:${route.vkHash}`.toLowerCase()].verifier).to.equal(
        added.verifier,
      );

      const later = await connect();
      expect((await ensureVerifierRoute(later, env, registry, route)).route).to.equal("existing");
      expect(await ensureModelRegistered(later, env, registry, model)).to.deep.equal({
        modelId: registered.modelId,
        action: "existing",
        versions: 1,
      });
    });

    it("deploys the bounty against the recorded registry (the bounty module reuses the registry module)", async function () {
      const conn = await connect();
      const { registry } = await ensureRegistry(conn, env);
      const first = await ensureBounty(conn, env, registry);
      expect(first.deployed).to.equal(true);
      const bounty = await conn.ethers.getContractAt("InferenceBounty", first.bounty);
      expect(await bounty.registry()).to.equal(registry);
      expect(await ensureBounty(await connect(), env, registry)).to.deep.equal({
        bounty: first.bounty,
        deployed: false,
      });
    });

    it("names the folder to delete after the node restarted with an empty chain", async function () {
      const registry = (await readRecordedAddresses(dir()))[REGISTRY_FUTURE_ID];
      expect(registry).to.not.equal(undefined);
      await server.close();
      await startNode();
      expect(await rejectionOf(ensureRegistry(await connect(), env))).to.equal(
        `deploy: no code at ${registry} (${REGISTRY_FUTURE_ID}, recorded in ${dir()}) on chain 31337: the node was restarted or the chain reset since that deployment; delete ${dir()} and run \`npx hardhat register-model --network localhost\` again`,
      );
    });
  });
  describe("development keys off development chains (a JSON-RPC node with chain id 11155111)", function () {
    const env: DeployEnv = {
      ignitionDir: config.paths.ignition,
      deploymentId: `zkattn-test-devkeys-${process.pid}`,
    };
    const CHAIN_ID = 11155111;
    let server: JsonRpcServer;
    let url: string;
    const connect = () => network.create({ network: "localhost", override: { url } });

    before(async function () {
      server = await network.createServer(
        { network: "hardhat", override: { chainId: CHAIN_ID } },
        "127.0.0.1",
        0,
      );
      const { port } = await server.listen();
      url = `http://127.0.0.1:${port}`;
    });

    after(async function () {
      await server?.close();
      const dir = deploymentDirOf(env, CHAIN_ID);
      await rm(dir, { recursive: true, force: true });
      for (const d of [path.dirname(dir), env.ignitionDir]) await rmdir(d).catch(() => {});
    });

    it("refuses a development setup's key before deploying anything, naming the insecure flag", async function () {
      const conn = await connect();
      const model = { ...route, modelHash, setupKind: "development" as const };
      expect(await rejectionOf(ensureModelDeployment(conn, env, model))).to.equal(
        `deploy: ${MOCK_VERIFIER_CONTRACT} verifies a development setup's key: anyone who knows its seed can forge any proof, so it is refused on localhost (chain ${CHAIN_ID}); make production keys (\`npx hardhat zkattn:setup <circuit> --ptau <file> --export-verifier\`, docs/setup.md), or, for a throwaway test chain only, pass ${INSECURE_DEVELOPMENT_KEYS_FLAG}`,
      );
      expect(INSECURE_DEVELOPMENT_KEYS_FLAG).to.equal("--insecure-allow-development-keys");
      expect(
        await conn.ethers.provider.getTransactionCount((await conn.ethers.getSigners())[0]),
      ).to.equal(0);
    });

    it("routes it with the insecure flag, marked development on-chain", async function () {
      const conn = await connect();
      const model = { ...route, modelHash, setupKind: "development" as const };
      const { registry, modelId } = await ensureModelDeployment(conn, env, model, {
        allowInsecureDevelopmentKeys: true,
      });
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      expect(await reg.isDevelopmentRoute(route.circuitHash, route.vkHash)).to.equal(true);
      expect((await reg.modelStatus(modelId)).development).to.equal(true);
    });

    it("accepts a production key without the flag, marked not development", async function () {
      const conn = await connect();
      const model = {
        ...route,
        vkHash: OTHER_VK_HASH,
        modelHash,
        setupKind: "production" as const,
      };
      const { registry, modelId } = await ensureModelDeployment(conn, env, model);
      const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
      expect(await reg.isDevelopmentRoute(route.circuitHash, OTHER_VK_HASH)).to.equal(false);
      expect((await reg.modelStatus(modelId)).development).to.equal(false);
    });
  });

  it("accepts development keys on the in-process network without the flag", async function () {
    const conn = await network.create();
    const model = { ...route, modelHash, setupKind: "development" as const };
    const env: DeployEnv = { ignitionDir: path.join(SCRATCH, "unused-ignition") };
    const { registry } = await ensureModelDeployment(conn, env, model);
    const reg = await conn.ethers.getContractAt("ModelRegistry", registry);
    expect(await reg.isDevelopmentRoute(route.circuitHash, route.vkHash)).to.equal(true);
  });
});
