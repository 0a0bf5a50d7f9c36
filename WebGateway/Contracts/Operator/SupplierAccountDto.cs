using Infrastructure.Accounts;

namespace WebGateway.Contracts.Operator;

/// <summary>A supplier account as the operator sees it; also the answer of <c>POST /api/operator/suppliers</c>.</summary>
public sealed record class SupplierAccountDto(string SupplierId, string Name, bool Disabled, DateTimeOffset CreatedAt)
{
    public static SupplierAccountDto From(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.LoginId, account.Name, account.Disabled, account.CreatedAt);
    }
}
