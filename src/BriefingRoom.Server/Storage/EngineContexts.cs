using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BriefingRoom.Server.Storage;

/// <summary>The database on SQLite, with the migrations under Storage/Migrations/Sqlite.</summary>
public sealed class SqliteBriefingDb(DbContextOptions<SqliteBriefingDb> options) : BriefingDb(options);

/// <summary>The database on PostgreSQL, with the migrations under Storage/Migrations/Postgres.</summary>
public sealed class PostgresBriefingDb(DbContextOptions<PostgresBriefingDb> options) : BriefingDb(options);

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteBriefingDb</c> build the context without a running server.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteBriefingDb>
{
    public SqliteBriefingDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBriefingDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresBriefingDb</c> build the context; it never connects.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresBriefingDb>
{
    public PostgresBriefingDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBriefingDb>().UseNpgsql("Host=localhost").Options);
}
