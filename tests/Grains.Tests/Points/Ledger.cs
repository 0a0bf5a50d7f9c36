using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Grains.Tests.Collection;
using Tests.Shared;

namespace Grains.Tests.Points;

/// <summary>Points helpers for tests: top-ups, and the ledger invariant checked in PostgreSQL itself.</summary>
internal static class Ledger
{
    public static IWalletGrain Wallet(TestSeller seller) => seller.Fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(seller.SellerId));

    public static async Task TopUpAsync(TestSeller seller, long amount)
    {
        var posting = await Wallet(seller).TopUpAsync("topup-" + Guid.NewGuid().ToString("N"), amount, "테스트 충전");
        Assert.Equal(PostingOutcome.Posted, posting.Outcome);
    }

    /// <summary>Asserts balance = sum of the ledger, balance never negative, and returns the balance.</summary>
    public static async Task<long> AssertConsistentAsync(TestSeller seller)
    {
        var connection = seller.Fixture.ConnectionString;
        var sum = await TestPostgres.ScalarAsync<long>(connection, "SELECT coalesce(sum(amount), 0)::bigint FROM point_ledger WHERE seller_id = @s", ("s", seller.SellerId));
        var balance = await TestPostgres.ScalarAsync<long>(connection, "SELECT coalesce((SELECT balance FROM point_balance WHERE seller_id = @s), 0)::bigint", ("s", seller.SellerId));
        var negative = await TestPostgres.ScalarAsync<long>(connection, "SELECT count(*)::bigint FROM point_ledger WHERE seller_id = @s AND balance_after < 0", ("s", seller.SellerId));
        Assert.Equal(sum, balance);
        Assert.Equal(0, negative);
        Assert.Equal(balance, await Wallet(seller).GetBalanceAsync());
        return balance;
    }

    public static Task<long> ChargesAsync(TestSeller seller, string productOrderId) =>
        TestPostgres.ScalarAsync<long>(seller.Fixture.ConnectionString,
            "SELECT count(*)::bigint FROM point_ledger WHERE seller_id = @s AND kind = 'Charge' AND product_order_id = @id",
            ("s", seller.SellerId), ("id", productOrderId));

    public static Task<long> RefundsAsync(TestSeller seller, string productOrderId) =>
        TestPostgres.ScalarAsync<long>(seller.Fixture.ConnectionString,
            "SELECT count(*)::bigint FROM point_ledger WHERE seller_id = @s AND kind = 'Refund' AND product_order_id = @id",
            ("s", seller.SellerId), ("id", productOrderId));
}
