namespace Grains.Sellers;

/// <summary>
/// Who holds one SmartStore account (solution mode: the account id; own mode: the application id), keyed by
/// <see cref="SmartStoreAccountKey"/>. One grain per account serializes competing registrations on every silo, so
/// an account belongs to at most one OnChannel seller.
/// </summary>
[Alias("onch.ISmartStoreAccountClaimGrain")]
public interface ISmartStoreAccountClaimGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the account for <paramref name="sellerId"/>; true when it is now theirs (it was free, theirs already, or
    /// its holder no longer uses it), false when another seller holds it.
    /// </summary>
    [Alias("Claim")]
    Task<bool> ClaimAsync(string sellerId);

    /// <summary>Releases the account if <paramref name="sellerId"/> holds it.</summary>
    [Alias("Release")]
    Task ReleaseAsync(string sellerId);
}
