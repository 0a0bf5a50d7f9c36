using Grains.Interfaces.Sellers;

namespace WebGateway.Contracts;

/// <summary><c>{autoCollect, autoOrder}</c>: the body and answer of the settings endpoints and the <c>settingsChanged</c> push.</summary>
public sealed record class SettingsDto(bool? AutoCollect, bool? AutoOrder)
{
    public static SettingsDto From(SellerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.AutoCollect, settings.AutoOrder);
    }
}
