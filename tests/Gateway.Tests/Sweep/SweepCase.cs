namespace Gateway.Tests.Sweep;

/// <summary>
/// One hostile request of the sweep and what must come back. <see cref="Route"/> is the route table's key
/// (<c>METHOD pattern</c>) of the endpoint it attacks; <see cref="Status"/> the expected status; <see cref="Code"/>,
/// <see cref="Field"/> and <see cref="Contains"/> what the answer must also hold, when given.
/// </summary>
internal sealed record class SweepCase(
    string Route, string Name, string Method, string Path, Credential Who, SweepBody? Body, int Status,
    string? Code = null, string? Field = null, ResponseShape Shape = ResponseShape.Problem, string? Contains = null, string? Lacks = null)
{
    public override string ToString() =>
        $"[{Route}] {Name}: {Method} {(Path.Length > 160 ? Path[..160] + "…" : Path)} as {Who.Name}{(Body is null ? "" : $" with {Body.Label}")}";
}
