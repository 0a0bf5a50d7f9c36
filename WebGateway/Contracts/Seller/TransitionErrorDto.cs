using Grains.Interfaces.Orders;

namespace WebGateway.Contracts.Seller;

/// <summary>Why an order command was refused: a stable code and the Korean message.</summary>
public sealed record class TransitionErrorDto(TransitionErrorCode Code, string Message)
{
    public static TransitionErrorDto? FromOrNull(TransitionError? error) => error is null ? null : new(error.Code, error.Message);
}
