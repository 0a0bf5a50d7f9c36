using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;

namespace Grains.Domain;

/// <summary>
/// Outcome of validating an order against the catalog and the seller.
/// </summary>
/// <param name="Status"><see cref="OrderStatus.CollectionFailed"/> or <see cref="OrderStatus.Waiting"/>.</param>
/// <param name="Errors">Validation errors in the order of product.md's table; empty when orderable.</param>
/// <param name="OptionResolved">True when the order resolves to one option (or to none of an option-less product).</param>
/// <param name="Option">The resolved option; null when unresolved or when the product has no options.</param>
/// <param name="Amount">Expected KRW price when orderable; otherwise null.</param>
public sealed record class OrderValidation(
    OrderStatus Status,
    ImmutableArray<OrderError> Errors,
    bool OptionResolved,
    ProductOption? Option,
    long? Amount)
{
    /// <summary>True when the order passed every check (발주 가능).</summary>
    public bool Orderable => Status == OrderStatus.Waiting && Errors.IsEmpty;
}
