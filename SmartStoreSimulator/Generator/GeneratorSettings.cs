using Microsoft.Extensions.Options;

namespace SmartStoreSimulator.Generator;

/// <summary>The generator's live settings, seeded from configuration and changed by the control endpoint.</summary>
internal sealed class GeneratorSettings(IOptions<SimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private GeneratorSnapshot _current = new(
        options.Value.Generator.Enabled, options.Value.Generator.Sellers, options.Value.Generator.OrdersPerMinute, options.Value.Generator.SellerPrefix);

    public GeneratorSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public GeneratorSnapshot Update(bool? enabled, int? sellers, double? ordersPerMinute)
    {
        lock (_gate)
        {
            _current = _current with
            {
                Enabled = enabled ?? _current.Enabled,
                Sellers = Math.Max(0, sellers ?? _current.Sellers),
                OrdersPerMinute = Math.Max(0, ordersPerMinute ?? _current.OrdersPerMinute),
            };
            return _current;
        }
    }
}
