namespace Bench;

/// <summary>One statement's median execution time on the server (EXPLAIN ANALYZE) and its plan's nodes.</summary>
internal sealed record ServerTime(string Label, double Ms, string Plan);
