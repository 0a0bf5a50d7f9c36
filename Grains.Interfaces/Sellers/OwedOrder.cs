namespace Grains.Interfaces.Sellers;

/// <summary>A product order SmartStore listed as changed but left out of its detail answer; collection asks again.</summary>
/// <param name="ProductOrderId">SmartStore product order id.</param>
/// <param name="ChangedAt">When its change was stamped; the checkpoint does not pass it while it is owed.</param>
/// <param name="Attempts">Runs so far that asked for it and did not get it.</param>
[GenerateSerializer, Immutable, Alias("onch.OwedOrder")]
public sealed record class OwedOrder(
    [property: Id(0)] string ProductOrderId,
    [property: Id(1)] DateTimeOffset ChangedAt,
    [property: Id(2)] int Attempts);
