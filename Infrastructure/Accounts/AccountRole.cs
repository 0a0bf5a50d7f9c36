namespace Infrastructure.Accounts;

/// <summary>The three kinds of login; the strings are the http-api <c>role</c> values and the <c>accounts.role</c> column.</summary>
public static class AccountRole
{
    public const string Operator = "operator";
    public const string Seller = "seller";
    public const string Supplier = "supplier";

    /// <summary>True for one of the three roles.</summary>
    public static bool IsKnown(string? role) => role is Operator or Seller or Supplier;
}
