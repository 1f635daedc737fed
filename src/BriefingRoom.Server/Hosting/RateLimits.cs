using System.Threading.RateLimiting;
using BriefingRoom.Server.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace BriefingRoom.Server.Hosting;

/// <summary>Rate limits: sign-in and registration per client address (slows password guessing), queue actions per account.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Queue = "queue";

    public static IServiceCollection AddBriefingRateLimits(this IServiceCollection services, ServerOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, token) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await Results.Problem("Too many attempts; wait a minute and try again.", statusCode: 429, title: "Slow down")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.AddPolicy(Queue, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Id()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.QueueActionsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
}
