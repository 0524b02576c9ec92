using Autograder.Checking;

namespace Autograder.Scoring;

/// <summary>
/// Turns grades into points under a rubric. A case earns its correctness part when every step agreed with the
/// reference, and its leak-free part when it ran to its end and leaked nothing; each rule with findings takes its
/// penalty off; the total never drops below 0. The same inputs always give the same score.
/// </summary>
public static class Scorer
{
    /// <summary>Scores a graded submission.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="grades">A grade per case, matched to the rubric's cases by name; a case with no grade scores 0 as not run.</param>
    /// <param name="findings">What the IL scan found.</param>
    /// <exception cref="ArgumentException">A grade names a case the rubric does not list, or two grades name the same case.</exception>
    public static SubmissionScore Score(Rubric rubric, IReadOnlyList<CaseGrade> grades, IReadOnlyList<RuleFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(findings);
        var byName = new Dictionary<string, CaseGrade>(StringComparer.Ordinal);
        foreach (var grade in grades)
        {
            if (!rubric.Cases.Any(entry => entry.Name == grade.Case.Name))
            {
                throw new ArgumentException($"There is a grade for case '{grade.Case.Name}', which the rubric does not list; grade exactly the rubric's cases.", nameof(grades));
            }

            if (!byName.TryAdd(grade.Case.Name, grade))
            {
                throw new ArgumentException($"There are two grades for case '{grade.Case.Name}'; grade each case once.", nameof(grades));
            }
        }

        return new SubmissionScore
        {
            Rubric = rubric,
            Cases = rubric.Cases.Select(entry => CaseScoreOf(entry, byName.GetValueOrDefault(entry.Name))).ToList(),
            Penalties = Penalties(rubric.Rules, findings),
            Findings = findings.ToList(),
        };
    }

    /// <summary>Scores a submission that could not be graded at all: 0, with <paramref name="problem"/> as the reason.</summary>
    public static SubmissionScore NotGraded(Rubric rubric, string problem)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new SubmissionScore
        {
            Rubric = rubric,
            Cases = rubric.Cases.Select(entry => new CaseScore(entry, null, 0, 0)).ToList(),
            Penalties = [],
            Problem = problem,
        };
    }

    private static CaseScore CaseScoreOf(RubricCase entry, CaseGrade? grade) => grade is null
        ? new CaseScore(entry, null, 0, 0)
        : new CaseScore(
            entry,
            grade,
            grade.Verdict.IsCorrect ? entry.Points.Correctness : 0,
            grade.Verdict.IsLeakFree ? entry.Points.LeakFree : 0);

    private static List<RulePenalty> Penalties(RubricRules rules, IReadOnlyList<RuleFinding> findings) => rules.All
        .Select(rule => (Rule: rule, Findings: findings.Where(finding => finding.RuleId == rule.Id).ToList()))
        .Where(pair => pair.Findings.Count > 0)
        .Select(pair => new RulePenalty(pair.Rule, pair.Rule.PenaltyFor(pair.Findings.Count), pair.Findings))
        .ToList();
}
