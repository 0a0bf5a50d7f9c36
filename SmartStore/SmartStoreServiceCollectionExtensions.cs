using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using SmartStore.Governor;
using SmartStore.Internal;

namespace SmartStore;

/// <summary>Registers <see cref="ISmartStoreClient"/> with its options, governor and resilience pipelines.</summary>
public static class SmartStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SmartStore client, bound to the <c>SmartStore</c> section of <paramref name="configuration"/> and
    /// validated at start. Register an <see cref="IRateShare"/> before or after this call to split the platform
    /// application's budget between processes; the default takes all of it.
    /// </summary>
    public static IServiceCollection AddSmartStoreClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ISmartStoreClient)))
        {
            // Named clients and resilience pipelines must be registered once.
            return services;
        }

        services.AddOptions<SmartStoreOptions>().Bind(configuration.GetSection(SmartStoreOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmartStoreOptions>, SmartStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRateShare, FullRateShare>();
        services.TryAddSingleton<RateGovernor>();
        services.AddMetrics();
        services.TryAddSingleton(provider => new SmartStoreMetrics(
            provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), provider.GetRequiredService<RateGovernor>()));
        services.TryAddSingleton(provider => new SmartStoreBudget(
            provider.GetRequiredService<IOptions<SmartStoreOptions>>(), provider.GetRequiredService<RateGovernor>()));
        services.TryAddSingleton<SmartStoreTransport>();
        services.TryAddSingleton<TokenCache>();
        services.TryAddSingleton<ISmartStoreClient, SmartStoreClient>();
        services.TryAddTransient<GovernorHandler>();
        services.TryAddTransient<TokenSigningHandler>();
        AddPipeline(services, SmartStoreTransport.ReadClientName, write: false);
        AddPipeline(services, SmartStoreTransport.WriteClientName, write: true);
        return services;
    }

    private static void AddPipeline(IServiceCollection services, string name, bool write)
    {
        var builder = services.AddHttpClient(name);
        builder.ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<SmartStoreOptions>>().Value;
                client.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");

                // Time spent queued in the governor is not a failure; each attempt has its own timeout below.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        builder.AddResilienceHandler($"{name}.Retry", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SmartStoreOptions>>().Value;
                var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SmartStoreClient).FullName!);
                if (options.MaxRetryAttempts == 0)
                {
                    return;
                }

                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => RetryClassifier.ShouldRetryAsync(args.Outcome, write),
                    OnRetry = args =>
                    {
                        var request = args.Outcome.Result?.RequestMessage;
                        SmartStoreLog.Retrying(logger, request?.Method.Method, request?.RequestUri?.AbsolutePath, args.RetryDelay, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode);
                        return ValueTask.CompletedTask;
                    },
                });
            });
        builder.AddHttpMessageHandler<GovernorHandler>();

        // After the governor: a token request is signed only once it has its permit, on every attempt.
        builder.AddHttpMessageHandler<TokenSigningHandler>();
        builder.AddResilienceHandler($"{name}.Attempt", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SmartStoreOptions>>().Value;
                pipeline.AddTimeout(options.AttemptTimeout);
            });
    }
}
