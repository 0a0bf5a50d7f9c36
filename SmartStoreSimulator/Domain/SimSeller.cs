namespace SmartStoreSimulator.Domain;

/// <summary>A SmartStore seller account and its orders; <see cref="Gate"/> guards every order of the seller.</summary>
internal sealed class SimSeller(string accountId)
{
    public string AccountId { get; } = accountId;

    public Lock Gate { get; } = new();

    public Dictionary<string, SimOrder> Orders { get; } = new(StringComparer.Ordinal);
}
