using System.Text.Json;

namespace ProcessCluster;

/// <summary>What the gateway answered: the status (0 when the connection failed) and the body.</summary>
public sealed record ApiAnswer(int Status, string Text)
{
    /// <summary>A 2xx answer.</summary>
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>No answer, a 5xx or a 429: what a client retries while a node restarts.</summary>
    public bool Transient => Status is 0 or >= 500 or 429;

    /// <summary>The body as JSON (an empty object for an empty body).</summary>
    public JsonElement Json => string.IsNullOrWhiteSpace(Text) ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(Text).RootElement.Clone();

    public override string ToString() => $"{Status} {(Text.Length > 400 ? Text[..400] + "..." : Text)}";
}
