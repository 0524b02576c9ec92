using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;

namespace Autograder.Scoring.Tests;

public sealed class ScorerTests
{
    private static readonly CaseDefinition First = Case("first");
    private static readonly CaseDefinition Second = Case("second");
    private static readonly CaseDefinition Third = Case("third");

    private static readonly Rubric Rubric = new()
    {
        MinimumScore = 50,
        Cases =
        [
            new RubricCase(First, CasePoints.CourseDefault, Visibility.Visible, TimeLimit.Auto),
            new RubricCase(Second, CasePoints.CourseDefault, Visibility.Visible, TimeLimit.Auto),
            new RubricCase(Third, new CasePoints(5, 2), Visibility.Hidden, TimeLimit.Auto),
        ],
        Rules = new RubricRules
        {
            MallocCallSites = new MallocCallSitesRule { Penalty = 3, Per = PenaltyBasis.PerRule },
            BannedApis = new BannedApiRule { Patterns = [], Penalty = 2, Per = PenaltyBasis.PerFinding, MaxPenalty = 5 },
        },
    };

    [Fact]
    public void A_correct_case_that_leaks_nothing_earns_both_parts()
    {
        var score = Scorer.Score(Rubric, [Grade(First, correct: true, ranToEnd: true, leaked: 0)], []);

        Assert.Equal((3m, 1m, CaseStatus.Passed), (score.Cases[0].Correctness, score.Cases[0].LeakFree, score.Cases[0].Status));
    }

    [Fact]
    public void A_correct_case_that_leaks_earns_only_the_correctness_part()
    {
        var score = Scorer.Score(Rubric, [Grade(First, correct: true, ranToEnd: true, leaked: 24)], []);

        Assert.Equal((3m, 0m, CaseStatus.Failed), (score.Cases[0].Correctness, score.Cases[0].LeakFree, score.Cases[0].Status));
    }

    [Fact]
    public void A_wrong_answer_in_a_run_that_reached_its_end_without_leaks_still_earns_the_leak_part()
    {
        var score = Scorer.Score(Rubric, [Grade(First, correct: false, ranToEnd: true, leaked: 0)], []);

        Assert.Equal((0m, 1m), (score.Cases[0].Correctness, score.Cases[0].LeakFree));
    }

    [Fact]
    public void A_run_that_stopped_earns_no_leak_point_since_its_leaks_could_not_be_measured()
    {
        var score = Scorer.Score(Rubric, [Grade(First, correct: false, ranToEnd: false, leaked: 0)], []);

        Assert.Equal((0m, 0m, CaseStatus.Failed), (score.Cases[0].Correctness, score.Cases[0].LeakFree, score.Cases[0].Status));
    }

    [Fact]
    public void Each_case_earns_its_own_split_and_the_total_adds_them_up()
    {
        var score = Scorer.Score(Rubric, AllPassed(), []);

        Assert.Equal([4m, 4m, 7m], score.Cases.Select(@case => @case.Points));
        Assert.Equal((15m, 15m, 100m, 3, 0), (score.Total, score.Max, score.Percent, score.PassedCount, score.FailedCount));
    }

    [Fact]
    public void A_case_with_no_grade_scores_zero_as_not_run()
    {
        var score = Scorer.Score(Rubric, [Grade(First, correct: true, ranToEnd: true, leaked: 0)], []);

        Assert.Equal([CaseStatus.Passed, CaseStatus.NotRun, CaseStatus.NotRun], score.Cases.Select(@case => @case.Status));
        Assert.Equal((4m, 26.67m, false), (score.Total, score.Percent, score.MeetsMinimum));
    }

    [Fact]
    public void A_rule_penalized_per_rule_costs_its_penalty_once_however_many_findings()
    {
        var findings = new[] { Finding(RuleIds.MallocCallSites), Finding(RuleIds.MallocCallSites) };

        var score = Scorer.Score(Rubric, AllPassed(), findings);

        var penalty = Assert.Single(score.Penalties);
        Assert.Equal((3m, 12m), (penalty.Points, score.Total));
        Assert.Equal("more than 3 Malloc call sites (2 findings; 3 points once)", penalty.Reason);
    }

    [Fact]
    public void A_rule_penalized_per_finding_costs_its_penalty_per_finding_up_to_its_cap()
    {
        var two = Scorer.Score(Rubric, AllPassed(), [Finding(RuleIds.BannedApi), Finding(RuleIds.BannedApi)]);
        var four = Scorer.Score(Rubric, AllPassed(), Enumerable.Repeat(Finding(RuleIds.BannedApi), 4).ToList());

        Assert.Equal((4m, 5m), (two.PenaltyPoints, four.PenaltyPoints));
        Assert.Equal("a banned API is used (2 findings; 2 points each)", two.Penalties[0].Reason);
        Assert.Equal("a banned API is used (4 findings; 2 points each, at most 5)", four.Penalties[0].Reason);
    }

    [Fact]
    public void Penalties_come_in_the_rubric_s_order_of_rules_with_their_findings()
    {
        var banned = Finding(RuleIds.BannedApi);
        var malloc = Finding(RuleIds.MallocCallSites);

        var score = Scorer.Score(Rubric, AllPassed(), [banned, malloc]);

        Assert.Equal([(RuleIds.MallocCallSites, new[] { malloc }), (RuleIds.BannedApi, new[] { banned })], score.Penalties.Select(p => (p.Rule.Id, p.Findings.ToArray())));
    }

