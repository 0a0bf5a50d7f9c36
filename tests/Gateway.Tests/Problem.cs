using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Tests;

/// <summary>Asserts the gateway's error shape: the status, <c>application/problem+json</c>, a title and a detail.</summary>
public static class Problem
{
    public static async Task<ProblemDetails> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Json.Options);
        Assert.NotNull(problem);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title), $"the problem has no title: {body}");
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail), $"the problem has no detail: {body}");
        return problem;
    }
}
