using System.Security.Cryptography;
using Grains.Interfaces.Sellers;
using Grains.Security;
using SmartStore;

namespace Grains.Collection;

/// <summary>
/// The results a collection run ends with: its error codes and the messages the seller reads, and the report of a run
/// that moves neither the checkpoint nor the owed orders.
/// </summary>
public static class RunResults
{
    /// <summary>Some orders of the run were not persisted; the next run reads them again.</summary>
    public const string PersistFailedCode = "PersistFailed";

    /// <summary>The run threw for any other reason.</summary>
    public const string RunFailedCode = "RunFailed";

    /// <summary>A run that did nothing and failed at nothing (an automatic tick while 자동 수집 is off).</summary>
    public static CollectionRun NotRun { get; } = new(CollectionSummary.Empty, null, null, null);

    /// <summary>The run that counted <paramref name="summary"/>: a success unless <paramref name="failures"/> orders were not persisted.</summary>
    public static CollectionRun Persisted(CollectionSummary summary, int failures) =>
        failures == 0 ? new CollectionRun(summary, null, null, null) : PersistFailed(summary, failures);

    /// <summary>Orders of the run not persisted: the summary stays, the run fails so that the next one reads them again.</summary>
    public static CollectionRun PersistFailed(CollectionSummary summary, int failures) =>
        new(summary, PersistFailedCode, $"주문 {failures}건을 저장하지 못했어요. 다음 수집 때 다시 가져와요.", null);

    /// <summary>No SmartStore account to read.</summary>
    public static CollectionRun NotRegistered() =>
        new(CollectionSummary.Empty, SellerCredentialProblems.NotRegisteredCode, "스마트스토어 계정을 먼저 등록해 주세요.", null);

    /// <summary>SmartStore answered a read with <paramref name="error"/>.</summary>
    public static CollectionRun SmartStoreFailed(SmartStoreError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(CollectionSummary.Empty, error.Code, $"스마트스토어 주문을 가져오지 못했어요: {error.Message}", error.TraceId);
    }

    /// <summary>The run threw <paramref name="exception"/>: a secret this silo cannot decrypt, or anything else.</summary>
    public static CollectionRun Threw(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (code, message) = exception is CryptographicException
            ? (SellerCredentialProblems.SecretUnreadableCode, SellerCredentialProblems.SecretUnreadableMessage)
            : (RunFailedCode, $"수집 중 오류가 났어요 ({exception.GetType().Name}). 다음 수집 때 다시 시도해요.");
        return new CollectionRun(CollectionSummary.Empty, code, message, null);
    }

    /// <summary>The report of <paramref name="run"/>, which moves neither the checkpoint nor the owed orders and has no note.</summary>
    public static RunReport Report(bool automatic, DateTimeOffset startedAt, TimeSpan duration, CollectionRun run) =>
        new(automatic, startedAt, duration, run, null, null, null, []);
}
