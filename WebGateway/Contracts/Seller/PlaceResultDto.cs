using Grains.Interfaces.Orders;

namespace WebGateway.Contracts.Seller;

/// <summary>
/// One order of a 발주하기: <c>{productOrderId, placed, onchOrderNo?, amount?, error?, pointsShort?}</c>.
/// </summary>
public sealed record class PlaceResultDto(
    string ProductOrderId, bool Placed, string? OnchOrderNo, long? Amount, TransitionErrorDto? Error, long? PointsShort)
{
    public static PlaceResultDto From(PlaceOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.ProductOrderId, outcome.Placed, outcome.OnchOrderNo, outcome.Amount, TransitionErrorDto.FromOrNull(outcome.Error), outcome.PointsShort);
    }
}
