namespace WebGateway.Apis.Operator;

/// <summary>How many items a list endpoint answers at once: 50 unless asked, at most <see cref="Max"/>.</summary>
internal static class PageLimit
{
    public const int Default = 50;
    public const int Max = 500;

    /// <summary>The page size to use, or the Korean problem with <paramref name="requested"/>.</summary>
    public static (int Limit, string? Problem) Read(int? requested) => requested switch
    {
        null => (Default, null),
        < 1 or > Max => (0, $"한 번에 1~{Max}개까지 가져올 수 있어요"),
        { } value => (value, null),
    };
}
