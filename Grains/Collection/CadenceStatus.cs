namespace Grains.Collection;

/// <summary>The cadence plan in force on a silo and what it was made from.</summary>
/// <param name="Plan">Ticks between polls, busy and quiet.</param>
/// <param name="Busy">Solution-mode sellers ticking here with recent changes.</param>
/// <param name="Quiet">The others.</param>
/// <param name="PollsPerSecond">The change-feed budget planned for.</param>
public sealed record CadenceStatus(CadencePlan Plan, int Busy, int Quiet, double PollsPerSecond);
