namespace WebGateway.Contracts.Operator;

/// <summary>The answer of a top-up: the seller's balance after it, and the request id it is idempotent by.</summary>
public sealed record class TopUpDto(long Balance, string RequestId);
