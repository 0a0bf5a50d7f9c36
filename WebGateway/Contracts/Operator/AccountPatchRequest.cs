namespace WebGateway.Contracts.Operator;

/// <summary><c>PATCH /api/operator/accounts/{loginId}</c> body: disables or enables the account.</summary>
public sealed record class AccountPatchRequest(bool? Disabled);
