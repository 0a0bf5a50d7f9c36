using System.Collections.Immutable;
using Grains.Collection;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Tests.Domain;
using SmartStore.Models;
using static Grains.Tests.Collection.Rules.RuleData;

namespace Grains.Tests.Collection.Rules;

public sealed class CollectionOutcomeTests
{
    private static readonly TimeSpan Took = TimeSpan.FromSeconds(2);

    // SmartStore's clock, a little behind the range's end: the checkpoint follows it, less the feed lag.
    private static readonly DateTimeOffset ServerTime = Now.AddSeconds(-30);

    private static readonly SyncHistory Recent = SyncHistory.Empty with { Checkpoint = Now.AddMinutes(-10) };

    private static CollectOutcome Created() => new(Created: true, Duplicate: false, TestData.Orderable().ToView(), Error: null);

    private static CollectionTally Tally(params CollectOutcome?[] outcomes)
    {
        var tally = new CollectionTally();
        foreach (var outcome in outcomes)
        {
            tally.Add(outcome);
        }

        return tally;
    }

    /// <summary>What a run from <paramref name="before"/> read: the changes, classified, and the details SmartStore answered.</summary>
    private static ChangesRead Read(
        SyncHistory before, LastChangedStatus[] changes, IReadOnlySet<string> known, ProductOrder[] details, string[] missing)
    {
        var range = CollectionWindow.Plan(before.Checkpoint, Now, Options());
        var plan = ChangeClassifier.Classify(changes, known, before.Owed.IsDefault ? [] : before.Owed);
        var detailPlan = ChangeClassifier.ClassifyDetails(details, known, Seller, Now - Options().Window);
        return new ChangesRead(range, new ChangedStatuses([.. changes], Now, ServerTime), plan, [.. missing], detailPlan);
    }

    private static RunReport OfChanges(SyncHistory before, ChangesRead read, CollectionTally tally, int unapplied = 0, int missingDetailAttempts = 5) =>
        CollectionOutcome.OfChanges(before, read, tally, unapplied, Options(missingDetailAttempts), Now, Took);

    [Fact]
    public void AQuietRunSucceedsAndMovesTheCheckpointToSmartStoresClockLessTheLag()
    {
        var report = OfChanges(Recent, Read(Recent, [], Known(), [], []), Tally());

        Assert.True(report.Automatic);
        Assert.Equal(Now, report.StartedAt);
        Assert.Equal(Took, report.Duration);
        Assert.Equal(RunResults.Persisted(CollectionSummary.Empty, 0), report.Run);
        Assert.Equal(ServerTime.AddMinutes(-1), report.Checkpoint);
        Assert.Null(report.Note);
        Assert.Equal(ImmutableArray<OwedOrder>.Empty, report.Owed);
        Assert.Empty(report.Quarantined);
    }

    [Fact]
    public void ARunWithNewOrdersCountsThemWithTheKnownOnesAndMovesTheCheckpoint()
    {
        var read = Read(Recent, [Change("a"), Change("b"), Change("k"), Change("k2", type: "DELIVERED", status: ProductOrderStatuses.Delivered)], Known("k", "k2"), [Detail("a"), Detail("b")], []);

        var report = OfChanges(Recent, read, Tally(Created(), Created()));

        // k is seen again with nothing new, k2's change is applied: both count as known.
        Assert.Equal(new CollectionSummary(Collected: 2, Orderable: 2, NeedsOption: 0, Failed: 0, Skipped: 0, AlreadyKnown: 2), report.Run.Summary);
        Assert.True(report.Run.Succeeded);
        Assert.Equal(ServerTime.AddMinutes(-1), report.Checkpoint);
    }

    [Fact]
    public void AnOrderNotPersistedHoldsTheCheckpointAndFailsTheRun()
    {
        var read = Read(Recent, [Change("a"), Change("b")], Known(), [Detail("a"), Detail("b")], []);

        var report = OfChanges(Recent, read, Tally(Created(), null));

        Assert.Null(report.Checkpoint);
        Assert.Equal("PersistFailed", report.Run.ErrorCode);
        Assert.Equal("주문 1건을 저장하지 못했어요. 다음 수집 때 다시 가져와요.", report.Run.ErrorMessage);
        Assert.Equal(1, report.Run.Summary.Collected);
    }

