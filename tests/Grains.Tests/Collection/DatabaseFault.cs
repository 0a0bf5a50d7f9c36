using Tests.Shared;

namespace Grains.Tests.Collection;

/// <summary>A PostgreSQL trigger that runs <c>action</c> for the rows matching <c>when</c>, dropped on dispose.</summary>
internal sealed class DatabaseFault : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _name;
    private readonly string _table;

    private DatabaseFault(string connectionString, string name, string table)
    {
        _connectionString = connectionString;
        _name = name;
        _table = table;
    }

    public static async Task<DatabaseFault> OnAsync(CollectionFixture fixture, string table, string when, string action)
    {
        var name = "fault_" + Guid.NewGuid().ToString("N")[..12];
        await TestPostgres.ScalarAsync<int>(fixture.ConnectionString, $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {action}; RETURN NEW; END $$;
            CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION {name}();
            """);
        return new DatabaseFault(fixture.ConnectionString, name, table);
    }

    public async ValueTask DisposeAsync() =>
        await TestPostgres.ScalarAsync<int>(_connectionString, $"DROP TRIGGER {_name} ON {_table}; DROP FUNCTION {_name}();");
}
