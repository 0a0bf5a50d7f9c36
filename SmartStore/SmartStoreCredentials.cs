namespace SmartStore;

/// <summary>
/// How one seller is reached. Solution mode (<see cref="ForSolutionSeller"/>) uses the platform application from
/// configuration and asks for <c>type=SELLER</c> tokens for the seller's account; own-application mode
/// (<see cref="ForOwnApplication"/>) uses the seller's own application and <c>type=SELF</c> tokens.
/// </summary>
public sealed record SmartStoreCredentials
{
    private SmartStoreCredentials(string? accountId, string? clientId, string? clientSecret)
    {
        AccountId = accountId;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    /// <summary>The seller's SmartStore account id or UID in solution mode; null in own-application mode.</summary>
    public string? AccountId { get; }

    /// <summary>The seller's own application id in own-application mode; null in solution mode.</summary>
    public string? ClientId { get; }

    /// <summary>The seller's own application secret (bcrypt salt). Never printed by <see cref="ToString"/>.</summary>
    public string? ClientSecret { get; }

    /// <summary>True when the seller's own application is used (<c>type=SELF</c>).</summary>
    public bool IsOwnApplication => ClientId is not null;

    /// <summary>Credentials for a seller served through the platform's commerce-solution application.</summary>
    public static SmartStoreCredentials ForSolutionSeller(string accountId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        return new SmartStoreCredentials(accountId.Trim(), null, null);
    }

    /// <summary>Credentials for a seller who registered their own application id and secret.</summary>
    public static SmartStoreCredentials ForOwnApplication(string clientId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        return new SmartStoreCredentials(null, clientId.Trim(), clientSecret.Trim());
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsOwnApplication ? $"SmartStoreCredentials(SELF, ClientId = {ClientId})" : $"SmartStoreCredentials(SELLER, AccountId = {AccountId})";
}
