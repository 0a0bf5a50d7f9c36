namespace Grains.Interfaces.Sellers;

/// <summary>
/// One OnChannel seller account: SmartStore access, automation settings and the reminder that drives automatic
/// collection. Keyed by <see cref="SellerKey.For(string)"/>, never by the raw seller id.
/// </summary>
[Alias("onch.ISellerGrain")]
public interface ISellerGrain : IGrainWithStringKey
{
    /// <summary>Returns the seller's automation settings.</summary>
    [Alias("GetSettings")]
    Task<SellerSettings> GetSettingsAsync();

    /// <summary>
    /// Saves the automation settings. Auto ordering needs auto collection: turning collection off turns ordering
    /// off as well, and ordering on alone is refused. Turning collection on registers the collection reminder;
    /// turning it off removes it.
    /// </summary>
    [Alias("UpdateSettings")]
    Task<SettingsChange> UpdateSettingsAsync(SellerSettings requested);
}
