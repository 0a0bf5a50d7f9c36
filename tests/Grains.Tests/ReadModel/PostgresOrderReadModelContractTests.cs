using Grains.Interfaces.ReadModel;

namespace Grains.Tests.ReadModel;

/// <summary>The read-model contract on PostgreSQL (<c>PostgresOrderReadModel</c>, the production implementation).</summary>
public sealed class PostgresOrderReadModelContractTests(ReadModelDatabase database) : OrderReadModelContract, IClassFixture<ReadModelDatabase>
{
    protected override IOrderReadModel Model => database.Model;
}
