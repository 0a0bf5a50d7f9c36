using System.Collections.Immutable;

namespace SmartStore.Models;

/// <summary>The answer to a query by ids: the orders found and the requested ids Naver did not return.</summary>
public sealed record ProductOrderQueryResult(ImmutableArray<ProductOrder> Orders, ImmutableArray<string> MissingIds);
