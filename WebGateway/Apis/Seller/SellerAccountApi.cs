using System.Security.Claims;
using Grains.Interfaces.Sellers;
using WebGateway.Apis.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;
using WebGateway.Contracts.Seller;
using WebGateway.Http;

namespace WebGateway.Apis.Seller;

/// <summary>The seller's SmartStore account, automation settings and policy, 주문 가져오기 and the sync status.</summary>
internal static class SellerAccountApi
{
    /// <summary>The longest account id, client id or secret (the seller grain's own bound).</summary>
    public const int MaxCredentialLength = 200;

    /// <summary>The longest cancellation buffer of the auto-order policy (one day, the grain's bound).</summary>
    public const int MaxBufferMinutes = 1_440;

    /// <summary>How many products a policy may exclude (the grain's bound).</summary>
    public const int MaxExcludedProducts = 500;

    /// <summary>The largest cost cap: the wallet's largest posting (₩10,000,000,000).</summary>
    public const long MaxCostPerOrder = 10_000_000_000;

    // The failures of a run that are not SmartStore refusing the seller: retrying later helps (rate limits, quotas,
    // timeouts, transport) or the fault is ours (a persist failure, a secret this silo cannot read).
    private static readonly string[] PassingFailurePrefixes =
        ["GW.RATE_LIMIT", "GW.QUOTA_LIMIT", "GW.TIMEOUT", "GW.PROXY", "GW.INTERNAL_SERVER_ERROR", "GW.BLOCK",
         "CLIENT.TRANSPORT", "CLIENT.TIMEOUT", "CLIENT.MALFORMED_RESPONSE", "CLIENT.OUTCOME_UNKNOWN", "CLIENT.PAGING_STUCK",
         "PersistFailed", "RunFailed", "SecretUnreadable"];

    public static RouteGroupBuilder MapSellerAccountApi(this RouteGroupBuilder seller)
    {
        seller.MapPut("/smartstore-account", RegisterSmartStoreAsync).Produces<SmartStoreAccountDto>()
            .WithSummary("스마트스토어 계정 등록: verified by issuing a token, then saved (422 with SmartStore's error when refused)");
        seller.MapGet("/smartstore-account", GetSmartStoreAccountAsync).Produces<SmartStoreAccountDto>()
            .WithSummary("The registered SmartStore account (never the secret); 404 when none");
        seller.MapGet("/settings", GetSettingsAsync).Produces<SettingsDto>().WithSummary("자동 주문 수집/발주 설정");
        seller.MapPut("/settings", UpdateSettingsAsync).Produces<SettingsDto>()
            .WithSummary("Saves both switches; autoOrder needs autoCollect (422)");
        seller.MapPost("/collect", CollectAsync).Produces<CollectionFinishedDto>()
            .WithSummary("주문 가져오기: collects now; 422 when SmartStore refused (no account, bad credentials)");
        seller.MapGet("/sync", GetSyncAsync).Produces<SyncStatusDto>().WithSummary("Sync health: last runs, lag, last error, owed and quarantined orders");
        seller.MapGet("/auto-order-policy", GetAutoOrderPolicyAsync).Produces<AutoOrderPolicyDto>().WithSummary("자동 발주 policy");
        seller.MapPut("/auto-order-policy", UpdateAutoOrderPolicyAsync).Produces<AutoOrderPolicyDto>()
            .WithSummary("Saves the 자동 발주 policy (cancellation buffer, cost cap, excluded products)");
        return seller;
    }

    private static async Task<IResult> RegisterSmartStoreAsync(SmartStoreAccountRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        var registration = ReadRegistration(request, errors);
        if (registration is null)
        {
            return errors.ToProblem();
        }

        var result = await grains.GetSeller(user.SellerId()).RegisterSmartStoreAsync(registration);
        if (result.Accepted && result.Account is { } account)
        {
            return TypedResults.Ok(SmartStoreAccountDto.From(account));
        }

        var message = result.ErrorMessage ?? "스마트스토어 계정을 등록하지 못했어요.";
        if (result.ErrorCode == "InvalidInput")
        {
            return Problems.Invalid(registration.Mode == SmartStoreMode.Own ? "clientId" : "accountId", message);
        }

        return Problems.Unprocessable(message, result.ErrorCode ?? "SmartStoreRefused", TraceExtension(result.TraceId));
    }

    private static SmartStoreRegistration? ReadRegistration(SmartStoreAccountRequest? request, FieldErrors errors)
    {
        if (request is null)
        {
            errors.Add("mode", "등록 방식(mode)을 solution 또는 own 으로 보내 주세요.");
            return null;
        }

        SmartStoreMode? mode = request.Mode?.Trim().ToUpperInvariant() switch
        {
            "SOLUTION" => SmartStoreMode.Solution,
            "OWN" => SmartStoreMode.Own,
            _ => null,
        };
        if (mode is null)
        {
            errors.Add("mode", "등록 방식(mode)은 solution 또는 own 이어야 해요.");
            return null;
        }

        string? accountId = null, clientId = null;
        if (mode == SmartStoreMode.Solution)
        {
            accountId = TextInput.Read(errors, "accountId", request.AccountId, "스마트스토어 계정 아이디", MaxCredentialLength);
            NotInMode(request.ClientId, "clientId", errors);
            NotInMode(request.ClientSecret, "clientSecret", errors);
        }
        else
        {
            clientId = TextInput.Read(errors, "clientId", request.ClientId, "애플리케이션 ID", MaxCredentialLength);
            TextInput.Read(errors, "clientSecret", request.ClientSecret, "애플리케이션 시크릿", MaxCredentialLength);
            if (!string.IsNullOrEmpty(request.AccountId))
            {
                errors.Add("accountId", "own 방식에는 accountId를 보내지 않아요.");
            }
        }

        // The secret is passed as it was typed: it is SmartStore's, not ours to trim.
        return errors.Any ? null : new SmartStoreRegistration(mode.Value, accountId, clientId, request.ClientSecret);
    }

