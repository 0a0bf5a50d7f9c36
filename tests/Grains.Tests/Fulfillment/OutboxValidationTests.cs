using Grains.Fulfillment;
using Grains.Interfaces.Fulfillment;
using Grains.Interfaces.Orders;

namespace Grains.Tests.Fulfillment;

/// <summary>Which write requests the outbox accepts, without a cluster.</summary>
public sealed class OutboxValidationTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 5, 18, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void CompleteRequestsOfEachKindAreAccepted()
    {
        OutboxQueue.Validate(new SmartStoreWriteRequest("1", SmartStoreWriteKind.Confirm));
        OutboxQueue.Validate(new SmartStoreWriteRequest("1", SmartStoreWriteKind.Dispatch, new Tracking("CJGLS", "111")));
        OutboxQueue.Validate(new SmartStoreWriteRequest("1", SmartStoreWriteKind.Delay, DispatchDueDate: Due, DelayReason: "PRODUCT_PREPARE"));
    }

    [Fact]
    public void IncompleteOrUnknownRequestsAreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => OutboxQueue.Validate(null!));
        Assert.Throws<ArgumentException>(() => OutboxQueue.Validate(new SmartStoreWriteRequest(" ", SmartStoreWriteKind.Confirm)));
        Assert.Contains("tracking", Assert.Throws<ArgumentException>(() => OutboxQueue.Validate(new SmartStoreWriteRequest("1", SmartStoreWriteKind.Dispatch))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OutboxQueue.Validate(new SmartStoreWriteRequest("1", SmartStoreWriteKind.Delay, DelayReason: "PRODUCT_PREPARE")));
        Assert.Throws<ArgumentException>(() => OutboxQueue.Validate(new SmartStoreWriteRequest("1", SmartStoreWriteKind.Delay, DispatchDueDate: Due, DelayReason: " ")));
        Assert.Throws<ArgumentException>(() => OutboxQueue.Validate(new SmartStoreWriteRequest("1", (SmartStoreWriteKind)99)));
    }
}
