namespace SmartStore;

/// <summary>
/// Settings of the SmartStore (Naver Commerce API) client, bound from the <c>SmartStore</c> configuration section
/// (environment variables <c>SmartStore__BaseUrl</c>, <c>SmartStore__ClientId</c>, <c>SmartStore__ClientSecret</c>).
/// </summary>
public sealed class SmartStoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "SmartStore";

    /// <summary>The default production base URL for seller-owned and commerce-solution applications.</summary>
    public const string DefaultBaseUrl = "https://api.commerce.naver.com/external";

    /// <summary>Base URL every API path is relative to; no trailing slash needed.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// Client id of the platform's commerce-solution application, used for sellers registered in solution mode
    /// (<c>type=SELLER</c>). Optional: without it only own-application sellers can be served.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret (a bcrypt salt such as <c>$2a$04$...</c>) of the platform application. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Starting requests per second of one application for each API, before the gateway's headers are seen.</summary>
    public Dictionary<SmartStoreApi, double> StartingRatePerSecond { get; set; } = [];

    /// <summary>Starting rate for an API missing from <see cref="StartingRatePerSecond"/>.</summary>
    public double DefaultStartingRatePerSecond { get; set; } = 2;

    /// <summary>
    /// Fraction of the reported rate the governor aims for, so that clock drift between processes does not turn
    /// into 429s. 1.0 uses the whole allowance.
    /// </summary>
    public double Headroom { get; set; } = 0.95;

    /// <summary>How many seconds of the local rate a process may spend at once after being idle.</summary>
    public double BurstSeconds { get; set; } = 1;

    /// <summary>Retries of a retryable failure (429 GW.RATE_LIMIT, 5xx gateway codes, timeouts) after the first attempt.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Median delay before the first retry; later retries back off exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap on a single retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one HTTP attempt, measured after the governor has let the request go.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A cached token is renewed when less than this is left before it expires.</summary>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a confirm or dispatch batch with an unknown outcome is read back and resent.</summary>
    public int MaxWriteAttempts { get; set; } = 3;

    /// <summary>Returns the configured starting rate of <paramref name="api"/>.</summary>
    public double StartingRateFor(SmartStoreApi api) =>
        StartingRatePerSecond.TryGetValue(api, out var rate) ? rate : DefaultStartingRatePerSecond;
}
