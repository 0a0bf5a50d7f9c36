using Npgsql;
using NpgsqlTypes;

namespace Grains.Tests.ReadModel;

/// <summary>
/// Writes grain state rows the way the Orleans ADO.NET provider does: the stored <c>WriteToStorageKey</c> and
/// <c>ClearStorageKey</c> texts of <c>OrleansQuery</c>, with the provider's parameters. String keys are stored with
/// n0 = n1 = 0 and the whole key as the extension (as the provider stores <c>order:{productOrderId}</c>).
/// </summary>
internal sealed class ProviderStorage(NpgsqlDataSource dataSource, string serviceId)
{
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);

    /// <summary>Writes the state <paramref name="stateName"/> of the grain with string key <paramref name="key"/>.</summary>
    public Task WriteAsync(string stateName, string key) => RunAsync("WriteToStorageKey", stateName, key, [1, 2, 3]);

    /// <summary>Clears it (the default <c>DeleteStateOnClear=false</c>: a row with a NULL payload stays).</summary>
    public Task ClearAsync(string stateName, string key) => RunAsync("ClearStorageKey", stateName, key, payload: null);

    /// <summary>The row's <c>modified_at</c>.</summary>
    public async Task<DateTime> ModifiedAtAsync(string stateName, string key)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT modified_at FROM OrleansStorage WHERE service_id = @service AND grain_type = @type AND grain_id_ext = @key");
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("type", stateName);
        command.Parameters.AddWithValue("key", key);
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    private async Task RunAsync(string queryKey, string stateName, string key, byte[]? payload)
    {
        await using var text = dataSource.CreateCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key");
        text.Parameters.AddWithValue("key", queryKey);
        var sql = (string)(await text.ExecuteScalarAsync())!;

        var identity = stateName + "/" + key;
        int? etag = _versions.TryGetValue(identity, out var known) ? known : null;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("GrainIdHash", StringComparer.Ordinal.GetHashCode(key));
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 0L);
        command.Parameters.AddWithValue("GrainTypeHash", StringComparer.Ordinal.GetHashCode(stateName));
        command.Parameters.AddWithValue("GrainTypeString", stateName);
        command.Parameters.AddWithValue("GrainIdExtensionString", key);
        command.Parameters.AddWithValue("ServiceId", serviceId);
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)etag ?? DBNull.Value });
        if (queryKey == "WriteToStorageKey")
        {
            command.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = payload });
        }

        var version = await command.ExecuteScalarAsync();
        _versions[identity] = version is int next && next != etag
            ? next
            : throw new InvalidOperationException($"{queryKey} of {identity} at version {etag} was refused.");
    }
}