    [Fact]
    public void A_declared_native_function_costs_the_p_invoke_penalty_per_finding()
    {
        var rubric = Rubric with { Rules = new RubricRules { PInvoke = new PInvokeRule { Penalty = 4, Per = PenaltyBasis.PerFinding } } };

        var score = Scorer.Score(rubric, AllPassed(), [Finding(RuleIds.PInvoke), Finding(RuleIds.PInvoke)]);

        Assert.Equal((8m, 7m), (score.PenaltyPoints, score.Total));
        Assert.Equal("a native function is declared (P/Invoke) (2 findings; 4 points each)", score.Penalties[0].Reason);
    }

    [Fact]
    public void A_finding_of_a_rule_the_rubric_does_not_set_is_kept_but_costs_nothing()
    {
        var rubric = Rubric with { Rules = RubricRules.None };

        var score = Scorer.Score(rubric, AllPassed(), [Finding(RuleIds.BannedApi)]);

        Assert.Empty(score.Penalties);
        Assert.Single(score.Findings);
        Assert.Equal(15m, score.Total);
    }

    [Fact]
    public void The_total_never_drops_below_zero()
    {
        var rubric = Rubric with { Rules = new RubricRules { MallocCallSites = new MallocCallSitesRule { Penalty = 100, Per = PenaltyBasis.PerRule } } };

        var score = Scorer.Score(rubric, [Grade(First, correct: true, ranToEnd: true, leaked: 0)], [Finding(RuleIds.MallocCallSites)]);

        Assert.Equal((4m, 100m, 0m, 0m), (score.Earned, score.PenaltyPoints, score.Total, score.Percent));
    }

    [Fact]
    public void The_same_grades_in_another_order_give_the_same_score()
    {
        var grades = AllPassed();
        grades[1] = Grade(Second, correct: false, ranToEnd: true, leaked: 8);
        var findings = new[] { Finding(RuleIds.BannedApi) };

        var once = Scorer.Score(Rubric, grades, findings);
        var again = Scorer.Score(Rubric, grades.AsEnumerable().Reverse().ToList(), findings);

        Assert.Equal(once.Cases, again.Cases);
        Assert.Equal((once.Total, once.Percent, once.PenaltyPoints), (again.Total, again.Percent, again.PenaltyPoints));
        Assert.Equal(["first", "second", "third"], again.Cases.Select(@case => @case.Name));
    }

    [Fact]
    public void A_submission_that_could_not_be_graded_scores_zero_with_the_reason()
    {
        var score = Scorer.NotGraded(Rubric, "does not compile: Allocator.cs(3,1): error CS1002: ; expected");

        Assert.Equal((0m, 15m, false), (score.Total, score.Max, score.MeetsMinimum));
        Assert.Equal("does not compile: Allocator.cs(3,1): error CS1002: ; expected", score.Problem);
        Assert.All(score.Cases, @case => Assert.Equal(CaseStatus.NotRun, @case.Status));
    }

    [Fact]
    public void A_score_at_the_minimum_meets_it()
    {
        var grades = new[] { Grade(First, true, true, 0), Grade(Second, true, true, 0) };
        var rubric = Rubric with { MinimumScore = 53.33m };

        var score = Scorer.Score(rubric, grades, []);

        Assert.Equal((53.33m, true), (score.Percent, score.MeetsMinimum));
    }

    [Fact]
    public void A_grade_for_a_case_the_rubric_does_not_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Scorer.Score(Rubric, [Grade(Case("elsewhere"), true, true, 0)], []));

        Assert.StartsWith("There is a grade for case 'elsewhere', which the rubric does not list; grade exactly the rubric's cases.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_grades_for_one_case_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Scorer.Score(Rubric, [Grade(First, true, true, 0), Grade(First, false, true, 0)], []));

        Assert.StartsWith("There are two grades for case 'first'; grade each case once.", error.Message, StringComparison.Ordinal);
    }

    private static List<CaseGrade> AllPassed() =>
        [Grade(First, true, true, 0), Grade(Second, true, true, 0), Grade(Third, true, true, 0)];

    private static CaseGrade Grade(CaseDefinition @case, bool correct, bool ranToEnd, ulong leaked) => new(
        @case,
        new CaseVerdict
        {
            CaseName = @case.Name,
            Divergence = correct ? null : new Divergence(0, DivergenceKind.WrongOffset, "the reference puts the block at offset 0", "your code puts the block at offset 8", null),
            RanToEnd = ranToEnd,
            Leaks = leaked == 0 ? [] : [new LeakedBlock(leaked, "Student.Zfree")],
        },
        null);

    private static RuleFinding Finding(string ruleId) => new(ruleId, "Student.Zalloc", $"a finding of {ruleId}");

    private static CaseDefinition Case(string name) => new()
    {
        Name = name,
        Description = "A case made by a test.",
        Steps = [],
        ZoneNames = [],
        BlockNames = [],
    };
}
