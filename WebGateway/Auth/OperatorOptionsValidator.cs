using Infrastructure.Accounts;
using Microsoft.Extensions.Options;

namespace WebGateway.Auth;

/// <summary>The first operator account's settings: required outside Development, well-formed whenever given.</summary>
internal sealed class OperatorOptionsValidator(IHostEnvironment environment) : IValidateOptions<OperatorOptions>
{
    public ValidateOptionsResult Validate(string? name, OperatorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.LoginId) && string.IsNullOrEmpty(options.Password))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Operator__LoginId is required (with Operator__Password): the first operator account.");
        }

        if (!AccountIds.IsValid(options.LoginId))
        {
            return ValidateOptionsResult.Fail("Operator__LoginId must be 3-32 of a-z, 0-9, '_' and '-'.");
        }

        return PasswordHashing.Problem(options.Password) is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Operator__Password must be {PasswordHashing.MinimumLength}-{PasswordHashing.MaximumLength} characters.");
    }
}
