using Infrastructure.Accounts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace WebGateway.Auth;

/// <summary>
/// Creates the first operator account from <c>Operator__LoginId</c> / <c>Operator__Password</c> when it is missing. An
/// existing account is left as it is (its password may have been changed since). The silo creates the schema, so
/// until the table exists this keeps trying.
/// </summary>
internal sealed partial class OperatorAccountBootstrapper(
    IAccountStore accounts,
    PasswordHashing passwords,
    IOptions<OperatorOptions> options,
    ILogger<OperatorAccountBootstrapper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.LoginId) || string.IsNullOrEmpty(settings.Password))
        {
            LogNoOperator(logger);
            return;
        }

        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                if (await accounts.FindAsync(settings.LoginId, stoppingToken) is null)
                {
                    var account = new Account(
                        settings.LoginId, AccountRole.Operator, "운영자", passwords.Hash(settings.LoginId, settings.Password),
                        false, 1, DateTimeOffset.UtcNow);
                    if (await accounts.CreateAsync(account, stoppingToken))
                    {
                        LogCreated(logger, settings.LoginId);
                    }
                }

                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogRetry(logger, attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the operator account {LoginId}")]
    private static partial void LogCreated(ILogger logger, string loginId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator__LoginId is not set: no operator account is created (Development)")]
    private static partial void LogNoOperator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot create the operator account yet (attempt {Attempt}): {Reason}; retrying")]
    private static partial void LogRetry(ILogger logger, int attempt, string reason);
}
