using Microsoft.Extensions.DependencyInjection;
using WebGateway.Auth;

namespace Gateway.Tests.Operator;

/// <summary>
/// Logged-in users for the operator and supplier tests, with tokens issued by the gateway's own
/// <see cref="TokenService"/> rather than through <c>POST /api/auth/token</c>: these tests need many users, and the
/// login rate limits (per address and per login id) are for the login tests to prove.
/// </summary>
internal static class TestTokens
{
    /// <summary>A new account of <paramref name="role"/> with a token and a client of the first gateway.</summary>
    public static async Task<TestUser> UserAsync(GatewayFixture fixture, string role)
    {
        var (loginId, password) = await fixture.CreateAccountAsync(role);
        return await ForAsync(fixture, loginId, password);
    }

    /// <summary>The configured operator with a token.</summary>
    public static Task<TestUser> OperatorAsync(GatewayFixture fixture) =>
        ForAsync(fixture, GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword);

    /// <summary>A token and client for the existing account <paramref name="loginId"/>.</summary>
    public static async Task<TestUser> ForAsync(GatewayFixture fixture, string loginId, string password)
    {
        var account = await fixture.Accounts.FindAsync(loginId) ?? throw new InvalidOperationException($"no account {loginId}");
        var (token, _) = fixture.Gateway.Services.GetRequiredService<TokenService>().Issue(account);
        return new TestUser(loginId, password, token, GatewayFixture.Authorized(fixture.Gateway, token));
    }
}
