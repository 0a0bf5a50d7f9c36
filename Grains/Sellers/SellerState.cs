using Grains.Interfaces.Sellers;

namespace Grains.Sellers;

/// <summary>What a <see cref="SellerGrain"/> persists.</summary>
[GenerateSerializer, Alias("onch.SellerState")]
public sealed class SellerState
{
    [Id(0)]
    public SellerSettings Settings { get; set; } = new(AutoCollect: false, AutoOrder: false);
}
