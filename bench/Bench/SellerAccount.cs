using SmartStoreSimulator.Client;

namespace Bench;

/// <summary>A simulated seller and one of its product orders, which the load reads again and again.</summary>
internal sealed record SellerAccount(string AccountId, string ProductOrderId)
{
    /// <summary>Creates a seller account with one paid order in the simulator.</summary>
    public static async Task<SellerAccount> CreateAsync(SimulatorClient simulator)
    {
        var accountId = await simulator.CreateSellerAsync();
        var orders = await simulator.AddOrdersAsync(accountId, 1);
        return new SellerAccount(accountId, orders[0]);
    }
}
