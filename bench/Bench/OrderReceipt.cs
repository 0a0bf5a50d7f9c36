namespace Bench;

/// <summary>One <c>orderChanged</c> a connection of <paramref name="Seller"/> received, and when its handler ran.</summary>
internal readonly record struct OrderReceipt(int Seller, string ProductOrderId, long Version, DateTimeOffset At);
