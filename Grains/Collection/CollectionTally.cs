using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;

namespace Grains.Collection;

/// <summary>Counts what handing new orders to their grains did, for the run's <see cref="CollectionSummary"/>.</summary>
public sealed class CollectionTally
{
    private int _collected;
    private int _orderable;
    private int _needsOption;
    private int _failed;
    private int _known;

    /// <summary>Product orders whose grain call failed (not persisted; the run must be repeated for them).</summary>
    public int Unpersisted { get; private set; }

    /// <summary>
    /// Created orders whose facts changed during the run, whose re-validation failed and which could not be handed to
    /// the seller's re-validation backlog either; the run reports them as not saved, like <see cref="Unpersisted"/>.
    /// </summary>
    public int Unrevalidated { get; set; }

    /// <summary>The orders of the run that failed: <see cref="Unpersisted"/> and <see cref="Unrevalidated"/>.</summary>
    public int Failures => Unpersisted + Unrevalidated;

    /// <summary>Counts one order's outcome; a null outcome is a call that failed.</summary>
    public void Add(CollectOutcome? outcome)
    {
        if (outcome is null)
        {
            Unpersisted++;
        }
        else if (outcome.Error is not null || outcome.Duplicate)
        {
            _failed++;
        }
        else if (!outcome.Created)
        {
            _known++;
        }
        else
        {
            _collected++;
            var view = outcome.Order!;
            if (view.Orderable)
            {
                _orderable++;
            }
            else if (view.Status == OrderStatus.Waiting)
            {
                _needsOption++;
            }
            else
            {
                _failed++;
            }
        }
    }

    /// <summary>The summary, with <paramref name="skipped"/> foreign codes and <paramref name="alreadyKnown"/> more known orders.</summary>
    public CollectionSummary Summary(int skipped, int alreadyKnown) =>
        new(_collected, _orderable, _needsOption, _failed, skipped, _known + alreadyKnown);
}
