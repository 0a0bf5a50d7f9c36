namespace WebGateway.Contracts.Seller;

/// <summary>
/// <c>PUT /api/seller/smartstore-account</c>: <c>{mode: "solution", accountId}</c> or
/// <c>{mode: "own", clientId, clientSecret}</c>.
/// </summary>
public sealed record class SmartStoreAccountRequest(string? Mode, string? AccountId, string? ClientId, string? ClientSecret)
{
    /// <summary>Keeps the secret out of logs.</summary>
    public override string ToString() => $"SmartStoreAccountRequest({Mode}, AccountId = {AccountId}, ClientId = {ClientId})";
}
