using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Builder;

namespace BriefingRoom.FanoutSetup;

/// <summary>
/// The server's own services on its database, built as <c>briefing serve</c> builds them but never started: nothing listens.
/// Run before the server starts, since one server process owns a database (docs/operations.md).
/// </summary>
public sealed class OfflineServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OfflineServer(WebApplication app, string? adminPassword) => (_app, AdminPassword) = (app, adminPassword);

    public IServiceProvider Services => _app.Services;

    /// <summary>The first administrator's password when the database was fresh (the server prints it on its first start; here it is made).</summary>
    public string? AdminPassword { get; }

    /// <summary>Migrates (or creates) the database as a server start would.</summary>
    public static async Task<OfflineServer> OpenAsync(string database)
    {
        var app = ServerApp.Build(new ServerOptions(DatabaseChoice.Parse(database), []) { Media = MediaOptions.Off });
        return new OfflineServer(app, await ServerApp.PrepareDatabaseAsync(app.Services));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
