namespace Infrastructure.Database;

/// <summary>One versioned SQL file of the schema.</summary>
/// <param name="Version">Its number, from the file name; applied in ascending order.</param>
/// <param name="Name">The file name without extension, recorded in <c>schema_migrations</c>.</param>
/// <param name="Sql">The statements, run in one transaction.</param>
public sealed record Migration(int Version, string Name, string Sql);
