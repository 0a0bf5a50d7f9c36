using Grains.Collection;
using Grains.Diagnostics;
using Infrastructure.Database;
using Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using Orleans.Dashboard;
using Silo.Health;
using SmartStore;

namespace Silo.Extensions;

/// <summary>What the silo process is made of; <c>Program.cs</c> lists these in order.</summary>
public static class HostingExtensions
{
    /// <summary>The name the silo reports itself by in traces and metrics.</summary>
    public const string ServiceName = "onchannel-silo";

    /// <summary>
    /// Reads and validates the cluster settings, then configures Orleans, logging, telemetry, the Orleans Dashboard's
    /// grain statistics, health checks and (when <c>Demo__Enabled</c>) the demo data seeder.
    /// Throws <see cref="StartupConfigurationException"/> with one clear line when a setting is wrong.
    /// </summary>
    public static ClusterSettings AddOnChannelSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddOnChannelLoggingDefaults();
        var settings = ClusterSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.UseOrleans(silo => silo
            .UseOnChannelCluster(settings)
            .UseOnChannelPostgres(settings.ConnectionString)
            .AddOnChannelGrainServices()
            .AddClusterRateShare()
            .AddDashboard());
        builder.AddOnChannelTelemetry(ServiceName, OrderMetrics.MeterName, SmartStoreMetrics.MeterName, CollectionCadence.MeterName);

        // Created with the meter provider, not at the first SmartStore call, so the governor's queue gauge is
        // exported (as zeros) from the start.
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics =>
            metrics.AddInstrumentation(provider => provider.GetRequiredService<SmartStoreMetrics>()));
        builder.Services.AddHealthChecks()
            .AddCheck<SiloActiveHealthCheck>("orleans-silo", tags: [HealthEndpoints.ReadyTag]);
        builder.AddOnChannelDemo();
        return settings;
    }

    /// <summary>
    /// What grains record and carry for operations, in the silo and in test clusters alike: the order metrics and
    /// the trace context of incoming grain calls (so a gateway request and the grain calls it causes share a trace id).
    /// </summary>
    public static ISiloBuilder AddOnChannelDiagnostics(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<OrderMetrics>();
        silo.AddActivityPropagation();
        return silo;
    }

    /// <summary>The endpoints operators use on a silo: health and <c>/metrics</c>.</summary>
    public static WebApplication MapOnChannelSiloOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOnChannelHealth();
        app.MapOnChannelMetrics();
        return app;
    }

    /// <summary>Applies the schema before Orleans starts (its providers read the query catalog at start).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        var migrator = app.Services.GetRequiredService<SchemaMigrator>();
        await PostgresConnectivity.RequireAsync(settings.ConnectionString, () => migrator.MigrateAsync(settings.ConnectionString));
    }
}
