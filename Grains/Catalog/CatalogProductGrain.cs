using System.Collections.Immutable;
using Grains.Common;
using Grains.Interfaces.Catalog;
using Grains.Interfaces.ReadModel;
using Grains.Orders;
using Microsoft.Extensions.Logging;

namespace Grains.Catalog;

/// <summary>
/// One OnChannel catalog product; a change re-validates the not-yet-placed orders that use it. Every change is
/// persisted, then written to the catalog list (<see cref="ICatalogReadModel"/>, idempotent by version); a list write
/// that failed is repeated by the next call and on activation.
/// </summary>
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
    private readonly ICatalogReadModel _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger<CatalogProductGrain> _logger;

    // The version last written to the catalog list by this activation; -1 until the first write, so that a state
    // stored before versions were kept (version 0) is written too.
    private long _projectedVersion = -1;

    public CatalogProductGrain(
        [PersistentState(StorageNames.CatalogProductState, StorageNames.Main)] IPersistentState<CatalogProductState> state,
        IOrderReadModel readModel,
        ICatalogReadModel catalog,
        TimeProvider time,
        ILogger<CatalogProductGrain> logger)
    {
        _state = new CommittedState<CatalogProductState>(state);
        _readModel = readModel;
        _catalog = catalog;
        _time = time;
        _logger = logger;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await TryProjectAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    private string Code => ProductKey.CodeOf(this.GetPrimaryKeyString());

    public async Task<ProductUpsertResult> UpsertAsync(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        await TryProjectAsync();
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
        await TryProjectAsync();

        var orderIds = await _readModel.OpenOrderIdsByProductAsync(Code);
        var (revalidated, failed) = await OrderFanout.RevalidateAsync(GrainFactory, orderIds, _logger);
        if (!failed.IsEmpty)
        {
            await SaveBacklogAsync(RevalidationBacklog.Add(_state.Value.RevalidationBacklog, failed));
        }

        return new ProductUpsertResult(true, product, ImmutableArray<ProductValidationError>.Empty, revalidated);
    }

    public Task<Product?> GetAsync() => Task.FromResult(_state.Value.Product);

    public Task<VersionedProduct> GetVersionedAsync()
    {
        var state = _state.Value;
        return Task.FromResult(new VersionedProduct(state.Product, state.Version));
    }

    public async Task<bool> TakeStockAsync(string productOrderId, string? optionId, int quantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productOrderId);
        await _writes.WaitAsync();
        bool taken;
        try
        {
            taken = await TakeLockedAsync(productOrderId, optionId, quantity);
        }
        finally
        {
            _writes.Release();
        }

        await TryProjectAsync();
        return taken;
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

        await TryProjectAsync();
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
        await SaveLockedAsync(state with { Product = updated, Takes = takes.Length > MaxRememberedTakes ? takes.RemoveRange(0, takes.Length - MaxRememberedTakes) : takes });
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
        await SaveLockedAsync(state with { Product = updated, Takes = state.Takes.Replace(take, take with { Returned = true }) });
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
            await SaveLockedAsync(change(_state.Value));
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Persists <paramref name="next"/> (under <see cref="_writes"/>), with a new version when its product changed.</summary>
    private Task SaveLockedAsync(CatalogProductState next)
    {
        var current = _state.Value;
        return _state.SaveAsync(ReferenceEquals(next.Product, current.Product)
            ? next
            : next with { Version = current.Version + 1, UpdatedAt = _time.GetUtcNow() });
    }

    /// <summary>
    /// Writes the persisted product's catalog list row unless this activation already wrote its version. A failure is
    /// logged, not thrown: the product is stored, and the next call or activation writes the row again.
    /// </summary>
    private async Task TryProjectAsync()
    {
        var state = _state.Value;
        if (state.Product is not { } product || _projectedVersion >= state.Version)
        {
            return;
        }

        try
        {
            await _catalog.UpsertAsync(CatalogEntry.From(product, state.Version, state.UpdatedAt ?? _time.GetUtcNow()));
            _projectedVersion = Math.Max(_projectedVersion, state.Version);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogProjectionFailed(_logger, e, Code, state.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog product {ProductCode} saved: {Status}, {OptionCount} options")]
    private static partial void LogUpserted(ILogger logger, string productCode, ProductStatus status, int optionCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog product {ProductCode}: writing version {Version} to the catalog list failed; the next change or activation writes it again")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, string productCode, long version);
}
