namespace Grains.Interfaces.Live;

/// <summary>
/// The lease terms between gateways and the <see cref="ILiveDirectoryGrain"/>: a gateway renews every
/// <see cref="RenewalPeriod"/>, and one silent for <see cref="Expiry"/> (three renewals missed) is forgotten.
/// </summary>
public static class LiveLease
{
    /// <summary>The key of the one directory of the cluster.</summary>
    public const string DirectoryKey = "live-gateways";

    /// <summary>The longest gateway id the directory accepts.</summary>
    public const int MaxGatewayIdLength = 200;

    /// <summary>How often a gateway registers again.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromSeconds(10);

    /// <summary>How long a registration lasts without renewal.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(35);
}
