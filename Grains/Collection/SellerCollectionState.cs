using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>What a <see cref="SellerCollectionGrain"/> persists: the checkpoint, owed orders and run history.</summary>
[GenerateSerializer, Immutable, Alias("onch.SellerCollectionState")]
public sealed record class SellerCollectionState
{
    [Id(0)]
    public SyncHistory History { get; init; } = SyncHistory.Empty;
}
