namespace Infrastructure.Accounts;

/// <summary>One login account (table <c>accounts</c>).</summary>
/// <param name="LoginId">The login id; for a seller its seller id, for a supplier its supplier id.</param>
/// <param name="Role">One of <see cref="AccountRole"/>.</param>
/// <param name="Name">Display name.</param>
/// <param name="PasswordHash">The hasher's output; never the password.</param>
/// <param name="Disabled">A disabled account cannot log in and its tokens stop working.</param>
/// <param name="SecurityStamp">Changes with every disable, enable or new password; tokens carry it.</param>
/// <param name="CreatedAt">When the account was created.</param>
public sealed record class Account(
    string LoginId,
    string Role,
    string Name,
    string PasswordHash,
    bool Disabled,
    int SecurityStamp,
    DateTimeOffset CreatedAt)
{
    /// <summary>Keeps the hash out of logs and exception messages.</summary>
    public override string ToString() => $"Account({LoginId}, {Role}, Disabled = {Disabled})";
}
