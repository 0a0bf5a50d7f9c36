namespace Bench;

/// <summary>Options of the <c>place</c> benchmark.</summary>
/// <param name="Sellers">Sellers placing at once.</param>
/// <param name="OrdersPerSeller">Collected orders each seller places (발주하기 of all of them, in requests of at most the gateway's cap).</param>
/// <param name="Pg">Connection string of a PostgreSQL superuser, or null for <see cref="BenchPostgres"/>'s default.</param>
/// <param name="Smoke">A tiny run that only checks the benchmark works (<c>--smoke</c>).</param>
internal sealed record PlaceSettings(int Sellers, int OrdersPerSeller, string? Pg, bool Smoke)
{
    public const string Usage = "[--sellers 100] [--orders-per-seller 100] [--pg CONNECTION_STRING] [--smoke]";

    /// <summary>The most orders one 발주하기 request may name: the gateway's cap (<c>SellerOrdersApi.MaxOrdersPerPlace</c>).</summary>
    public const int MaxOrdersPerRequest = 200;

    /// <summary>Orders of the warm-up seller, placed first and untimed.</summary>
    public const int WarmupOrders = 10;

    /// <summary>How long the placing, then the outboxes' 발주확인 of every order, may each take (a busy 2-core machine needs minutes).</summary>
    public static readonly TimeSpan ConfirmTimeout = TimeSpan.FromMinutes(10);

    public static readonly string[] OptionNames = ["sellers", "orders-per-seller", "pg"];

    public int Orders => Sellers * OrdersPerSeller;

    public static PlaceSettings From(BenchArguments arguments)
    {
        var smoke = arguments.Flag("smoke");
        return new PlaceSettings(
            arguments.Number("sellers", smoke ? 5 : 100, 1),
            arguments.Number("orders-per-seller", smoke ? 10 : 100, 1),
            arguments.Text("pg"),
            smoke);
    }
}
