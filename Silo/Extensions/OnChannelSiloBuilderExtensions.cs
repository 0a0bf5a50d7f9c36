using Grains;
using Grains.Collection;
using Grains.Live;
using Grains.Orders;
using Grains.Security;
using Grains.Sellers;
using Infrastructure.Catalog;
using Infrastructure.Database;
using Infrastructure.Hosting;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Points;
using Grains.Interfaces.ReadModel;
using Infrastructure.Points;
using Infrastructure.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Silo.ReadModel;
using Orleans.Serialization;
using Orleans.Storage;
using Silo.Security;
using SmartStore;

namespace Silo.Extensions;

/// <summary>Orleans configuration shared by the silo host and the test clusters.</summary>
public static class OnChannelSiloBuilderExtensions
{
    /// <summary>
    /// Clustering, grain storage and reminders in PostgreSQL through the Orleans ADO.NET providers, plus the
    /// application services the grains need.
    /// </summary>
    public static ISiloBuilder UseOnChannelPostgres(this ISiloBuilder silo, string connectionString, bool clustering = true)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (clustering)
        {
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = AdoNetInvariant.Npgsql;
                options.ConnectionString = connectionString;
            });
        }
        silo.AddAdoNetGrainStorage(StorageNames.Main, options =>
        {
            options.Invariant = AdoNetInvariant.Npgsql;
            options.ConnectionString = SiloConnectionString.Tune(connectionString);
        });
        // Orleans' own version-tolerant binary format for state, driven by the [Id] attributes of our types. The
        // default JSON serializer populates existing objects in place, which can mutate shared default instances.
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Main)
            .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = AdoNetInvariant.Npgsql;
            options.ConnectionString = connectionString;
        });
        return silo;
    }

    /// <summary>Registers the grains' own options and services from configuration.</summary>
    public static ISiloBuilder AddOnChannelGrainServices(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddOptions<CollectionOptions>()
            .BindConfiguration(CollectionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        silo.Services.Configure<ReminderOptions>(options =>
        {
            // Orleans refuses reminder periods under its minimum; let short collection periods (tests, demos) through.
            options.MinimumReminderPeriod = TimeSpan.FromSeconds(1);
        });

        // SmartStore secrets are encrypted with Security__EncryptionKey, checked at start.
        silo.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateOnStart();
        silo.Services.TryAddSingleton<SecretProtectorFactory>();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecretProtectorFactory>());
        silo.Services.TryAddSingleton(provider => provider.GetRequiredService<SecretProtectorFactory>()
            .Create(provider.GetRequiredService<IOptions<SecurityOptions>>().Value));

        // The order read model lives in the same PostgreSQL database as the Orleans tables.
        var connectionString = ClusterSettings.ReadConnectionString(silo.Configuration);
        silo.Services.TryAddSingleton(_ => NpgsqlDataSource.Create(SiloConnectionString.Tune(connectionString)));
        silo.Services.TryAddSingleton<IOrderReadModel, PostgresOrderReadModel>();
        silo.Services.TryAddSingleton<ICatalogReadModel, PostgresCatalogReadModel>();

        // The point ledger and the OnChannel order numbers, on the same data source.
        silo.Services.TryAddSingleton<IPointLedger, PostgresPointLedger>();

        silo.Services.TryAddSingleton(TimeProvider.System);
        // Announcements go to the log and, through the gateways registered in the live directory, to browsers. A test
        // that registers its own IOrderEvents first keeps it; the publisher then idles.
        silo.Services.AddOptions<LivePushOptions>().BindConfiguration(LivePushOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.TryAddSingleton<LoggingOrderEvents>();
        silo.Services.TryAddSingleton<LivePublisher>();
        silo.Services.TryAddSingleton<IOrderEvents>(provider => provider.GetRequiredService<LivePublisher>());
        silo.Services.AddHostedService(provider => provider.GetRequiredService<LivePublisher>());

        // Rows left behind by a crash between an order's persist and its projection are repaired by a sweep.
        silo.Services.TryAddSingleton<ReadModelRepairService>();
        silo.Services.AddHostedService(provider => provider.GetRequiredService<ReadModelRepairService>());
        silo.Services.AddSmartStoreClient(silo.Configuration);

        // The automatic collection's cadence: one plan per silo over the sellers ticking here.
        silo.Services.TryAddSingleton<CollectionCadence>();
        silo.AddOnChannelDiagnostics();
        return silo;
    }

    /// <summary>Cluster identity and endpoints from validated settings.</summary>
    public static ISiloBuilder UseOnChannelCluster(this ISiloBuilder silo, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.ClusterId;
            options.ServiceId = settings.ServiceId;
        });
        if (settings.AdvertisedIP is { } advertised)
        {
            silo.ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: true);
        }
        return silo;
    }
}
