namespace SmartStore.Models;

/// <summary>A product order a confirm or dispatch did not apply to, with Naver's per-item code (e.g. <c>104443</c>).</summary>
public sealed record ProductOrderFailure(string ProductOrderId, string Code, string Message);
