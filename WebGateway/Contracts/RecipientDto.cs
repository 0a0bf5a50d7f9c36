using Grains.Interfaces.Orders;

namespace WebGateway.Contracts;

/// <summary>Where the supplier ships.</summary>
public sealed record class RecipientDto(string Name, string Phone, string ZipCode, string Address)
{
    public static RecipientDto From(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return new(recipient.Name, recipient.Phone, recipient.ZipCode, recipient.Address);
    }
}
