using System.Text.Json.Serialization;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Pages;
using BriefingRoom.Server.Publishing;
using BriefingRoom.Server.Queue;
using BriefingRoom.Server.Stenography;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BriefingRoom.Server.Hosting;

/// <summary>Builds the web server: services, middleware and every feature's routes. Reads as the server's table of contents.</summary>
public static class ServerApp
{
    /// <param name="configure">Lets tests replace services (a fake <see cref="TimeProvider"/>) after the defaults are in.</param>
    public static WebApplication Build(ServerOptions options, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (options.Urls.Count > 0)
        {
            builder.WebHost.UseUrls([.. options.Urls]);
        }
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        options.Database.Register(services);
        services.AddDataProtection().SetApplicationName("briefing-room").PersistKeysToDbContext<BriefingDb>();
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Its per-request lines are Information (off anyway); enabled at any level it also gives every request an
        // Activity and a log scope, which a live stream keeps for hours. Errors still come from Kestrel and the handlers.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        // Keys sit unencrypted in the database by design (docs/operations.md); saying so at every start is noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        services.AddBadRequestAnswers();
        // The document names the server only by --public-url: left to itself it would echo the request's Host header.
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = options.SiteBase.Length > 0 ? [new Microsoft.OpenApi.OpenApiServer { Url = options.SiteBase }] : [];
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(SessionCookie.Configure);
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddBriefingRateLimits(options);
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Behind a reverse proxy the client's address and scheme come from it; only proxies on loopback or named with --trusted-proxy are believed.
            // Not X-Forwarded-Host: proxies pass on the client's Host as it came, and links take their origin from --public-url alone (SiteAddress).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }
        });
        services.AddSingleton<BriefingHub>();
        services.AddSingleton<AccountCache>();
        services.AddPages();
        services.AddSingleton<PublicationService>();
        services.AddSingleton<SearchColumns>();
        services.AddScoped<ArchiveSearch>();
        services.AddHostedService<EmbargoScheduler>(); // first: what fell due while the server was down is published before it serves
        services.AddHostedService<SearchWarmUp>();
        services.AddHostedService<LiveKeepAlive>();
        services.AddHostedService<PublishingWarmUp>(); // the first lift after a start is public within a second
        services.AddMedia(); // Janus for the call's audio, when there is one
        services.AddRecording(); // the call's mix, kept for staff
        configure?.Invoke(services);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseBodyLimit();
        app.UseStaticFiles();
        app.UseWhen(http => !StreamSession.ReadsItsOwn(http), every => every.UseAuthentication()); // a live stream reads its own, and keeps none of it
        // The branch's mark does not reach the app, which would then add authentication for every request itself (the key is ASP.NET Core's, .NET 7+).
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapSession();
        app.MapAccounts();
        app.MapBriefings();
        app.MapCall();
        app.MapMedia();
        app.MapRecording();
        app.MapStenographer();
        app.MapQueue();
        app.MapPages();
        app.MapPublication();
        app.MapPublicGate();
        app.MapSearch();
        app.MapArchive();
        return app;
    }

    /// <summary>Creates or migrates the schema to this version's; returns the first administrator's password on a fresh database.</summary>
    public static async Task<string?> PrepareDatabaseAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<ServerOptions>();
        options.Database.PrepareLocation();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        if (options.Database.IsPostgres)
        {
            // Npgsql's migrator reads the history table before creating it and EF logs the failed read as an error; create it first, in EF's own words.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        }
        await db.Database.MigrateAsync();
        await SpeakerlessRepair.RunAsync(db, services.GetRequiredService<ILoggerFactory>().CreateLogger("BriefingRoom.Archive"));
        await services.GetRequiredService<BriefingHub>().RemoveUnfinishedAsync();
        if (!options.Database.IsPostgres)
        {
            // WAL lets readers (live pages, feeds) go on while an event is being appended.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        return await FirstRun.EnsureAdministratorAsync(db, services.GetRequiredService<TimeProvider>());
    }
}
