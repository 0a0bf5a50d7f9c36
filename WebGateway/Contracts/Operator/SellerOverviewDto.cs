namespace WebGateway.Contracts.Operator;

/// <summary>A seller as the operator's seller list shows it: the account, points, SmartStore, settings and sync.</summary>
public sealed record class SellerOverviewDto(
    string SellerId,
    string Name,
    bool Disabled,
    DateTimeOffset CreatedAt,
    long Balance,
    SellerSmartStoreDto? SmartStore,
    SettingsDto Settings,
    SellerSyncDto Sync);
