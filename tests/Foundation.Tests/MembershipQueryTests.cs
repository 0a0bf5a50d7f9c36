using Npgsql;
using Tests.Shared;

namespace Foundation.Tests;

/// <summary>The membership query texts, run as the ADO.NET provider runs them: the stored text, parameters by name.</summary>
public sealed class MembershipQueryTests
{
    private static async Task<object?> RunAsync(string connectionString, string key, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        string text;
        await using (var lookup = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", connection))
        {
            lookup.Parameters.AddWithValue("key", key);
            text = (string)(await lookup.ExecuteScalarAsync())!;
        }
        await using var command = new NpgsqlCommand(text, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return await command.ExecuteScalarAsync();
    }

    private static (string, object?)[] Member(string cluster, int generation, int version) =>
    [
        ("DeploymentId", cluster), ("Address", "10.0.0.5"), ("Port", 11111), ("Generation", generation),
        ("SiloName", "silo"), ("HostName", "host"), ("Status", 2), ("ProxyPort", 30000),
        ("StartTime", DateTime.UtcNow), ("IAmAliveTime", DateTime.UtcNow), ("Version", version),
    ];

    private static (string, object?)[] Update(string cluster, int generation, int version) =>
    [
        ("DeploymentId", cluster), ("Address", "10.0.0.5"), ("Port", 11111), ("Generation", generation),
        ("Status", 3), ("SuspectTimes", null), ("IAmAliveTime", DateTime.UtcNow), ("Version", version),
    ];

    private static Task<int> VersionAsync(string connectionString, string cluster) =>
        TestPostgres.ScalarAsync<int>(connectionString, "SELECT version FROM OrleansMembershipVersionTable WHERE deployment_id = @c", ("c", cluster));

    [Fact]
    public async Task WritesSucceedOnlyFromTheCurrentVersionAndAFailedWriteChangesNothing()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("membership");
        const string cluster = "c1";

        Assert.Equal(1, Convert.ToInt32(await RunAsync(connectionString, "InsertMembershipVersionKey", ("DeploymentId", cluster))));
        Assert.Equal(0, Convert.ToInt32(await RunAsync(connectionString, "InsertMembershipVersionKey", ("DeploymentId", cluster))));

        Assert.Equal(1, Convert.ToInt32(await RunAsync(connectionString, "InsertMembershipKey", Member(cluster, 1, version: 0))));
        Assert.Equal(1, await VersionAsync(connectionString, cluster));

        // A stale version, and then a row that already exists: refused, version untouched.
        Assert.Equal(0, Convert.ToInt32(await RunAsync(connectionString, "InsertMembershipKey", Member(cluster, 2, version: 0))));
        Assert.Equal(0, Convert.ToInt32(await RunAsync(connectionString, "InsertMembershipKey", Member(cluster, 1, version: 1))));
        Assert.Equal(1, await VersionAsync(connectionString, cluster));

        // Updating a row that does not exist from the current version: refused, and the version bump is undone.
        Assert.Equal(0, Convert.ToInt32(await RunAsync(connectionString, "UpdateMembershipKey", Update(cluster, 9, version: 1))));
        Assert.Equal(1, await VersionAsync(connectionString, cluster));

        Assert.Equal(1, Convert.ToInt32(await RunAsync(connectionString, "UpdateMembershipKey", Update(cluster, 1, version: 1))));
        Assert.Equal(2, await VersionAsync(connectionString, cluster));
        Assert.Equal(3, await TestPostgres.ScalarAsync<int>(connectionString, "SELECT status FROM OrleansMembershipTable WHERE generation = 1"));
    }
}
