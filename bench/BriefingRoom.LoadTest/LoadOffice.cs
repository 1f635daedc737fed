using System.Net;

namespace BriefingRoom.LoadTest;

/// <summary>The press office a run needs: an administrator, a moderator, a stenographer and N verified reporters, each signed in.</summary>
public sealed class LoadOffice : IDisposable
{
    /// <summary>Every account's password (the audio benchmark signs browsers in with it).</summary>
    public const string Password = "load-test-password-1";

    private readonly Uri _server;
    private readonly int _salt = Random.Shared.Next(2, 250); // a run's own addresses and e-mails, so a second run on one server starts clean

    private LoadOffice(Uri server) => _server = server;

    public Person Admin { get; private set; } = null!;

    public Person Moderator { get; private set; } = null!;

    public Person Stenographer { get; private set; } = null!;

    public List<Person> Reporters { get; } = [];

    public static async Task<LoadOffice> CreateAsync(Uri server, string adminPassword, int reporters, int parallelism)
    {
        var office = await StaffedAsync(server, adminPassword);
        office.Reporters.AddRange(Enumerable.Range(0, reporters).Select(i => office.NewPerson($"reporter{i}", 1000 + i)));
        await Parallel.ForEachAsync(office.Reporters, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (r, _) => await office.ReporterAsync(r));
        return office;
    }

    /// <summary>The office with reporters made in bulk before the server started, each already holding a session.</summary>
    public static async Task<LoadOffice> CreateAsync(Uri server, string adminPassword, IReadOnlyList<MintedReporter> reporters)
    {
        var office = await StaffedAsync(server, adminPassword);
        office.Reporters.AddRange(reporters.Select((r, i) =>
        {
            var person = office.NewPerson($"reporter{i}", 1000 + i);
            person.AccountId = r.AccountId;
            person.UseSession(r.Email, r.Cookie);
            return person;
        }));
        return office;
    }

    private static async Task<LoadOffice> StaffedAsync(Uri server, string adminPassword)
    {
        var office = new LoadOffice(server);
        office.Admin = office.NewPerson("admin", 0);
        await office.Admin.SignInAsync("admin@localhost", adminPassword);
        office.Moderator = await office.StaffAsync("moderator", 1);
        office.Stenographer = await office.StaffAsync("stenographer", 2);
        return office;
    }

    /// <summary>Schedules a background call, embargoed until its conclusion and published automatically, with the office's reporters admitted.</summary>
    public async Task<long> ScheduleAsync(string title, bool admitReporters)
    {
        var plan = new
        {
            title,
            location = "Via Teleconference",
            starts = "2026-11-24T13:00",
            timeZone = "Etc/UTC", // the public path's date is the UTC date of publication, which the tool can compute
            attribution = "background",
            embargo = "until-conclusion",
            speakers = new[] { new { name = "Ottoline Loadwright", aliases = new[] { "Loadwright" }, label = "Senior Administration Official" } },
        };
        var id = (await Moderator.PostAsync("/api/briefings", plan)).GetProperty("id").GetInt64();
        if (admitReporters)
        {
            await Parallel.ForEachAsync(Reporters, new ParallelOptions { MaxDegreeOfParallelism = 4 },
                async (r, _) => await Moderator.PostAsync($"/api/briefings/{id}/reporters", new { accountId = r.AccountId }));
        }
        return id;
    }

    public string Tag => _salt.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<Person> StaffAsync(string role, int n) => StaffAsync(role, n, role);

    /// <summary>One more staff account with the given roles, signed in from an address of its own (n: 3 to 999, unused by the office).</summary>
    public async Task<Person> StaffAsync(string name, int n, params string[] roles)
    {
        var email = $"{name}.{_salt}@press.gov";
        var id = (await Admin.PostAsync("/api/accounts", new { email, name = $"The {name}", roles, password = Password })).GetProperty("id").GetInt64();
        var person = NewPerson(name, n);
        person.AccountId = id;
        await person.SignInAsync(email, Password);
        return person;
    }

    private async Task ReporterAsync(Person reporter)
    {
        var email = $"{reporter.Name}.{_salt}@news.example";
        var created = await reporter.PostAsync("/api/reporters", new { email, name = $"Reporter {reporter.Name}", outlet = $"Outlet {reporter.Name}", password = Password });
        reporter.AccountId = created.GetProperty("id").GetInt64();
        await Admin.PostAsync($"/api/accounts/{reporter.AccountId}/verify");
        await reporter.SignInAsync(email, Password);
    }

    // 127.salt.hi.lo: every person leaves from an address of their own; all of 127/8 reaches the loopback server.
    private Person NewPerson(string name, int n) =>
        Person.Create(name, _server, new IPAddress([127, (byte)_salt, (byte)(n / 250), (byte)(n % 250 + 1)]));

    public void Dispose()
    {
        foreach (var p in (Person[])[Admin, Moderator, Stenographer, .. Reporters])
        {
            p?.Dispose();
        }
    }
}
