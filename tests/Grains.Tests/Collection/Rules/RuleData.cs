using System.Collections.Immutable;
using Grains.Interfaces.Sellers;
using Grains.Sellers;
using SmartStore.Models;

namespace Grains.Tests.Collection.Rules;

/// <summary>Small builders for SmartStore change records, product orders and collection options.</summary>
internal static class RuleData
{
    public const string Seller = "seller-1";

    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(9));

    public static readonly ShippingAddress Address = new("홍길동", "010-1234-5678", "010-0000-0000", "06236", "서울특별시 강남구 테헤란로 1", "101호");

    public static CollectionOptions Options(int missingDetailAttempts = 5) => new()
    {
        Window = TimeSpan.FromDays(6),
        Overlap = TimeSpan.FromMinutes(2),
        FeedLag = TimeSpan.FromMinutes(1),
        MissingDetailAttempts = missingDetailAttempts,
    };

    public static LastChangedStatus Change(
        string id,
        string? type = "PAYED",
        string? status = ProductOrderStatuses.Payed,
        string? claimType = null,
        string? claimStatus = null,
        bool addressChanged = false,
        DateTimeOffset? at = null) =>
        new(id, "order-" + id, type, at ?? Now.AddMinutes(-1), Now.AddHours(-1), status, claimType, claimStatus, addressChanged, null);

    public static ProductOrder Detail(
        string id,
        string status = ProductOrderStatuses.Payed,
        string? place = PlaceOrderStatuses.NotYet,
        string? claimType = null,
        string? claimStatus = null,
        string? code = "CH0000123",
        DateTimeOffset? paidAt = null,
        ShippingAddress? address = null,
        string? gift = null) =>
        new(id, "order-" + id, status, place, claimType, claimStatus, Now.AddHours(-2), paidAt ?? Now.AddHours(-1), code,
            "무선 이어폰", "색상: 빨강", 2, 14_000, address ?? Address, null, gift);

    public static IReadOnlySet<string> Known(params string[] ids) => ids.ToHashSet(StringComparer.Ordinal);

    public static ImmutableArray<OwedOrder> NoneOwed => [];
}
