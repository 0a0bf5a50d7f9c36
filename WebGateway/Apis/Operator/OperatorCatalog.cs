using Grains.Interfaces.Catalog;
using Infrastructure.Accounts;
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
            return Problems.Invalid(errors);
        }

        if (await OperatorAccounts.FindAsync(accounts, product.SupplierId, AccountRole.Supplier, cancellationToken) is null)
        {
            return Problems.Unprocessable($"등록된 공급사가 아니에요: '{product.SupplierId}'", "UnknownSupplier");
        }

        var result = await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).UpsertAsync(product);
        return result is { Accepted: true, Product: { } stored }
            ? TypedResults.Ok(ProductDto.From(stored))
            : Problems.Invalid(ProductInput.Errors(result.Errors), "상품 정보를 확인해 주세요");
    }

    public static async Task<IResult> GetAsync(string code, IGrainFactory grains)
    {
        if (!ProductCode.IsValid(code))
        {
            return CodeProblem();
        }

        return await grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code)).GetAsync() is { } product
            ? TypedResults.Ok(ProductDto.From(product))
            : Problems.NotFound("상품을 찾을 수 없어요", "UnknownProduct");
    }

    public static async Task<IResult> ListAsync(
        string? after, int? limit, string? q, ICatalogReadModel catalog, CancellationToken cancellationToken)
    {
        var (size, limitProblem) = PageLimit.Read(limit);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (limitProblem is not null)
        {
            errors["limit"] = [limitProblem];
        }

        if (after is not null && !ProductCode.IsValid(after))
        {
            errors["after"] = ["after는 목록에서 받은 상품 코드여야 해요"];
        }

        var query = q?.Trim();
        if (query is { Length: > MaxQueryLength } || TextInput.HasControlCharacters(query))
        {
            errors["q"] = [$"검색어는 {MaxQueryLength}자 이하로, 제어 문자 없이 입력해 주세요"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var page = await catalog.ListAsync(after, size, string.IsNullOrEmpty(query) ? null : query, cancellationToken);
        return TypedResults.Ok(new CatalogListDto([.. page.Select(CatalogEntryDto.From)], page.Length == size ? page[^1].Code : null));
    }

    private static IResult CodeProblem() => Problems.Invalid("code", "상품 코드는 CH와 숫자 7자리예요 (예: CH0000123)");
}
