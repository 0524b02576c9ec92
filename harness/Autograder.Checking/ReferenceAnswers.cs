using System.Collections.Concurrent;
using System.Globalization;
using Autograder.Cases;
using Autograder.Execution;
using Zones.Reference;

namespace Autograder.Checking;

/// <summary>
/// What the reference does on each case, computed once per case and shared by every submission graded
/// with the same alignment. Also checks a case's written expectations against the reference.
/// </summary>
public sealed class ReferenceAnswers
{
    private readonly ConcurrentDictionary<CaseDefinition, CaseObservation> _answers = new(ReferenceEqualityComparer.Instance);
    private readonly InProcessCaseRunner _reference;

    /// <summary>Answers for blocks aligned to <paramref name="alignment"/>.</summary>
    public ReferenceAnswers(int alignment = ReferenceZoneAllocator.DefaultAlignment) =>
        _reference = new InProcessCaseRunner(heap => new ReferenceZoneAllocator(heap, alignment, checkInvariants: false));

    /// <summary>The reference's observations of <paramref name="case"/>.</summary>
    public CaseObservation For(CaseDefinition @case) => _answers.GetOrAdd(@case, Compute);

    /// <summary>The reference's observations of a case seen once (a minimization candidate), not kept.</summary>
    public CaseObservation Compute(CaseDefinition @case) => _reference.Run(@case, ExecutionOptions.Default);

    /// <summary>
    /// Where the case's written expectations (<c>-&gt; ...</c>) disagree with the reference, one message a
    /// line naming the file and line; empty when they all agree.
    /// </summary>
    public IReadOnlyList<string> Disagreements(CaseDefinition @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var answers = For(@case);
        var found = new List<string>();
        for (var i = 0; i < @case.Steps.Count; i++)
        {
            var step = @case.Steps[i];
            var answer = answers.Steps[i];
            var written = Expectation(step.Expect, step.ExpectedValue);
            if (step.Expect != ExpectationKind.None && !Agrees(step, answer))
            {
                found.Add($"{@case.Locate(i)}: the case says '-> {written}', but the reference gives '-> {Expectation(AnswerKind(step, answer), (ulong)answer.Value)}'");
            }
        }

        return found;
    }

    /// <summary>The case with every step's expectation set to what the reference does.</summary>
    public CaseDefinition Annotate(CaseDefinition @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var answers = For(@case);
        var steps = @case.Steps.Select((step, i) =>
        {
            var kind = AnswerKind(step, answers.Steps[i]);
            return step with { Expect = kind, ExpectedValue = kind is ExpectationKind.Offset or ExpectationKind.Value ? (ulong)answers.Steps[i].Value : 0 };
        }).ToList();
        return @case with { Steps = steps };
    }

    private static bool Agrees(CaseStep step, StepObservation answer) => step.Expect switch
    {
        ExpectationKind.Ok => answer.Outcome == StepOutcome.Returned,
        ExpectationKind.Offset or ExpectationKind.Value => AnswerKind(step, answer) == step.Expect && (ulong)answer.Value == step.ExpectedValue,
        _ => AnswerKind(step, answer) == step.Expect,
    };

    private static ExpectationKind AnswerKind(CaseStep step, StepObservation answer) => (answer.Outcome, step.Operation) switch
    {
        (StepOutcome.Violation, _) => ExpectationKind.Violation,
        (StepOutcome.ReturnedNull, _) => ExpectationKind.Null,
        (StepOutcome.Returned, Operation.Zalloc) => ExpectationKind.Offset,
        (StepOutcome.Returned, Operation.BlockSize or Operation.ZoneSize) => ExpectationKind.Value,
        (StepOutcome.Returned, Operation.CreateZone) => ExpectationKind.Ok,
        _ => ExpectationKind.None,
    };

    private static string Expectation(ExpectationKind kind, ulong value) => kind switch
    {
        ExpectationKind.Offset => "offset " + value.ToString(CultureInfo.InvariantCulture),
        ExpectationKind.Value => value.ToString(CultureInfo.InvariantCulture),
        ExpectationKind.None => "(nothing)",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
