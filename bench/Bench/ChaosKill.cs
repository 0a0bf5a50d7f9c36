namespace Bench;

/// <summary>One kill of the chaos run and how long the cluster took to recover from it.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Silo">The silo killed (1 or 2).</param>
/// <param name="Phase">What the sellers were doing: collection or placing.</param>
/// <param name="Restart">Process start to <c>/health/ready</c> of the restarted silo.</param>
/// <param name="Serving">Kill to the first successful API call through the gateway after it.</param>
/// <param name="Progressing">Kill to the first order collected or charged after it.</param>
internal sealed record ChaosKill(int Number, int Silo, string Phase, TimeSpan Restart, TimeSpan Serving, TimeSpan Progressing);
