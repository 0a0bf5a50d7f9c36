namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/orders/{productOrderId}/cancel</c>: a request only, or a completed cancellation.</summary>
public sealed record CancelRequest(bool RequestOnly);
