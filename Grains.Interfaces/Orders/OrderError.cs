namespace Grains.Interfaces.Orders;

/// <summary>
/// One reason shown on an order, with its stable code and the seller-facing Korean message.
/// </summary>
/// <param name="Code">Stable code, for programs.</param>
/// <param name="Message">Korean text, for the seller.</param>
[GenerateSerializer, Immutable, Alias("onch.OrderError")]
public sealed record class OrderError(
    [property: Id(0)] OrderErrorCode Code,
    [property: Id(1)] string Message)
{
    /// <summary>The error for <paramref name="code"/> with the standard message of the OnChannel help page.</summary>
    public static OrderError Of(OrderErrorCode code) => new(code, StandardMessage(code));

    /// <summary>The standard Korean message for <paramref name="code"/>.</summary>
    public static string StandardMessage(OrderErrorCode code) => code switch
    {
        OrderErrorCode.OptionMismatch => "오류 확인 옵션을 다시 선택해 주세요",
        OrderErrorCode.SaleNotApplied => "판매 신청 미 등록 오류",
        OrderErrorCode.MinQuantity => "최소수량 오류",
        OrderErrorCode.Duplicate => "주문 건 중복 오류",
        OrderErrorCode.SoldOutOrDiscontinued => "품절/단종",
        OrderErrorCode.InsufficientPoints => "포인트 부족",
        OrderErrorCode.SmartStoreRejected => "스마트스토어 처리 오류",
        OrderErrorCode.CancelRequested => "취소 요청: 구매자가 취소를 요청했어요. 스마트스토어의 처리 결과를 기다려요",
        OrderErrorCode.CanceledAfterPlacing => "발주 후 구매자 취소: 공급사에 알렸어요",
        OrderErrorCode.AddressChangedAfterPlacing => "발주 후 배송지 변경: 공급사에 새 주소를 알려 주세요",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown order error code."),
    };
}
