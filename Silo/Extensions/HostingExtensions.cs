using Infrastructure.Database;
using Infrastructure.Hosting;
using Silo.Health;

namespace Silo.Extensions;

/// <summary>What the silo process is made of; <c>Program.cs</c> lists these in order.</summary>
public static class HostingExtensions
{
    /// <summary>
    /// Reads and validates the cluster settings, then configures Orleans, logging, health checks and (when
    /// <c>Demo__Enabled</c>) the demo data seeder.
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
            .AddClusterRateShare());
        builder.Services.AddHealthChecks()
            .AddCheck<SiloActiveHealthCheck>("orleans-silo", tags: [HealthEndpoints.ReadyTag]);
        builder.AddOnChannelDemo();
        return settings;
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
