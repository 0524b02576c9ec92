using Autograder.Cases;
using Autograder.Execution;

namespace Autograder.Checking.Tests;

public sealed class CaseMinimizerTests
{
    [Fact]
    public void Minimizing_keeps_only_the_steps_the_failure_needs()
    {
        var builder = new CaseBuilder("long").Zone("z", 4096);
        for (var i = 0; i < 40; i++)
        {
            builder.Alloc($"n{i}", "z", 8);
        }

        var @case = builder.Alloc("big", "z", 64).Build();

        // The "bug": a zalloc of 64 bytes fails; every other step is noise.
        var minimized = CaseMinimizer.Minimize(@case, c => c.Steps.Any(s => s.Operation == Operation.Zalloc && s.Size == 64));

        Assert.Equal(["z = create_zone 4096", "big = zalloc z 64"], minimized.Steps.Select(s => StepSyntax.Format(minimized, s)));
    }

    [Fact]
    public void A_minimized_case_never_uses_a_name_whose_binding_was_removed()
    {
        var @case = new CaseBuilder("dependent").Zone("z", 256).Alloc("a", "z", 8).Alloc("b", "z", 8).Free("z", "a").Free("z", "b").Build();
        var candidates = new List<CaseDefinition>();

        CaseMinimizer.Minimize(@case, candidate =>
        {
            candidates.Add(candidate);
            return candidate.Steps.Any(s => s.Operation == Operation.Zfree);
        });

        Assert.NotEmpty(candidates);
        Assert.All(candidates, candidate =>
        {
            var bound = new HashSet<string>();
            foreach (var step in candidate.Steps)
            {
                if (step.Operation == Operation.Zfree)
                {
                    Assert.Contains(candidate.BlockNames[step.Block], bound);
                }

                if (step.Operation == Operation.Zalloc)
                {
                    bound.Add(candidate.BlockNames[step.Block]);
                }
            }
        });
    }

    [Fact]
    public void The_minimized_case_for_a_wrong_offset_still_fails_the_same_way_and_states_the_reference_answers()
    {
        var grade = Grading.Grade(Grading.EveryOperation, heap => new ShiftsBlocksByEight(heap));

        Assert.NotNull(grade.Minimized);
        Assert.Equal(["z = create_zone 128 -> ok", "a = zalloc z 13 -> offset 0"], grade.Minimized.Steps.Select(s => StepSyntax.Format(grade.Minimized, s)));
        var again = Grading.Grade(grade.Minimized, heap => new ShiftsBlocksByEight(heap), minimize: false);
        Assert.Equal(DivergenceKind.WrongOffset, again.Verdict.Divergence?.Kind);
    }
}

/// <summary>Minimizing a long case that goes wrong early starts from the steps up to the divergence.</summary>
public sealed class MinimizingFromTheDivergenceTests
{
    [Fact]
    public void A_long_case_that_diverges_early_is_minimized_in_few_runs_and_still_fails_the_same_way()
    {
        var builder = new CaseBuilder("early").Zone("z", 1 << 20).Alloc("big", "z", 64);
        for (var i = 0; i < 2_000; i++)
        {
            builder.Alloc($"n{i}", "z", 8).Free("z", $"n{i}");
        }

        var @case = builder.Build();
        var runner = new CountingRunner(new InProcessCaseRunner(heap => new ReturnsNullForLargeBlocks(heap)));

        var grade = new CaseGrader(runner, Grading.Reference).Grade(@case);

        Assert.Equal(1, grade.Verdict.Divergence?.StepIndex);
        Assert.Equal(["z = create_zone 1048576 -> ok", "big = zalloc z 64 -> offset 0"], grade.Minimized!.Steps.Select(s => StepSyntax.Format(grade.Minimized, s)));

        // The first run, the two-step prefix, then ddmin over two steps: not hundreds of 4,000-step candidates.
        Assert.InRange(runner.Runs, 2, 6);
        Assert.All(runner.StepCounts.Skip(1), steps => Assert.True(steps <= 2, $"a candidate of {steps} steps"));
    }

    private sealed class CountingRunner(ICaseRunner inner) : ICaseRunner
    {
        public int Runs => StepCounts.Count;

        public List<int> StepCounts { get; } = [];

        public CaseObservation Run(CaseDefinition @case, ExecutionOptions options)
        {
            StepCounts.Add(@case.Steps.Count);
            return inner.Run(@case, options);
        }
    }
}
