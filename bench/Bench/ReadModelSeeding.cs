namespace Bench;

/// <summary>How long seeding the read model took: the batch writes, then VACUUM (ANALYZE).</summary>
internal sealed record ReadModelSeeding(TimeSpan Writes, TimeSpan Vacuum);
