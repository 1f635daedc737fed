namespace BriefingRoom.Server.Accounts;

/// <summary>The roles an account can hold, and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Moderator = "moderator";
    public const string Operator = "operator";
    public const string Stenographer = "stenographer";
    public const string Publisher = "publisher";
    public const string Reporter = "reporter";

    public static IReadOnlyList<string> Staff { get; } = [Admin, Moderator, Operator, Stenographer, Publisher];

    public static IReadOnlyList<string> All { get; } = [.. Staff, Reporter];

    /// <summary>Policy: a reporter whose identity staff have verified.</summary>
    public const string VerifiedReporterPolicy = "verified-reporter";

    /// <summary>The claim a verified reporter carries.</summary>
    public const string VerifiedClaim = "verified";

    public static bool IsKnown(string role) => All.Contains(role);

    /// <summary>The role as people read it on a page ("Administrator", not "admin").</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Administrator",
        Moderator => "Moderator",
        Operator => "Operator",
        Stenographer => "Stenographer",
        Publisher => "Publisher",
        Reporter => "Reporter",
        _ => role,
    };

    /// <summary>Lets in a signed-in account holding any of the roles.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder endpoint, params IReadOnlyList<string> roles)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireRole(roles));

    /// <summary>Lets in a reporter whose identity staff have verified.</summary>
    public static TBuilder RequireVerifiedReporter<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireRole(Reporter).RequireClaim(VerifiedClaim, "true"));
}
