using System.Security.Cryptography;
using Grains.Collection;
using Grains.Interfaces.Sellers;
using SmartStore;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class RunResultsTests
{
    private static readonly CollectionSummary Two = new(2, 1, 1, 0, 0, 3);

    [Fact]
    public void ASecretThisSiloCannotDecryptIsSecretUnreadable()
    {
        var run = RunResults.Threw(new CryptographicException("tag mismatch"));

        Assert.Equal("SecretUnreadable", run.ErrorCode);
        Assert.Equal("저장된 스마트스토어 시크릿을 풀 수 없어요. 실로마다 Security__EncryptionKey가 같은지 확인해 주세요.", run.ErrorMessage);
        Assert.Equal(CollectionSummary.Empty, run.Summary);
        Assert.Null(run.TraceId);
    }

    [Fact]
    public void AnyOtherExceptionIsRunFailedNamingItsType()
    {
        var run = RunResults.Threw(new TimeoutException("PostgreSQL did not answer"));

        Assert.Equal("RunFailed", run.ErrorCode);
        Assert.Equal("수집 중 오류가 났어요 (TimeoutException). 다음 수집 때 다시 시도해요.", run.ErrorMessage);
        Assert.False(run.Succeeded);
    }

    [Fact]
    public void WithoutAnAccountTheRunIsNotRegistered()
    {
        var run = RunResults.NotRegistered();

        Assert.Equal(new CollectionRun(CollectionSummary.Empty, "NotRegistered", "스마트스토어 계정을 먼저 등록해 주세요.", null), run);
    }

    [Fact]
    public void ASmartStoreFailureKeepsNaversCodeMessageAndTrace()
    {
        var run = RunResults.SmartStoreFailed(new SmartStoreError(429, "GW.RATE_LIMIT", "요청이 많아요.", "trace-9"));

        Assert.Equal(new CollectionRun(CollectionSummary.Empty, "GW.RATE_LIMIT", "스마트스토어 주문을 가져오지 못했어요: 요청이 많아요.", "trace-9"), run);
    }

    [Fact]
    public void ARunWithEveryOrderPersistedSucceedsWithItsSummary()
    {
        var run = RunResults.Persisted(Two, 0);

        Assert.True(run.Succeeded);
        Assert.Equal(Two, run.Summary);
        Assert.Null(run.ErrorMessage);
    }

    [Fact]
    public void ARunWithOrdersNotPersistedFailsAndKeepsItsSummary()
    {
        var run = RunResults.Persisted(Two, 3);

        Assert.Equal(new CollectionRun(Two, "PersistFailed", "주문 3건을 저장하지 못했어요. 다음 수집 때 다시 가져와요.", null), run);
    }

    [Fact]
    public void ARunThatDidNothingSucceedsWithNothingCollected()
    {
        Assert.True(RunResults.NotRun.Succeeded);
        Assert.Equal(CollectionSummary.Empty, RunResults.NotRun.Summary);
    }

    [Fact]
    public void AReportOfAnEarlyEndMovesNeitherTheCheckpointNorTheOwedOrders()
    {
        var run = RunResults.NotRegistered();

        var report = RunResults.Report(true, Now, TimeSpan.FromSeconds(3), run);

        Assert.True(report.Automatic);
        Assert.Equal(Now, report.StartedAt);
        Assert.Equal(TimeSpan.FromSeconds(3), report.Duration);
        Assert.Same(run, report.Run);
        Assert.Null(report.Checkpoint);
        Assert.Null(report.Note);
        Assert.Null(report.Owed);
        Assert.Empty(report.Quarantined);
    }
}
