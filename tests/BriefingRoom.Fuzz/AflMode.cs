using System.Text;
using SharpFuzz;

namespace BriefingRoom.Fuzz;

/// <summary>
/// The target for coverage-guided fuzzing with AFL++ (scripts/fuzz-afl): one input a run from AFL's fork server;
/// a crash, a hang or a writer refusing a reader's output is an uncaught exception or a time-out, which AFL records.
/// The Markdown round trip is left to the seeded fuzzer, whose runs CI can repeat.
/// </summary>
internal static class AflMode
{
    public static int Run(FuzzTarget target)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var reader = new StreamReader(stream, utf8);
            target.Check(reader.ReadToEnd(), false);
        });
        return 0;
    }
}
