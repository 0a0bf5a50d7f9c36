using System.Text;

namespace Gateway.Tests.Sweep;

/// <summary>A request body exactly as sent: bytes, a content type (none when null) and a short label for reports.</summary>
internal sealed record class SweepBody(byte[] Bytes, string? ContentType, string Label)
{
    public static SweepBody Json(string json) => new(Encoding.UTF8.GetBytes(json), "application/json", Shorten(json));

    public static SweepBody Text(string text, string? contentType) => new(Encoding.UTF8.GetBytes(text), contentType, $"{contentType ?? "no content type"}: {Shorten(text)}");

    public static SweepBody Raw(byte[] bytes, string label) => new(bytes, "application/json", label);

    public HttpContent ToContent()
    {
        var content = new ByteArrayContent(Bytes);
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return content;
    }

    private static string Shorten(string text) => text.Length > 120 ? $"{text[..120]}… ({text.Length:N0} chars)" : text;
}
