namespace Grains.Interfaces.Points;

/// <summary>Why points moved (the ledger's <c>kind</c>).</summary>
[GenerateSerializer, Alias("onch.PointEntryKind")]
public enum PointEntryKind
{
    /// <summary>An operator top-up (충전); its reference is the client's request id.</summary>
    TopUp = 0,

    /// <summary>An order was paid (발주); its reference is the product order id.</summary>
    Charge = 1,

    /// <summary>A paid order was refunded (취소 환불); its reference is the product order id.</summary>
    Refund = 2,

    /// <summary>An operator correction, either sign; its reference is the client's request id.</summary>
    Adjustment = 3,
}
