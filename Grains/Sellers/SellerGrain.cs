using Grains.Interfaces.Sellers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grains.Sellers;

/// <summary>One seller account: automation settings and the reminder that drives automatic collection.</summary>
public sealed partial class SellerGrain : Grain, ISellerGrain, IRemindable
{
    /// <summary>Name of the reminder that triggers automatic collection.</summary>
    public const string AutoCollectReminder = "auto-collect";

    private const string OrderingNeedsCollection = "자동 발주는 자동 주문 수집이 켜져 있을 때만 사용할 수 있습니다.";

    private readonly IPersistentState<SellerState> _state;
    private readonly IOptions<CollectionOptions> _options;
    private readonly ILogger<SellerGrain> _logger;

    public SellerGrain(
        [PersistentState(StorageNames.SellerState, StorageNames.Main)] IPersistentState<SellerState> state,
        IOptions<CollectionOptions> options,
        ILogger<SellerGrain> logger)
    {
        _state = state;
        _options = options;
        _logger = logger;
    }

    private string SellerId => SellerKey.SellerIdOf(this.GetPrimaryKeyString());

    public Task<SellerSettings> GetSettingsAsync() => Task.FromResult(_state.State.Settings);

    public async Task<SettingsChange> UpdateSettingsAsync(SellerSettings requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var current = _state.State.Settings;
        if (requested.AutoOrder && !requested.AutoCollect)
        {
            // Switching collection off switches ordering off with it; asking for ordering alone is refused.
            if (!current.AutoCollect)
            {
                return new SettingsChange(false, current, OrderingNeedsCollection);
            }
            requested = SellerSettings.Off;
        }

        // Persist first: the reminder follows the saved settings, and a reminder left behind by a crash between the
        // two steps is harmless because each tick re-checks the settings.
        _state.State.Settings = requested;
        await _state.WriteStateAsync();
        await SyncReminderAsync(requested.AutoCollect);
        LogSettingsChanged(_logger, SellerId, requested.AutoCollect, requested.AutoOrder);
        return new SettingsChange(true, requested, null);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != AutoCollectReminder)
        {
            return;
        }
        if (!_state.State.Settings.AutoCollect)
        {
            // Settings were turned off but the reminder survived (e.g. a crash after the write); clean it up.
            await SyncReminderAsync(false);
            return;
        }
        LogAutoCollectTick(_logger, SellerId, status.CurrentTickTime);
    }

    private async Task SyncReminderAsync(bool enabled)
    {
        if (enabled)
        {
            var period = _options.Value.AutoCollectPeriod;
            await this.RegisterOrUpdateReminder(AutoCollectReminder, period, period);
            return;
        }
        var existing = await this.GetReminder(AutoCollectReminder);
        if (existing is not null)
        {
            await this.UnregisterReminder(existing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} settings saved: AutoCollect={AutoCollect}, AutoOrder={AutoOrder}")]
    private static partial void LogSettingsChanged(ILogger logger, string sellerId, bool autoCollect, bool autoOrder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seller {SellerId} auto-collection tick at {TickTime}")]
    private static partial void LogAutoCollectTick(ILogger logger, string sellerId, DateTime tickTime);
}
