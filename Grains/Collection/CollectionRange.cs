namespace Grains.Collection;

/// <summary>The change-feed range one automatic collection reads, and why it starts where it does.</summary>
/// <param name="From">Start of the range (inclusive).</param>
/// <param name="To">End of the range (inclusive); never before <paramref name="From"/>.</param>
/// <param name="Resynchronized">
/// True when the checkpoint was older than the collection window, so the whole window is read again instead of
/// silently skipping what lies between.
/// </param>
public sealed record class CollectionRange(DateTimeOffset From, DateTimeOffset To, bool Resynchronized);
