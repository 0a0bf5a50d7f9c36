using Orleans.Concurrency;

namespace Grains.Interfaces.Sellers;

/// <summary>
/// The order collection of one seller account, keyed like the seller (<see cref="SellerKey.For(string)"/>): runs
/// 주문 가져오기 and the automatic ticks one at a time, owns the checkpoint, the owed orders and the run history.
/// It is a grain of its own so that a run waiting on SmartStore never blocks the seller's other commands (settings,
/// 옵션 수정, 판매 신청).
/// </summary>
[Alias("onch.ISellerCollectionGrain")]
public interface ISellerCollectionGrain : IGrainWithStringKey
{
    /// <summary>주문 가져오기: reads the whole collection window now, ahead of background ticks, and returns the summary.</summary>
    [Alias("Collect")]
    Task<CollectionRun> CollectAsync();

    /// <summary>One automatic tick (from the seller's reminder): reads SmartStore's changes since the checkpoint.</summary>
    [Alias("Tick"), OneWay]
    Task TickAsync();

    /// <summary>
    /// The seller registered another SmartStore account: the checkpoint, owed and quarantined orders belonged to the
    /// old one, so they are dropped and the next automatic run reads the new account's whole collection window.
    /// </summary>
    [Alias("StartOverForNewAccount")]
    Task StartOverForNewAccountAsync();

    /// <summary>The checkpoint, owed orders and history of runs; answers while a run is in flight.</summary>
    [Alias("GetSyncHistory"), AlwaysInterleave]
    Task<SyncHistory> GetSyncHistoryAsync();
}
