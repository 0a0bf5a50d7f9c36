using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using Microsoft.Extensions.DependencyInjection;
using WebGateway.Auth;
using WebGateway.Contracts;

namespace Gateway.Tests.Seller;

/// <summary>
/// A logged-in seller of a test, registered in solution mode (through the API) for a fresh simulator account, with
/// helpers to set up products (through the catalog grain), SmartStore orders (on the simulator) and points (through
/// the wallet grain), and to call the seller API.
/// </summary>
public sealed class SellerSession : IDisposable
{
    private static int s_nextCode = Random.Shared.Next(1_000_000, 8_000_000);
    private static int s_nextRequest;

    private SellerSession(GatewayFixture fixture, TestUser user, string accountId)
    {
        Fixture = fixture;
        User = user;
        AccountId = accountId;
    }

    public GatewayFixture Fixture { get; }

    public TestUser User { get; }

    public string SellerId => User.LoginId;

    /// <summary>The simulator account (SmartStore shop) of this seller.</summary>
    public string AccountId { get; }

    public HttpClient Http => User.Http;

    /// <summary>
    /// A new seller account (<paramref name="sellerId"/>, or a fresh id); registered with its SmartStore account through
    /// the API unless told otherwise.
    /// </summary>
    public static async Task<SellerSession> CreateAsync(GatewayFixture fixture, bool register = true, string? sellerId = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var user = await SignedInAsync(fixture, AccountRole.Seller, sellerId);
        var accountId = await fixture.Simulator.CreateSellerAsync();
        var session = new SellerSession(fixture, user, accountId);
        if (register)
        {
            using var response = await session.PutAsync("/api/seller/smartstore-account", new { mode = "solution", accountId });
            await SellerAssert.OkAsync(response);
        }

        return session;
    }

    /// <summary>
    /// A seller with <paramref name="count"/> collected orders of a fresh product (option <c>opt-1</c>, one each unless
    /// told), applied for sale, so that each order is 발주 가능 for 13,500 points.
    /// </summary>
    public static async Task<(SellerSession Seller, Product Product, List<string> Ids)> WithOrdersAsync(
        GatewayFixture fixture, int count, int quantity = 1, int stock = 100)
    {
        var seller = await CreateAsync(fixture);
        var product = await seller.AddProductAsync(Product(NewProductCode(), stock: stock));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(count, product.Code, "색상: 빨강", quantity);
        var collected = await seller.CollectAsync();
        Assert.Equal(count, collected.Collected);
        return (seller, product, ids);
    }

    /// <summary>
    /// A new account of <paramref name="role"/> (the operator's own for <see cref="AccountRole.Operator"/>) with a token
    /// issued by the gateway's own token service: what logging in gives, without spending the login rate limit that
    /// the other gateway tests count on.
    /// </summary>
    public static async Task<TestUser> SignedInAsync(GatewayFixture fixture, string role, string? loginId = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var (login, password) = role == AccountRole.Operator
            ? (GatewayFixture.OperatorLoginId, GatewayFixture.OperatorPassword)
            : await fixture.CreateAccountAsync(role, loginId);
        var account = await fixture.Accounts.FindAsync(login) ?? throw new InvalidOperationException($"account {login} is missing");
        var (token, _) = fixture.Gateway.Services.GetRequiredService<TokenService>().Issue(account);
        return new TestUser(login, password, token, GatewayFixture.Authorized(fixture.Gateway, token));
    }

    public static string NewProductCode() => $"CH{Interlocked.Increment(ref s_nextCode):D7}";

    /// <summary>A product of supply price 10,000 and shipping 3,000 with option <c>opt-1</c> "색상: 빨강" (+500), unless given others.</summary>
    public static Product Product(string code, int stock = 100, ProductStatus status = ProductStatus.OnSale, params ProductOption[] options) =>
        new(code, "상품 " + code, "https://img.example.com/" + code + ".jpg", "supplier-1", 10_000, 3_000, 1, status,
            options.Length > 0 ? [.. options] : [new ProductOption("opt-1", "색상: 빨강", 500, stock, ProductStatus.OnSale)]);

    /// <summary>Upserts a product through the catalog grain; fails the test when refused.</summary>
    public async Task<Product> AddProductAsync(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var result = await Fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(product.Code)).UpsertAsync(product);
        Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return product;
    }

    /// <summary>판매 신청 through the API.</summary>
    public async Task ApplyForSaleAsync(params string[] codes)
    {
        using var response = await PostAsync("/api/seller/sale-applications", new { productCodes = codes });
        await SellerAssert.OkAsync(response);
    }

    /// <summary>Paid SmartStore orders on this seller's simulator shop (paid five minutes ago); their product order ids.</summary>
    public Task<List<string>> AddOrdersAsync(int count, string? code, string option = "", int quantity = 1) =>
        Fixture.Simulator.AddOrdersAsync(AccountId, count, code, option, quantity, DateTimeOffset.UtcNow.AddMinutes(-5));

    /// <summary>주문 가져오기 through the API; fails the test unless it answers 200 with a successful run.</summary>
    public async Task<CollectionFinishedDto> CollectAsync()
    {
        using var response = await PostAsync("/api/seller/collect", null);
        var run = await SellerAssert.OkAsync<CollectionFinishedDto>(response);
        Assert.True(run.Succeeded, $"collection failed: {run.ErrorCode} {run.ErrorMessage}");
        return run;
    }

    public IWalletGrain Wallet => Fixture.Grains.GetGrain<IWalletGrain>(SellerKey.For(SellerId));

    /// <summary>An operator top-up through the wallet grain; returns the balance after it.</summary>
    public async Task<long> TopUpAsync(long amount) =>
        (await Wallet.TopUpAsync($"test-{Interlocked.Increment(ref s_nextRequest)}-{Guid.NewGuid():N}", amount, "테스트 충전")).Balance;

    public Task<long> BalanceAsync() => Wallet.GetBalanceAsync();

    /// <summary>One order through the API; fails the test unless it answers 200.</summary>
    public async Task<OrderDto> OrderAsync(string productOrderId)
    {
        using var response = await GetAsync($"/api/seller/orders/{Uri.EscapeDataString(productOrderId)}");
        return await SellerAssert.OkAsync<OrderDto>(response);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> DeleteAsync(string path) => Http.DeleteAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(string path, object? body) =>
        body is null ? Http.PostAsync(new Uri(path, UriKind.Relative), null) : Http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => Http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);

    /// <summary>Sends <paramref name="json"/> as it is (malformed JSON, wrong types).</summary>
    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var response = await Http.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        return response;
    }

    public void Dispose() => User.Dispose();
}
