namespace WebGateway.Contracts.Operator;

/// <summary><c>POST /api/operator/sellers</c> body: a new seller account.</summary>
public sealed record class CreateSellerRequest(string? SellerId, string? Password, string? Name)
{
    /// <summary>Keeps the password out of logs.</summary>
    public override string ToString() => $"CreateSellerRequest({SellerId})";
}
