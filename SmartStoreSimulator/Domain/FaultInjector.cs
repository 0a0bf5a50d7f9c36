namespace SmartStoreSimulator.Domain;

/// <summary>The armed faults; each matching request consumes one use of the first matching rule.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public FaultRule? TryTake(string clientId, string api)
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(clientId, api));
            if (rule is null)
            {
                return null;
            }

            rule.Remaining--;
            if (rule.Remaining == 0)
            {
                _rules.Remove(rule);
            }

            return rule;
        }
    }
}
