namespace Bench;

/// <summary>An OnChannel seller of the ingest benchmark and its simulator account.</summary>
internal sealed record BenchSeller(string SellerId, string AccountId);
