using Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;

namespace WebGateway.Auth;

/// <summary>Passwords through ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, per-password salt).</summary>
public sealed class PasswordHashing
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 128;

    private static readonly Account s_nobody = new("nobody", AccountRole.Seller, "nobody", "", false, 0, DateTimeOffset.UnixEpoch);

    private readonly PasswordHasher<Account> _hasher = new();

    // Checked against when the login id is unknown, so that a wrong id costs as long as a wrong password.
    private readonly string _decoyHash;

    public PasswordHashing()
    {
        _decoyHash = _hasher.HashPassword(s_nobody, Guid.NewGuid().ToString("N"));
    }

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public string Hash(string loginId, string password) => _hasher.HashPassword(s_nobody with { LoginId = loginId }, password);

    /// <summary>A new, enabled account (security stamp 1) holding the hash of <paramref name="password"/>.</summary>
    public Account NewAccount(string loginId, string role, string name, string password, DateTimeOffset createdAt) =>
        new(loginId, role, name, Hash(loginId, password), Disabled: false, SecurityStamp: 1, createdAt);

    /// <summary>True when <paramref name="password"/> is the account's; false for a null account, after the same work.</summary>
    public bool Verify(Account? account, string password)
    {
        var result = _hasher.VerifyHashedPassword(account ?? s_nobody, account?.PasswordHash ?? _decoyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Null when <paramref name="password"/> is acceptable, else the Korean reason.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "비밀번호를 입력해 주세요",
        { Length: < MinimumLength } => $"비밀번호는 {MinimumLength}자 이상이어야 해요",
        { Length: > MaximumLength } => $"비밀번호는 {MaximumLength}자 이하여야 해요",
        _ => null,
    };
}
