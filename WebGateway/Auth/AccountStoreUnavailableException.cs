namespace WebGateway.Auth;

/// <summary>
/// The account store (PostgreSQL) failed while a token's account was being checked: whether the token still stands is
/// unknown, so the request is answered 503 (retry later), neither 401 nor 500.
/// </summary>
public sealed class AccountStoreUnavailableException : Exception
{
    public AccountStoreUnavailableException()
    {
    }

    public AccountStoreUnavailableException(string message)
        : base(message)
    {
    }

    public AccountStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
