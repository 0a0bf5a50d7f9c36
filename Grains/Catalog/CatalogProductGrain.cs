using System.Collections.Immutable;
using Grains.Interfaces.Catalog;
using Grains.Orders;
using Grains.Interfaces.ReadModel;
using Microsoft.Extensions.Logging;

namespace Grains.Catalog;

/// <summary>One OnChannel catalog product; a change re-validates the not-yet-placed orders that use it.</summary>
public sealed partial class CatalogProductGrain : Grain, ICatalogProductGrain
{
    private readonly IPersistentState<CatalogProductState> _state;
    private readonly IOrderReadModel _readStore;
    private readonly ILogger<CatalogProductGrain> _logger;

    public CatalogProductGrain(
        [PersistentState(StorageNames.CatalogProductState, StorageNames.Main)] IPersistentState<CatalogProductState> state,
        IOrderReadModel readStore,
        ILogger<CatalogProductGrain> logger)
    {
        _state = state;
        _readStore = readStore;
        _logger = logger;
    }

    private string Code => ProductKey.CodeOf(this.GetPrimaryKeyString());

    public async Task<ProductUpsertResult> UpsertAsync(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var errors = ProductValidator.Validate(product);
        if (errors.IsEmpty && !string.Equals(product.Code, Code, StringComparison.Ordinal))
        {
            errors = [new ProductValidationError("code", $"The product code must be {Code}, the code of the product being saved.")];
        }

        if (!errors.IsEmpty)
        {
            return new ProductUpsertResult(false, _state.State.Product, errors, 0);
        }

        _state.State.Product = product;
        await _state.WriteStateAsync();
        LogUpserted(_logger, Code, product.Status, product.Options.Length);

        var orderIds = await _readStore.OpenOrderIdsByProductAsync(Code);
        var revalidated = await OrderFanout.RevalidateAsync(GrainFactory, orderIds, _logger);
        return new ProductUpsertResult(true, product, ImmutableArray<ProductValidationError>.Empty, revalidated);
    }

    public Task<Product?> GetAsync() => Task.FromResult(_state.State.Product);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog product {ProductCode} saved: {Status}, {OptionCount} options")]
    private static partial void LogUpserted(ILogger logger, string productCode, ProductStatus status, int optionCount);
}
