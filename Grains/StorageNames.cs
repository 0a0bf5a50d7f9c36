namespace Grains;

/// <summary>Names of the grain storage providers and of the states they hold.</summary>
/// <remarks>
/// The ADO.NET provider keys a row by state name and grain key only (not by grain class), so every grain class
/// must use a state name of its own.
/// </remarks>
public static class StorageNames
{
    /// <summary>The one ADO.NET grain storage provider, in PostgreSQL.</summary>
    public const string Main = "onchannel";

    /// <summary>State name of <see cref="Sellers.SellerGrain"/>.</summary>
    public const string SellerState = "seller";

    /// <summary>State name of <see cref="Orders.OrderGrain"/>.</summary>
    public const string OrderState = "order";

    /// <summary>State name of <see cref="Catalog.CatalogProductGrain"/>.</summary>
    public const string CatalogProductState = "catalog-product";

    /// <summary>State name of <see cref="Collection.SellerCollectionGrain"/>.</summary>
    public const string CollectionState = "collection";

    /// <summary>State name of <see cref="Sellers.SmartStoreAccountClaimGrain"/>.</summary>
    public const string AccountClaimState = "account-claim";

    /// <summary>State name of <see cref="Fulfillment.SmartStoreOutboxGrain"/>.</summary>
    public const string SmartStoreOutboxState = "smartstore-outbox";

    /// <summary>State name of <see cref="Live.LiveDirectoryGrain"/>.</summary>
    public const string LiveDirectoryState = "live-directory";
}
