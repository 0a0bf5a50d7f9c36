namespace SmartStore.Internal;

/// <summary>What the rate governor needs to know about one outgoing request; travels in the request options.</summary>
internal sealed record GovernorTicket(string ApplicationId, bool Shared, SmartStoreApi Api, SmartStoreCaller Caller)
{
    public static readonly HttpRequestOptionsKey<GovernorTicket> Key = new("SmartStore.GovernorTicket");
}
