using System.Collections.Concurrent;
using System.Text.Json;

namespace Gateway.Tests.Sweep;

/// <summary>Sends sweep cases to a gateway a few at a time and says, for each one whose answer is wrong, what came back.</summary>
internal static class SweepRunner
{
    private const int Parallelism = 4;
    private const int MaxBodyShown = 300;
    private const int LargeBody = 64 * 1024;

    /// <summary>The failures, one readable line each; empty when every answer was as expected.</summary>
    public static async Task<List<string>> RunAsync(GatewayHost gateway, IReadOnlyList<SweepCase> cases)
    {
        // No cookie container (the cases set cookies themselves) and no redirects (a redirect is an answer too).
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = gateway.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var failures = new ConcurrentBag<(int Index, string Failure)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, cancellationToken) =>
        {
            var failure = await RunAsync(http, cases[i], cancellationToken);
            if (failure is not null)
            {
                failures.Add((i, failure));
            }
        });
        return [.. failures.OrderBy(f => f.Index).Select(f => f.Failure)];
    }

    private static async Task<string?> RunAsync(HttpClient http, SweepCase sweepCase, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(sweepCase.Method), new Uri(sweepCase.Path, UriKind.Relative))
        {
            Content = sweepCase.Body?.ToContent(),
        };
        sweepCase.Who.Apply(request);

        // A body over the gateway's limit is refused before it is read; waiting for 100-continue gets that answer
        // instead of a reset while still sending.
        request.Headers.ExpectContinue = sweepCase.Body?.Bytes.Length > LargeBody;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var problem = Check(sweepCase, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
            return problem is null ? null : $"{sweepCase}\n    expected {Expected(sweepCase)}; {problem}\n    got {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {Shorten(body)}";
        }
        catch (HttpRequestException e)
        {
            return $"{sweepCase}\n    expected {Expected(sweepCase)}; the request failed: {e.Message}";
        }
    }

    /// <summary>What is wrong with the answer, or null.</summary>
    public static string? Check(SweepCase sweepCase, int status, string? mediaType, string body)
    {
        ArgumentNullException.ThrowIfNull(sweepCase);
        if (status >= 500)
        {
            return "a server error";
        }

        if (status != sweepCase.Status)
        {
            return "the wrong status";
        }

        if (sweepCase.Contains is { } wanted && !body.Contains(wanted, StringComparison.Ordinal))
        {
            return $"the answer lacks '{wanted}'";
        }

        if (sweepCase.Lacks is { } unwanted && body.Contains(unwanted, StringComparison.Ordinal))
        {
            return $"the answer echoes '{unwanted}'";
        }

        return sweepCase.Shape == ResponseShape.Problem ? CheckProblem(sweepCase, mediaType, body) : null;
    }

    private static string? CheckProblem(SweepCase sweepCase, string? mediaType, string body)
    {
        if (mediaType != "application/problem+json")
        {
            return "not application/problem+json";
        }

        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return "the problem is not JSON";
        }

        var detail = problem.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        if (!problem.TryGetProperty("title", out var title) || string.IsNullOrWhiteSpace(title.GetString()))
        {
            return "the problem has no title";
        }

        if (string.IsNullOrWhiteSpace(detail))
        {
            return "the problem has no detail";
        }

        // Sellers and suppliers read the details; the operator's catalog validator still answers in English.
        if (!sweepCase.Route.Contains("/api/operator/", StringComparison.Ordinal) && !detail.Any(c => c is >= '\uAC00' and <= '\uD7A3'))
        {
            return "the detail is not Korean";
        }

        if (sweepCase.Code is { } code && !(problem.TryGetProperty("code", out var c) && c.GetString() == code))
        {
            return $"the code is not '{code}'";
        }

        if (sweepCase.Field is { } field
            && !(problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty(field, out _)))
        {
            return $"the errors do not name '{field}'";
        }

        return null;
    }

    private static string Expected(SweepCase c) =>
        $"{c.Status}{(c.Code is null ? "" : $" code {c.Code}")}{(c.Field is null ? "" : $" field {c.Field}")}{(c.Shape == ResponseShape.Problem ? " problem+json" : "")}";

    private static string Shorten(string body) => body.Length > MaxBodyShown ? body[..MaxBodyShown] + "…" : body;
}
