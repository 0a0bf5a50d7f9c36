using System.Collections.Immutable;
using Grains.Collection;
using Grains.Interfaces.Sellers;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class SyncHistoryLogTests
{
    private static readonly CollectionSummary Three = new(3, 2, 1, 0, 1, 4);

    private static CollectionRun Succeeded(CollectionSummary? summary = null) => new(summary ?? CollectionSummary.Empty, null, null, null);

    private static CollectionRun Failed() => new(CollectionSummary.Empty, "SmartStoreUnavailable", "스마트스토어가 응답하지 않아요.", "trace-1");

    private static RunReport Report(
        CollectionRun? run = null,
        bool automatic = true,
        DateTimeOffset? checkpoint = null,
        string? note = null,
        ImmutableArray<OwedOrder>? owed = null,
        ImmutableArray<QuarantinedOrder> quarantined = default,
        DateTimeOffset? startedAt = null) =>
        new(automatic, startedAt ?? Now, TimeSpan.FromSeconds(2), run ?? Succeeded(), checkpoint, note, owed, quarantined.IsDefault ? [] : quarantined);

    private static QuarantinedOrder Quarantined(int i) => new($"q-{i}", "상세 없음", Now.AddMinutes(i));

    [Fact]
    public void ARunIsCountedWithWhatItCollected()
    {
        var history = SyncHistoryLog.Record(SyncHistory.Empty with { Runs = 4, TotalCollected = 10 }, Report(Succeeded(Three), automatic: false));

        Assert.Equal(5, history.Runs);
        Assert.Equal(13, history.TotalCollected);
        Assert.Equal(Three, history.LastSummary);
        Assert.Equal(Now, history.LastRunAt);
        Assert.False(history.LastRunAutomatic);
        Assert.Equal(TimeSpan.FromSeconds(2), history.LastDuration);
        Assert.Equal(Now, history.LastSucceededAt);
    }

    [Fact]
    public void TheCheckpointMovesOnlyWhenTheRunGivesOne()
    {
        var before = SyncHistory.Empty with { Checkpoint = Now.AddMinutes(-10) };

        Assert.Equal(Now.AddMinutes(-10), SyncHistoryLog.Record(before, Report()).Checkpoint);
        Assert.Equal(Now.AddMinutes(-1), SyncHistoryLog.Record(before, Report(checkpoint: Now.AddMinutes(-1))).Checkpoint);
    }

    [Fact]
    public void AFailedRunRecordsItsErrorAndKeepsTheLastSuccess()
    {
        var before = SyncHistory.Empty with { LastSucceededAt = Now.AddMinutes(-5) };

        var history = SyncHistoryLog.Record(before, Report(Failed()));

        Assert.Equal(Now, history.LastErrorAt);
        Assert.Equal("SmartStoreUnavailable", history.LastErrorCode);
        Assert.Equal("스마트스토어가 응답하지 않아요.", history.LastErrorMessage);
        Assert.Equal("trace-1", history.LastErrorTraceId);
        Assert.Equal(Now.AddMinutes(-5), history.LastSucceededAt);
        Assert.Equal(1, history.Runs);
    }

    [Fact]
    public void ASuccessAfterAFailureKeepsTheErrorForTheRecordButMovesTheLastSuccess()
    {
        var failed = SyncHistoryLog.Record(SyncHistory.Empty, Report(Failed(), startedAt: Now.AddMinutes(-1)));

        var history = SyncHistoryLog.Record(failed, Report());

        Assert.Equal(Now, history.LastSucceededAt);
        Assert.Equal(Now.AddMinutes(-1), history.LastErrorAt);
    }

    [Fact]
    public void TheOwedOrdersAreReplacedByTheRunsAndKeptWhenItHasNone()
    {
        var before = SyncHistory.Empty with { Owed = [new OwedOrder("a", Now, 1)] };
        ImmutableArray<OwedOrder> after = [new OwedOrder("b", Now, 1)];

        Assert.Equal(["b"], SyncHistoryLog.Record(before, Report(owed: after)).Owed.Select(o => o.ProductOrderId).ToArray());
        Assert.Equal(["a"], SyncHistoryLog.Record(before, Report(Failed())).Owed.Select(o => o.ProductOrderId).ToArray());
        Assert.Empty(SyncHistoryLog.Record(before, Report(owed: ImmutableArray<OwedOrder>.Empty)).Owed);
    }

    [Fact]
    public void TheQuarantinedListKeepsTheFiftyMostRecent()
    {
        var before = SyncHistory.Empty with { Quarantined = [.. Enumerable.Range(0, 45).Select(Quarantined)] };

        var history = SyncHistoryLog.Record(before, Report(quarantined: [.. Enumerable.Range(45, 10).Select(Quarantined)]));

        Assert.Equal(SyncHistoryLog.MaxQuarantined, history.Quarantined.Length);
        Assert.Equal("q-5", history.Quarantined[0].ProductOrderId);
        Assert.Equal("q-54", history.Quarantined[^1].ProductOrderId);
    }

    [Fact]
    public void AHistoryStoredBeforeOwedAndQuarantinedExistedIsRecordedWithEmptyLists()
    {
        var old = new SyncHistory(null, null, false, null, null, 0, 0, null, null, null, null);

        var history = SyncHistoryLog.Record(old, Report());

        Assert.False(history.Owed.IsDefault);
        Assert.False(history.Quarantined.IsDefault);
    }

    [Fact]
    public void TheNoteIsTheLastRunsNote()
    {
        var noted = SyncHistoryLog.Record(SyncHistory.Empty, Report(note: "기간 전체를 다시 읽었어요."));

        Assert.Equal("기간 전체를 다시 읽었어요.", noted.LastNote);
        Assert.Null(SyncHistoryLog.Record(noted, Report()).LastNote);
    }

    [Fact]
    public void AQuietAutomaticRunIsNotWorthPersisting()
    {
        var before = SyncHistory.Empty with { LastSucceededAt = Now.AddMinutes(-1) };

        Assert.False(SyncHistoryLog.IsWorthPersisting(before, Report(checkpoint: Now, owed: ImmutableArray<OwedOrder>.Empty), 0));
    }

    [Fact]
    public void AQuietAutomaticRunAfterAnEarlierSuccessfulRecoveryIsNotWorthPersisting()
    {
        var before = SyncHistory.Empty with { LastErrorAt = Now.AddMinutes(-10), LastSucceededAt = Now.AddMinutes(-5) };

        Assert.False(SyncHistoryLog.IsWorthPersisting(before, Report(), 0));
    }

    public static TheoryData<string> Reasons => ["manual", "failed", "collected", "skipped", "applied", "owed", "quarantined", "note", "recovered", "never succeeded"];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void ARunThatChangesWhatMustSurviveARestartIsWorthPersisting(string reason)
    {
        var quiet = SyncHistory.Empty with { LastSucceededAt = Now.AddMinutes(-1) };
        var (before, report, applied) = reason switch
        {
            "manual" => (quiet, Report(automatic: false), 0),
            "failed" => (quiet, Report(Failed()), 0),
            "collected" => (quiet, Report(Succeeded(CollectionSummary.Empty with { Collected = 1 })), 0),
            "skipped" => (quiet, Report(Succeeded(CollectionSummary.Empty with { Skipped = 1 })), 0),
            "applied" => (quiet, Report(), 1),
            "owed" => (quiet, Report(owed: ImmutableArray.Create(new OwedOrder("a", Now, 1))), 0),
            "quarantined" => (quiet, Report(quarantined: [Quarantined(1)]), 0),
            "note" => (quiet, Report(note: "기간 전체를 다시 읽었어요."), 0),
            "recovered" => (quiet with { LastErrorAt = Now.AddSeconds(-30) }, Report(), 0),
            "never succeeded" => (SyncHistory.Empty with { LastErrorAt = Now.AddSeconds(-30) }, Report(), 0),
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };

        Assert.True(SyncHistoryLog.IsWorthPersisting(before, report, applied), reason);
    }

    [Fact]
    public void AnOwedOrderThatArrivesIsWorthPersisting()
    {
        var before = SyncHistory.Empty with { LastSucceededAt = Now.AddMinutes(-1), Owed = [new OwedOrder("a", Now, 1)] };

        Assert.True(SyncHistoryLog.IsWorthPersisting(before, Report(owed: ImmutableArray<OwedOrder>.Empty), 0));
    }

    [Fact]
    public void ANewAccountDropsTheOldAccountsCheckpointAndOrdersAndSaysSo()
    {
        var before = SyncHistory.Empty with
        {
            Checkpoint = Now.AddMinutes(-5),
            Owed = [new OwedOrder("a", Now, 1)],
            Quarantined = [Quarantined(1)],
            Runs = 7,
        };

        var next = SyncHistoryLog.StartOver(before);

        Assert.NotNull(next);
        Assert.Null(next.Checkpoint);
        Assert.Empty(next.Owed);
        Assert.Empty(next.Quarantined);
        Assert.Equal(7, next.Runs);
        Assert.Equal("스마트스토어 계정이 바뀌어 다음 수집 때 수집 기간 전체를 읽어요.", next.LastNote);
    }

    [Fact]
    public void ANewAccountWithNothingToDropLeavesTheHistoryAlone()
    {
        Assert.Null(SyncHistoryLog.StartOver(SyncHistory.Empty));
        Assert.Null(SyncHistoryLog.StartOver(new SyncHistory(null, null, false, null, null, 0, 0, null, null, null, null)));
        Assert.NotNull(SyncHistoryLog.StartOver(SyncHistory.Empty with { Quarantined = [Quarantined(1)] }));
    }
}
