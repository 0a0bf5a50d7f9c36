using Infrastructure.Accounts;

namespace WebGateway.Contracts.Operator;

/// <summary>Any login account (the answer of <c>PATCH /api/operator/accounts/{loginId}</c>); never its password hash.</summary>
public sealed record class AccountDto(string LoginId, string Role, string Name, bool Disabled, DateTimeOffset CreatedAt)
{
    public static AccountDto From(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.LoginId, account.Role, account.Name, account.Disabled, account.CreatedAt);
    }
}
