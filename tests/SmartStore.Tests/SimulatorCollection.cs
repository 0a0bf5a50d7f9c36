namespace SmartStore.Tests;

/// <summary>Every test shares one simulator; each test uses its own application and seller.</summary>
[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "Simulator";
}
