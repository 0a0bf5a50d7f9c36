namespace SmartStore.Models;

/// <summary>Values of <c>placeOrderStatus</c>.</summary>
public static class PlaceOrderStatuses
{
    /// <summary>발주 미확인.</summary>
    public const string NotYet = "NOT_YET";

    /// <summary>발주 확인.</summary>
    public const string Ok = "OK";

    /// <summary>발주 확인 해제.</summary>
    public const string Cancel = "CANCEL";
}
