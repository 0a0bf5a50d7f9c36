namespace WebGateway.Contracts.Operator;

/// <summary><c>POST /api/operator/suppliers</c> body: a new supplier account.</summary>
public sealed record class CreateSupplierRequest(string? SupplierId, string? Password, string? Name)
{
    /// <summary>Keeps the password out of logs.</summary>
    public override string ToString() => $"CreateSupplierRequest({SupplierId})";
}
