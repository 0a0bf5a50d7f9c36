namespace WebGateway.Contracts.Seller;

/// <summary>The last failed collection run: when, its code and message, and Naver's trace id when SmartStore failed.</summary>
public sealed record class SyncErrorDto(DateTimeOffset At, string? Code, string? Message, string? TraceId);
