using Grains.Collection;
using Grains.Domain;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Tests.Domain;

namespace Grains.Tests.Collection.Rules;

public sealed class CollectionTallyTests
{
    private static CollectOutcome Created(OrderData order) => new(Created: true, Duplicate: false, order.ToView(), Error: null);

    [Fact]
    public void EachOutcomeIsCountedWhereItBelongs()
    {
        var tally = new CollectionTally();
        var orderable = TestData.Orderable();
        var needsOption = TestData.CollectedWith(TestData.Context(TestData.Product()), optionText: "색상: 초록");
        var failed = TestData.InStatus(OrderStatus.CollectionFailed);
        Assert.Equal(OrderStatus.Waiting, needsOption.Status);
        Assert.False(needsOption.Orderable);

        tally.Add(Created(orderable));
        tally.Add(Created(needsOption));
        tally.Add(Created(failed));
        tally.Add(new CollectOutcome(Created: false, Duplicate: false, orderable.ToView(), Error: null));
        tally.Add(new CollectOutcome(Created: false, Duplicate: true, null, null));
        tally.Add(new CollectOutcome(Created: false, Duplicate: false, null, new TransitionError(TransitionErrorCode.InvalidInput, "수령인 정보가 없어요.")));
        tally.Add(null);

        Assert.Equal(new CollectionSummary(Collected: 3, Orderable: 1, NeedsOption: 1, Failed: 3, Skipped: 2, AlreadyKnown: 1 + 4), tally.Summary(skipped: 2, alreadyKnown: 4));
        Assert.Equal(1, tally.Unpersisted);
    }

    [Fact]
    public void AnEmptyTallyIsTheEmptySummary()
    {
        var tally = new CollectionTally();

        Assert.Equal(CollectionSummary.Empty, tally.Summary(0, 0));
        Assert.Equal(0, tally.Unpersisted);
    }
}
