namespace SmartStoreSimulator;

/// <summary>Settings of the simulator, bound from the <c>Simulator</c> configuration section.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Simulator";

    /// <summary>Requests per second each application may make to each API unless set per application.</summary>
    public double DefaultRatePerSecond { get; set; } = 10;

    /// <summary>Token lifetime; Naver's is three hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(3);

    /// <summary>An existing token with at least this much left is returned again instead of a new one.</summary>
    public TimeSpan TokenReuseThreshold { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How far the signed timestamp may be from the simulator's clock.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after its <c>lastChangedDate</c> a change becomes visible in <c>last-changed-statuses</c> (zero: at
    /// once). Naver's feed lags behind the order itself; query and the conditions listing show the current state.
    /// </summary>
    public TimeSpan ChangeFeedLag { get; set; }

    /// <summary>
    /// Client id of an application created at start, so a silo configured with <c>SmartStore__ClientId</c> works
    /// against a fresh simulator. Optional.
    /// </summary>
    public string? PlatformClientId { get; set; }

    /// <summary>Its secret, a bcrypt salt (<c>$2a$04$</c> + 22 characters); generated when empty.</summary>
    public string? PlatformClientSecret { get; set; }

    /// <summary>The demo and benchmark order generator.</summary>
    public GeneratorOptions Generator { get; set; } = new();
}
