using SmartStoreSimulator.Domain;
using SmartStoreSimulator.Generator;

namespace SmartStoreSimulator.Control;

/// <summary>
/// Test and demo controls under <c>/_sim</c>, apart from Naver's paths: applications, sellers, orders, buyer
/// actions, faults, counters and the generator.
/// </summary>
internal static class ControlApi
{
    public static void MapControlApi(this IEndpointRouteBuilder routes)
    {
        var sim = routes.MapGroup("/_sim");
        sim.MapPost("/applications", CreateApplication);
        sim.MapPut("/applications/{clientId}/rates", SetRates);
        sim.MapPost("/applications/{clientId}/revoke-tokens", (string clientId, SimulatorState state) =>
        {
            state.RevokeTokens(clientId);
            return Results.NoContent();
        });
        sim.MapPost("/sellers", (CreateSellerRequest? request, SimulatorState state) =>
        {
            var seller = state.GetOrCreateSeller(string.IsNullOrWhiteSpace(request?.AccountId) ? $"ncp_{Guid.NewGuid():N}"[..24] : request.AccountId);
            return Results.Ok(new { accountId = seller.AccountId });
        });
        sim.MapPost("/sellers/{accountId}/orders", AddOrders);
        sim.MapGet("/sellers/{accountId}/orders", (string accountId, SimulatorState state) =>
            state.FindSeller(accountId) is { } seller ? Results.Ok(Snapshot(seller, null)) : Results.NotFound());
        sim.MapGet("/orders/{productOrderId}", (string productOrderId, SimulatorState state) =>
            state.FindSellerOfOrder(productOrderId) is { } seller ? Results.Ok(Snapshot(seller, productOrderId).Single()) : Results.NotFound());
        sim.MapPost("/orders/{productOrderId}/cancel", (string productOrderId, CancelRequest? request, SimulatorState state) =>
            Mutate(state, productOrderId, order => Cancel(order, request?.RequestOnly ?? false, state.Time.GetUtcNow())));
        sim.MapPost("/orders/{productOrderId}/cancel-reject", (string productOrderId, SimulatorState state) =>
            Mutate(state, productOrderId, order => EndCancelRequest(order, rejected: true, state.Time.GetUtcNow())));
        sim.MapPost("/orders/{productOrderId}/cancel-withdraw", (string productOrderId, SimulatorState state) =>
            Mutate(state, productOrderId, order => EndCancelRequest(order, rejected: false, state.Time.GetUtcNow())));
        sim.MapPost("/orders/{productOrderId}/address", (string productOrderId, AddressChangeRequest request, SimulatorState state) =>
            Mutate(state, productOrderId, order => ChangeAddress(order, request, state.Time.GetUtcNow())));
        sim.MapPost("/orders/{productOrderId}/deliver", (string productOrderId, SimulatorState state) =>
            Mutate(state, productOrderId, order => Deliver(order, state.Time.GetUtcNow())));
        sim.MapPost("/faults", AddFault);
        sim.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        sim.MapGet("/counters", (string? clientId, ApiCounters counters) => Results.Ok(counters.Snapshot(clientId)));
        sim.MapGet("/clock", (SimulatorState state) => Results.Ok(new ClockRequest(state.Time.Offset.TotalMilliseconds)));
        sim.MapPut("/clock", (ClockRequest request, SimulatorState state) =>
        {
            state.Time.Offset = TimeSpan.FromMilliseconds(request.OffsetMs);
            return Results.Ok(new ClockRequest(state.Time.Offset.TotalMilliseconds));
        });
        sim.MapGet("/feed", (SimulatorState state) => Results.Ok(new FeedRequest(state.FeedLag.TotalMilliseconds)));
        sim.MapPut("/feed", (FeedRequest request, SimulatorState state) =>
        {
            if (request.LagMs < 0)
            {
                return Results.BadRequest(new { message = "lagMs must not be negative" });
            }

            state.FeedLag = TimeSpan.FromMilliseconds(request.LagMs);
            return Results.Ok(new FeedRequest(state.FeedLag.TotalMilliseconds));
        });
        sim.MapGet("/generator", (GeneratorSettings settings) => Results.Ok(settings.Current));
        sim.MapPut("/generator", (GeneratorRequest request, GeneratorSettings settings) =>
            Results.Ok(settings.Update(request.Enabled, request.Sellers, request.OrdersPerMinute)));
    }

