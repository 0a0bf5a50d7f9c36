using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gateway.Tests.Supplier;
using Grains.Interfaces.Catalog;
using Infrastructure.Accounts;
using Tests.Shared;
using WebGateway.Contracts.Operator;

namespace Gateway.Tests.Operator;

[Collection(GatewayCollection.Name)]
public sealed class OperatorCatalogTests(GatewayFixture fixture)
{
    private static object Body(string supplierId, string status = "OnSale", object[]? options = null) => new
    {
        name = "무선 이어폰",
        imageUrl = "https://img.example.com/earphone.jpg",
        supplierId,
        supplyPrice = 12_000,
        shippingFee = 3_000,
        minQuantity = 1,
        status,
        options = options ?? [new { optionId = "black", name = "색상: 블랙", extraPrice = 0, stock = 10, status = "OnSale" },
                              new { optionId = "white", name = "색상: 화이트", extraPrice = 500, stock = 5, status = "SoldOut" }],
    };

    [Fact]
    public async Task AnUpsertedProductIsStoredReadBackAndListed()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var code = PlacedOrderScenario.NewProductCode();

        using var put = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId));
        var stored = await put.Content.ReadFromJsonAsync<ProductDto>(Json.Options);
        var read = await op.Http.GetFromJsonAsync<ProductDto>($"/api/operator/products/{code}", Json.Options);
        var list = await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={code}", Json.Options);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(code, stored!.Code);
        Assert.Equal(2, stored.Options!.Count);
        Assert.Equal(new ProductOptionDto("white", "색상: 화이트", 500, 5, ProductStatus.SoldOut), stored.Options[1]);
        Assert.Equal(stored with { Options = null }, read! with { Options = null });
        var entry = Assert.Single(list!.Products);
        Assert.Equal((code, "무선 이어폰", supplierId, ProductStatus.OnSale, 2, 15L), (entry.Code, entry.Name, entry.SupplierId, entry.Status, entry.OptionCount, entry.TotalStock));
        Assert.Equal(ProductStatus.OnSale, (await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync())!.Status);
    }

    [Fact]
    public async Task TheCatalogListShowsAStatusChangeAndPagesInCodeOrder()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var code = PlacedOrderScenario.NewProductCode();
        using var first = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId));
        var before = Assert.Single((await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={code}", Json.Options))!.Products);

        using var second = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId, "Discontinued", []));
        var after = Assert.Single((await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={code}", Json.Options))!.Products);
        var page = await op.Http.GetFromJsonAsync<CatalogListDto>("/api/operator/products?limit=1", Json.Options);
        var next = await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?limit=1&after={page!.NextAfter}", Json.Options);
        var byName = await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={Uri.EscapeDataString("무선 이어")}&limit=500", Json.Options);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(ProductStatus.OnSale, before.Status);
        Assert.Equal((ProductStatus.Discontinued, 0, 0L), (after.Status, after.OptionCount, after.TotalStock));
        Assert.True(after.UpdatedAt >= before.UpdatedAt);
        Assert.True(string.CompareOrdinal(Assert.Single(page.Products).Code, Assert.Single(next!.Products).Code) < 0);
        Assert.Contains(byName!.Products, p => p.Code == code);
    }

    [Fact]
    public async Task TheListFollowsStockTakenByAPlacedOrder()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var code = PlacedOrderScenario.NewProductCode();
        using var put = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId));

        var taken = await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).TakeStockAsync("take-" + code, "black", 3);

        Assert.True(taken);
        var entry = Assert.Single((await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={code}", Json.Options))!.Products);
        Assert.Equal(12L, entry.TotalStock);
    }

    [Fact]
    public async Task AListWriteThatFailedAfterThePersistIsRepeatedByTheProductsNextCall()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var code = PlacedOrderScenario.NewProductCode();
        var fault = "fault_" + Guid.NewGuid().ToString("N")[..12];
        await TestPostgres.ScalarAsync<int>(fixture.ConnectionString, $"""
            CREATE FUNCTION {fault}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'catalog list down'; END $$;
            CREATE TRIGGER {fault} BEFORE INSERT OR UPDATE ON catalog_read FOR EACH ROW WHEN (NEW.code = '{code}') EXECUTE FUNCTION {fault}();
            """);

        using var put = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId));
        var whileDown = await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={code}", Json.Options);
        await TestPostgres.ScalarAsync<int>(fixture.ConnectionString, $"DROP TRIGGER {fault} ON catalog_read; DROP FUNCTION {fault}();");
        var taken = await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).TakeStockAsync("take-" + code, "no-such-option", 1);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Empty(whileDown!.Products);
        Assert.False(taken);
        var entry = Assert.Single((await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={code}", Json.Options))!.Products);
        Assert.Equal((code, 15L), (entry.Code, entry.TotalStock));
    }

    [Fact]
    public async Task AnUnknownSupplierIs422AndNothingIsStored()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (sellerId, _) = await fixture.CreateAccountAsync(AccountRole.Seller);
        var code = PlacedOrderScenario.NewProductCode();

        using var unknown = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body("no-such-supplier"));
        using var aSeller = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(sellerId));
        using var get = await op.Http.GetAsync(new Uri($"/api/operator/products/{code}", UriKind.Relative));

        var problem = await Problem.AssertAsync(unknown, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("UnknownSupplier", problem.Extensions["code"]?.ToString());
        await Problem.AssertAsync(aSeller, HttpStatusCode.UnprocessableEntity);
        await Problem.AssertAsync(get, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("name", "")]
    [InlineData("name", "201")]
    [InlineData("imageUrl", "ftp://img.example.com/a.jpg")]
    [InlineData("imageUrl", "javascript:alert(1)")]
    [InlineData("supplyPrice", 0)]
    [InlineData("supplyPrice", 100_000_001)]
    [InlineData("shippingFee", -1)]
    [InlineData("minQuantity", 0)]
    [InlineData("minQuantity", 10_001)]
    [InlineData("status", null)]
    [InlineData("options", null)]
    public async Task BadProductFieldsAre400NamingTheField(string field, object? value)
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var code = PlacedOrderScenario.NewProductCode();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Body(supplierId), Json.Options)!.AsObject();
        body[field] = value is "201" ? new string('가', 201) : System.Text.Json.JsonSerializer.SerializeToNode(value);

        using var response = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", body);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync());
    }

    [Fact]
    public async Task BadOptionsAre400NamingTheOption()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var code = PlacedOrderScenario.NewProductCode();
        var duplicate = new { optionId = "a", name = "하나", extraPrice = 0, stock = 1, status = "OnSale" };
        var tooMany = Enumerable.Range(0, 201).Select(i => (object)new { optionId = $"o{i}", name = $"옵션 {i}", extraPrice = 0, stock = 1, status = "OnSale" }).ToArray();

        using var duplicated = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId, options: [duplicate, duplicate with { name = "둘" }]));
        using var stock = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId, options: [duplicate with { stock = 1_000_001 }]));
        using var many = await op.Http.PutAsJsonAsync($"/api/operator/products/{code}", Body(supplierId, options: tooMany));
        using var nullOption = await op.Http.PutAsync(new Uri($"/api/operator/products/{code}", UriKind.Relative), new StringContent(
            $"{{\"name\":\"n\",\"imageUrl\":\"https://a.example/x.jpg\",\"supplierId\":\"{supplierId}\",\"supplyPrice\":1000,\"shippingFee\":0,\"minQuantity\":1,\"status\":\"OnSale\",\"options\":[null]}}",
            Encoding.UTF8, "application/json"));

        await Problem.AssertAsync(duplicated, HttpStatusCode.BadRequest);
        Assert.Contains("options[1].optionId", await duplicated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Problem.AssertAsync(stock, HttpStatusCode.BadRequest);
        Assert.Contains("options[0].stock", await stock.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Problem.AssertAsync(many, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(nullOption, HttpStatusCode.BadRequest);
        Assert.Null(await fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync());
    }

    [Theory]
    [InlineData("PUT", "CH123")]
    [InlineData("PUT", "ch0000001")]
    [InlineData("GET", "CH000000１")]
    [InlineData("GET", "' OR 1=1 --")]
    public async Task MalformedProductCodesAre400(string method, string code)
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        var path = new Uri($"/api/operator/products/{Uri.EscapeDataString(code)}", UriKind.Relative);

        using var response = method == "PUT" ? await op.Http.PutAsJsonAsync(path, Body(supplierId)) : await op.Http.GetAsync(path);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/operator/products?limit=0")]
    [InlineData("/api/operator/products?limit=501")]
    [InlineData("/api/operator/products?after=nope")]
    [InlineData("/api/operator/products?q=%00")]
    public async Task BadCatalogQueriesAre400(string path)
    {
        using var op = await TestTokens.OperatorAsync(fixture);

        using var response = await op.Http.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SearchTextIsMatchedLiterally()
    {
        using var op = await TestTokens.OperatorAsync(fixture);
        var (supplierId, _) = await fixture.CreateAccountAsync(AccountRole.Supplier);
        using var put = await op.Http.PutAsJsonAsync($"/api/operator/products/{PlacedOrderScenario.NewProductCode()}", Body(supplierId));

        var wildcard = await op.Http.GetFromJsonAsync<CatalogListDto>("/api/operator/products?q=%25", Json.Options);
        var injection = await op.Http.GetFromJsonAsync<CatalogListDto>($"/api/operator/products?q={Uri.EscapeDataString("' OR '1'='1")}", Json.Options);

        Assert.Empty(wildcard!.Products);
        Assert.Empty(injection!.Products);
    }
}
