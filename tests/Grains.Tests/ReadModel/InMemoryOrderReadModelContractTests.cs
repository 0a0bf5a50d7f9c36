using Grains.Interfaces.ReadModel;
using Tests.Shared;

namespace Grains.Tests.ReadModel;

/// <summary>The read-model contract on <see cref="InMemoryOrderReadModel"/>, the grain tests' stand-in.</summary>
public sealed class InMemoryOrderReadModelContractTests : OrderReadModelContract
{
    protected override IOrderReadModel Model { get; } = new InMemoryOrderReadModel();
}
