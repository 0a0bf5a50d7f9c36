namespace WebGateway.Contracts.Operator;

/// <summary>
/// <c>POST /api/operator/sellers/{sellerId}/points</c> body. <see cref="RequestId"/> (optional) makes the top-up
/// idempotent: the same id never tops up twice.
/// </summary>
public sealed record class TopUpRequest(long? Amount, string? Memo, string? RequestId);
