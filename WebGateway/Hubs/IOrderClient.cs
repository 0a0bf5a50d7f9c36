using WebGateway.Contracts;

namespace WebGateway.Hubs;

/// <summary>
/// What the hub <c>/hubs/orders</c> calls on its clients. The method names are the http-api's wire names
/// (<c>orderChanged</c>, ...), so they are camelCase here: a typed hub sends the C# name as it is.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "SignalR wire names of the http-api contract.")]
public interface IOrderClient
{
    /// <summary>An order of the seller was collected or changed (seller group).</summary>
    Task orderChanged(OrderDto order);

    /// <summary>A collection run of the seller finished, by the button or a reminder (seller group).</summary>
    Task collectionFinished(CollectionFinishedDto summary);

    /// <summary>The seller's point balance changed (seller group).</summary>
    Task pointsChanged(PointsChangedDto points);

    /// <summary>The seller's automation settings changed (seller group).</summary>
    Task settingsChanged(SettingsDto settings);

    /// <summary>An order of the supplier's products was placed or changed (supplier group).</summary>
    Task supplierOrderChanged(SupplierOrderDto order);
}
