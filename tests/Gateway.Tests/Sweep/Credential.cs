using System.Net.Http.Headers;

namespace Gateway.Tests.Sweep;

/// <summary>How a sweep request says who it is: a bearer token, a raw Authorization header, a cookie or the hub's query parameter.</summary>
internal sealed record class Credential(string Name, string? Bearer = null, string? Authorization = null, string? Cookie = null, string? QueryToken = null)
{
    public static Credential Anonymous { get; } = new("anonymous");

    public static Credential Of(string name, TestUser user) => new(name, Bearer: user.Token);

    public void Apply(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Bearer);
        }

        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        if (Cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", Cookie);
        }
    }
}
