namespace BriefingRoom.Server.Tests;

/// <summary>Waits for something the server does in the background (a lift, a publication), failing with what was last seen.</summary>
public static class Eventually
{
    public static async Task<T> ThatAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }
            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{what} did not happen within {seconds} s; last seen: {last}");
        return last;
    }
}
