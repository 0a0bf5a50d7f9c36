namespace Gateway.Tests;

/// <summary>A logged-in account of a test: its login id, password, token and an HTTP client sending the token.</summary>
public sealed record class TestUser(string LoginId, string Password, string Token, HttpClient Http) : IDisposable
{
    public void Dispose() => Http.Dispose();
}
