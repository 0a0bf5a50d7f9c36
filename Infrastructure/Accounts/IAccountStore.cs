namespace Infrastructure.Accounts;

/// <summary>The login accounts, shared by every gateway (PostgreSQL table <c>accounts</c>, migration 0006).</summary>
public interface IAccountStore
{
    /// <summary>Creates the account; false (and nothing written) when the login id is taken.</summary>
    Task<bool> CreateAsync(Account account, CancellationToken cancellationToken = default);

    /// <summary>The account, or null.</summary>
    Task<Account?> FindAsync(string loginId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Disables or enables the account and changes its security stamp, so that tokens issued before stop working;
    /// returns the account after the change, or null when there is no such account.
    /// </summary>
    Task<Account?> SetDisabledAsync(string loginId, bool disabled, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash and changes the security stamp; returns the account after, or null.</summary>
    Task<Account?> SetPasswordHashAsync(string loginId, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>A page of the accounts of <paramref name="role"/> in login id order, after <paramref name="afterLoginId"/>.</summary>
    Task<IReadOnlyList<Account>> ListAsync(string role, string? afterLoginId, int limit, CancellationToken cancellationToken = default);
}
