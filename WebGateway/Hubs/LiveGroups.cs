namespace WebGateway.Hubs;

/// <summary>The hub groups a connection is put in: one per seller, one per supplier.</summary>
public static class LiveGroups
{
    public static string Seller(string sellerId) => "seller:" + sellerId;

    public static string Supplier(string supplierId) => "supplier:" + supplierId;
}
