namespace BriefingRoom.Server.Pages;

/// <summary>The sign-in form: where to go after it, the address typed, and why the last attempt failed.</summary>
public sealed record SignInModel(string? ReturnUrl, string? Email, string? Error);
