namespace Grains.Sellers;

/// <summary>What a seller's collection needs from the seller grain: the stored (encrypted) SmartStore access and the switches.</summary>
/// <param name="Account">The verified registration, secret encrypted; null when the seller has none.</param>
/// <param name="AutoCollect">자동 주문 수집 is on.</param>
/// <param name="AutoOrder">자동 발주 is on.</param>
/// <param name="Policy">How 자동 발주 places orders.</param>
[GenerateSerializer, Immutable, Alias("onch.SellerAccess")]
public sealed record class SellerAccess(
    [property: Id(0)] StoredSmartStoreAccount? Account,
    [property: Id(1)] bool AutoCollect,
    [property: Id(2)] bool AutoOrder,
    [property: Id(3)] Interfaces.Sellers.AutoOrderPolicy? Policy = null);
