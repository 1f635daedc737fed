using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Storage;

/// <summary>
/// Which database the server runs on: a SQLite file (the embedded default, <c>./data/briefing.db</c>) or PostgreSQL
/// when the connection string names a host. Decided once from <c>--database</c> or <c>BRIEFING_DATABASE</c>.
/// </summary>
public sealed record DatabaseChoice(bool IsPostgres, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/briefing.db";

    /// <summary>Reads a <c>--database</c> value: a PostgreSQL connection string or URI, a SQLite connection string, or a file path.</summary>
    public static DatabaseChoice Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Sqlite(DefaultSqliteFile);
        }
        var trimmed = value.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(true, FromUri(new Uri(trimmed)));
        }
        if (trimmed.Contains("Host=", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new(true, trimmed);
        }
        if (trimmed.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new(false, trimmed);
        }
        return Sqlite(trimmed);
    }

    public static DatabaseChoice Sqlite(string file) =>
        new(false, new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString());

    /// <summary>What to print about where data lives, without the password.</summary>
    public string Describe() => IsPostgres
        ? "PostgreSQL " + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>Registers <see cref="BriefingDb"/> as the engine's context, so each engine runs its own migrations.</summary>
    public void Register(IServiceCollection services)
    {
        if (IsPostgres)
        {
            services.AddDbContext<BriefingDb, PostgresBriefingDb>(o => o.UseNpgsql(ConnectionString));
        }
        else
        {
            services.AddDbContext<BriefingDb, SqliteBriefingDb>(o => o.UseSqlite(ConnectionString));
        }
    }

    /// <summary>A context on this database outside the web host, for the command-line tools.</summary>
    public BriefingDb CreateContext() => IsPostgres
        ? new PostgresBriefingDb(new DbContextOptionsBuilder<PostgresBriefingDb>().UseNpgsql(ConnectionString).Options)
        : new SqliteBriefingDb(new DbContextOptionsBuilder<SqliteBriefingDb>().UseSqlite(ConnectionString).Options);

    /// <summary>Creates the SQLite file's folder so a fresh checkout runs with no setup.</summary>
    public void PrepareLocation()
    {
        if (IsPostgres)
        {
            return;
        }
        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static string FromUri(Uri uri)
    {
        var user = uri.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={uri.Host}", $"Port={(uri.Port > 0 ? uri.Port : 5432)}" };
        if (user[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
        }
        if (user.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            parts.Add($"Database={Uri.UnescapeDataString(database)}");
        }
        return string.Join(';', parts);
    }
}
