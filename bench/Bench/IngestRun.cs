namespace Bench;

/// <summary>One measured way of handling the orders: how many, how long, how many write transactions and how much CPU it took.</summary>
internal sealed record IngestRun(string Name, int Orders, TimeSpan Elapsed, long WriteTransactions, CpuSample Cpu)
{
    public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;

    public double TransactionsPerOrder => Orders == 0 ? 0 : (double)WriteTransactions / Orders;
}
