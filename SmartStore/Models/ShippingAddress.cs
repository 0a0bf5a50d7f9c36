namespace SmartStore.Models;

/// <summary>The recipient of a product order (Naver's <c>shippingAddress</c>; note <c>detailedAddress</c>).</summary>
public sealed record ShippingAddress(
    string? Name,
    string? Tel1,
    string? Tel2,
    string? ZipCode,
    string? BaseAddress,
    string? DetailedAddress);
