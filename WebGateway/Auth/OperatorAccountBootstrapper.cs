using Infrastructure.Accounts;
using Microsoft.Extensions.Options;

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

        await AccountSeeding.RetryUntilDoneAsync(
            async cancellationToken =>
            {
                if (await accounts.EnsureAsync(passwords, settings.LoginId, AccountRole.Operator, "운영자", settings.Password, cancellationToken))
                {
                    LogCreated(logger, settings.LoginId);
                }
            },
            (attempt, reason) => LogRetry(logger, attempt, reason),
            stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the operator account {LoginId}")]
    private static partial void LogCreated(ILogger logger, string loginId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator__LoginId is not set: no operator account is created (Development)")]
    private static partial void LogNoOperator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot create the operator account yet (attempt {Attempt}): {Reason}; retrying")]
    private static partial void LogRetry(ILogger logger, int attempt, string reason);
}
