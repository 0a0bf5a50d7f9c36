using Microsoft.AspNetCore.Http.HttpResults;
using WebGateway.Http;

namespace WebGateway.Apis.Shared;

/// <summary>The bad fields of one request, named by their camelCase JSON path, answered together as one 400.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>How many fields are bad.</summary>
    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The 400 answer; its <c>detail</c> is the first message, so a single bad field reads well.</summary>
    public ValidationProblem ToProblem() =>
        Problems.Invalid(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            _errors.Count == 1 ? _errors.First().Value[0] : "입력값을 확인해 주세요");
}
