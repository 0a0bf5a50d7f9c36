using System.Text.Json.Serialization;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.ReadModel;
using Infrastructure.Catalog;
using Infrastructure.Database;
using Infrastructure.Hosting;
using Infrastructure.ReadModel;
using Microsoft.AspNetCore.Http.Json;
using Npgsql;
using Orleans.Configuration;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Health;
using WebGateway.Http;
using WebGateway.Hubs;
using WebGateway.Operations;

namespace WebGateway.Extensions;

/// <summary>What the gateway process is made of; <c>Program.cs</c> lists these in order.</summary>
public static class GatewayHostingExtensions
{
    /// <summary>The largest request body the gateway reads (a bigger one is 413).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Joins the cluster as an Orleans client through ADO.NET clustering, and registers the API's services: accounts
    /// and tokens, JSON and error shapes, the read model, the hub and telemetry. Throws
    /// <see cref="StartupConfigurationException"/> with one clear line when a setting is wrong.
    /// </summary>
    public static ClusterSettings AddOnChannelGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddOnChannelLoggingDefaults();
        var settings = ClusterSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings.ClusterId;
                options.ServiceId = settings.ServiceId;
            });
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = AdoNetInvariant.Npgsql;
                options.ConnectionString = settings.ConnectionString;
            });
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.UseConnectionRetryFilter<KeepRetryingConnectionFilter>();
            client.AddActivityPropagation();
        });
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterReadyHealthCheck>("orleans-cluster", tags: [HealthEndpoints.ReadyTag]);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
        builder.Services.AddSingleton<IOrderReadModel, PostgresOrderReadModel>();
        builder.Services.AddSingleton<ICatalogReadModel, PostgresCatalogReadModel>();
        builder.Services.AddOptions<LateShippingOptions>().BindConfiguration(LateShippingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OrderMapper>();
        builder.Services.AddSingleton<PageCursors>();
        builder.Services.AddOnChannelHttp();
        builder.Services.AddOnChannelAuth();
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddOnChannelLive();
        builder.Services.AddOnChannelDashboard();
        builder.AddOnChannelTelemetry();
        return settings;
    }

    /// <summary>JSON as the contract writes it, errors as ProblemDetails, and the OpenAPI document.</summary>
    private static IServiceCollection AddOnChannelHttp(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = StandardProblemDetails.Customize);
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.AddOpenApi();
        return services;
    }

    /// <summary>camelCase (the web default), enums as their names, no nulls written, numbers only as numbers.</summary>
    public static void ConfigureJson(System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
