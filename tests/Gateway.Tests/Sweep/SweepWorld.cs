using System.Net.Http.Json;
using Gateway.Tests.Seller;
using Infrastructure.Accounts;
using WebGateway.Contracts.Seller;

namespace Gateway.Tests.Sweep;

/// <summary>
/// Everything the sweep attacks: two tenants (<see cref="A"/> acts, <see cref="B"/> is the victim), the operator,
/// the credentials by name (real ones of each role and spoiled ones of seller A) and paging cursors of real lists.
/// </summary>
internal sealed class SweepWorld
{
    private SweepWorld(GatewayFixture fixture, SweepTenant a, SweepTenant b, TestUser operatorUser)
    {
        Fixture = fixture;
        A = a;
        B = b;
        Operator = operatorUser;
        SellerA = Credential.Of("seller A", a.Seller);
        SellerB = Credential.Of("seller B", b.Seller);
        SupplierA = Credential.Of("supplier A", a.Supplier);
        SupplierB = Credential.Of("supplier B", b.Supplier);
        OperatorToken = Credential.Of("operator", operatorUser);
        Spoiled = [.. new SweepTokens(fixture.SigningKey, a.Seller.LoginId, AccountRole.Seller, a.Seller.Token).All()
            .Select(t => new Credential($"{t.Key} token", Bearer: t.Value))];
    }

    public GatewayFixture Fixture { get; }

    public SweepTenant A { get; }

    public SweepTenant B { get; }

    public TestUser Operator { get; }

    public Credential SellerA { get; }

    public Credential SellerB { get; }

    public Credential SupplierA { get; }

    public Credential SupplierB { get; }

    public Credential OperatorToken { get; }

    /// <summary>Seller A's tokens spoiled every way (expired, forged, tampered...): 401 on every protected path.</summary>
    public IReadOnlyList<Credential> Spoiled { get; }

    /// <summary>A real cursor of seller A's order list (its second page).</summary>
    public string CursorA { get; private set; } = "";

    /// <summary>A real cursor of seller B's order list.</summary>
    public string CursorB { get; private set; } = "";

    /// <summary>The real token of each role by policy role name, for the wrong-role cases.</summary>
    public IReadOnlyDictionary<string, Credential> ByRole => new Dictionary<string, Credential>(StringComparer.Ordinal)
    {
        [AccountRole.Operator] = OperatorToken,
        [AccountRole.Seller] = SellerA,
        [AccountRole.Supplier] = SupplierA,
    };

    /// <summary>The shops whose SmartStore orders the snapshot compares.</summary>
    public IEnumerable<string> Shops => [A.ShopAccountId, B.ShopAccountId];

    public static async Task<SweepWorld> CreateAsync(GatewayFixture fixture)
    {
        var a = await SweepTenant.CreateAsync(fixture);
        var b = await SweepTenant.CreateAsync(fixture);
        var world = new SweepWorld(fixture, a, b, await SellerSession.SignedInAsync(fixture, AccountRole.Operator));
        world.CursorA = await CursorAsync(a.Seller);
        world.CursorB = await CursorAsync(b.Seller);
        return world;
    }

    private static async Task<string> CursorAsync(TestUser seller)
    {
        var page = await seller.Http.GetFromJsonAsync<OrderPageDto>("/api/seller/orders/page?pageSize=1", Json.Options);
        return page?.NextCursor ?? throw new InvalidOperationException($"{seller.LoginId} has no second page of orders");
    }
}
