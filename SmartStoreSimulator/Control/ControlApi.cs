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
        sim.MapPost("/orders/{productOrderId}/deliver", (string productOrderId, SimulatorState state) =>
            Mutate(state, productOrderId, order => Deliver(order, state.Time.GetUtcNow())));
        sim.MapPost("/faults", (FaultRequest request, FaultInjector faults) =>
        {
            faults.Add(new FaultRule
            {
                ClientId = request.ClientId,
                Api = request.Api,
                Kind = request.Kind,
                Remaining = Math.Max(1, request.Count ?? 1),
                LatencyMs = request.LatencyMs ?? 0,
                Status = request.Status ?? 0,
                Code = request.Code ?? "GW.INTERNAL_SERVER_ERROR",
                AfterProcessing = request.AfterProcessing,
            });
            return Results.NoContent();
        });
        sim.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        sim.MapGet("/counters", (string? clientId, ApiCounters counters) => Results.Ok(counters.Snapshot(clientId)));
        sim.MapGet("/generator", (GeneratorSettings settings) => Results.Ok(settings.Current));
        sim.MapPut("/generator", (GeneratorRequest request, GeneratorSettings settings) =>
            Results.Ok(settings.Update(request.Enabled, request.Sellers, request.OrdersPerMinute)));
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

    private static List<object> Snapshot(SimSeller seller, string? productOrderId)
    {
        lock (seller.Gate)
        {
            return seller.Orders.Values
                .Where(o => productOrderId is null || o.ProductOrderId == productOrderId)
                .OrderBy(o => o.ProductOrderId, StringComparer.Ordinal)
                .Select(o => (object)new
                {
                    o.ProductOrderId,
                    o.OrderId,
                    o.ProductOrderStatus,
                    o.PlaceOrderStatus,
                    o.ClaimType,
                    o.ClaimStatus,
                    PaymentDate = SimTime.Format(o.PaymentDate),
                    o.LastChangedType,
                    LastChangedDate = SimTime.Format(o.LastChangedDate),
                    o.SellerProductCode,
                    o.DeliveryCompany,
                    o.TrackingNumber,
                    o.ConfirmCount,
                    o.DispatchCount,
                })
                .ToList();
        }
    }
}
