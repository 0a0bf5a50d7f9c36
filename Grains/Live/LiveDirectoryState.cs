using System.Collections.Immutable;
using Grains.Interfaces.Live;

namespace Grains.Live;

/// <summary>
/// What a <see cref="LiveDirectoryGrain"/> persists: every registration with its last renewal, so that the directory
/// reactivated on another silo after a crash still knows the gateways for the rest of their lease.
/// </summary>
[GenerateSerializer, Immutable, Alias("onch.LiveDirectoryState")]
public sealed record class LiveDirectoryState
{
    [Id(0)]
    public ImmutableArray<LiveGateway> Gateways { get; init; } = [];
}
