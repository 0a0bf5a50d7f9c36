using System.Collections.Immutable;

namespace Grains.Interfaces.Catalog;

/// <summary>The outcome of an operator upsert of a catalog product.</summary>
/// <param name="Accepted">True when the product was stored.</param>
/// <param name="Product">The product now stored (unchanged when refused; null when there is none).</param>
/// <param name="Errors">Why the upsert was refused, field by field; empty when accepted.</param>
/// <param name="RevalidatedOrders">How many waiting or failed orders using the product were validated again.</param>
[GenerateSerializer, Immutable, Alias("onch.ProductUpsertResult")]
public sealed record class ProductUpsertResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] Product? Product,
    [property: Id(2)] ImmutableArray<ProductValidationError> Errors,
    [property: Id(3)] int RevalidatedOrders);
