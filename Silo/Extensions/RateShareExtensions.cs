using Silo.Governor;
using SmartStore.Governor;

namespace Silo.Extensions;

/// <summary>Registers the cluster-wide split of the SmartStore rate budget.</summary>
public static class RateShareExtensions
{
    /// <summary>Each silo paces the platform application at its membership share of the configured rate.</summary>
    public static ISiloBuilder AddClusterRateShare(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton<IRateShare, MembershipRateShare>();
        return silo;
    }
}
