using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>Where a placed order stands on SmartStore (발주확인, 발송처리, 발송 지연) and what SmartStore last refused.</summary>
public sealed record class SmartStoreSyncDto(
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset? DispatchDueDate,
    string? Pending,
    string? LastErrorCode,
    string? LastErrorMessage,
    bool NeedsPerson)
{
    public static SmartStoreSyncDto? FromOrNull(SmartStoreSync? sync) =>
        sync is null ? null : new(sync.ConfirmedAt, sync.DispatchedAt, sync.DispatchDueDate, sync.Pending, sync.LastErrorCode, sync.LastErrorMessage, sync.NeedsPerson);
}
