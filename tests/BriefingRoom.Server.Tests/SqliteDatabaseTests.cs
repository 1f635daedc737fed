namespace BriefingRoom.Server.Tests;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public void Dispose_deletes_the_file_and_its_write_ahead_log()
    {
        var database = new SqliteDatabase();
        File.WriteAllText(database.Path, "");
        File.WriteAllText(database.Path + "-wal", "");

        database.Dispose();

        Assert.False(File.Exists(database.Path));
        Assert.False(File.Exists(database.Path + "-wal"));
    }
}
