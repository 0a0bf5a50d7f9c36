using System.Collections.Immutable;
using System.Data.Common;
using Grains.Interfaces.Points;
using Npgsql;

namespace Infrastructure.Points;

/// <summary>
/// The PostgreSQL <see cref="IPointLedger"/> (<c>point_ledger</c>, <c>point_balance</c>, <c>onch_order_numbers</c>;
/// migration 0005). Every posting is one call of the <c>point_post</c> function: one statement, one transaction,
/// serialized per seller by the seller's balance row, so that concurrent postings of a seller, and the same reference
/// posted from several connections at once, leave exactly one entry each and a balance equal to their sum.
/// </summary>
public sealed class PostgresPointLedger : IPointLedger
{
    private const string EntryColumns = "id, at, amount, balance_after, kind, reference, product_order_id, memo";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresPointLedger(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public async Task<PointPosting> PostAsync(
        string sellerId, PointEntryKind kind, string reference, long amount, string? productOrderId, string? memo,
        bool allowNegative, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a point entry kind.");
        }

        await using var command = _dataSource.CreateCommand("""
            SELECT o_outcome, o_balance, o_id, o_at, o_amount, o_balance_after, o_product_order_id, o_memo
              FROM point_post(@seller, @kind, @reference, @amount, @productOrder, @memo, @allowNegative)
            """);
        command.Parameters.AddWithValue("seller", sellerId);
        command.Parameters.AddWithValue("kind", kind.ToString());
        command.Parameters.AddWithValue("reference", reference);
        command.Parameters.AddWithValue("amount", amount);
        command.Parameters.AddWithValue("productOrder", NpgsqlTypes.NpgsqlDbType.Text, (object?)productOrderId ?? DBNull.Value);
        command.Parameters.AddWithValue("memo", NpgsqlTypes.NpgsqlDbType.Text, (object?)memo ?? DBNull.Value);
        command.Parameters.AddWithValue("allowNegative", allowNegative);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("point_post returned no row.");
        }

        var outcome = Enum.Parse<PostingOutcome>(reader.GetString(0));
        var balance = reader.GetInt64(1);
        var entry = reader.IsDBNull(2)
            ? null
            : new PointEntry(
                Id: reader.GetInt64(2),
                At: reader.GetFieldValue<DateTimeOffset>(3),
                Amount: reader.GetInt64(4),
                BalanceAfter: reader.GetInt64(5),
                Kind: kind,
                Reference: reference,
                ProductOrderId: reader.IsDBNull(6) ? null : reader.GetString(6),
                Memo: reader.IsDBNull(7) ? null : reader.GetString(7));
        return new PointPosting(outcome, balance, entry);
    }

    /// <inheritdoc />
    public async Task<long> BalanceAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        await using var command = _dataSource.CreateCommand("SELECT balance FROM point_balance WHERE seller_id = @seller");
        command.Parameters.AddWithValue("seller", sellerId);
        return await command.ExecuteScalarAsync(cancellationToken) is long balance ? balance : 0;
    }

    /// <inheritdoc />
    public async Task<PointEntry?> FindAsync(
        string sellerId, PointEntryKind kind, string reference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        await using var command = _dataSource.CreateCommand(
            $"SELECT {EntryColumns} FROM point_ledger WHERE seller_id = @seller AND kind = @kind AND reference = @reference");
        command.Parameters.AddWithValue("seller", sellerId);
        command.Parameters.AddWithValue("kind", kind.ToString());
        command.Parameters.AddWithValue("reference", reference);
        var entries = await ReadEntriesAsync(command, cancellationToken);
        return entries.IsEmpty ? null : entries[0];
    }

    /// <inheritdoc />
    /// <remarks>An index range scan of <c>point_ledger_seller_id</c> that stops after <paramref name="limit"/> rows.</remarks>
    public async Task<ImmutableArray<PointEntry>> EntriesAsync(
        string sellerId, int limit, long? beforeId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 1000);
        await using var command = _dataSource.CreateCommand(
            $"SELECT {EntryColumns} FROM point_ledger WHERE seller_id = @seller"
            + (beforeId is null ? string.Empty : " AND id < @before")
            + " ORDER BY id DESC LIMIT @limit");
        command.Parameters.AddWithValue("seller", sellerId);
        if (beforeId is { } before)
        {
            command.Parameters.AddWithValue("before", before);
        }

        command.Parameters.AddWithValue("limit", limit);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One upsert of the day's row: <c>INSERT ... ON CONFLICT DO UPDATE</c> either inserts or increments under the
    /// row's lock, so concurrent callers on any silo each get a different number.
    /// </remarks>
    public async Task<string> NextOrderNumberAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var day = OnchOrderNumber.KstDay(at);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO onch_order_numbers AS n (day, last) VALUES (@day, 1)
            ON CONFLICT (day) DO UPDATE SET last = n.last + 1
            RETURNING last
            """);
        command.Parameters.AddWithValue("day", day);
        var last = await command.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw new InvalidOperationException("onch_order_numbers returned no number.");
        return OnchOrderNumber.Format(day, last);
    }

    private static async Task<ImmutableArray<PointEntry>> ReadEntriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<PointEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new PointEntry(
                Id: reader.GetInt64(0),
                At: reader.GetFieldValue<DateTimeOffset>(1),
                Amount: reader.GetInt64(2),
                BalanceAfter: reader.GetInt64(3),
                Kind: Enum.Parse<PointEntryKind>(reader.GetString(4)),
                Reference: reader.GetString(5),
                ProductOrderId: reader.IsDBNull(6) ? null : reader.GetString(6),
                Memo: reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return entries.ToImmutable();
    }
}
