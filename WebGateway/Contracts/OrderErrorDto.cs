using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>One reason shown on an order: a stable code and the Korean message.</summary>
public sealed record class OrderErrorDto(OrderErrorCode Code, string Message)
{
    public static OrderErrorDto From(OrderError error) => new(error.Code, error.Message);
}
