using Grains.Common;
using Microsoft.Extensions.Logging;

namespace Grains.Sellers;

/// <summary>
/// Holds one SmartStore account for one seller. A registration that crashed after claiming (or a seller that moved
/// to another account without releasing) is healed here: a claim by another seller asks the holder whether it still
/// uses the account and takes it over when not.
/// </summary>
public sealed partial class SmartStoreAccountClaimGrain : Grain, ISmartStoreAccountClaimGrain
{
    // A registration verifies the credentials with SmartStore between claiming and saving; a claim younger than this
    // is never taken over, even though its holder does not show the account yet.
    private static readonly TimeSpan RegistrationGrace = TimeSpan.FromMinutes(10);

    private readonly CommittedState<SmartStoreAccountClaimState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<SmartStoreAccountClaimGrain> _logger;

    public SmartStoreAccountClaimGrain(
        [PersistentState(StorageNames.AccountClaimState, StorageNames.Main)] IPersistentState<SmartStoreAccountClaimState> state,
        TimeProvider time,
        ILogger<SmartStoreAccountClaimGrain> logger)
    {
        _state = new CommittedState<SmartStoreAccountClaimState>(state);
        _time = time;
        _logger = logger;
    }

    public async Task<bool> ClaimAsync(string sellerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        var holder = _state.Value.Holder;
        if (string.Equals(holder, sellerId, StringComparison.Ordinal))
        {
            return true;
        }

        var now = _time.GetUtcNow();
        if (holder is not null && (now - _state.Value.ClaimedAt < RegistrationGrace || await StillUsedByAsync(holder)))
        {
            LogRefused(_logger, this.GetPrimaryKeyString(), sellerId);
            return false;
        }

        await _state.SaveAsync(new SmartStoreAccountClaimState { Holder = sellerId, ClaimedAt = now });
        return true;
    }

    public async Task ReleaseAsync(string sellerId)
    {
        if (string.Equals(_state.Value.Holder, sellerId, StringComparison.Ordinal))
        {
            await _state.SaveAsync(new SmartStoreAccountClaimState { Holder = null });
        }
    }

    // The seller's access getter interleaves, so asking it while that seller is itself registering cannot deadlock.
    private async Task<bool> StillUsedByAsync(string holder)
    {
        var access = await GrainFactory.GetGrain<ISellerAccessGrain>(Interfaces.Sellers.SellerKey.For(holder)).GetAccessAsync();
        return access.Account is { } account && SmartStoreAccountKey.For(account) == this.GetPrimaryKeyString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SmartStore account {ClaimKey} is held by another seller; seller {SellerId} was refused")]
    private static partial void LogRefused(ILogger logger, string claimKey, string sellerId);
}
