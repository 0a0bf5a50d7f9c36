namespace SmartStore;

/// <summary>
/// Who a SmartStore call is made for: the seller key the rate governor shares its budget by (round robin between
/// sellers) and the lane it waits in. A plain string converts to a <see cref="SmartStorePriority.Background"/> caller.
/// </summary>
/// <param name="SellerKey">The seller the call is made for; calls of one seller take turns with other sellers' calls.</param>
/// <param name="Priority">The governor lane.</param>
public readonly record struct SmartStoreCaller(string SellerKey, SmartStorePriority Priority)
{
    /// <summary>A call for scheduled work, served after every waiting interactive call.</summary>
    public static SmartStoreCaller Background(string sellerKey)
    {
        ArgumentNullException.ThrowIfNull(sellerKey);
        return new SmartStoreCaller(sellerKey, SmartStorePriority.Background);
    }

    /// <summary>A call a person is waiting for, served ahead of background calls.</summary>
    public static SmartStoreCaller Interactive(string sellerKey)
    {
        ArgumentNullException.ThrowIfNull(sellerKey);
        return new SmartStoreCaller(sellerKey, SmartStorePriority.Interactive);
    }

    /// <summary>The same as <see cref="Background"/>; the named alternate of the implicit conversion.</summary>
    public static SmartStoreCaller FromString(string sellerKey) => Background(sellerKey);

    /// <summary>A string is a background caller, so call sites that pass a seller key keep their meaning.</summary>
    public static implicit operator SmartStoreCaller(string sellerKey) => Background(sellerKey);
}
