using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Tests.Seller;

/// <summary>Assertions on the seller API's answers: success bodies, and problems with their code, fields and extensions.</summary>
public static class SellerAssert
{
    /// <summary>Asserts 200 and reads the body.</summary>
    public static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        await OkAsync(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    /// <summary>Asserts 200.</summary>
    public static async Task OkAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts a problem of <paramref name="status"/> with <paramref name="code"/> (when given); returns it.</summary>
    public static async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var problem = await Problem.AssertAsync(response, status);
        if (code is not null)
        {
            Assert.Equal(code, Extension(problem, "code"));
        }

        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task InvalidAsync(HttpResponseMessage response, string field)
    {
        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.Extensions.TryGetValue("errors", out var value) && value is JsonElement { ValueKind: JsonValueKind.Object } element
            ? element
            : throw new Xunit.Sdk.XunitException($"no errors in the 400: {problem.Detail}");
        var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(fields.Contains(field, StringComparer.Ordinal), $"expected an error for '{field}', got: {string.Join(", ", fields)}");
    }

    /// <summary>A string extension of a problem (<c>code</c>, <c>traceId</c>...), or null.</summary>
    public static string? Extension(ProblemDetails problem, string name)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Extensions.TryGetValue(name, out var value) && value is JsonElement element
            ? element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText()
            : null;
    }
}
