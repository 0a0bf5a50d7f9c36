using System.Collections.Immutable;

namespace Grains.Interfaces.Catalog;

/// <summary>
/// The read model of the catalog: one <see cref="CatalogEntry"/> per product, written by catalog product grains after
/// each persisted change, read by the operator's product list so that listing never calls every product grain. The
/// silo and the gateway register its PostgreSQL implementation.
/// </summary>
public interface ICatalogReadModel
{
    /// <summary>
    /// Writes the row of <paramref name="entry"/> unless the stored row has a later version, so that a retried or late
    /// write never goes back in time.
    /// </summary>
    Task UpsertAsync(CatalogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> products in code order after <paramref name="afterCode"/>, only those whose code
    /// or name contains <paramref name="query"/> (ignoring case) when it is given.
    /// </summary>
    Task<ImmutableArray<CatalogEntry>> ListAsync(
        string? afterCode, int limit, string? query = null, CancellationToken cancellationToken = default);

    /// <summary>The row of one product, or null when the read model has none.</summary>
    Task<CatalogEntry?> FindAsync(string code, CancellationToken cancellationToken = default);
}
