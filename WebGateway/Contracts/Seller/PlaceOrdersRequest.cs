namespace WebGateway.Contracts.Seller;

/// <summary><c>POST /api/seller/orders/place</c> (발주하기): the orders to place, in the order to place them.</summary>
public sealed record class PlaceOrdersRequest(IReadOnlyList<string?>? ProductOrderIds);
