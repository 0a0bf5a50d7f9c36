namespace WebGateway.Contracts;

/// <summary>The <c>pointsChanged</c> push: the seller's balance.</summary>
public sealed record class PointsChangedDto(long Balance);
