namespace SmartStore;

/// <summary>Which governor lane a call waits in; every waiting Interactive call is served before any Background one.</summary>
public enum SmartStorePriority
{
    /// <summary>Scheduled work such as reminder ticks of automatic collection.</summary>
    Background = 0,

    /// <summary>A person is waiting for the answer (e.g. pressed 주문 가져오기).</summary>
    Interactive = 1,
}
