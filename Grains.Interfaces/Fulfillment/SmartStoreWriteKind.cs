namespace Grains.Interfaces.Fulfillment;

/// <summary>The SmartStore writes an order needs after it is placed.</summary>
[GenerateSerializer, Alias("onch.SmartStoreWriteKind")]
public enum SmartStoreWriteKind
{
    /// <summary>발주확인 (<c>confirm</c>).</summary>
    Confirm = 0,

    /// <summary>발송처리 (<c>dispatch</c>) with a carrier and tracking number.</summary>
    Dispatch = 1,

    /// <summary>발송 지연 (<c>delay</c>) with a new dispatch due date.</summary>
    Delay = 2,
}
