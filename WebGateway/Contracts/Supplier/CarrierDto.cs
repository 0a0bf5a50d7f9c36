namespace WebGateway.Contracts.Supplier;

/// <summary>A carrier suppliers can ship with: SmartStore's <c>deliveryCompanyCode</c> and its Korean name.</summary>
public sealed record class CarrierDto(string Code, string Name);
