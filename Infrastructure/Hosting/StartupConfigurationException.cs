namespace Infrastructure.Hosting;

/// <summary>
/// A setting is missing or wrong, or a required service cannot be reached, so the process cannot start. The message
/// is one line for an operator, naming the key or the endpoint; hosts print it instead of a stack trace.
/// </summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException(string message)
        : base(message)
    {
    }

    public StartupConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupConfigurationException()
    {
    }
}
