using System.Security.Claims;
using Infrastructure.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Http;
using WebGateway.Operations;

namespace WebGateway.Apis;

/// <summary><c>/api/auth</c>: logging in (access tokens), who am I, logging out.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/token", IssueTokenAsync).RequireRateLimiting(LoginRateLimits.PolicyName).AllowAnonymous()
            .WithSummary("로그인: an access token for a login id and password");
        auth.MapGet("/me", Me).RequireAuthorization().WithSummary("The logged-in account");
        auth.MapPost("/logout", Logout).AllowAnonymous().WithSummary("Clears the dashboard cookie");
        return app;
    }

    internal static async Task<IResult> IssueTokenAsync(
        TokenRequest? request, HttpContext http, IAccountStore accounts, PasswordHashing passwords, TokenService tokens,
        LoginIdLimiter limiter, GatewayMetrics metrics, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request?.LoginId))
        {
            errors["loginId"] = ["아이디를 입력해 주세요"];
        }
        else if (request.LoginId.Length > 64)
        {
            errors["loginId"] = ["아이디가 너무 길어요"];
        }

        if (string.IsNullOrEmpty(request?.Password))
        {
            errors["password"] = ["비밀번호를 입력해 주세요"];
        }
        else if (request.Password.Length > PasswordHashing.MaximumLength)
        {
            errors["password"] = ["비밀번호가 너무 길어요"];
        }

        if (errors.Count > 0)
        {
            metrics.LoginAttempted("invalid");
            return Problems.Invalid(errors);
        }

        var loginId = request!.LoginId!.Trim().ToLowerInvariant();
        if (limiter.TryAcquire(loginId) is { } retryAfter)
        {
            metrics.LoginAttempted("limited");
            await LoginRateLimits.WriteRejectedAsync(http, retryAfter);
            return Results.Empty;
        }

        var account = AccountIds.IsValid(loginId) ? await accounts.FindAsync(loginId, cancellationToken) : null;
        if (!passwords.Verify(account, request.Password!))
        {
            metrics.LoginAttempted("refused");
            return Problems.Unauthorized("아이디 또는 비밀번호가 맞지 않아요");
        }

        if (account!.Disabled)
        {
            metrics.LoginAttempted("disabled");
            return Problems.Unauthorized("사용이 중지된 계정이에요. 운영자에게 문의해 주세요");
        }

        var (token, expiresAt) = tokens.Issue(account);
        metrics.LoginAttempted("succeeded");
        http.Response.Cookies.Append(AuthExtensions.TokenCookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            // Behind a TLS-terminating proxy the request itself is plain HTTP; only a developer's machine may go without.
            Secure = http.Request.IsHttps || !environment.IsDevelopment(),
            Expires = expiresAt,
            Path = "/",
        });
        return TypedResults.Ok(new TokenResponse(
            token, expiresAt, account.Role, account.Name,
            account.Role == AccountRole.Seller ? account.LoginId : null,
            account.Role == AccountRole.Supplier ? account.LoginId : null));
    }

    internal static MeResponse Me(ClaimsPrincipal user)
    {
        var role = user.AccountRoleOf() ?? "";
        var loginId = user.LoginId();
        return new MeResponse(
            loginId, role, user.FindFirst(OnChannelClaims.Name)?.Value ?? loginId,
            role == AccountRole.Seller ? loginId : null,
            role == AccountRole.Supplier ? loginId : null);
    }

    internal static NoContent Logout(HttpContext http)
    {
        http.Response.Cookies.Delete(AuthExtensions.TokenCookie, new CookieOptions { Path = "/" });
        return TypedResults.NoContent();
    }
}
