using Infrastructure.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Silo.Extensions;
using WebGateway.Extensions;

namespace Foundation.Tests;

public sealed class LoggingDefaultsTests
{
    // The category IHttpClientFactory logs each request under for the SmartStore read client.
    private const string RequestCategory = LoggingDefaults.HttpClientCategory + ".SmartStore.Read.LogicalHandler";

    [Theory]
    [InlineData("silo")]
    [InlineData("gateway")]
    public async Task HttpClientRequestLogsAreOffByDefault(string process)
    {
        await using var app = Compose(process, httpClientLevel: null);
        var logger = RequestLogger(app);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Theory]
    [InlineData("silo")]
    [InlineData("gateway")]
    public async Task AnOperatorCanTurnHttpClientRequestLogsOnAgain(string process)
    {
        await using var app = Compose(process, httpClientLevel: "Information");
        var logger = RequestLogger(app);

        Assert.True(logger.IsEnabled(LogLevel.Information));
    }

    private static ILogger RequestLogger(WebApplication app) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(RequestCategory);

    /// <summary>Composes the process as its Program.cs does, without running it.</summary>
    private static WebApplication Compose(string process, string? httpClientLevel)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection([
            new("ConnectionStrings:Orleans", "Host=127.0.0.1;Port=1;Database=nowhere"),
            new("Orleans:ClusterId", "c"),
            new("Orleans:ServiceId", "s"),
        ]);
        if (process == "silo")
        {
            builder.AddOnChannelSilo();
        }
        else
        {
            builder.AddOnChannelGateway();
        }

        if (httpClientLevel is not null)
        {
            // What Logging__LogLevel__System.Net.Http.HttpClient in the environment becomes: a later source.
            builder.Configuration.AddInMemoryCollection([new($"Logging:LogLevel:{LoggingDefaults.HttpClientCategory}", httpClientLevel)]);
        }

        return builder.Build();
    }
}
