using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>The schema each engine is migrated to on start is the model the code uses: a model change without its migration fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_hold_every_model_change()
    {
        using var db = new SqliteDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqliteBriefingDb (docs/operations.md)");
    }

    [Fact]
    public void The_PostgreSQL_migrations_hold_every_model_change()
    {
        using var db = new PostgresDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context PostgresBriefingDb (docs/operations.md)");
    }
}
