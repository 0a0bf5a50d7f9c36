using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Tests.Sweep;

/// <summary>Strings attackers and broken clients send: injections, traversal, control and format characters, odd Unicode, sheer length.</summary>
internal static class HostileText
{
    /// <summary>Hostile values by name; none of them is a valid id, code or tracking number.</summary>
    public static IReadOnlyList<(string Name, string Value)> Strings { get; } =
    [
        ("sql drop", "'; DROP TABLE order_read; --"),
        ("sql or", "x' OR '1'='1"),
        ("script", "<script>alert('x')</script>"),
        ("traversal", "../../etc/passwd"),
        ("nul", "a\u0000b"),
        ("crlf", "a\r\nX-Injected: 1"),
        ("rtl override", "abc\u202Etxt.exe"),
        ("zero width", "\u200B\uFEFF"),
        ("emoji", "😀🛒"),
        ("fullwidth", "ＣＨ１２３４５６７"),
        ("percent escapes", "%00%2e%2e%2f"),
        ("template", "${jndi:ldap://x/a}{0}%s%n"),
        ("long", new string('가', 5_000)),
    ];

    /// <summary>The strings that hold a control character (the free-text fields refuse these alone).</summary>
    public static IEnumerable<(string Name, string Value)> WithControlCharacters => Strings.Where(s => s.Value.Any(char.IsControl));

    /// <summary><paramref name="value"/> as a JSON string literal (quotes included).</summary>
    public static string Json(string value) => JsonSerializer.Serialize(value, Options);

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
