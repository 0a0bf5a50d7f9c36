namespace Infrastructure.Database;

/// <summary>Names the Orleans ADO.NET providers use for our database.</summary>
public static class AdoNetInvariant
{
    /// <summary>The ADO.NET invariant of Npgsql, as the Orleans providers name it.</summary>
    public const string Npgsql = "Npgsql";
}
