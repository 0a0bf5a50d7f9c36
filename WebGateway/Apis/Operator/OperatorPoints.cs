using Grains.Interfaces.Points;
using Grains.Interfaces.Sellers;
using Infrastructure.Accounts;
using WebGateway.Apis.Shared;
using WebGateway.Contracts.Operator;
using WebGateway.Http;

namespace WebGateway.Apis.Operator;

/// <summary>The operator's top-up of a seller's points (포인트 충전).</summary>
internal static class OperatorPoints
{
    /// <summary>The largest top-up: what the wallet accepts in one posting.</summary>
    public const long MaxAmount = 10_000_000_000;
    public const int MaxMemoLength = 200;

    /// <remarks>
    /// <para>
    /// The same <c>requestId</c> never tops up twice: a retry for the same amount answers the posting it made, one
    /// for another amount is 409 <c>RequestIdReused</c> (a client bug that must not pass for success). Without a
    /// request id the gateway makes one, so such a top-up is not safe to retry blindly: clients should send their own.
    /// </para>
    /// <para>
    /// The wallet itself lets 자동 발주 resume after a top-up that posted (see <c>WalletGrain.TopUpAsync</c>), so this
    /// endpoint does not.
    /// </para>
    /// </remarks>
    public static async Task<IResult> TopUpAsync(
        string sellerId, TopUpRequest? request, IAccountStore accounts, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.Invalid("body", "충전 정보를 보내 주세요");
        }

        var errors = new FieldErrors();
        if (request.Amount is not (>= 1 and <= MaxAmount))
        {
            errors.Add("amount", $"충전 금액은 1에서 {MaxAmount:N0} 포인트 사이여야 해요");
        }

        var memo = TextInput.Read(errors, "memo", request.Memo, "메모", MaxMemoLength, required: false);
        if (request.RequestId is not null && !Ids.IsRequestId(request.RequestId))
        {
            errors.Add("requestId", Ids.RequestIdProblem);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await OperatorAccounts.FindAsync(accounts, sellerId, AccountRole.Seller, cancellationToken) is null)
        {
            return Problems.NotFound("판매자를 찾을 수 없어요", "UnknownSeller");
        }

        var requestId = request.RequestId ?? Guid.NewGuid().ToString("N");
        var amount = request.Amount!.Value;
        var posting = await grains.GetGrain<IWalletGrain>(SellerKey.For(sellerId)).TopUpAsync(requestId, amount, memo);
        if (posting is { Outcome: PostingOutcome.AlreadyPosted, Entry: { } earlier } && earlier.Amount != amount)
        {
            return Problems.Conflict(
                $"이 requestId로 이미 {earlier.Amount:N0} 포인트를 충전했어요. 다른 금액을 충전하려면 새 requestId를 보내 주세요", "RequestIdReused");
        }

        return TypedResults.Ok(new TopUpDto(posting.Balance, requestId));
    }
}
