using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BriefingRoom.Benchmarks.Throughput;

/// <summary>The size in MB (10^6 bytes of UTF-8) of the document each case reads or writes.</summary>
public sealed class DocumentSizeColumn() : DocumentColumn("Document MB", "UTF-8 size of the document read or written, in 10^6 bytes", 0)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        (DocumentSize.Of(benchmarkCase) / 1e6).ToString("0.00", CultureInfo.InvariantCulture);
}
