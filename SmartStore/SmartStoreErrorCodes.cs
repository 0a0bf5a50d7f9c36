namespace SmartStore;

/// <summary>Error codes: the client's own failures and the Naver codes the client reacts to.</summary>
public static class SmartStoreErrorCodes
{
    /// <summary>The response was not valid JSON or lacked a required field.</summary>
    public const string MalformedResponse = "CLIENT.MALFORMED_RESPONSE";

    /// <summary>No response arrived (connection refused or dropped).</summary>
    public const string Transport = "CLIENT.TRANSPORT";

    /// <summary>No response arrived in time.</summary>
    public const string Timeout = "CLIENT.TIMEOUT";

    /// <summary>The seller is in solution mode but the platform application is not configured.</summary>
    public const string NotConfigured = "CLIENT.NOT_CONFIGURED";

    /// <summary>The configured or registered client secret is not a bcrypt salt, so no signature can be made.</summary>
    public const string InvalidSecret = "CLIENT.INVALID_SECRET";

    /// <summary>A write's outcome stayed unknown after reading it back and resending.</summary>
    public const string OutcomeUnknown = "CLIENT.OUTCOME_UNKNOWN";

    /// <summary>The API's paging did not advance.</summary>
    public const string PagingStuck = "CLIENT.PAGING_STUCK";

    /// <summary>Gateway: authentication failed (expired or invalid token, or a missing API group).</summary>
    public const string GatewayAuthentication = "GW.AUTHN";

    /// <summary>Gateway: the application's rate limit was exceeded.</summary>
    public const string GatewayRateLimit = "GW.RATE_LIMIT";

    /// <summary>Gateway: the time-unit quota was exceeded; retrying quickly does not help.</summary>
    public const string GatewayQuotaLimit = "GW.QUOTA_LIMIT";
}
