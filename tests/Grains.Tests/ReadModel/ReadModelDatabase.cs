using Infrastructure.ReadModel;
using Npgsql;
using Tests.Shared;

namespace Grains.Tests.ReadModel;

/// <summary>A fresh migrated database and a <see cref="PostgresOrderReadModel"/> on it, for one test class.</summary>
public sealed class ReadModelDatabase : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database is not created yet.");

    public PostgresOrderReadModel Model { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync("readmodel");
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        Model = new PostgresOrderReadModel(_dataSource);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
