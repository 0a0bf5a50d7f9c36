namespace Gateway.Tests.Sweep;

[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<SweepFixture>
{
    public const string Name = "bad-input sweep";
}
