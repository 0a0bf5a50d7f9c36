using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Infrastructure.Hosting;

/// <summary>
/// Metrics, traces and log correlation, the same for silos and gateways: OpenTelemetry with the Prometheus exporter
/// at <c>/metrics</c>, activities for ASP.NET Core and Orleans grain calls, and trace and span ids in every log
/// scope. Traces are exported only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; without it they still exist in
/// process, so log lines of one request share its trace id across gateway and silo.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Registers telemetry for the process named <paramref name="serviceName"/>, exporting Orleans', ASP.NET Core's
    /// and the runtime's instruments plus the application's <paramref name="meters"/>.
    /// </summary>
    public static TBuilder AddOnChannelTelemetry<TBuilder>(this TBuilder builder, string serviceName, params string[] meters)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentNullException.ThrowIfNull(meters);

        // The console formatter (simple by default, json with Logging__Console__FormatterName=json) writes scopes
        // when Logging__Console__FormatterOptions__IncludeScopes is true; these ids are in them either way for any
        // provider that reads scopes.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        builder.Services.AddOptions<TelemetryMetricsOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.AllowAnonymous = environment.IsDevelopment())
            .BindConfiguration(TelemetryMetricsOptions.SectionName);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddMeter(TelemetryNames.OrleansMeter)
                .AddMeter(meters)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(TelemetryNames.OrleansApplicationSource, TelemetryNames.OrleansRuntimeSource)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsScrape(context.Request.Path)));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[TelemetryNames.OtlpEndpointVariable]))
        {
            // Reads the other OTEL_EXPORTER_OTLP_* variables (protocol, headers) itself.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// Serves the Prometheus text format at <c>/metrics</c> to whoever <see cref="TelemetryMetricsOptions"/> lets in;
    /// anyone else gets 401.
    /// </summary>
    public static IEndpointConventionBuilder MapOnChannelMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPrometheusScrapingEndpoint(
            TelemetryNames.MetricsPath,
            meterProvider: null,
            configureBranchedPipeline: pipeline => pipeline.Use(RequireScrapeAccessAsync),
            optionsName: null);
    }

    private static bool IsScrape(PathString path) => path.StartsWithSegments(TelemetryNames.MetricsPath);

    private static async Task RequireScrapeAccessAsync(HttpContext context, Func<Task> next)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<TelemetryMetricsOptions>>().CurrentValue;
        if (options.AllowAnonymous || HasScrapeToken(context.Request, options.ScrapeToken))
        {
            await next();
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
                title: "Unauthorized",
                detail: "메트릭을 읽으려면 스크레이프 토큰이 필요해요 (Metrics__ScrapeToken)",
                statusCode: StatusCodes.Status401Unauthorized)
            .ExecuteAsync(context);
    }

    private static bool HasScrapeToken(HttpRequest request, string? expected)
    {
        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(expected) || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Compared in constant time so the token cannot be guessed byte by byte from response times.
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(expected));
    }
}
