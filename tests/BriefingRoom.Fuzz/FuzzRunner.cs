using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BriefingRoom.Fuzz;

/// <summary>
/// Mutates the corpus for each reader for a bounded time, checking every input on a worker with a time budget,
/// while a watchdog holds the process under its memory bound. Failing inputs are saved under artifacts/fuzz.
/// </summary>
internal sealed class FuzzRunner(FuzzOptions options, TextWriter log)
{
    private const int MaxFailuresPerTarget = 5;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _artifacts = Path.Combine(Corpus.RepositoryRoot ?? Directory.GetCurrentDirectory(), "artifacts", "fuzz");
    private volatile string _current = "";
    private volatile string _currentName = "";

    public int Run()
    {
        if (options.Replay is not null)
        {
            return Replay(options.Replay);
        }
        log.WriteLine($"fuzz: seed {options.Seed}, {options.Seconds} s per parser, {options.PerInput.TotalSeconds} s of processor time per input");
        using var watchdog = new Timer(_ => CheckMemory(), null, 100, 100);
        var passed = 0;
        var failed = 0;
        for (var f = 0; f < options.Targets.Count; f++)
        {
            if (RunTarget(options.Targets[f], options.Seed + f))
            {
                passed++;
            }
            else
            {
                failed++;
            }
        }
        log.WriteLine($"fuzz: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Checks one saved input against each chosen reader, with timings, to reproduce a failure.</summary>
    private int Replay(string path)
    {
        var input = File.ReadAllText(path);
        var failed = 0;
        foreach (var target in options.Targets)
        {
            _currentName = $"replay-{target.Name}";
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            var failure = Check(input, target, out var accepted);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_currentName}: {(failure is null ? accepted ? "read" : "rejected with a position" : failure.Value.Message)} in {clock.ElapsedMilliseconds} ms ({(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:F0} ms of processor time)"));
            failed += failure is null ? 0 : 1;
        }
        return failed == 0 ? 0 : 1;
    }

    private bool RunTarget(FuzzTarget target, int seed)
    {
        var name = target.Name;
        var corpus = Corpus.For(target);
        var random = new Random(seed);
        var mutator = new Mutator(random, corpus, target.Tokens);
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(options.Seconds);
        long inputs = 0, accepted = 0, failures = 0;
        while (clock.Elapsed < deadline && failures < MaxFailuresPerTarget)
        {
            // Every corpus entry is checked as is first, then mutants of random entries.
            var input = inputs < corpus.Count ? corpus[(int)inputs] : mutator.Mutate(corpus[random.Next(corpus.Count)]);
            _current = input;
            _currentName = $"{name}-{seed}-{inputs}";
            inputs++;
            var failure = Check(input, target, out var wasAccepted);
            accepted += wasAccepted ? 1 : 0;
            if (failure is not null)
            {
                failures++;
                Report(failure.Value.Message, input, failure.Value.Evidence);
            }
        }
        var verdict = failures == 0 ? "passed" : "FAILED";
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz {name}: {verdict}: {inputs} inputs ({accepted} read, {inputs - accepted - failures} rejected with a position, {failures} failures) in {clock.Elapsed.TotalSeconds:F0} s"));
        return failures == 0;
    }

    private (string Message, string? Evidence)? Check(string input, FuzzTarget target, out bool accepted)
    {
        accepted = false;
        var work = Task.Run(() => target.Check(input, true));
        try
        {
            if (!Finishes(work))
            {
                // A reader stuck in a loop cannot be stopped from outside: save the input and end the process.
                Report($"hang: no result within {options.PerInput.TotalSeconds} s of processor time", input, null);
                log.WriteLine("fuzz: 0 passed, 1 failed");
                log.Flush();
                Environment.Exit(1);
            }
            accepted = work.Result;
            return null;
        }
        catch (AggregateException e) when (e.InnerException is FuzzFailure failure)
        {
            return (failure.Message, failure.Evidence);
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            return ($"crash: {e.InnerException.GetType().Name}: {e.InnerException.Message}\n{e.InnerException.StackTrace}", null);
        }
    }

    /// <summary>
    /// False when the check spends the per-input budget in processor time, or ten times it on the clock: on a machine
    /// shared by many builds the clock runs several times slower than the reader, and a hang was only a busy machine.
    /// </summary>
    private bool Finishes(Task work)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        while (!work.Wait(TimeSpan.FromMilliseconds(50)))
        {
            if (Environment.CpuUsage.TotalTime - cpu > options.PerInput || clock.Elapsed > options.PerInput * 10)
            {
                return false;
            }
        }
        return true;
    }

    private void CheckMemory()
    {
        var used = Math.Max(Environment.WorkingSet, GC.GetTotalMemory(false));
        if (used > options.MemoryLimit)
        {
            Report($"memory: {used / (1024 * 1024)} MiB in use, over the {options.MemoryLimit / (1024 * 1024)} MiB bound", _current, null);
            log.WriteLine("fuzz: 0 passed, 1 failed");
            log.Flush();
            Environment.Exit(1);
        }
    }

    private void Report(string message, string input, string? evidence)
    {
        Directory.CreateDirectory(_artifacts);
        var path = Path.Combine(_artifacts, $"crash-{_currentName}.txt");
        File.WriteAllText(path, input, Utf8);
        if (evidence is not null)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".evidence.txt"), evidence, Utf8);
        }
        var preview = input.Length > 300 ? input[..300] + "…" : input;
        log.WriteLine($"fuzz FAILURE {_currentName}: {message}");
        log.WriteLine($"  input ({input.Length} chars) saved to {path}: {Escape(preview)}");
    }

    /// <summary>The input on one line with control characters and lone surrogates visible.</summary>
    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            sb.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return sb.ToString();
    }
}
