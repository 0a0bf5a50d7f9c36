using System.Collections.Immutable;
using Grains.Interfaces.Catalog;

namespace Grains.Catalog;

/// <summary>What a <see cref="CatalogProductGrain"/> persists; immutable, replaced whole on every change.</summary>
[GenerateSerializer, Immutable, Alias("onch.CatalogProductState")]
public sealed record class CatalogProductState
{
    /// <summary>The product; null until the operator first upserts it.</summary>
    [Id(0)]
    public Product? Product { get; init; }

    /// <summary>Orders whose re-validation after a change of this product failed; retried on the backlog reminder.</summary>
    [Id(1)]
    public ImmutableArray<string> RevalidationBacklog { get; init; } = [];

    /// <summary>The most recent stock takes (at most <see cref="CatalogProductGrain.MaxRememberedTakes"/>), for idempotency.</summary>
    [Id(2)]
    public ImmutableArray<StockTake> Takes { get; init; } = [];

    /// <summary>Grows by one with every persisted change of <see cref="Product"/>; the version of its catalog list row.</summary>
    [Id(3)]
    public long Version { get; init; }

    /// <summary>When <see cref="Product"/> last changed; null for a state written before this was kept.</summary>
    [Id(4)]
    public DateTimeOffset? UpdatedAt { get; init; }
}
