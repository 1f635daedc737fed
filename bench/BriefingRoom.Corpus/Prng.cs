namespace BriefingRoom.Corpus;

/// <summary>
/// SplitMix64: a small, fast generator whose whole state is one number, so any transcript's stream can be
/// derived from the corpus seed and its index and the output never depends on thread scheduling.
/// </summary>
internal sealed class Prng(ulong state)
{
    private ulong _state = state;

    /// <summary>The stream for item <paramref name="index"/> of stream family <paramref name="salt"/> under <paramref name="seed"/>.</summary>
    public static Prng For(long seed, long salt, long index) =>
        new(Mix(Mix((ulong)seed ^ 0x5DEECE66DUL) ^ Mix((ulong)salt * 0x9E3779B97F4A7C15UL) ^ (ulong)index));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>Uniform in [0, <paramref name="count"/>), by multiply-shift (no modulo bias worth measuring).</summary>
    public int Next(int count) => (int)(((NextUInt64() >> 33) * (ulong)count) >> 31);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Standard normal by Box–Muller (one of the pair is enough here).</summary>
    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());

    /// <summary>Log-normal with the given median and log-space spread; mean is median·e^(σ²/2).</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>A log-normal draw rounded and held to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int LogNormalInt(double median, double sigma, int min, int max) =>
        Math.Clamp((int)Math.Round(LogNormal(median, sigma)), min, max);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
