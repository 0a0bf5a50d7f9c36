using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Control;

/// <summary>Body of <c>POST /_sim/applications</c>; an owner account makes it a seller's own application.</summary>
internal sealed record CreateApplicationRequest(
    string? ClientId, string? ClientSecret, string? OwnerAccountId, double? RatePerSecond, Dictionary<string, double>? Rates, double? TokenLifetimeSeconds);

/// <summary>Body of <c>PUT /_sim/applications/{clientId}/rates</c>.</summary>
internal sealed record RatesRequest(double? RatePerSecond, Dictionary<string, double>? Rates);

/// <summary>Body of <c>POST /_sim/sellers</c>.</summary>
internal sealed record CreateSellerRequest(string? AccountId);

/// <summary>Body of <c>POST /_sim/sellers/{accountId}/orders</c>: payment dates spread evenly from..to.</summary>
internal sealed record AddOrdersRequest(
    int Count, DateTimeOffset? PaymentFrom, DateTimeOffset? PaymentTo, string? SellerProductCode, string? ProductName, string? ProductOption, int? Quantity);

/// <summary>Body of <c>POST /_sim/orders/{productOrderId}/cancel</c>: a request only, or a completed cancellation.</summary>
internal sealed record CancelRequest(bool RequestOnly);

/// <summary>Body of <c>POST /_sim/faults</c>.</summary>
internal sealed record FaultRequest(
    string? ClientId, string? Api, FaultKind Kind, int? Count, int? LatencyMs, int? Status, string? Code, bool AfterProcessing);

/// <summary>Body of <c>PUT /_sim/generator</c>.</summary>
internal sealed record GeneratorRequest(bool? Enabled, int? Sellers, double? OrdersPerMinute);
