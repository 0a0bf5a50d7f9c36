using System.Collections.Concurrent;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Sellers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Silo.Demo;
using Tests.Shared;

namespace Grains.Tests.Demo;

[Collection(DemoCluster.Name)]
public sealed class DemoSeederTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The simulator's sample products (SmartStoreSimulator/Generator/SampleData.cs): code, SmartStore price and the
    // option texts its orders carry, which the demo catalog must match exactly.
    private static readonly (string Code, long Price, string[] Options)[] SimulatorProducts =
    [
        ("CH0000101", 32900, ["중과 (20~24과)", "대과 (16~18과)"]),
        ("CH0000102", 9900, ["블랙 / L", "화이트 / M", "네이비 / XL"]),
        ("CH0000103", 15800, ["실버", "블랙", "민트"]),
        ("CH0000104", 45000, ["일반형", "경추형"]),
        ("CH0000105", 12500, ["곰돌이", "토끼"]),
        ("CH0000106", 27000, ["카키", "베이지"]),
        ("CH0000107", 39000, ["화이트", "블랙"]),
        ("CH0000108", 24900, ["로얄과", "중소과"]),
    ];

    private readonly DemoFixture _fixture;

    public DemoSeederTests(DemoFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task SeedingTwiceCreatesTheDemoDataOnceAndTheSecondRunChangesNothing()
    {
        var seeder = Seeder(sellers: 2, unique: true);
        await _fixture.Simulator.CreateSellerAsync(seeder.AccountId(1));
        await _fixture.Simulator.CreateSellerAsync(seeder.AccountId(2));

        var first = await seeder.SeedAsync(CancellationToken.None);

        Assert.True(first.Complete, $"pending sellers: {string.Join(", ", first.PendingSellers)}");
        Assert.Equal(2, first.SellersRegistered);
        Assert.Equal(2 * DemoCatalog.AppliedCodes.Length, first.SaleApplications);
        Assert.Equal(2, first.AutoCollectTurnedOn);
        var products = await ProductsAsync();
        foreach (var (code, price, options) in SimulatorProducts)
        {
            var product = products[code];
            Assert.Equal(options, product.Options.Select(o => o.Name));
            Assert.All(product.Options, o => Assert.True(product.SupplyPrice + o.ExtraPrice < price, $"{code} {o.Name} is supplied below its SmartStore price"));
            Assert.True(Uri.IsWellFormedUriString(product.ImageUrl, UriKind.Absolute));
        }

        Assert.Contains(products.Values, p => p.Status == ProductStatus.SoldOut);
        Assert.Contains(products.Values, p => p.Options.Any(o => o.Status == ProductStatus.SoldOut));
        Assert.Contains(products.Values, p => p.MinQuantity > 1);

        var sellers = await SellersAsync(seeder, 2);
        for (var number = 1; number <= 2; number++)
        {
            var (account, applications, settings) = sellers[number - 1];
            Assert.Equal(SmartStoreMode.Solution, account!.Mode);
            Assert.Equal(seeder.AccountId(number), account.AccountId);
            Assert.Equal(string.Join(",", DemoCatalog.AppliedCodes), applications);
            Assert.DoesNotContain(DemoCatalog.NotAppliedCode, applications, StringComparison.Ordinal);
            Assert.True(settings.AutoCollect);
        }

        await Wait.UntilAsync(
            async () => (await _fixture.Grains.GetSeller(seeder.SellerId(2)).GetSyncHistoryAsync()).LastRunAutomatic,
            Patience, "the auto-collection reminder of a demo seller runs");

        var second = await seeder.SeedAsync(CancellationToken.None);

        Assert.True(second.Complete);
        Assert.False(second.Changed, $"the second run changed something: {second}");
        Assert.Equal(Describe(products), Describe(await ProductsAsync()));
        Assert.Equal(sellers, await SellersAsync(seeder, 2));
    }

    [Fact]
    public async Task TheSeedingServiceRetriesUntilTheSmartStoreAccountExists()
    {
        var seeder = Seeder(sellers: 1, unique: true);
        var logger = new RecordingLogger<DemoSeedingService>();
        using var service = new DemoSeedingService(seeder, logger);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await Wait.UntilAsync(() => Task.FromResult(logger.Has("not registered yet")), Patience,
                "the seeding service reports the seller pending while SmartStore has no such account");
            Assert.Null(await _fixture.Grains.GetSeller(seeder.SellerId(1)).GetSmartStoreAccountAsync());

            await _fixture.Simulator.CreateSellerAsync(seeder.AccountId(1));

            await Wait.UntilAsync(() => Task.FromResult(service.ExecuteTask is { IsCompleted: true }), Patience,
                "a later attempt registers the seller and the service stops retrying");
            Assert.True(logger.Has("Demo data in place"));
            var seller = _fixture.Grains.GetSeller(seeder.SellerId(1));
            Assert.Equal(seeder.AccountId(1), (await seller.GetSmartStoreAccountAsync())?.AccountId);
            Assert.True((await seller.GetSettingsAsync()).AutoCollect);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task GeneratedOrdersOfTheDemoSellersShowEveryCollectionCheck()
    {
        var seeder = Seeder(sellers: DemoFixture.GeneratorSellers, unique: false);
        Assert.True((await seeder.SeedAsync(CancellationToken.None)).Complete);

        await _fixture.Simulator.SetGeneratorRateAsync(300);
        try
        {
            // Orderable, 옵션 수정, 판매 신청 미 등록, 최소수량 and 품절/단종: five kinds of collected order.
            await Wait.UntilAsync(
                async () => await TestPostgres.ScalarAsync<int>(_fixture.ConnectionString, """
                    SELECT coalesce(bool_or(status = 'Waiting' AND orderable)::int
                        + bool_or('OptionMismatch' = ANY(error_codes))::int
                        + bool_or('SaleNotApplied' = ANY(error_codes))::int
                        + bool_or('MinQuantity' = ANY(error_codes))::int
                        + bool_or('SoldOutOrDiscontinued' = ANY(error_codes))::int, 0)
                    FROM order_read WHERE seller_id = ANY(@sellers)
                    """, ("sellers", new[] { seeder.SellerId(1), seeder.SellerId(2) })) == 5,
                TimeSpan.FromSeconds(120), "the demo sellers' collected orders include every validation outcome");
        }
        finally
        {
            await _fixture.Simulator.SetGeneratorRateAsync(0);
        }
    }

    private DemoSeeder Seeder(int sellers, bool unique)
    {
        // Tests other than the generator one use accounts of their own, so they never collect the generator's orders.
        var prefix = unique ? "t" + Guid.NewGuid().ToString("N")[..10] : "demo";
        var options = new DemoOptions
        {
            Enabled = true,
            Sellers = sellers,
            SellerIdPrefix = prefix,
            SmartStoreAccountPrefix = unique ? prefix + "-account-" : "gen-seller-",
        };
        return new DemoSeeder(_fixture.Grains, Options.Create(options), NullLogger<DemoSeeder>.Instance);
    }

    private async Task<Dictionary<string, Product>> ProductsAsync()
    {
        var products = new Dictionary<string, Product>(StringComparer.Ordinal);
        foreach (var (code, _, _) in SimulatorProducts)
        {
            products[code] = await _fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync()
                ?? throw new Xunit.Sdk.XunitException($"demo product {code} is not in the catalog");
        }

        return products;
    }

    private async Task<List<(SmartStoreAccount? Account, string Applications, SellerSettings Settings)>> SellersAsync(DemoSeeder seeder, int count)
    {
        var sellers = new List<(SmartStoreAccount?, string, SellerSettings)>();
        for (var number = 1; number <= count; number++)
        {
            var grain = _fixture.Grains.GetSeller(seeder.SellerId(number));
            sellers.Add((await grain.GetSmartStoreAccountAsync(), string.Join(",", await grain.GetSaleApplicationsAsync()), await grain.GetSettingsAsync()));
        }

        return sellers;
    }

    // Products hold ImmutableArrays, which compare by reference; compare their printed contents instead.
    private static string Describe(Dictionary<string, Product> products) =>
        string.Join("\n", products.Values.Select(p => $"{p with { Options = [] }} [{string.Join("; ", p.Options)}]"));

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public bool Has(string text) => _messages.Any(m => m.Contains(text, StringComparison.Ordinal));

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _messages.Enqueue(formatter(state, exception));
    }
}
