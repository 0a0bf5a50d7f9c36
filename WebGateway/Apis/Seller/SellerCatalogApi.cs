using System.Security.Claims;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Sellers;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts.Seller;
using WebGateway.Http;

namespace WebGateway.Apis.Seller;

/// <summary>판매 신청 (sale applications) and the catalog products a seller may look at.</summary>
internal static class SellerCatalogApi
{
    /// <summary>The most product codes one 판매 신청 may name.</summary>
    public const int MaxCodesPerApplication = 500;

    public static RouteGroupBuilder MapSellerCatalogApi(this RouteGroupBuilder seller)
    {
        seller.MapPost("/sale-applications/apply-all", ApplyAllAsync).Produces<SaleApplicationResultDto>()
            .WithSummary("전체 판매신청: applies for every product that blocks an order with 판매 신청 미 등록 오류");
        seller.MapPost("/sale-applications", ApplyAsync).Produces<SaleApplicationResultDto>()
            .WithSummary($"판매 신청 for chosen products (at most {MaxCodesPerApplication}); codes not in the catalog come back as rejected");
        seller.MapGet("/sale-applications", ListAsync).Produces<IReadOnlyList<string>>().WithSummary("The product codes applied for");
        seller.MapGet("/products/{code}", GetProductAsync).Produces<SellerProductDto>()
            .WithSummary("A catalog product with its options and prices, for 옵션 수정 and 개별 주문");
        return seller;
    }

    private static async Task<SaleApplicationResultDto> ApplyAllAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        SaleApplicationResultDto.From(await grains.GetSeller(user.SellerId()).ApplyForSaleAllAsync());

    private static async Task<IResult> ApplyAsync(SaleApplicationRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        var codes = request?.ProductCodes;
        if (codes is null || codes.Count == 0)
        {
            errors.Add("productCodes", "판매 신청할 상품 코드를 하나 이상 보내 주세요.");
        }
        else if (codes.Count > MaxCodesPerApplication)
        {
            errors.Add("productCodes", $"한 번에 {MaxCodesPerApplication}개까지 판매 신청할 수 있어요.");
        }
        else
        {
            for (var i = 0; i < codes.Count; i++)
            {
                ProductCodeInput.Check(codes[i], $"productCodes[{i}]", errors);
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var result = await grains.GetSeller(user.SellerId()).ApplyForSaleAsync([.. codes!.Select(code => code!)]);
        return TypedResults.Ok(SaleApplicationResultDto.From(result));
    }

    private static async Task<IReadOnlyList<string>> ListAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        [.. await grains.GetSeller(user.SellerId()).GetSaleApplicationsAsync()];

    private static async Task<IResult> GetProductAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!ProductCode.IsValid(code))
        {
            return Problems.Invalid("code", ProductCodeInput.Problem);
        }

        var product = grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync();
        var applications = grains.GetSeller(user.SellerId()).GetSaleApplicationsAsync();
        return await product is { } found
            ? TypedResults.Ok(SellerProductDto.From(found, (await applications).Contains(code, StringComparer.Ordinal)))
            : OrderCommandProblems.ProductNotFound(code);
    }
}
