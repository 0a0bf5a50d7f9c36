using System.Collections.Immutable;

namespace Grains.Interfaces.Points;

/// <summary>
/// The append-only point ledger, queryable SQL in PostgreSQL. Every posting is atomic and unique per
/// (seller, kind, reference): a retried charge, refund or top-up is answered with the entry written the first time.
/// At every moment a seller's balance equals the sum of its entries.
/// </summary>
public interface IPointLedger
{
    /// <summary>
    /// Writes an entry of <paramref name="amount"/> (negative debits) unless one with the same seller, kind and
    /// reference exists. Unless <paramref name="allowNegative"/>, a posting that would take the balance below zero is
    /// refused and writes nothing.
    /// </summary>
    Task<PointPosting> PostAsync(
        string sellerId, PointEntryKind kind, string reference, long amount, string? productOrderId, string? memo,
        bool allowNegative, CancellationToken cancellationToken = default);

    /// <summary>The seller's balance (0 for a seller without entries).</summary>
    Task<long> BalanceAsync(string sellerId, CancellationToken cancellationToken = default);

    /// <summary>The entry of this seller, kind and reference, or null.</summary>
    Task<PointEntry?> FindAsync(string sellerId, PointEntryKind kind, string reference, CancellationToken cancellationToken = default);

    /// <summary>The seller's entries, newest first, before the entry id <paramref name="beforeId"/> when given.</summary>
    Task<ImmutableArray<PointEntry>> EntriesAsync(
        string sellerId, int limit, long? beforeId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A new OnChannel order number, unique across the cluster and readable: <c>ON</c> + the KST date of
    /// <paramref name="at"/> + a six-digit daily sequence, e.g. <c>ON20261201000042</c>.
    /// </summary>
    Task<string> NextOrderNumberAsync(DateTimeOffset at, CancellationToken cancellationToken = default);
}
