using System.Collections.Immutable;
using Grains.Domain;
using Grains.Interfaces.Sellers;

namespace Grains.Sellers;

/// <summary>What a <see cref="SellerGrain"/> persists.</summary>
[GenerateSerializer, Alias("onch.SellerState")]
public sealed class SellerState
{
    [Id(0)]
    public SellerSettings Settings { get; set; } = new(AutoCollect: false, AutoOrder: false);

    /// <summary>The verified SmartStore registration; null until the seller registers.</summary>
    [Id(1)]
    public StoredSmartStoreAccount? SmartStore { get; set; }

    /// <summary>Product codes the seller applied to sell (판매 신청), sorted ordinally.</summary>
    [Id(2)]
    public ImmutableArray<string> SaleApplications { get; set; } = [];

    /// <summary>Remembered 옵션 수정 choices.</summary>
    [Id(3)]
    public OptionMemory OptionMemory { get; set; } = OptionMemory.Empty;

    /// <summary>The automatic collection checkpoint and the history of runs.</summary>
    [Id(4)]
    public SyncHistory Sync { get; set; } = SyncHistory.Empty;
}
