using System.Text.Json.Serialization;
using SmartStoreSimulator.Control;
using SmartStoreSimulator.Domain;
using SmartStoreSimulator.Generator;
using SmartStoreSimulator.Naver;

namespace SmartStoreSimulator;

/// <summary>Composes the simulator: services, the gateway middleware, Naver's endpoints and the control endpoints.</summary>
public static class SimulatorApp
{
    /// <summary>Builds the simulator application; <paramref name="configure"/> adjusts the builder (tests, hosts).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddOptions<SimulatorOptions>()
            .BindConfiguration(SimulatorOptions.SectionName)
            .Validate(o => o.DefaultRatePerSecond > 0 && o.TokenLifetime > TimeSpan.Zero, "Simulator:DefaultRatePerSecond and Simulator:TokenLifetime must be positive.")
            .Validate(o => o.ChangeFeedLag >= TimeSpan.Zero && o.TimestampTolerance > TimeSpan.Zero, "Simulator:ChangeFeedLag must not be negative and Simulator:TimestampTolerance must be positive.")
            .Validate(o => string.IsNullOrEmpty(o.PlatformClientSecret) || SimSecrets.IsSalt(o.PlatformClientSecret), "Simulator:PlatformClientSecret must be a bcrypt salt such as $2a$04$ followed by 22 characters.")
            .ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(provider => new SimClock(provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<SimulatorState>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<ApiCounters>();
        builder.Services.AddSingleton<GeneratorSettings>();
        builder.Services.AddHostedService<OrderGenerator>();

        var app = builder.Build();
        app.UseMiddleware<GatewayMiddleware>();
        app.MapTokenApi();
        app.MapOrdersApi();
        app.MapControlApi();
        return app;
    }
}