    [Fact]
    public void ChangesNotAppliedCountAsFailuresToo()
    {
        var read = Read(Recent, [Change("k", type: "DELIVERED", status: ProductOrderStatuses.Delivered)], Known("k"), [], []);

        var report = OfChanges(Recent, read, Tally(), unapplied: 1);

        Assert.Null(report.Checkpoint);
        Assert.Equal("주문 1건을 저장하지 못했어요. 다음 수집 때 다시 가져와요.", report.Run.ErrorMessage);
    }

    [Fact]
    public void ACheckpointOlderThanTheWindowIsReadAgainWholeAndSaysFromWhen()
    {
        var stale = SyncHistory.Empty with { Checkpoint = Now.AddDays(-7) };

        var report = OfChanges(stale, Read(stale, [], Known(), [], []), Tally());

        Assert.Equal("마지막 수집 시점(2026-11-19 10:00)이 수집 기간보다 오래되어 기간 전체를 다시 읽었어요.", report.Note);
        Assert.True(report.Run.Succeeded);
    }

    [Fact]
    public void DetailsSmartStoreLeftOutAreOwedHoldTheCheckpointAndAreNoted()
    {
        var read = Read(Recent, [Change("a"), Change("b", at: Now.AddMinutes(-30))], Known(), [Detail("a")], ["b"]);

        var report = OfChanges(Recent, read, Tally(Created()));

        Assert.Equal([new OwedOrder("b", Now.AddMinutes(-30), 1)], report.Owed!.Value.ToArray());
        Assert.Equal(Now.AddMinutes(-30), report.Checkpoint);
        Assert.Equal("스마트스토어가 주문 1건의 상세를 돌려주지 않아 다음 수집 때 다시 요청해요.", report.Note);
        Assert.True(report.Run.Succeeded);
    }

    [Fact]
    public void AnOrderOwedForTheLastAllowedRunIsQuarantinedAndHoldsNothing()
    {
        var owing = Recent with { Owed = [new OwedOrder("b", Now.AddMinutes(-40), 4)] };

        var report = OfChanges(owing, Read(owing, [], Known(), [], ["b"]), Tally());

        Assert.Equal("b", Assert.Single(report.Quarantined).ProductOrderId);
        Assert.Empty(report.Owed!.Value);
        Assert.Equal(ServerTime.AddMinutes(-1), report.Checkpoint);
        Assert.Null(report.Note);
    }

    [Fact]
    public void TheResynchronizationNoteComesBeforeTheOwedOne()
    {
        var resynchronized = new CollectionRange(Now.AddDays(-6), Now, Resynchronized: true);
        var recent = new CollectionRange(Now.AddMinutes(-12), Now, Resynchronized: false);

        Assert.StartsWith("마지막 수집 시점(2026-11-19 10:00)", CollectionOutcome.Note(resynchronized, Now.AddDays(-7), owed: 2), StringComparison.Ordinal);
        Assert.Equal("스마트스토어가 주문 2건의 상세를 돌려주지 않아 다음 수집 때 다시 요청해요.", CollectionOutcome.Note(recent, Now.AddMinutes(-10), owed: 2));
        Assert.Null(CollectionOutcome.Note(recent, Now.AddMinutes(-10), owed: 0));
    }

    [Fact]
    public void AManualRunCountsItsNewKnownAndForeignOrdersAndMovesNoCheckpoint()
    {
        var plan = ChangeClassifier.ClassifyDetails([Detail("a"), Detail("k"), Detail("x", code: "NOT-OURS")], Known("k"), Seller, Now.AddDays(-6));

        var report = CollectionOutcome.OfWindow(Now, Took, plan, Tally(Created()), unapplied: 0);

        Assert.False(report.Automatic);
        Assert.Equal(new CollectionSummary(Collected: 1, Orderable: 1, NeedsOption: 0, Failed: 0, Skipped: 1, AlreadyKnown: 1), report.Run.Summary);
        Assert.True(report.Run.Succeeded);
        Assert.Null(report.Checkpoint);
        Assert.Null(report.Owed);
        Assert.Null(report.Note);
    }

    [Fact]
    public void AManualRunWithAChangeNotAppliedFails()
    {
        var plan = ChangeClassifier.ClassifyDetails([Detail("k")], Known("k"), Seller, Now.AddDays(-6));

        var report = CollectionOutcome.OfWindow(Now, Took, plan, Tally(), unapplied: 1);

        Assert.Equal("PersistFailed", report.Run.ErrorCode);
        Assert.Equal(1, report.Run.Summary.AlreadyKnown);
    }
}
