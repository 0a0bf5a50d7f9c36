namespace WebGateway.Auth;

/// <summary>The first operator account, created at start when missing; bound from the <c>Operator</c> section.</summary>
public sealed class OperatorOptions
{
    public const string SectionName = "Operator";

    /// <summary><c>Operator__LoginId</c>: 3-32 of <c>[a-z0-9_-]</c>. Required outside Development.</summary>
    public string? LoginId { get; set; }

    /// <summary><c>Operator__Password</c>: at least 8 characters. Never logged.</summary>
    public string? Password { get; set; }
}
