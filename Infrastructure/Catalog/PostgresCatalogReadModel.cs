using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Npgsql;
using NpgsqlTypes;

namespace Infrastructure.Catalog;

/// <summary>The PostgreSQL <see cref="ICatalogReadModel"/>: table <c>catalog_read</c> (migration 0007), one statement per call.</summary>
public sealed class PostgresCatalogReadModel : ICatalogReadModel
{
    private const string Columns = "code, name, supplier_id, status, option_count, total_stock, updated_at, version";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresCatalogReadModel(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public async Task UpsertAsync(CatalogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = _dataSource.CreateCommand($"""
            INSERT INTO catalog_read AS current ({Columns}, projected_at)
            VALUES (@code, @name, @supplier, @status, @options, @stock, @updated, @version, now())
            ON CONFLICT (code) DO UPDATE SET
                name = EXCLUDED.name, supplier_id = EXCLUDED.supplier_id, status = EXCLUDED.status,
                option_count = EXCLUDED.option_count, total_stock = EXCLUDED.total_stock,
                updated_at = EXCLUDED.updated_at, version = EXCLUDED.version, projected_at = EXCLUDED.projected_at
            WHERE current.version <= EXCLUDED.version
            """);
        command.Parameters.AddWithValue("code", entry.Code);
        command.Parameters.AddWithValue("name", entry.Name);
        command.Parameters.AddWithValue("supplier", entry.SupplierId);
        command.Parameters.AddWithValue("status", entry.Status.ToString());
        command.Parameters.AddWithValue("options", entry.OptionCount);
        command.Parameters.AddWithValue("stock", entry.TotalStock);
        command.Parameters.AddWithValue("updated", entry.UpdatedAt.UtcDateTime);
        command.Parameters.AddWithValue("version", entry.Version);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<CatalogEntry>> ListAsync(
        string? afterCode, int limit, string? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        // strpos, not LIKE: the operator's search text is matched as it is, without wildcards to escape.
        await using var command = _dataSource.CreateCommand($"""
            SELECT {Columns} FROM catalog_read
             WHERE (@after::text IS NULL OR code > @after)
               AND (@q::text IS NULL OR strpos(lower(code), lower(@q)) > 0 OR strpos(lower(name), lower(@q)) > 0)
             ORDER BY code
             LIMIT @limit
            """);
        command.Parameters.AddWithValue("after", NpgsqlDbType.Text, (object?)afterCode ?? DBNull.Value);
        command.Parameters.AddWithValue("q", NpgsqlDbType.Text, string.IsNullOrEmpty(query) ? DBNull.Value : query);
        command.Parameters.AddWithValue("limit", limit);
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Read(reader));
        }

        return entries.ToImmutable();
    }

    /// <inheritdoc />
    public async Task<CatalogEntry?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM catalog_read WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static CatalogEntry Read(NpgsqlDataReader reader) => new(
        Code: reader.GetString(0),
        Name: reader.GetString(1),
        SupplierId: reader.GetString(2),
        Status: Enum.Parse<ProductStatus>(reader.GetString(3)),
        OptionCount: reader.GetInt32(4),
        TotalStock: reader.GetInt64(5),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(6),
        Version: reader.GetInt64(7));
}
