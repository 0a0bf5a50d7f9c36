namespace SmartStoreSimulator;

/// <summary>Start-up settings of the order generator; the control endpoint changes them while running.</summary>
public sealed class GeneratorOptions
{
    /// <summary>Whether new orders are generated.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many seller accounts receive orders (<c>gen-seller-0001</c> and up).</summary>
    public int Sellers { get; set; } = 3;

    /// <summary>New product orders per seller per minute.</summary>
    public double OrdersPerMinute { get; set; } = 6;

    /// <summary>Prefix of the generated seller account ids.</summary>
    public string SellerPrefix { get; set; } = "gen-seller-";
}
