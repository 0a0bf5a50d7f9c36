namespace Grains.Fulfillment;

/// <summary>What a failed SmartStore write means for the outbox.</summary>
public enum FailureVerdict
{
    /// <summary>SmartStore says the write is already in effect (<c>105306</c> on a confirm): a success.</summary>
    AlreadyApplied,

    /// <summary>Certainly not applied and worth trying again later (a rate limit, the confirm still owed).</summary>
    Retry,

    /// <summary>Maybe applied (a timeout, a 5xx, a lost answer): read back before sending again.</summary>
    RetryUnknown,

    /// <summary>Refused for good (a Naver business code): reported for a person and dropped from the queue.</summary>
    Final,
}
