using System.Collections.Immutable;
using Grains.Domain;
using Grains.Interfaces.Sellers;

namespace Grains.Sellers;

/// <summary>What a <see cref="SellerGrain"/> persists; immutable, replaced whole on every change.</summary>
[GenerateSerializer, Immutable, Alias("onch.SellerState")]
public sealed record class SellerState
{
    [Id(0)]
    public SellerSettings Settings { get; init; } = SellerSettings.Off;

    /// <summary>The verified SmartStore registration; null until the seller registers.</summary>
    [Id(1)]
    public StoredSmartStoreAccount? SmartStore { get; init; }

    /// <summary>Product codes the seller applied to sell (판매 신청), sorted ordinally.</summary>
    [Id(2)]
    public ImmutableArray<string> SaleApplications { get; init; } = [];

    /// <summary>Remembered 옵션 수정 choices.</summary>
    [Id(3)]
    public OptionMemory OptionMemory { get; init; } = OptionMemory.Empty;

    /// <summary>Orders whose re-validation after 판매 신청 or 옵션 수정 failed; retried on the backlog reminder.</summary>
    [Id(5)]
    public ImmutableArray<string> RevalidationBacklog { get; init; } = [];

    /// <summary>How 자동 발주 places orders.</summary>
    [Id(6)]
    public AutoOrderPolicy AutoOrderPolicy { get; init; } = AutoOrderPolicy.Default;
}
