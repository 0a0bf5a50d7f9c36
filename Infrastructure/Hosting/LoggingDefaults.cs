using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Hosting;

namespace Infrastructure.Hosting;

/// <summary>Log levels every process starts from, beneath its <c>appsettings.json</c> and environment.</summary>
public static class LoggingDefaults
{
    /// <summary>The categories of <c>IHttpClientFactory</c>'s per-request logs ("Sending HTTP request ...").</summary>
    public const string HttpClientCategory = "System.Net.Http.HttpClient";

    /// <summary>
    /// Turns HttpClient's two Information lines per request down to Warning: at SmartStore's rates they drown the
    /// log. Added as the lowest configuration source, so an operator can turn them on again with
    /// <c>Logging__LogLevel__System.Net.Http.HttpClient=Information</c>; a filter in code would win over that.
    /// </summary>
    public static TBuilder AddOnChannelLoggingDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new($"Logging:LogLevel:{HttpClientCategory}", "Warning")],
        });
        return builder;
    }
}
