namespace Grains.Common;

/// <summary>
/// A grain's persistent state as the grain's other calls may see it: a new value becomes visible only once it is
/// written, and a failed write leaves the previous value in place. Values are immutable and replaced whole, so an
/// interleaved call (an <c>[AlwaysInterleave]</c> getter) reading during a write still sees the persisted value.
/// </summary>
/// <typeparam name="T">An immutable state type.</typeparam>
public sealed class CommittedState<T>
    where T : class
{
    private readonly IPersistentState<T> _storage;
    private T? _beforeWrite;

    public CommittedState(IPersistentState<T> storage)
    {
        _storage = storage;
    }

    /// <summary>The last value known to be persisted.</summary>
    public T Value => _beforeWrite ?? _storage.State;

    /// <summary>True when storage holds a value for the grain.</summary>
    public bool RecordExists => _storage.RecordExists;

    /// <summary>Persists <paramref name="next"/>, then makes it <see cref="Value"/>; on failure nothing changes and the error is thrown.</summary>
    public async Task SaveAsync(T next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = _storage.State;
        _beforeWrite = previous;
        _storage.State = next;
        try
        {
            await _storage.WriteStateAsync();
        }
        catch
        {
            _storage.State = previous;
            throw;
        }
        finally
        {
            _beforeWrite = null;
        }
    }
}
