// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IPredictionBounty} from "../interfaces/IPredictionBounty.sol";
import {IZkattnModelRegistry} from "../interfaces/IZkattnModelRegistry.sol";
import {GeneratedTokens} from "../lib/GeneratedTokens.sol";
import {ModelEscrow} from "../ModelEscrow.sol";

/**
 * @title Prediction bounty: an example dApp that acts on a model's verified generated tokens
 * @notice See {IPredictionBounty}. A claim is verified with the registry's
 * `verifyInferenceForVersion(modelId, pinnedVersion, inputCommitment, output, proof, msg.sender)`: a
 * proof of another prompt, another model or version, a tampered output, or a proof copied from the
 * mempool by another account fails; an output that is not `tokenCount` packed tokens fails first
 * with `GeneratedTokens.OutputHasBitsAboveCount`.
 * @dev Checks-effects-interactions as in `InferenceBounty`: effects are recorded before the call to
 * the (trusted, immutable) registry, and a failed verification reverts them.
 */
contract PredictionBounty is IPredictionBounty, ModelEscrow {
    uint256 private _requestCount;
    mapping(uint256 requestId => Request) private _requests;

    constructor(IZkattnModelRegistry registry_) ModelEscrow(registry_) {}

    /// @inheritdoc IPredictionBounty
    function requestPrediction(
        uint256 modelId,
        uint256 modelVersion,
        bytes32 inputCommitment,
        uint8 tokenCount,
        uint64 deadline
    ) external payable returns (uint256 requestId) {
        if (tokenCount == 0 || tokenCount > GeneratedTokens.MAX_TOKENS) {
            revert InvalidTokenCount(tokenCount, GeneratedTokens.MAX_TOKENS);
        }
        _checkNewRequest(modelId, modelVersion, inputCommitment, deadline);
        requestId = ++_requestCount;
        _requests[requestId] = Request({
            requester: msg.sender,
            deadline: deadline,
            status: Status.Open,
            tokenCount: tokenCount,
            modelId: modelId,
            modelVersion: modelVersion,
            inputCommitment: inputCommitment,
            reward: msg.value,
            claimant: address(0),
            output: 0
        });
        emit PredictionRequested(
            requestId,
            msg.sender,
            modelId,
            modelVersion,
            inputCommitment,
            tokenCount,
            msg.value,
            deadline
        );
    }

    /// @inheritdoc IPredictionBounty
    function claim(uint256 requestId, bytes calldata output, bytes calldata proof) external nonReentrant {
        Request storage request = _openRequest(requestId);
        if (block.timestamp > request.deadline) revert RequestExpired(requestId, request.deadline);
        // bytes32(...) zero-pads or truncates; the registry then refuses any output that is not 32 bytes.
        uint256 packed = uint256(bytes32(output));
        uint16[] memory tokens = GeneratedTokens.decode(packed, request.tokenCount);
        uint256 reward = request.reward;
        request.status = Status.Answered;
        request.claimant = msg.sender;
        request.output = packed;
        _creditTo(msg.sender, reward);
        emit PredictionAnswered(requestId, msg.sender, request.modelId, request.modelVersion, tokens, reward);
        // Reverts (undoing the effects above) unless the proof is bound to this contract and msg.sender,
        // proves this output for this prompt, and the model is still at the pinned version.
        registry.verifyInferenceForVersion(
            request.modelId,
            request.modelVersion,
            request.inputCommitment,
            output,
            proof,
            msg.sender
        );
    }

    /// @inheritdoc IPredictionBounty
    function refund(uint256 requestId) external nonReentrant {
        Request storage request = _openRequest(requestId);
        if (request.requester != msg.sender) revert NotRequester(requestId, msg.sender);
        if (block.timestamp <= request.deadline && _modelClaimable(request.modelId, request.modelVersion)) {
            revert RequestNotExpired(requestId, request.deadline, block.timestamp);
        }
        request.status = Status.Refunded;
        _creditTo(msg.sender, request.reward);
        emit PredictionRefunded(requestId, msg.sender, request.reward);
    }

    /// @inheritdoc IPredictionBounty
    function isClaimable(uint256 requestId) external view returns (bool) {
        Request storage request = _requests[requestId];
        return
            request.status == Status.Open &&
            block.timestamp <= request.deadline &&
            _modelClaimable(request.modelId, request.modelVersion);
    }

    /// @inheritdoc IPredictionBounty
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IPredictionBounty
    function answerOf(uint256 requestId) external view returns (uint16[] memory tokens) {
        Request storage request = _requests[requestId];
        if (request.status != Status.Answered) revert RequestNotAnswered(requestId, request.status);
        return GeneratedTokens.decode(request.output, request.tokenCount);
    }

    function _openRequest(uint256 requestId) private view returns (Request storage request) {
        request = _requests[requestId];
        if (request.status == Status.None) revert RequestNotFound(requestId);
        if (request.status == Status.Answered) revert RequestAlreadyAnswered(requestId, request.claimant);
        if (request.status == Status.Refunded) revert RequestAlreadyRefunded(requestId);
    }
}
