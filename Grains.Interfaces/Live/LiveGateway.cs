namespace Grains.Interfaces.Live;

/// <summary>A gateway registered in the <see cref="ILiveDirectoryGrain"/>.</summary>
/// <param name="GatewayId">The id the gateway registered under (one per gateway process).</param>
/// <param name="Observer">Where its events go.</param>
/// <param name="RenewedAt">When it last registered or renewed (the directory's clock).</param>
[GenerateSerializer, Immutable, Alias("onch.LiveGateway")]
public sealed record class LiveGateway(
    [property: Id(0)] string GatewayId,
    [property: Id(1)] ILiveObserver Observer,
    [property: Id(2)] DateTimeOffset RenewedAt);
