namespace Gateway.Tests.Live;

[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveFixture>
{
    public const string Name = "live push with two silos and two gateways";
}
