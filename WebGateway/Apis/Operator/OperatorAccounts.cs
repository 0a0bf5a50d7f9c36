using System.Security.Claims;
using Infrastructure.Accounts;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts.Operator;
using WebGateway.Http;

namespace WebGateway.Apis.Operator;

/// <summary>The operator's account endpoints: creating sellers and suppliers, listing them, disabling accounts.</summary>
internal static class OperatorAccounts
{
    public const int MaxNameLength = 100;

    public static async Task<IResult> CreateSellerAsync(
        CreateSellerRequest? request, IAccountStore accounts, PasswordHashing passwords, CancellationToken cancellationToken)
    {
        var (account, problem) = await CreateAsync(
            AccountRole.Seller, "sellerId", request?.SellerId, request?.Password, request?.Name, request is null, accounts, passwords, cancellationToken);
        return problem ?? TypedResults.Created($"/api/operator/sellers/{account!.LoginId}", new CreatedSellerDto(account.LoginId, account.Name));
    }

    public static async Task<IResult> CreateSupplierAsync(
        CreateSupplierRequest? request, IAccountStore accounts, PasswordHashing passwords, CancellationToken cancellationToken)
    {
        var (account, problem) = await CreateAsync(
            AccountRole.Supplier, "supplierId", request?.SupplierId, request?.Password, request?.Name, request is null, accounts, passwords, cancellationToken);
        return problem ?? TypedResults.Created($"/api/operator/suppliers/{account!.LoginId}", SupplierAccountDto.From(account));
    }

    public static async Task<IResult> ListSellersAsync(
        string? after, string? limit, IAccountStore accounts, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        if (PageProblem(after, limit, out var size) is { } problem)
        {
            return problem;
        }

        var page = await accounts.ListAsync(AccountRole.Seller, after, size, cancellationToken);
        var sellers = await SellerOverviews.LoadAsync(grains, page, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new SellerListDto(sellers, page.Count == size ? page[^1].LoginId : null));
    }

    public static async Task<IResult> GetSellerAsync(
        string sellerId, IAccountStore accounts, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        var account = await FindAsync(accounts, sellerId, AccountRole.Seller, cancellationToken);
        return account is null
            ? Problems.NotFound("판매자를 찾을 수 없어요", "UnknownSeller")
            : TypedResults.Ok(await SellerOverviews.LoadAsync(grains, account, time.GetUtcNow()));
    }

    public static async Task<IResult> ListSuppliersAsync(string? after, string? limit, IAccountStore accounts, CancellationToken cancellationToken)
    {
        if (PageProblem(after, limit, out var size) is { } problem)
        {
            return problem;
        }

        var page = await accounts.ListAsync(AccountRole.Supplier, after, size, cancellationToken);
        return TypedResults.Ok(new SupplierListDto([.. page.Select(SupplierAccountDto.From)], page.Count == size ? page[^1].LoginId : null));
    }

    public static async Task<IResult> GetSupplierAsync(string supplierId, IAccountStore accounts, CancellationToken cancellationToken)
    {
        var account = await FindAsync(accounts, supplierId, AccountRole.Supplier, cancellationToken);
        return account is null
            ? Problems.NotFound("공급사를 찾을 수 없어요", "UnknownSupplier")
            : TypedResults.Ok(SupplierAccountDto.From(account));
    }

    public static async Task<IResult> PatchAsync(
        string loginId, AccountPatchRequest? request, ClaimsPrincipal user, IAccountStore accounts, AccountGate gate,
        CancellationToken cancellationToken)
    {
        if (request?.Disabled is not { } disabled)
        {
            return Problems.Invalid("disabled", "disabled 값을 true 또는 false로 보내 주세요");
        }

        if (!AccountIds.IsValid(loginId))
        {
            return Problems.NotFound("계정을 찾을 수 없어요", "UnknownAccount");
        }

        if (disabled && string.Equals(loginId, user.LoginId(), StringComparison.Ordinal))
        {
            return Problems.Conflict("지금 로그인한 운영자 계정은 사용 중지할 수 없어요", "CannotDisableSelf");
        }

        var account = await accounts.SetDisabledAsync(loginId, disabled, cancellationToken);
        gate.Forget(loginId);
        return account is null
            ? Problems.NotFound("계정을 찾을 수 없어요", "UnknownAccount")
            : TypedResults.Ok(AccountDto.From(account));
    }

    /// <summary>The account of <paramref name="loginId"/> when it has <paramref name="role"/>; null otherwise (also for a malformed id).</summary>
    public static async Task<Account?> FindAsync(IAccountStore accounts, string? loginId, string role, CancellationToken cancellationToken) =>
        AccountIds.IsValid(loginId) && await accounts.FindAsync(loginId!, cancellationToken) is { } account && account.Role == role
            ? account
            : null;

    private static async Task<(Account? Account, IResult? Problem)> CreateAsync(
        string role, string idField, string? loginId, string? password, string? name, bool noBody,
        IAccountStore accounts, PasswordHashing passwords, CancellationToken cancellationToken)
    {
        if (noBody)
        {
            return (null, Problems.Invalid("body", "계정 정보를 보내 주세요"));
        }

        var errors = new FieldErrors();
        if (!AccountIds.IsValid(loginId))
        {
            errors.Add(idField, "아이디는 영문 소문자, 숫자, '_', '-'로 3~32자여야 해요");
        }

        if (PasswordHashing.Problem(password) is { } passwordProblem)
        {
            errors.Add("password", passwordProblem);
        }

        var trimmed = TextInput.Read(errors, "name", name, "이름", MaxNameLength);
        if (errors.Any)
        {
            return (null, errors.ToProblem());
        }

        var account = passwords.NewAccount(loginId!, role, trimmed!, password!, DateTimeOffset.UtcNow);
        if (!await accounts.CreateAsync(account, cancellationToken))
        {
            return (null, Problems.Conflict("이미 쓰이고 있는 아이디예요", "LoginIdTaken"));
        }

        // The stored row has the database's creation time.
        return (await accounts.FindAsync(account.LoginId, cancellationToken) ?? account, null);
    }

    private static IResult? PageProblem(string? after, string? limit, out int size)
    {
        var errors = new FieldErrors();
        size = PageSize.Read(limit, "limit", errors);
        if (after is not null && !AccountIds.IsValid(after))
        {
            errors.Add("after", "after는 목록에서 받은 아이디여야 해요");
        }

        return errors.Any ? errors.ToProblem() : null;
    }
}