    private static IResult AddFault(FaultRequest request, FaultInjector faults)
    {
        var omit = request.Kind == FaultKind.OmitFromQuery;
        if (omit && request.ProductOrderIds is not { Count: > 0 })
        {
            return Results.BadRequest(new { message = "OmitFromQuery needs productOrderIds" });
        }

        faults.Add(new FaultRule
        {
            ClientId = request.ClientId,
            Api = omit ? SimApi.Query : request.Api,
            Kind = request.Kind,
            Remaining = request.Count is { } count ? Math.Max(1, count) : omit ? int.MaxValue : 1,
            LatencyMs = request.LatencyMs ?? 0,
            Status = request.Status ?? 0,
            Code = request.Code ?? "GW.INTERNAL_SERVER_ERROR",
            AfterProcessing = request.AfterProcessing,
            ProductOrderIds = (request.ProductOrderIds ?? []).ToHashSet(StringComparer.Ordinal),
        });
        return Results.NoContent();
    }

    private static IResult CreateApplication(CreateApplicationRequest? request, SimulatorState state)
    {
        if (request?.ClientSecret is { } secret && !SimSecrets.IsSalt(secret))
        {
            return Results.BadRequest(new { message = "clientSecret must be a bcrypt salt such as $2a$04$ followed by 22 characters" });
        }

        var lifetime = request?.TokenLifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var application = state.CreateApplication(request?.ClientId, request?.ClientSecret, request?.OwnerAccountId, request?.RatePerSecond, lifetime);
        foreach (var (api, rate) in request?.Rates ?? [])
        {
            application.Rates[api] = rate;
        }

        return Results.Ok(new { clientId = application.ClientId, clientSecret = application.ClientSecret, ownerAccountId = application.OwnerAccountId });
    }

    private static IResult SetRates(string clientId, RatesRequest request, SimulatorState state)
    {
        if (state.FindApplication(clientId) is not { } application)
        {
            return Results.NotFound();
        }

        application.DefaultRate = request.RatePerSecond ?? application.DefaultRate;
        foreach (var (api, rate) in request.Rates ?? [])
        {
            application.Rates[api] = rate;
        }

        foreach (var (api, bucket) in application.Buckets)
        {
            bucket.SetRate(application.RateFor(api));
        }

        return Results.NoContent();
    }

    private static IResult AddOrders(string accountId, AddOrdersRequest request, SimulatorState state)
    {
        if (request.Count is < 1 or > 100_000)
        {
            return Results.BadRequest(new { message = "count must be 1..100000" });
        }

        var seller = state.GetOrCreateSeller(accountId);
        var spec = new OrderSpec(request.Count, request.PaymentFrom, request.PaymentTo, request.SellerProductCode, request.ProductName, request.ProductOption, request.Quantity);
        var created = state.AddOrders(seller, spec, Random.Shared);
        return Results.Ok(new { productOrderIds = created.Select(o => o.ProductOrderId) });
    }

    private static IResult Mutate(SimulatorState state, string productOrderId, Func<SimOrder, string?> change)
    {
        if (state.FindSellerOfOrder(productOrderId) is not { } seller)
        {
            return Results.NotFound();
        }

        lock (seller.Gate)
        {
            var refusal = change(seller.Orders[productOrderId]);
            return refusal is null ? Results.Ok(Snapshot(seller, productOrderId).Single()) : Results.Conflict(new { message = refusal });
        }
    }

