using System.Collections.Concurrent;
using System.Data.Common;
using Infrastructure.Accounts;
using Microsoft.Extensions.Options;

namespace WebGateway.Auth;

/// <summary>
/// Decides whether a token's account still stands: it exists, is not disabled, and its security stamp is the one the
/// token was issued with. Reads the account at most once per <see cref="LoginLimitOptions.AccountCheckInterval"/> per
/// gateway, so a disabled account's tokens stop working on every gateway within that interval.
/// </summary>
public sealed class AccountGate
{
    private readonly IAccountStore _accounts;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ConcurrentDictionary<string, (Account? Account, long ReadAt)> _seen = new(StringComparer.Ordinal);

    public AccountGate(IAccountStore accounts, TimeProvider time, IOptions<LoginLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _accounts = accounts;
        _time = time;
        _interval = options.Value.AccountCheckInterval;
    }

    /// <summary>
    /// True when the account of <paramref name="loginId"/> is enabled with security stamp <paramref name="stamp"/>.
    /// Throws <see cref="AccountStoreUnavailableException"/> when the store cannot be read.
    /// </summary>
    public async Task<bool> AllowsAsync(string loginId, string role, int stamp, CancellationToken cancellationToken)
    {
        var now = _time.GetTimestamp();
        if (!_seen.TryGetValue(loginId, out var seen) || _time.GetElapsedTime(seen.ReadAt, now) >= _interval)
        {
            try
            {
                seen = (await _accounts.FindAsync(loginId, cancellationToken), now);
            }
            catch (DbException e)
            {
                throw new AccountStoreUnavailableException($"The account store failed while checking '{loginId}'.", e);
            }

            _seen[loginId] = seen;
        }

        return seen.Account is { Disabled: false } account && account.SecurityStamp == stamp && account.Role == role;
    }

    /// <summary>Forgets what this gateway read of the account (after it changed it itself).</summary>
    public void Forget(string loginId) => _seen.TryRemove(loginId, out _);
}