    private static void NotInMode(string? value, string field, FieldErrors errors)
    {
        if (!string.IsNullOrEmpty(value))
        {
            errors.Add(field, $"solution 방식에는 {field}를 보내지 않아요.");
        }
    }

    private static async Task<IResult> GetSmartStoreAccountAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetSeller(user.SellerId()).GetSmartStoreAccountAsync() is { } account
            ? TypedResults.Ok(SmartStoreAccountDto.From(account))
            : Problems.NotFound("등록된 스마트스토어 계정이 없어요.", "NotRegistered");

    private static async Task<SettingsDto> GetSettingsAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        SettingsDto.From(await grains.GetSeller(user.SellerId()).GetSettingsAsync());

    private static async Task<IResult> UpdateSettingsAsync(SettingsDto? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (request?.AutoCollect is null)
        {
            errors.Add("autoCollect", "autoCollect(true/false)를 보내 주세요.");
        }

        if (request?.AutoOrder is null)
        {
            errors.Add("autoOrder", "autoOrder(true/false)를 보내 주세요.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // The contract refuses this pair whatever is saved now; the grain would turn both off when collection is on.
        if (request!.AutoOrder == true && request.AutoCollect == false)
        {
            return Problems.Unprocessable("자동 발주는 자동 주문 수집이 켜져 있을 때만 사용할 수 있어요.", "AutoOrderNeedsAutoCollect");
        }

        var change = await grains.GetSeller(user.SellerId()).UpdateSettingsAsync(new SellerSettings(request.AutoCollect!.Value, request.AutoOrder!.Value));
        return change.Accepted
            ? TypedResults.Ok(SettingsDto.From(change.Settings))
            : Problems.Unprocessable(change.Error ?? "설정을 저장하지 못했어요.", "SettingsRefused");
    }

    private static async Task<IResult> CollectAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var run = await grains.GetSeller(user.SellerId()).CollectAsync();
        if (!run.Succeeded && IsRefusal(run.ErrorCode))
        {
            return Problems.Unprocessable(run.ErrorMessage ?? "스마트스토어가 요청을 거절했어요.", run.ErrorCode, TraceExtension(run.TraceId));
        }

        // A run that failed for a passing reason is answered with what it collected and its error (succeeded: false).
        return TypedResults.Ok(CollectionFinishedDto.From(run));
    }

    /// <summary>True when a failed run's code means SmartStore refused the seller (or there is no account): 422, not 200.</summary>
    private static bool IsRefusal(string? errorCode) =>
        errorCode is not null && !PassingFailurePrefixes.Any(prefix => errorCode.StartsWith(prefix, StringComparison.Ordinal));

    private static async Task<SyncStatusDto> GetSyncAsync(ClaimsPrincipal user, IGrainFactory grains, TimeProvider time)
    {
        var seller = grains.GetSeller(user.SellerId());
        var history = seller.GetSyncHistoryAsync();
        var settings = seller.GetSettingsAsync();
        var account = seller.GetSmartStoreAccountAsync();
        return SyncStatusDto.From(await history, await account is not null, await settings, time.GetUtcNow());
    }

    private static async Task<AutoOrderPolicyDto> GetAutoOrderPolicyAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        AutoOrderPolicyDto.From(await grains.GetSeller(user.SellerId()).GetAutoOrderPolicyAsync());

    private static async Task<IResult> UpdateAutoOrderPolicyAsync(AutoOrderPolicyDto? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (request?.CancellationBufferMinutes is not { } buffer)
        {
            errors.Add("cancellationBufferMinutes", "취소 대기 시간(분)을 보내 주세요.");
        }
        else if (buffer is < 0 or > MaxBufferMinutes)
        {
            errors.Add("cancellationBufferMinutes", $"취소 대기 시간은 0분에서 {MaxBufferMinutes}분 사이로 정해 주세요.");
        }

        if (request?.MaxCostPerOrder is { } cap && cap is < 1 or > MaxCostPerOrder)
        {
            errors.Add("maxCostPerOrder", $"주문당 최대 금액은 1에서 {MaxCostPerOrder:N0} 포인트 사이여야 해요. 제한하지 않으려면 비워 두세요.");
        }

        var excluded = request?.ExcludedProducts ?? [];
        if (excluded.Count > MaxExcludedProducts)
        {
            errors.Add("excludedProducts", $"제외 상품은 {MaxExcludedProducts}개까지 정할 수 있어요.");
        }
        else
        {
            for (var i = 0; i < excluded.Count; i++)
            {
                ProductCodeInput.Check(excluded[i], $"excludedProducts[{i}]", errors);
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var policy = new AutoOrderPolicy(request!.CancellationBufferMinutes!.Value, request.MaxCostPerOrder, [.. excluded.Select(code => code!)]);
        var change = await grains.GetSeller(user.SellerId()).UpdateAutoOrderPolicyAsync(policy);
        return change.Accepted
            ? TypedResults.Ok(AutoOrderPolicyDto.From(change.Policy))
            : Problems.Unprocessable(change.Error ?? "자동 발주 정책을 저장하지 못했어요.", "PolicyRefused");
    }

    /// <summary>
    /// Naver's trace id as <c>smartStoreTraceId</c>: every problem's <c>traceId</c> is the gateway request's own (ASP.NET
    /// Core writes it over any other), and support needs both.
    /// </summary>
    private static Dictionary<string, object?>? TraceExtension(string? traceId) =>
        string.IsNullOrEmpty(traceId) ? null : new Dictionary<string, object?> { ["smartStoreTraceId"] = traceId };
}
