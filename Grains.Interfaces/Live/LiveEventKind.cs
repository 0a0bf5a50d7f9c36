namespace Grains.Interfaces.Live;

/// <summary>What a <see cref="LiveEvent"/> announces; each kind carries one payload.</summary>
[GenerateSerializer, Alias("onch.LiveEventKind")]
public enum LiveEventKind
{
    /// <summary>An order was collected or changed state (<see cref="LiveEvent.Order"/>).</summary>
    OrderChanged = 0,

    /// <summary>A manual or automatic collection run finished (<see cref="LiveEvent.Run"/>).</summary>
    CollectionFinished = 1,

    /// <summary>The seller's point balance changed (<see cref="LiveEvent.Balance"/>).</summary>
    PointsChanged = 2,

    /// <summary>The seller's automation settings changed (<see cref="LiveEvent.Settings"/>).</summary>
    SettingsChanged = 3,
}
