using System.Globalization;
using Grains.Interfaces.Points;
using static Grains.Tests.ReadModel.ReadModelRows;

namespace Grains.Tests.Points;

/// <summary>
/// The point ledger on PostgreSQL: postings, retries, refusals, concurrency and order numbers. After every test the
/// ledger's invariant is checked over the whole database: each balance is the sum of its seller's entries.
/// </summary>
public sealed class PostgresPointLedgerTests(PointLedgerDatabase database) : IClassFixture<PointLedgerDatabase>, IAsyncLifetime
{
    private IPointLedger Ledger => database.Ledger;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Empty(await database.InvariantViolationsAsync());

    [Fact]
    public async Task APostingAppendsAnEntryWithTheBalanceAfterItAndMovesTheBalance()
    {
        var seller = Fresh("seller-");
        var order = Fresh("9");
        Assert.Equal(0, await Ledger.BalanceAsync(seller));

        var topUp = await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 10_000, null, "충전", allowNegative: false);
        var charge = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -3_500, order, null, allowNegative: false);

        Assert.Equal((PostingOutcome.Posted, 10_000L), (topUp.Outcome, topUp.Balance));
        Assert.Equal((PostingOutcome.Posted, 6_500L), (charge.Outcome, charge.Balance));
        var entry = Assert.IsType<PointEntry>(charge.Entry);
        Assert.Equal((-3_500L, 6_500L, PointEntryKind.Charge, order, order, (string?)null),
            (entry.Amount, entry.BalanceAfter, entry.Kind, entry.Reference, entry.ProductOrderId, entry.Memo));
        Assert.True(entry.Id > topUp.Entry!.Id);
        Assert.Equal("충전", topUp.Entry.Memo);
        Assert.InRange(entry.At, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(6_500, await Ledger.BalanceAsync(seller));
        Assert.Equal(entry, await Ledger.FindAsync(seller, PointEntryKind.Charge, order));
        Assert.Null(await Ledger.FindAsync(seller, PointEntryKind.Refund, order));
        Assert.Null(await Ledger.FindAsync(Fresh("seller-"), PointEntryKind.Charge, order));
    }

    [Fact]
    public async Task ARetriedPostingIsAnsweredWithTheFirstEntryAndWritesNothing()
    {
        var seller = Fresh("seller-");
        var order = Fresh("9");
        await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 10_000, null, null, allowNegative: false);
        var first = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -3_000, order, "first", allowNegative: false);

        // A retry with other values (a bug, or a price changed in between) still gets the first entry.
        var retry = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -9_000, null, "second", allowNegative: false);

        Assert.Equal(PostingOutcome.AlreadyPosted, retry.Outcome);
        Assert.True(retry.Succeeded);
        Assert.Equal(first.Entry, retry.Entry);
        Assert.Equal(7_000, retry.Balance);
        Assert.Equal(2, await database.EntryCountAsync(seller));

        // The same reference under another kind is another posting: the refund of that charge.
        var refund = await Ledger.PostAsync(seller, PointEntryKind.Refund, order, 3_000, order, null, allowNegative: false);
        Assert.Equal((PostingOutcome.Posted, 10_000L), (refund.Outcome, refund.Balance));
        var retriedAfterRefund = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -3_000, order, null, allowNegative: false);
        Assert.Equal((PostingOutcome.AlreadyPosted, 10_000L, first.Entry), (retriedAfterRefund.Outcome, retriedAfterRefund.Balance, retriedAfterRefund.Entry));
    }

    [Fact]
    public async Task ADebitTheBalanceCannotCoverIsRefusedAndWritesNothing()
    {
        var seller = Fresh("seller-");
        var order = Fresh("9");
        var empty = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -1, order, null, allowNegative: false);
        Assert.Equal((PostingOutcome.Insufficient, 0L, (PointEntry?)null), (empty.Outcome, empty.Balance, empty.Entry));
        Assert.False(empty.Succeeded);

        await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 1_000, null, null, allowNegative: false);
        var refused = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -1_500, order, null, allowNegative: false);

        Assert.Equal((PostingOutcome.Insufficient, 1_000L, (PointEntry?)null), (refused.Outcome, refused.Balance, refused.Entry));
        Assert.Equal(1_000, await Ledger.BalanceAsync(seller));
        Assert.Null(await Ledger.FindAsync(seller, PointEntryKind.Charge, order));
        Assert.Equal(1, await database.EntryCountAsync(seller));

        // The refusal did not use up the reference: after a top-up the same charge is posted.
        await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-2", 500, null, null, allowNegative: false);
        var exact = await Ledger.PostAsync(seller, PointEntryKind.Charge, order, -1_500, order, null, allowNegative: false);
        Assert.Equal((PostingOutcome.Posted, 0L), (exact.Outcome, exact.Balance));
    }

    [Fact]
    public async Task AllowNegativeTakesTheBalanceBelowZeroAndCreditsAreNeverRefused()
    {
        var seller = Fresh("seller-");
        var correction = await Ledger.PostAsync(seller, PointEntryKind.Adjustment, "fix-1", -500, null, "정정", allowNegative: true);
        Assert.Equal((PostingOutcome.Posted, -500L), (correction.Outcome, correction.Balance));

        // A top-up of a negative balance is welcome even when it leaves the balance below zero.
        var topUp = await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 300, null, null, allowNegative: false);
        Assert.Equal((PostingOutcome.Posted, -200L), (topUp.Outcome, topUp.Balance));

        var charge = await Ledger.PostAsync(seller, PointEntryKind.Charge, Fresh("9"), -1, null, null, allowNegative: false);
        Assert.Equal((PostingOutcome.Insufficient, -200L), (charge.Outcome, charge.Balance));
        Assert.Equal(-200, await Ledger.BalanceAsync(seller));
    }

    [Fact]
    public async Task FiftyConcurrentChargesOfOneSellerPostExactlyTheOnesTheBalanceCovers()
    {
        var seller = Fresh("seller-");
        await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 23_500, null, null, allowNegative: false);
        var orders = Enumerable.Range(0, 50).Select(_ => Fresh("9")).ToArray();

        var results = await AllAtOnceAsync(orders.Length, i =>
            Ledger.PostAsync(seller, PointEntryKind.Charge, orders[i], -1_000, orders[i], null, allowNegative: false));

        var posted = results.Where(r => r.Outcome == PostingOutcome.Posted).ToList();
        Assert.Equal(23, posted.Count);
        Assert.Equal(27, results.Count(r => r.Outcome == PostingOutcome.Insufficient));
        Assert.All(results, r => Assert.InRange(r.Balance, 0, 23_500));

        // One after another: each charge saw the one before it, so the balances after them are 22,500 down to 500.
        Assert.Equal(Enumerable.Range(0, 23).Select(i => 22_500L - (1_000L * i)), posted.Select(r => r.Entry!.BalanceAfter).OrderDescending());
        Assert.Equal(500, await Ledger.BalanceAsync(seller));
        Assert.Equal(24, await database.EntryCountAsync(seller));
        var entries = await Ledger.EntriesAsync(seller, 100);
        Assert.All(entries, e => Assert.True(e.BalanceAfter >= 0, $"entry {e.Id} left {e.BalanceAfter}"));
        Assert.Equal(500, entries.Sum(e => e.Amount));
    }

    [Fact]
    public async Task TheSameReferenceFromTenCallersAtOnceIsPostedOnce()
    {
        // A seller without a balance row yet (the callers race to create it), then a charge of one order.
        var seller = Fresh("seller-");
        var order = Fresh("9");
        var topUps = await AllAtOnceAsync(10, _ => Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 5_000, null, null, allowNegative: false));
        var charges = await AllAtOnceAsync(10, _ => Ledger.PostAsync(seller, PointEntryKind.Charge, order, -2_000, order, null, allowNegative: false));

        foreach (var (results, balance) in new[] { (topUps, 5_000L), (charges, 3_000L) })
        {
            Assert.Single(results, r => r.Outcome == PostingOutcome.Posted);
            Assert.Equal(9, results.Count(r => r.Outcome == PostingOutcome.AlreadyPosted));
            Assert.Single(results.Select(r => r.Entry!.Id).Distinct());
            Assert.All(results, r => Assert.Equal(balance, r.Balance));
        }

        Assert.Equal(2, await database.EntryCountAsync(seller));
        Assert.Equal(3_000, await Ledger.BalanceAsync(seller));
    }

    [Fact]
    public async Task EntriesAreNewestFirstAndPageBeforeAnId()
    {
        var (seller, other) = (Fresh("seller-"), Fresh("seller-"));
        for (var i = 1; i <= 7; i++)
        {
            await Ledger.PostAsync(seller, PointEntryKind.TopUp, $"req-{i}", i * 100, null, $"#{i}", allowNegative: false);
            await Ledger.PostAsync(other, PointEntryKind.TopUp, $"req-{i}", 1, null, null, allowNegative: false);
        }

        var memos = new List<string?>();
        long? before = null;
        var pages = 0;
        while (true)
        {
            var page = await Ledger.EntriesAsync(seller, 3, before);
            if (page.IsEmpty)
            {
                break;
            }

            Assert.True(page.Length == 3 || pages == 2, "only the last page is short");
            Assert.Equal(page.Select(e => e.Id).OrderDescending(), page.Select(e => e.Id));
            memos.AddRange(page.Select(e => e.Memo));
            before = page[^1].Id;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(["#7", "#6", "#5", "#4", "#3", "#2", "#1"], memos);
        var newest = (await Ledger.EntriesAsync(seller, 1))[0];
        Assert.Equal((2_800L, 700L), (newest.BalanceAfter, newest.Amount));
        Assert.Empty(await Ledger.EntriesAsync(Fresh("seller-"), 10));
    }

    [Fact]
    public async Task OrderNumbersAreUniqueUnderConcurrencyAndCarryTheKoreanDate()
    {
        // 15:30 UTC on 1 December is 00:30 on 2 December in Korea.
        var at = new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero);
        var numbers = await AllAtOnceAsync(200, _ => Ledger.NextOrderNumberAsync(at));

        Assert.Equal(200, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches("^ON20261202[0-9]{6}$", n));
        Assert.Equal(Enumerable.Range(1, 200), numbers.Select(n => int.Parse(n[10..], CultureInfo.InvariantCulture)).Order());

        // A moment before the Korean midnight is the day before, with its own sequence.
        Assert.Equal("ON20261201000001", await Ledger.NextOrderNumberAsync(new DateTimeOffset(2026, 12, 1, 14, 59, 59, TimeSpan.Zero)));
        Assert.Equal("ON20261202000201", await Ledger.NextOrderNumberAsync(at.AddHours(20)));
    }

    [Fact]
    public async Task TheInvariantCheckSeesABalanceThatIsNotTheSumOfItsEntries()
    {
        var seller = Fresh("seller-");
        await Ledger.PostAsync(seller, PointEntryKind.TopUp, "req-1", 1_000, null, null, allowNegative: false);
        await SetBalanceAsync(seller, 1_001);
        try
        {
            Assert.Contains($"balance of {seller} is 1001, its entries sum to 1000", await database.InvariantViolationsAsync());
        }
        finally
        {
            await SetBalanceAsync(seller, 1_000);
        }
    }

    /// <summary>Starts <paramref name="count"/> calls together on the thread pool and waits for all of them.</summary>
    private static async Task<T[]> AllAtOnceAsync<T>(int count, Func<int, Task<T>> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await call(i);
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(calls);
    }

    private async Task SetBalanceAsync(string seller, long balance)
    {
        await using var command = database.DataSource.CreateCommand("UPDATE point_balance SET balance = @balance WHERE seller_id = @seller");
        command.Parameters.AddWithValue("balance", balance);
        command.Parameters.AddWithValue("seller", seller);
        await command.ExecuteNonQueryAsync();
    }
}
