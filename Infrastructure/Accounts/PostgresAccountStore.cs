using Npgsql;

namespace Infrastructure.Accounts;

/// <summary>The PostgreSQL <see cref="IAccountStore"/>: one row per account, each call one statement.</summary>
public sealed class PostgresAccountStore : IAccountStore
{
    private const string Columns = "login_id, role, name, password_hash, disabled, security_stamp, created_at";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresAccountStore(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public async Task<bool> CreateAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!AccountIds.IsValid(account.LoginId) || !AccountRole.IsKnown(account.Role))
        {
            throw new ArgumentException($"Not a valid account: {account}.", nameof(account));
        }

        await using var command = _dataSource.CreateCommand("""
            INSERT INTO accounts (login_id, role, name, password_hash, disabled)
            VALUES (@login, @role, @name, @hash, @disabled)
            ON CONFLICT (login_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("login", account.LoginId);
        command.Parameters.AddWithValue("role", account.Role);
        command.Parameters.AddWithValue("name", account.Name);
        command.Parameters.AddWithValue("hash", account.PasswordHash);
        command.Parameters.AddWithValue("disabled", account.Disabled);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<Account?> FindAsync(string loginId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM accounts WHERE login_id = @login");
        command.Parameters.AddWithValue("login", loginId);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Account?> SetDisabledAsync(string loginId, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"""
            UPDATE accounts SET disabled = @disabled, security_stamp = security_stamp + 1
             WHERE login_id = @login
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("login", loginId);
        command.Parameters.AddWithValue("disabled", disabled);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Account?> SetPasswordHashAsync(string loginId, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"""
            UPDATE accounts SET password_hash = @hash, security_stamp = security_stamp + 1
             WHERE login_id = @login
            RETURNING {Columns}
            """);
        command.Parameters.AddWithValue("login", loginId);
        command.Parameters.AddWithValue("hash", passwordHash);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Account>> ListAsync(
        string role, string? afterLoginId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand($"""
            SELECT {Columns} FROM accounts
             WHERE role = @role AND (@after::text IS NULL OR login_id > @after)
             ORDER BY login_id
             LIMIT @limit
            """);
        command.Parameters.AddWithValue("role", role);
        command.Parameters.AddWithValue("after", NpgsqlTypes.NpgsqlDbType.Text, (object?)afterLoginId ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        var accounts = new List<Account>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    private static async Task<Account?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Account Read(NpgsqlDataReader reader) => new(
        LoginId: reader.GetString(0),
        Role: reader.GetString(1),
        Name: reader.GetString(2),
        PasswordHash: reader.GetString(3),
        Disabled: reader.GetBoolean(4),
        SecurityStamp: reader.GetInt32(5),
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(6));
}
