namespace Grains.Interfaces.Points;

/// <summary>What happened to a ledger posting.</summary>
[GenerateSerializer, Alias("onch.PostingOutcome")]
public enum PostingOutcome
{
    /// <summary>The entry was written now.</summary>
    Posted = 0,

    /// <summary>An entry with the same seller, kind and reference exists; nothing was written again.</summary>
    AlreadyPosted = 1,

    /// <summary>The balance would go below zero; nothing was written.</summary>
    Insufficient = 2,
}
