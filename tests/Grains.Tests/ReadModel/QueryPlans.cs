using System.Text.Json;
using Npgsql;

namespace Grains.Tests.ReadModel;

/// <summary>The plans PostgreSQL chooses for the read model's statements, as a flat list of nodes.</summary>
internal static class QueryPlans
{
    /// <summary>
    /// The nodes of a statement's plan with sorting disabled: a Sort that remains is one no index can avoid.
    /// Parameters the statement does not use are ignored.
    /// </summary>
    public static async Task<List<(string Type, string? Index, string? Relation)>> NodesAsync(
        NpgsqlDataSource dataSource, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var off = new NpgsqlCommand("SET enable_sort = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
        foreach (var (name, value) in parameters)
        {
            explain.Parameters.AddWithValue(name, value);
        }

        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        var nodes = new List<(string, string?, string?)>();
        void Walk(JsonElement node)
        {
            nodes.Add((
                node.GetProperty("Node Type").GetString()!,
                node.TryGetProperty("Index Name", out var index) ? index.GetString() : null,
                node.TryGetProperty("Relation Name", out var relation) ? relation.GetString() : null));
            if (node.TryGetProperty("Plans", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }

        Walk(plan.RootElement[0].GetProperty("Plan"));
        return nodes;
    }
}
