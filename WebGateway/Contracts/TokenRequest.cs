namespace WebGateway.Contracts;

/// <summary><c>POST /api/auth/token</c> body.</summary>
public sealed record class TokenRequest(string? LoginId, string? Password)
{
    /// <summary>Keeps the password out of logs.</summary>
    public override string ToString() => $"TokenRequest({LoginId})";
}
