using System.Text.RegularExpressions;
using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using WebGateway.Contracts.Operator;
using WebGateway.Http;

namespace WebGateway.Apis.Operator;

/// <summary>The operator's top-up of a seller's points (포인트 충전).</summary>
internal static partial class OperatorPoints
{
    /// <summary>The largest top-up: what the wallet accepts in one posting.</summary>
    public const long MaxAmount = 10_000_000_000;
    public const int MaxMemoLength = 200;

    /// <remarks>
    /// The wallet itself lets 자동 발주 resume after a top-up that posted (see <c>WalletGrain.TopUpAsync</c>), so this
    /// endpoint does not.
    /// </remarks>
    public static async Task<IResult> TopUpAsync(
        string sellerId, TopUpRequest? request, IAccountStore accounts, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            return Problems.Invalid("body", "충전 정보를 보내 주세요");
        }

        if (request.Amount is not (>= 1 and <= MaxAmount))
        {
            errors["amount"] = [$"충전 금액은 1에서 {MaxAmount:N0} 포인트 사이여야 해요"];
        }

        if (request.Memo is { Length: > MaxMemoLength } || TextInput.HasControlCharacters(request.Memo))
        {
            errors["memo"] = [$"메모는 {MaxMemoLength}자 이하로, 제어 문자 없이 입력해 주세요"];
        }

        if (request.RequestId is not null && !RequestIdShape().IsMatch(request.RequestId))
        {
            errors["requestId"] = ["requestId는 영문, 숫자, '_', '-'로 1~64자여야 해요"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (await OperatorAccounts.FindAsync(accounts, sellerId, AccountRole.Seller, cancellationToken) is null)
        {
            return Problems.NotFound("판매자를 찾을 수 없어요", "UnknownSeller");
        }

        var requestId = request.RequestId ?? Guid.NewGuid().ToString("N");
        var memo = string.IsNullOrWhiteSpace(request.Memo) ? null : request.Memo.Trim();
        var posting = await grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync(requestId, request.Amount!.Value, memo);
        return TypedResults.Ok(new TopUpDto(posting.Balance, requestId));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RequestIdShape();
}
