namespace ProcessCluster;

/// <summary>What a <see cref="FaultCluster"/> starts.</summary>
/// <param name="ConnectionString">A migrated, empty database of its own.</param>
/// <param name="Configuration">The build of the silo and the gateway to run (<c>Debug</c>, <c>Release</c>): their <c>bin/{Configuration}/net10.0</c>.</param>
/// <param name="LogDirectory">Where each process's output goes (<c>silo1.log</c>, <c>gateway1.log</c>...).</param>
/// <param name="Silos">How many silos.</param>
/// <param name="Gateways">How many gateways (behind <see cref="FaultCluster.Balancer"/>).</param>
/// <param name="SiloSettings">Extra environment of every silo (e.g. <c>Collection__AutoCollectPeriod</c>).</param>
public sealed record ClusterOptions(
    string ConnectionString,
    string Configuration,
    string LogDirectory,
    int Silos = 2,
    int Gateways = 1,
    IReadOnlyDictionary<string, string>? SiloSettings = null);
