using Microsoft.AspNetCore.Authorization;

namespace BriefingRoom.Server.Pages;

/// <summary>The server-rendered pages: their services and their routes, each area in its own file.</summary>
public static class PageRoutes
{
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PageAuthorization>();
        return services;
    }

    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapAccountPages();
        app.MapStaffPages();
        app.MapSchedulePages();
        app.MapControlRoomPages();
        app.MapReporterPages();
        app.MapSpeakerPages();
        app.MapSearchPages();
        app.MapErrorPages();
    }
}
