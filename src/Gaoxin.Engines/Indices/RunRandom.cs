namespace Gaoxin.Engines.Indices;

/// <summary>
/// SplitMix64 seeded from (seed, run): a run's random numbers depend on nothing else, which is what makes the analysis
/// reproducible under any thread count and lets a run be replayed from its number. A struct: no allocation per run.
/// </summary>
internal struct RunRandom(ulong seed, int run)
{
    private ulong _state = Mix(seed ^ Mix((ulong)run + 0x632BE59BD9B4E019UL));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in 0 … <paramref name="count"/> − 1.</summary>
    public int Next(int count) => (int)(((NextULong() >> 32) * (ulong)count) >> 32);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
