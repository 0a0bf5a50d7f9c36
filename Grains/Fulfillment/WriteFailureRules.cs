using Grains.Interfaces.Fulfillment;
using Grains.Security;
using SmartStore;

namespace Grains.Fulfillment;

/// <summary>
/// Which SmartStore failures the outbox retries and which are final. Naver's numeric per-item codes are business
/// refusals (<c>104122</c> invalid tracking number, <c>104121</c> already used, <c>104119</c> carrier code,
/// <c>100001</c> no such order, <c>104442</c> order status, ...) and retrying cannot change them, with two exceptions:
/// <c>105306</c> on a confirm means it is already confirmed, and <c>104443</c> (place-order status) on a dispatch or
/// delay is only waiting for the confirm the outbox still owes. Gateway and client codes are transient; the ones that
/// prove the request never reached Naver are plain retries, every other one may have been applied.
/// </summary>
public static class WriteFailureRules
{
    /// <summary>Naver: the requested state equals the current state.</summary>
    public const string AlreadyInStateCode = "105306";

    /// <summary>Naver: check the place-order status (not confirmed yet).</summary>
    public const string NotConfirmedCode = "104443";

    /// <summary>Judges a per-item failure <paramref name="code"/> of a <paramref name="kind"/> write.</summary>
    /// <param name="kind">The write that failed.</param>
    /// <param name="code">Naver's or the client's code.</param>
    /// <param name="confirmPending">True when the outbox still holds a confirm for the same product order.</param>
    public static FailureVerdict ForItem(SmartStoreWriteKind kind, string code, bool confirmPending)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (IsNaverCode(code))
        {
            return ForNaverCode(kind, code, confirmPending);
        }

        return IsNotForwarded(code) ? FailureVerdict.Retry : FailureVerdict.RetryUnknown;
    }

    /// <summary>Judges a failure of a whole call (no per-item answer), using its HTTP status as well.</summary>
    public static FailureVerdict ForCall(SmartStoreWriteKind kind, SmartStoreError error, bool confirmPending)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.IsOutcomeUnknown)
        {
            return FailureVerdict.RetryUnknown;
        }

        // A 4xx answer was not applied: a numeric code is a refusal, anything else (GW.AUTHN, GW.IP_NOT_ALLOWED, a
        // client-side configuration error) is fixed outside the order and then retried.
        return IsNaverCode(error.Code) ? ForNaverCode(kind, error.Code, confirmPending) : FailureVerdict.Retry;
    }

    private static FailureVerdict ForNaverCode(SmartStoreWriteKind kind, string code, bool confirmPending) => code switch
    {
        AlreadyInStateCode when kind == SmartStoreWriteKind.Confirm => FailureVerdict.AlreadyApplied,
        NotConfirmedCode when kind != SmartStoreWriteKind.Confirm && confirmPending => FailureVerdict.Retry,
        _ => FailureVerdict.Final,
    };

    private static bool IsNaverCode(string code) => code.Length > 0 && code.All(char.IsAsciiDigit);

    // Codes proving the request was not applied: refused at the gateway before reaching the order API, or never sent.
    private static bool IsNotForwarded(string code) =>
        code is SmartStoreErrorCodes.GatewayRateLimit or SmartStoreErrorCodes.GatewayQuotaLimit or SmartStoreErrorCodes.GatewayAuthentication
            or "GW.IP_NOT_ALLOWED" or "GW.NOT_FOUND" or SmartStoreErrorCodes.NotConfigured or SmartStoreErrorCodes.InvalidSecret
            or SellerCredentialProblems.NotRegisteredCode or SellerCredentialProblems.SecretUnreadableCode
        || code.StartsWith("GW.BLOCK", StringComparison.Ordinal);
}
