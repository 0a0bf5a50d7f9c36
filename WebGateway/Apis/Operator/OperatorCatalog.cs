using Grains.Interfaces.Catalog;
using Infrastructure.Accounts;
using WebGateway.Apis.Shared;
using WebGateway.Contracts.Operator;
using WebGateway.Http;

namespace WebGateway.Apis.Operator;

/// <summary>The operator's catalog endpoints: upserting and reading a product, and the catalog list.</summary>
internal static class OperatorCatalog
{
    public const int MaxQueryLength = 100;

    public static async Task<IResult> UpsertAsync(
        string code, ProductDto? body, IGrainFactory grains, IAccountStore accounts, CancellationToken cancellationToken)
    {
        if (!ProductCode.IsValid(code))
        {
            return CodeProblem();
        }

        var (product, errors) = ProductInput.Read(code, body);
        if (product is null)
        {
            return errors.ToProblem();
        }

        if (await OperatorAccounts.FindAsync(accounts, product.SupplierId, AccountRole.Supplier, cancellationToken) is null)
        {
            return Problems.Unprocessable($"등록된 공급사가 아니에요: '{product.SupplierId}'", "UnknownSupplier");
        }

        var result = await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(product);
        return result is { Accepted: true, Product: { } stored }
            ? TypedResults.Ok(ProductDto.From(stored))
            : ProductInput.Errors(result.Errors).ToProblem();
    }

    public static async Task<IResult> GetAsync(string code, IGrainFactory grains)
    {
        if (!ProductCode.IsValid(code))
        {
            return CodeProblem();
        }

        return await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync() is { } product
            ? TypedResults.Ok(ProductDto.From(product))
            : OrderCommandProblems.ProductNotFound(code);
    }

    public static async Task<IResult> ListAsync(
        string? after, string? limit, string? q, ICatalogReadModel catalog, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var size = PageSize.Read(limit, "limit", errors);
        if (after is not null && !ProductCode.IsValid(after))
        {
            errors.Add("after", "after는 목록에서 받은 상품 코드여야 해요");
        }

        var query = TextInput.Read(errors, "q", q, "검색어", MaxQueryLength, required: false);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var page = await catalog.ListAsync(after, size, query, cancellationToken);
        return TypedResults.Ok(new CatalogListDto([.. page.Select(CatalogEntryDto.From)], page.Length == size ? page[^1].Code : null));
    }

    private static IResult CodeProblem() => Problems.Invalid("code", ProductCodeInput.Problem);
}
