namespace Grains.Interfaces.Orders;

/// <summary>What SmartStore says about an order collection already knows.</summary>
[GenerateSerializer, Alias("onch.SmartStoreChangeKind")]
public enum SmartStoreChangeKind
{
    /// <summary>
    /// The order as SmartStore holds it now, with no claim open: a held order is released (the cancel request was
    /// rejected or withdrawn), and a new recipient, when given, replaces the old one.
    /// </summary>
    Current = 0,

    /// <summary>A cancel request is open (취소 요청): the order is held.</summary>
    CancelRequested = 1,

    /// <summary>The order was canceled on SmartStore.</summary>
    Canceled = 2,

    /// <summary>SmartStore reports it delivered (or purchase-decided).</summary>
    Delivered = 3,
}
