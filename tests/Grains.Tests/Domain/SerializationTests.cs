using Grains.Domain;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static Grains.Tests.Domain.TestData;

namespace Grains.Tests.Domain;

/// <summary>
/// The types that cross grain boundaries or sit in grain state must survive Orleans serialization unchanged; a
/// missing <c>[Id]</c> would silently drop a field.
/// </summary>
public sealed class SerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer()
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value)
        where T : class =>
        Serializer.Deserialize<T>(Serializer.SerializeToArray(value)) ?? throw new InvalidOperationException("Deserialized to null.");

    [Fact]
    public void AProductSurvivesSerialization()
    {
        var product = Product();

        var copy = RoundTrip(product);

        Assert.Equal(product with { Options = copy.Options }, copy);
        Assert.Equal(product.Options, copy.Options.ToArray());
    }

    [Fact]
    public void AnOrderInEveryFieldSurvivesSerialization()
    {
        var order = Succeed(OrderStateMachine.SetSmartStoreTracking(
            Succeed(OrderStateMachine.SetSupplierTracking(InStatus(OrderStatus.Ordered), new("CJGLS", "1"), Later)),
            new("CJGLS", "1"),
            Later)) with
        {
            ChosenOptionId = "opt-red",
            Errors = [OrderError.Of(OrderErrorCode.SmartStoreRejected)],
        };

        var copy = RoundTrip(order);

        Assert.Equal(order with { Errors = copy.Errors }, copy);
        Assert.Equal(order.Errors, copy.Errors.ToArray());
    }

    [Fact]
    public void AnOrderViewSurvivesSerialization()
    {
        var view = Orderable().ToView();

        var copy = RoundTrip(view);

        Assert.Equal(view with { Errors = copy.Errors }, copy);
    }

    [Fact]
    public void CollectedFactsAndTransitionErrorsSurviveSerialization()
    {
        Assert.Equal(Order(), RoundTrip(Order()));
        var error = new TransitionError(TransitionErrorCode.AlreadyPlaced, "이미 발주된 주문이에요");
        Assert.Equal(error, RoundTrip(error));
        var problem = new ProductValidationError("code", "bad");
        Assert.Equal(problem, RoundTrip(problem));
    }

    [Fact]
    public void AnOptionMemorySurvivesSerialization()
    {
        var memory = OptionMemory.Empty.Remember(Code, "빨강", "opt-red").Remember("CH0000999", "L", "opt-l");

        var copy = RoundTrip(memory);

        Assert.Equal("opt-red", copy.Resolve(Code, " 빨강 "));
        Assert.Equal("opt-l", copy.Resolve("CH0000999", "L"));
        Assert.Equal(2, copy.Choices.Count);
    }
}
