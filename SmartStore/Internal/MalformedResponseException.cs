namespace SmartStore.Internal;

/// <summary>Thrown by the parsers only, and turned into a typed <see cref="SmartStoreError"/> by the client.</summary>
internal sealed class MalformedResponseException(string message) : Exception(message);
