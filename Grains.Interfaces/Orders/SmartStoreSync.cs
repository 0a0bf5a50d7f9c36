namespace Grains.Interfaces.Orders;

/// <summary>Where a placed order stands on SmartStore: 발주확인, 발송처리, 발송 지연, and what SmartStore last refused.</summary>
/// <param name="ConfirmedAt">When 발주확인 was applied on SmartStore.</param>
/// <param name="DispatchedAt">When 발송처리 was applied on SmartStore.</param>
/// <param name="DispatchDueDate">The dispatch due date registered with 발송 지연.</param>
/// <param name="Pending">The write waiting to be sent or retried (<c>Confirm</c>, <c>Dispatch</c>, <c>Delay</c>), if any.</param>
/// <param name="LastErrorCode">SmartStore's code of the last refusal or failure.</param>
/// <param name="LastErrorMessage">SmartStore's message of it, shown to the seller.</param>
/// <param name="NeedsPerson">True when SmartStore refused for good: retrying will not help, a person decides.</param>
[GenerateSerializer, Immutable, Alias("onch.SmartStoreSync")]
public sealed record class SmartStoreSync(
    [property: Id(0)] DateTimeOffset? ConfirmedAt,
    [property: Id(1)] DateTimeOffset? DispatchedAt,
    [property: Id(2)] DateTimeOffset? DispatchDueDate,
    [property: Id(3)] string? Pending,
    [property: Id(4)] string? LastErrorCode,
    [property: Id(5)] string? LastErrorMessage,
    [property: Id(6)] bool NeedsPerson)
{
    /// <summary>Nothing sent yet.</summary>
    public static SmartStoreSync None { get; } = new(null, null, null, null, null, null, false);
}
