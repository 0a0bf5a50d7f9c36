using Grains.Interfaces.Points;

namespace WebGateway.Contracts.Seller;

/// <summary>One ledger line: <c>{id, at, amount, balanceAfter, kind, productOrderId?, memo?}</c>; charges are negative.</summary>
public sealed record class PointEntryDto(long Id, DateTimeOffset At, long Amount, long BalanceAfter, PointEntryKind Kind, string? ProductOrderId, string? Memo)
{
    public static PointEntryDto From(PointEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.At, entry.Amount, entry.BalanceAfter, entry.Kind, entry.ProductOrderId, entry.Memo);
    }
}
