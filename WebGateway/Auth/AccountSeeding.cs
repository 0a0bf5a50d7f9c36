using Infrastructure.Accounts;
using Npgsql;

namespace WebGateway.Auth;

/// <summary>
/// What the gateway's start-up services share when they create accounts from configuration (the operator, the demo
/// logins): create an account only when it is missing, and keep trying while PostgreSQL or the cluster is not ready
/// yet (the silo creates the schema, so a gateway may start first).
/// </summary>
internal static class AccountSeeding
{
    /// <summary>Creates the account unless one with its login id exists (an existing one is left as it is); true when created.</summary>
    public static async Task<bool> EnsureAsync(
        this IAccountStore accounts, PasswordHashing passwords, string loginId, string role, string name, string password,
        CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(loginId, cancellationToken) is not null)
        {
            return false;
        }

        return await accounts.CreateAsync(passwords.NewAccount(loginId, role, name, password, DateTimeOffset.UtcNow), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> until it completes, waiting 1, 2, ... 5 s after each failure of PostgreSQL or
    /// Orleans (reported to <paramref name="onRetry"/> with the attempt number); other exceptions are bugs and escape.
    /// </summary>
    public static async Task RetryUntilDoneAsync(
        Func<CancellationToken, Task> work, Action<int, string> onRetry, CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await work(stoppingToken);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or OrleansException)
            {
                onRetry(attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stoppingToken);
            }
        }
    }
}
