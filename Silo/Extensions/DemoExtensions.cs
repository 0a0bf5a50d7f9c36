using Infrastructure.Hosting;
using Silo.Demo;

namespace Silo.Extensions;

/// <summary>Registers the demo data seeder when <c>Demo__Enabled</c> is true.</summary>
public static class DemoExtensions
{
    /// <summary>
    /// Binds and validates <see cref="DemoOptions"/> and, when enabled, runs <see cref="DemoSeedingService"/> after
    /// the silo starts. Call it after <c>UseOrleans</c>, so the seeder starts once the silo is active.
    /// </summary>
    public static WebApplicationBuilder AddOnChannelDemo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var enabled = builder.Configuration[$"{DemoOptions.SectionName}:{nameof(DemoOptions.Enabled)}"];
        if (string.IsNullOrWhiteSpace(enabled))
        {
            return builder;
        }

        if (!bool.TryParse(enabled, out var on))
        {
            throw new StartupConfigurationException($"Demo__Enabled '{enabled}' is not true or false.");
        }

        if (on)
        {
            builder.Services.AddOptions<DemoOptions>()
                .BindConfiguration(DemoOptions.SectionName)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            builder.Services.AddSingleton<DemoSeeder>();
            builder.Services.AddHostedService<DemoSeedingService>();
        }

        return builder;
    }
}
