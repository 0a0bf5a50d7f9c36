using Infrastructure.Database;
using Infrastructure.Hosting;
using Orleans.Configuration;
using WebGateway.Health;

namespace WebGateway.Extensions;

/// <summary>What the gateway process is made of; <c>Program.cs</c> lists these in order.</summary>
public static class GatewayHostingExtensions
{
    /// <summary>
    /// Joins the cluster as an Orleans client through ADO.NET clustering: it finds whichever silos are alive in the
    /// membership table and follows them as they come and go. Throws <see cref="StartupConfigurationException"/>
    /// with one clear line when a setting is wrong.
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
        });
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterReadyHealthCheck>("orleans-cluster", tags: [HealthEndpoints.ReadyTag]);
        return settings;
    }
}
