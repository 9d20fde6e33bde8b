using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>Receives one chunk of verdicts: policy index, first row, and the verdicts of the chunk (valid only during the call).</summary>
public delegate void BatchSink(int policy, int start, ReadOnlySpan<Verdict> verdicts);

/// <summary>
/// Evaluates many policies for every enterprise of a zone: columnar input, chunks of rows in parallel, results
/// streamed to a sink chunk by chunk so a million enterprises × twenty policies never sit in memory at once.
/// </summary>
public static class BatchEvaluator
{
    /// <summary>Streams verdicts to <paramref name="sink"/>, which is called from several threads at once.</summary>
    public static void Run(IReadOnlyList<CompiledPolicy> policies, EnterpriseColumns zone, int period, BatchSink sink, int chunkSize = 16_384, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var rules = policies.Select(p => p.ForPeriod(period)).ToArray();
        var frames = policies.Select(p => zone.FrameFor(p.Policy)).ToArray();
        var fixedKernels = rules.Select((r, i) => r.FixedKernel(frames[i])).ToArray();
        var chunks = (zone.Count + chunkSize - 1) / chunkSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };

        // Work item = (chunk, policy), chunk-major: all policies over one chunk of rows keep the same columns warm.
        Parallel.For(0, (long)chunks * policies.Count, options, () => new Verdict[chunkSize], (item, _, buffer) =>
        {
            var chunk = (int)(item / policies.Count);
            var p = (int)(item % policies.Count);
            var start = chunk * chunkSize;
            var end = Math.Min(start + chunkSize, zone.Count);
            var r = rules[p];
            if (fixedKernels[p] is { } exact && Exact(exact, r, frames[p], start, end, buffer))
            {
                // Evaluated exactly in integers.
            }
            else if (r.Kernel is { } kernel)
            {
                kernel(r, frames[p], start, end, buffer);
            }
            else
            {
                buffer.AsSpan(0, end - start).Fill(new Verdict(Decision.NotInForce, 0m, false, -1));
            }

            sink(p, start, buffer.AsSpan(0, end - start));
            return buffer;
        }, _ => { });
    }

    // The integer loop throws on an overflow it cannot represent; the chunk is then evaluated again with decimals.
    private static bool Exact(ChunkKernel kernel, PeriodRules rules, InputFrame frame, int start, int end, Verdict[] buffer)
    {
        try
        {
            kernel(rules, frame, start, end, buffer);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>All verdicts in memory, by policy then enterprise (for modest zones and tests).</summary>
    public static Verdict[][] Evaluate(IReadOnlyList<CompiledPolicy> policies, EnterpriseColumns zone, int period)
    {
        var results = policies.Select(_ => new Verdict[zone.Count]).ToArray();
        Run(policies, zone, period, (p, start, verdicts) => verdicts.CopyTo(results[p].AsSpan(start)));
        return results;
    }
}
