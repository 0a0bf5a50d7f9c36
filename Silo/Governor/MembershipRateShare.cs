using SmartStore.Governor;

namespace Silo.Governor;

/// <summary>
/// This silo's share of the platform application's SmartStore budget: one over the number of active silos in the
/// membership table. Every silo computes the same split from the same table, so the cluster paces itself as one
/// client with no coordinator on the request path; when a silo joins or leaves, the shares follow within one
/// membership refresh.
/// </summary>
public sealed class MembershipRateShare(IClusterMembershipService membership) : IRateShare
{
    public double Fraction
    {
        get
        {
            var active = 0;
            foreach (var member in membership.CurrentSnapshot.Members.Values)
            {
                if (member.Status == SiloStatus.Active)
                {
                    active++;
                }
            }
            // A silo that is still joining counts itself, so it never claims more than the whole budget.
            return 1.0 / Math.Max(1, active);
        }
    }
}