    private static string? Cancel(SimOrder order, bool requestOnly, DateTimeOffset now)
    {
        if (order.ProductOrderStatus != "PAYED")
        {
            return "Only a paid order that has not shipped can be canceled by the buyer";
        }

        if (requestOnly && order.HasOpenClaim)
        {
            return $"The order already has an open claim ({order.ClaimStatus})";
        }

        order.ClaimType = "CANCEL";
        if (requestOnly)
        {
            order.ClaimStatus = "CANCEL_REQUEST";
            order.Change("CLAIM_REQUESTED", now);
        }
        else
        {
            order.ClaimStatus = "CANCEL_DONE";
            order.ProductOrderStatus = "CANCELED";
            order.Change("CLAIM_COMPLETED", now);
        }

        return null;
    }

    /// <summary>
    /// Ends a buyer's cancel request without canceling: the seller (or Naver) rejects it and the claim stays on record
    /// as <c>CANCEL_REJECT</c>, or the buyer withdraws it and the claim is gone. Naver reports both as
    /// <c>CLAIM_REJECTED</c>; either way the order can be confirmed and shipped again.
    /// </summary>
    private static string? EndCancelRequest(SimOrder order, bool rejected, DateTimeOffset now)
    {
        if (order.ClaimStatus != "CANCEL_REQUEST")
        {
            return "Only a requested cancellation can be rejected or withdrawn";
        }

        if (rejected)
        {
            order.ClaimStatus = "CANCEL_REJECT";
        }
        else
        {
            order.ClaimType = null;
            order.ClaimStatus = null;
        }

        order.Change("CLAIM_REJECTED", now);
        return null;
    }

    private static string? ChangeAddress(SimOrder order, AddressChangeRequest request, DateTimeOffset now)
    {
        if (order.ProductOrderStatus != "PAYED")
        {
            return "The address can only change before the order ships";
        }

        order.ReceiverName = request.Name ?? order.ReceiverName;
        order.ReceiverTel = request.Tel ?? order.ReceiverTel;
        order.ZipCode = request.ZipCode ?? order.ZipCode;
        order.BaseAddress = request.BaseAddress ?? order.BaseAddress;
        order.DetailedAddress = request.DetailedAddress ?? order.DetailedAddress;
        order.ReceiverAddressChanged = true;
        order.Change("DELIVERY_ADDRESS_CHANGED", now);
        return null;
    }

    private static string? Deliver(SimOrder order, DateTimeOffset now)
    {
        if (order.ProductOrderStatus != "DELIVERING")
        {
            return "Only a dispatched order can be delivered";
        }

        order.ProductOrderStatus = "DELIVERED";
        order.DeliveryStatus = "DELIVERY_COMPLETION";
        order.DeliveredDate = SimTime.Truncate(now);

        // The documented lastChangedType enum has no delivery value; the simulator reports the status name so that
        // a poller of last-changed-statuses sees the order move to DELIVERED.
        order.Change("DELIVERED", now);
        return null;
    }

    private static List<SimOrderView> Snapshot(SimSeller seller, string? productOrderId)
    {
        lock (seller.Gate)
        {
            return seller.Orders.Values
                .Where(o => productOrderId is null || o.ProductOrderId == productOrderId)
                .OrderBy(o => o.ProductOrderId, StringComparer.Ordinal)
                .Select(o => new SimOrderView(
                    o.ProductOrderId,
                    o.OrderId,
                    o.ProductOrderStatus,
                    o.PlaceOrderStatus,
                    o.ClaimType,
                    o.ClaimStatus,
                    o.PaymentDate,
                    o.LastChangedType,
                    o.LastChangedDate,
                    o.SellerProductCode,
                    o.DeliveryCompany,
                    o.TrackingNumber,
                    o.ShippingDueDate,
                    o.DelayedDispatchReason,
                    o.ReceiverName,
                    o.ZipCode,
                    o.BaseAddress,
                    o.DetailedAddress,
                    o.ReceiverAddressChanged,
                    o.ConfirmCount,
                    o.DispatchCount,
                    o.DelayCount))
                .ToList();
        }
    }
}
