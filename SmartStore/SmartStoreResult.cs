using System.Diagnostics.CodeAnalysis;

namespace SmartStore;

/// <summary>Either a value or a <see cref="SmartStoreError"/>; SmartStore failures are returned, never thrown.</summary>
/// <typeparam name="T">The value of a successful call.</typeparam>
public sealed class SmartStoreResult<T>
{
    private SmartStoreResult(T? value, SmartStoreError? error, string? traceId)
    {
        Value = value;
        Error = error;
        TraceId = traceId;
    }

    /// <summary>The value when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error when the call failed.</summary>
    public SmartStoreError? Error { get; }

    /// <summary>The trace id of the last response the call received, kept for the seller's sync history.</summary>
    public string? TraceId { get; }

    /// <summary>True when the call succeeded and <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static SmartStoreResult<T> Success(T value, string? traceId) => new(value, null, traceId);

    /// <summary>A failed result.</summary>
    public static SmartStoreResult<T> Failure(SmartStoreError error) => new(default, error, error.TraceId);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failure({Error})";
}
