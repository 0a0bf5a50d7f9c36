using Grains.Interfaces.Sellers;

namespace Bench;

/// <summary>What the sellers' collection runs reported, how long each took (seconds), and the SmartStore listing requests they made.</summary>
internal sealed record CollectionResults(IReadOnlyList<CollectionSummary> Summaries, int Failed, Latency RunSeconds, ApiCount ListingRequests);
