using Grains.Interfaces.Orders;

namespace WebGateway.Apis.Shared;

/// <summary>The <c>status</c> filter of the order lists, sellers' and suppliers' alike.</summary>
internal static class OrderStatusInput
{
    private static readonly string ValidStatuses = string.Join(", ", Enum.GetNames<OrderStatus>());

    /// <summary>
    /// Reads <c>status</c>: absent or empty for every status, else one name of <see cref="OrderStatus"/> (any case;
    /// numbers and lists are not names, though <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would take them).
    /// </summary>
    public static OrderStatus? Read(string? text, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = Enum.GetNames<OrderStatus>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add("status", $"주문 상태는 다음 중 하나여야 해요: {ValidStatuses}");
            return null;
        }

        return Enum.Parse<OrderStatus>(name);
    }
}
