namespace BriefingRoom.Corpus;

/// <summary>Words drawn with probability ∝ 1/rank^s: a few very common, a long tail of rare ones, as in real text.</summary>
internal sealed class ZipfTable
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public ZipfTable(IReadOnlyList<string> words, double exponent)
    {
        _words = [.. words];
        _cumulative = new double[_words.Length];
        var sum = 0.0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            sum += 1 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = sum;
        }
        for (var rank = 0; rank < _words.Length; rank++)
        {
            _cumulative[rank] /= sum;
        }
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>The share of draws that land on <paramref name="rank"/> (0-based).</summary>
    public double Probability(int rank) => _cumulative[rank] - (rank == 0 ? 0 : _cumulative[rank - 1]);

    public string Draw(Prng random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(at < 0 ? ~at : at, _words.Length - 1)];
    }
}
