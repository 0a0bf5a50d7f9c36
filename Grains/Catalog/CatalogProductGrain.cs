using System.Collections.Immutable;
using Grains.Common;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.ReadModel;
using Grains.Orders;
using Microsoft.Extensions.Logging;

namespace Grains.Catalog;

/// <summary>One OnChannel catalog product; a change re-validates the not-yet-placed orders that use it.</summary>
public sealed partial class CatalogProductGrain : Grain, ICatalogProductGrain, IRemindable
{
    /// <summary>
    /// How many recent stock takes the product remembers. A placing retries its take within minutes, so the window
    /// only has to outlast that; it bounds the state of a product that sells for years.
    /// </summary>
    public const int MaxRememberedTakes = 5_000;

    private readonly CommittedState<CatalogProductState> _state;

    // Stock takes interleave with an upsert's fan-out; every write of the state goes through this gate.
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly IOrderReadModel _readModel;
    private readonly ILogger<CatalogProductGrain> _logger;

    public CatalogProductGrain(
        [PersistentState(StorageNames.CatalogProductState, StorageNames.Main)] IPersistentState<CatalogProductState> state,
        IOrderReadModel readModel,
        ILogger<CatalogProductGrain> logger)
    {
        _state = new CommittedState<CatalogProductState>(state);
        _readModel = readModel;
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
            return new ProductUpsertResult(false, _state.Value.Product, errors, 0);
        }

        await WriteAsync(state => state with { Product = product });
        LogUpserted(_logger, Code, product.Status, product.Options.Length);

        var orderIds = await _readModel.OpenOrderIdsByProductAsync(Code);
        var (revalidated, failed) = await OrderFanout.RevalidateAsync(GrainFactory, orderIds, _logger);
        if (!failed.IsEmpty)
        {
            await SaveBacklogAsync(RevalidationBacklog.Add(_state.Value.RevalidationBacklog, failed));
        }

        return new ProductUpsertResult(true, product, ImmutableArray<ProductValidationError>.Empty, revalidated);
    }

    public Task<Product?> GetAsync() => Task.FromResult(_state.Value.Product);

    public async Task<bool> TakeStockAsync(string productOrderId, string? optionId, int quantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        await _writes.WaitAsync();
        try
        {
            return await TakeLockedAsync(productOrderId, optionId, quantity);
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task ReturnStockAsync(string productOrderId)
    {
        await _writes.WaitAsync();
        try
        {
            await ReturnLockedAsync(productOrderId);
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task<bool> TakeLockedAsync(string productOrderId, string? optionId, int quantity)
    {
        var state = _state.Value;

        // A take already made stands, whatever the product became since: the placing that made it is finishing.
        if (state.Takes.Any(t => t.ProductOrderId == productOrderId && !t.Returned))
        {
            return true;
        }

        if (state.Product is not { Status: ProductStatus.OnSale } product)
        {
            return false;
        }

        if (product.Options.IsEmpty)
        {
            return true;
        }

        var option = optionId is null ? null : product.FindOption(optionId);
        if (option is not { Status: ProductStatus.OnSale } || option.Stock < quantity || quantity < 1)
        {
            return false;
        }

        var updated = product with { Options = product.Options.Replace(option, option with { Stock = option.Stock - quantity }) };
        var takes = state.Takes.RemoveAll(t => t.ProductOrderId == productOrderId).Add(new StockTake(productOrderId, option.OptionId, quantity, false));
        await _state.SaveAsync(state with { Product = updated, Takes = takes.Length > MaxRememberedTakes ? takes.RemoveRange(0, takes.Length - MaxRememberedTakes) : takes });
        return true;
    }

    private async Task ReturnLockedAsync(string productOrderId)
    {
        var state = _state.Value;
        var take = state.Takes.FirstOrDefault(t => t.ProductOrderId == productOrderId && !t.Returned);
        if (take is null || state.Product is not { } product)
        {
            return;
        }

        var option = product.FindOption(take.OptionId);
        var updated = option is null ? product : product with { Options = product.Options.Replace(option, option with { Stock = option.Stock + take.Quantity }) };
        await _state.SaveAsync(state with { Product = updated, Takes = state.Takes.Replace(take, take with { Returned = true }) });
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RevalidationBacklog.ReminderName)
        {
            await SaveBacklogAsync(await RevalidationBacklog.RetryAsync(GrainFactory, _state.Value.RevalidationBacklog, _logger));
        }
    }

    private async Task SaveBacklogAsync(ImmutableArray<string> backlog)
    {
        var current = _state.Value.RevalidationBacklog;
        if (!backlog.SequenceEqual(current.IsDefault ? [] : current))
        {
            await WriteAsync(state => state with { RevalidationBacklog = backlog });
        }

        await Reminders.SyncAsync(this, RevalidationBacklog.ReminderName, !backlog.IsEmpty, RevalidationBacklog.RetryPeriod);
    }

    private async Task WriteAsync(Func<CatalogProductState, CatalogProductState> change)
    {
        await _writes.WaitAsync();
        try
        {
            await _state.SaveAsync(change(_state.Value));
        }
        finally
        {
            _writes.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog product {ProductCode} saved: {Status}, {OptionCount} options")]
    private static partial void LogUpserted(ILogger logger, string productCode, ProductStatus status, int optionCount);
}
