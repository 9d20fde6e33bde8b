namespace Gaoxin.Engines.Indices;

/// <summary>
/// The Monte Carlo engine. Before any run: one matrix per normaliser (unit-major, 0 where missing) and its logarithm when
/// geometric aggregation is among the choices, a presence mask, and the base weights of every weight set. A run then
/// draws its choices, perturbs 15-odd weights, does one multiply-add pass over a flat matrix, sorts the scores and adds
/// each unit's rank to a per-thread histogram — no allocation beyond the per-thread buffers.
/// </summary>
internal sealed class MonteCarlo
{
    private const int BlockSize = 64;

    private readonly PreparedIndex _prepared;
    private readonly Normaliser[] _normalisers;
    private readonly Aggregation[] _aggregations;
    private readonly double[][] _baseWeights;
    private readonly double[][] _values;
    private readonly double[]?[] _logs;

    public MonteCarlo(PreparedIndex prepared, UncertaintyOptions options)
    {
        if (options.Runs < 1)
        {
            throw new InvalidIndexException($"Give at least one Monte Carlo run, not {options.Runs}.");
        }

        if (!(options.WeightNoise is >= 0 and <= 1))
        {
            throw new InvalidIndexException($"Weight noise is a share between 0 and 1 (0.25 = ±25 %), not {options.WeightNoise}.");
        }

        _prepared = prepared;
        Options = options;
        var method = prepared.Method;
        _normalisers = options.Normalisers.Count > 0 ? [.. options.Normalisers] : [method.Normaliser];
        _aggregations = options.Aggregations.Count > 0 ? [.. options.Aggregations] : [method.Aggregation];
        _baseWeights = options.WeightSets.Count > 0
            ? options.WeightSets.Select((set, k) => prepared.EffectiveWeights(Multipliers(set, k), $"weight set {k + 1}")).ToArray()
            : [prepared.NominalWeights];

        var geometric = _aggregations.Contains(Aggregation.Geometric);
        _values = new double[_normalisers.Length][];
        _logs = new double[_normalisers.Length][];
        for (var k = 0; k < _normalisers.Length; k++)
        {
            var normalised = prepared.Normalised(_normalisers[k]);
            if (geometric)
            {
                prepared.CheckGeometric(normalised, _normalisers[k]);
                _logs[k] = normalised.Select(v => double.IsNaN(v) ? 0 : Math.Log(v)).ToArray();
            }

            _values[k] = normalised.Select(v => double.IsNaN(v) ? 0 : v).ToArray();
        }
    }

    public UncertaintyOptions Options { get; }

    /// <summary>Runs every run; returns counts[unit × (n + 1) + rank].</summary>
    public long[] Run()
    {
        var n = _prepared.N;
        var total = new long[n * (n + 1)];
        var blocks = (Options.Runs + BlockSize - 1) / BlockSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism ?? -1 };
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new Buffers(n, _prepared.M),
            (block, _, buffers) =>
            {
                var end = Math.Min(Options.Runs, (block + 1) * BlockSize);
                for (var run = block * BlockSize; run < end; run++)
                {
                    RankRun(run, buffers);
                    var counts = buffers.Counts;
                    var ranks = buffers.Ranks;
                    for (var u = 0; u < n; u++)
                    {
                        counts[(u * (n + 1)) + ranks[u]]++;
                    }
                }

                return buffers;
            },
            buffers =>
            {
                lock (total)
                {
                    for (var i = 0; i < total.Length; i++)
                    {
                        total[i] += buffers.Counts[i];
                    }
                }
            });
        return total;
    }

    public RunParameters ParametersOf(int run)
    {
        CheckRun(run);
        var buffers = new Buffers(_prepared.N, _prepared.M);
        var (k, a, s) = Draw(run, buffers.Weights);
        var codes = _prepared.Table.Indicators.Select(i => i.Code).ToArray();
        return new RunParameters(run, _normalisers[k], _aggregations[a], Options.WeightSets.Count > 0 ? s : -1, codes.Select((c, j) => (c, buffers.Weights[j])).ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal));
    }

    public IReadOnlyDictionary<string, int> RanksOf(int run)
    {
        CheckRun(run);
        var buffers = new Buffers(_prepared.N, _prepared.M);
        RankRun(run, buffers);
        return _prepared.Units.Select((u, r) => (u, buffers.Ranks[r])).ToDictionary(x => x.u, x => x.Item2, StringComparer.Ordinal);
    }

    private void RankRun(int run, Buffers buffers)
    {
        var (k, a, _) = Draw(run, buffers.Weights);
        var matrix = _aggregations[a] == Aggregation.Geometric ? _logs[k]! : _values[k];
        Score(matrix, buffers.Weights, buffers.Scores);
        CompetitionRanking.Rank(buffers.Scores, buffers.Ranks, buffers.Keys);
    }

    /// <summary>Draws the run's normaliser, aggregation and weight set, and writes its noisy weights.</summary>
    private (int Normaliser, int Aggregation, int WeightSet) Draw(int run, double[] weights)
    {
        var random = new RunRandom(Options.Seed, run);
        var k = random.Next(_normalisers.Length);
        var a = random.Next(_aggregations.Length);
        var s = random.Next(_baseWeights.Length);
        var baseWeights = _baseWeights[s];
        var noise = Options.WeightNoise;
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] = baseWeights[j] * (1.0 + (noise * ((2.0 * random.NextDouble()) - 1.0)));
        }

        return (k, a, s);
    }

    /// <summary>Weighted mean of each unit's row (of values, or of logs for geometric: same order as the geometric mean).</summary>
    private void Score(double[] matrix, double[] weights, double[] scores)
    {
        var m = weights.Length;
        var presence = _prepared.Presence;
        var missing = _prepared.HasMissing;
        for (var u = 0; u < scores.Length; u++)
        {
            var row = matrix.AsSpan(u * m, m);
            double sum = 0;
            if (!missing)
            {
                for (var j = 0; j < row.Length; j++)
                {
                    sum += weights[j] * row[j];
                }

                scores[u] = sum;
                continue;
            }

            var mask = presence.AsSpan(u * m, m);
            double weight = 0;
            for (var j = 0; j < row.Length; j++)
            {
                sum += weights[j] * row[j];
                weight += weights[j] * mask[j];
            }

            scores[u] = weight > 0 ? sum / weight : double.NegativeInfinity;
        }
    }

    private double[] Multipliers(IReadOnlyDictionary<string, double> set, int index)
    {
        var indicators = _prepared.Table.Indicators;
        var unknown = set.Keys.FirstOrDefault(code => indicators.All(i => i.Code != code));
        if (unknown is not null)
        {
            throw new InvalidIndexException($"Weight set {index + 1} names '{unknown}', which is not an indicator of this index.");
        }

        return indicators.Select(i => set.TryGetValue(i.Code, out var w) ? w : i.Weight).ToArray();
    }

    private void CheckRun(int run)
    {
        if (run < 0 || run >= Options.Runs)
        {
            throw new ArgumentOutOfRangeException(nameof(run), run, $"Runs are numbered 0 … {Options.Runs - 1}.");
        }
    }

    /// <summary>One thread's working memory, reused for every run it does.</summary>
    private sealed class Buffers(int n, int m)
    {
        public double[] Weights { get; } = new double[m];

        public double[] Scores { get; } = new double[n];

        public ulong[] Keys { get; } = new ulong[n];

        public int[] Ranks { get; } = new int[n];

        public int[] Counts { get; } = new int[n * (n + 1)];
    }
}
