using System.Globalization;
using Infrastructure.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using WebGateway.Http;

namespace WebGateway.Auth;

/// <summary>Accounts, passwords, access tokens and role policies of the gateway.</summary>
public static class AuthExtensions
{
    /// <summary>The cookie the token endpoint also sets, read only on <see cref="CookiePaths"/> (pages a browser opens itself).</summary>
    public const string TokenCookie = "onch_token";

    /// <summary>Where a browser cannot send a bearer header: the Orleans Dashboard's pages and its API.</summary>
    public static readonly string[] CookiePaths = ["/orleans-dashboard"];

    /// <summary>Where SignalR clients send the token as the <c>access_token</c> query parameter.</summary>
    public const string HubsPath = "/hubs";

    public static IServiceCollection AddOnChannelAuth(this IServiceCollection services)
    {
        services.AddOptions<GatewaySecurityOptions>().BindConfiguration(GatewaySecurityOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewaySecurityOptions>, SigningKeyValidator>();
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorOptions>, OperatorOptionsValidator>();
        services.AddOptions<LoginLimitOptions>().BindConfiguration(LoginLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<AccountGate>();
        services.AddSingleton<IAccountStore, PostgresAccountStore>();
        services.AddHostedService<OperatorAccountBootstrapper>();
        services.AddLoginRateLimits();
        services.AddForwardedProxies();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenService>((options, tokens) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters();
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = ReadTokenFromQueryOrCookie,
                    OnTokenValidated = CheckAccountAsync,
                    OnChallenge = WriteUnauthorizedAsync,
                    OnForbidden = WriteForbiddenAsync,
                };
            });
        services.AddAuthorization(Policies.Add);
        return services;
    }

    private static Task ReadTokenFromQueryOrCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            return Task.CompletedTask;
        }

        if (request.Path.StartsWithSegments(HubsPath) && request.Query["access_token"] is { Count: 1 } query)
        {
            context.Token = query[0];
        }
        else if (CookiePaths.Any(path => request.Path.StartsWithSegments(path)) && request.Cookies[TokenCookie] is { Length: > 0 } cookie)
        {
            context.Token = cookie;
        }

        return Task.CompletedTask;
    }

    private static async Task CheckAccountAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var loginId = principal?.FindFirst(OnChannelClaims.Subject)?.Value;
        var role = principal?.FindFirst(OnChannelClaims.Role)?.Value;
        var stampText = principal?.FindFirst(OnChannelClaims.Stamp)?.Value;
        if (loginId is null || role is null
            || !int.TryParse(stampText, NumberStyles.None, CultureInfo.InvariantCulture, out var stamp))
        {
            context.Fail("The token lacks the OnChannel claims.");
            return;
        }

        var gate = context.HttpContext.RequestServices.GetRequiredService<AccountGate>();
        if (!await gate.AllowsAsync(loginId, role, stamp, context.HttpContext.RequestAborted))
        {
            context.Fail("The account is disabled, gone, or changed since the token was issued.");
        }
    }

    private static async Task WriteUnauthorizedAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure is null
            ? "로그인이 필요해요"
            : "로그인이 만료되었거나 더 이상 유효하지 않아요. 다시 로그인해 주세요";
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.Unauthorized(detail).ExecuteAsync(context.HttpContext);
    }

    private static Task WriteForbiddenAsync(ForbiddenContext context) =>
        Problems.Forbidden().ExecuteAsync(context.HttpContext);
}
