using BriefingRoom.Server.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BriefingRoom.Server.Media;

/// <summary>The media server's supervision, and staff's view of whether the call has audio.</summary>
public static class MediaEndpoints
{
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddSingleton<MediaSupervisor>();
        services.AddHostedService(provider => provider.GetRequiredService<MediaSupervisor>());
        services.AddSingleton<AudioRooms>();
        services.AddHostedService(provider => provider.GetRequiredService<AudioRooms>());
        services.AddSingleton<AudioLines>();
        services.AddHostedService(provider => provider.GetRequiredService<AudioLines>());
        services.AddSingleton<AudioPresence>();
        services.AddSingleton<SpeakerPasses>();
        services.AddSingleton<AudioSessions>();
        services.AddHostedService(provider => provider.GetRequiredService<AudioSessions>());
        return services;
    }

    public static void MapMedia(this IEndpointRouteBuilder app)
    {
        // Staff only: the detail names addresses and processes of the server.
        app.MapGet("/api/media", Ok<MediaAnswer> (MediaSupervisor media) => TypedResults.Ok(MediaAnswer.Of(media.Status)))
            .WithTags("Media").RequireRoles(Roles.Staff);
        app.MapAudio();
    }

    /// <summary>Whether the call has audio, why not in words for everyone, and the detail for staff.</summary>
    public sealed record MediaAnswer(bool On, string Reason, string? Detail)
    {
        public static MediaAnswer Of(MediaStatus status) => new(status.IsOn, status.Reason, status.StaffDetail);
    }
}
