using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Ordering;

/// <summary>The rules of 자동 발주 and of 개별 주문 input, as plain functions.</summary>
public static class AutoOrderRules
{
    /// <summary>The longest cancellation buffer (one day).</summary>
    public const int MaxBufferMinutes = 1_440;

    /// <summary>How many products a policy may exclude.</summary>
    public const int MaxExcludedProducts = 500;

    /// <summary>The policy with its codes normalized and sorted, or the Korean reason it is refused.</summary>
    public static (AutoOrderPolicy Policy, string? Problem) Normalize(AutoOrderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.CancellationBufferMinutes is < 0 or > MaxBufferMinutes)
        {
            return (policy, $"취소 대기 시간은 0분에서 {MaxBufferMinutes}분 사이로 정해 주세요.");
        }

        if (policy.MaxCostPerOrder is <= 0)
        {
            return (policy, "주문당 최대 금액은 1포인트 이상이어야 해요. 제한하지 않으려면 비워 두세요.");
        }

        var excluded = policy.ExcludedProducts.IsDefault ? [] : policy.ExcludedProducts;
        if (excluded.Length > MaxExcludedProducts)
        {
            return (policy, $"제외 상품은 {MaxExcludedProducts}개까지 정할 수 있어요.");
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in excluded)
        {
            if (!ProductCode.TryNormalize(raw, out var code))
            {
                return (policy, $"상품 코드 형식이 아니에요: '{raw}' (예: CH0000123)");
            }

            codes.Add(code);
        }

        return (policy with { ExcludedProducts = [.. codes] }, null);
    }

    /// <summary>
    /// Whether 자동 발주 may place <paramref name="order"/> now under <paramref name="policy"/>: it must be orderable,
    /// paid at least the buffer ago, within the cost cap, and not of an excluded product.
    /// </summary>
    public static bool Allows(AutoOrderPolicy policy, OrderView order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(order);
        return order.Orderable
            && !order.Manual
            && now - order.PaidAt >= TimeSpan.FromMinutes(policy.CancellationBufferMinutes)
            && (policy.MaxCostPerOrder is not { } cap || order.Amount is { } amount && amount <= cap)
            && (policy.ExcludedProducts.IsDefault || !policy.ExcludedProducts.Contains(order.ProductCode, StringComparer.Ordinal));
    }

    /// <summary>
    /// True when 자동 발주 should not try <paramref name="order"/> again yet: a placing already answered it 포인트 부족 and
    /// its amount is still more than the <paramref name="balance"/> left. The first try is made (it shows the seller the
    /// notice, and the balance may have grown meanwhile); a top-up lets the next run place it.
    /// </summary>
    public static bool WaitsForPoints(OrderView order, long balance)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Amount is { } amount && amount > balance && order.Errors.Any(e => e.Code == OrderErrorCode.InsufficientPoints);
    }

    /// <summary>The Korean problem with a 개별 주문's input, or null.</summary>
    public static string? ManualOrderProblem(ManualOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (string.IsNullOrWhiteSpace(order.RequestId) || order.RequestId.Length > 64 || !order.RequestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return "requestId는 1~64자의 영문, 숫자, '-', '_'여야 해요.";
        }

        if (!ProductCode.IsValid(order.ProductCode))
        {
            return $"상품 코드 형식이 아니에요: '{order.ProductCode}' (예: CH0000123)";
        }

        if (order.Quantity is < 1 or > 9_999)
        {
            return "수량은 1에서 9,999 사이여야 해요.";
        }

        var recipient = order.Recipient;
        if (recipient is null || string.IsNullOrWhiteSpace(recipient.Name) || string.IsNullOrWhiteSpace(recipient.Phone)
            || string.IsNullOrWhiteSpace(recipient.ZipCode) || string.IsNullOrWhiteSpace(recipient.Address))
        {
            return "받는 분의 이름, 전화번호, 우편번호, 주소를 모두 입력해 주세요.";
        }

        return recipient.Name.Length > 50 || recipient.Phone.Length > 20 || recipient.ZipCode.Length > 10 || recipient.Address.Length > 300
            || (order.Memo?.Length ?? 0) > 300
            ? "받는 분 정보나 메모가 너무 길어요."
            : null;
    }
}
