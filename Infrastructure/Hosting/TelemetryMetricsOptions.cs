namespace Infrastructure.Hosting;

/// <summary>
/// Who may read <c>/metrics</c> (section <c>Metrics</c>). Prometheus scrapes from inside the cluster network, so the
/// endpoint is closed by default outside Development: open it with <see cref="AllowAnonymous"/> only where the port is
/// not reachable from outside, or give the scraper <see cref="ScrapeToken"/> as a bearer token.
/// </summary>
public sealed class TelemetryMetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Serve <c>/metrics</c> to anyone (<c>Metrics__AllowAnonymous</c>); defaults to true in Development only.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// A secret the scraper sends as <c>Authorization: Bearer ...</c> (<c>Metrics__ScrapeToken</c>); unset means no
    /// token opens the endpoint.
    /// </summary>
    public string? ScrapeToken { get; set; }
}
