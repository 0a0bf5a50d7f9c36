namespace Gateway.Tests.Sweep;

/// <summary>Collects sweep cases route by route: <see cref="Route"/> names the endpoint the next cases attack.</summary>
internal sealed class CaseTable
{
    private readonly List<SweepCase> _cases = [];
    private string _route = "";
    private string _method = "";

    public IReadOnlyList<SweepCase> Cases => _cases;

    public CaseTable Route(string key)
    {
        _route = key;
        _method = key.Split(' ')[0];
        return this;
    }

    /// <summary>A case on the current route; <paramref name="method"/> overrides the route's (wrong-method cases).</summary>
    public CaseTable Add(
        string name, string path, Credential who, SweepBody? body, int status, string? code = null, string? field = null,
        ResponseShape shape = ResponseShape.Problem, string? contains = null, string? lacks = null, string? method = null)
    {
        var verb = method ?? (_method == "*" ? "GET" : _method);
        _cases.Add(new SweepCase(_route, name, verb, path, who, body, status, code, field, shape, contains, lacks));
        return this;
    }

    /// <summary>
    /// The bodies no endpoint may take: not JSON, the wrong JSON kind, too deep, not UTF-8, null or empty, the wrong
    /// media type, only unknown fields, and over the 1 MB limit.
    /// </summary>
    public CaseTable MalformedBodies(string path, Credential who)
    {
        var deep = "{\"deep\": " + new string('[', 200) + new string(']', 200) + "}";
        var huge = "{\"padding\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";
        Add("not JSON", path, who, SweepBody.Json("not json at all"), 400, "MalformedBody");
        Add("truncated JSON", path, who, SweepBody.Json("{\"a\": "), 400, "MalformedBody");
        Add("an array", path, who, SweepBody.Json("[1, 2, 3]"), 400, "MalformedBody");
        Add("a string", path, who, SweepBody.Json("\"text\""), 400, "MalformedBody");
        Add("a number", path, who, SweepBody.Json("42"), 400, "MalformedBody");
        Add("nested 200 deep", path, who, SweepBody.Json(deep), 400, "MalformedBody");
        Add("invalid UTF-8", path, who, SweepBody.Raw([(byte)'{', 0xFF, 0xFE, (byte)':', (byte)'1', (byte)'}'], "invalid UTF-8 bytes"), 400, "MalformedBody");
        Add("JSON null", path, who, SweepBody.Json("null"), 400);
        Add("an empty body", path, who, SweepBody.Json(""), 400);
        Add("unknown fields only", path, who, SweepBody.Json("""{"bogus": 1, "__proto__": {"admin": true}, "$type": "System.IO.FileInfo"}"""), 400);
        Add("text/plain", path, who, SweepBody.Text("{}", "text/plain"), 415);
        Add("no content type", path, who, SweepBody.Text("{}", null), 415);
        Add("a form", path, who, SweepBody.Text("a=1&b=2", "application/x-www-form-urlencoded"), 415);
        Add("a 2 MB body", path, who, SweepBody.Json(huge), 413, "PayloadTooLarge");
        return this;
    }
}
