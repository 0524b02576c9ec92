using Autograder.Reports.Model;

namespace Autograder.Reports.Tests;

public sealed class TemplateReadmeTests
{
    public static TheoryData<Type> ModelTypes => new(
        typeof(SubmissionModel), typeof(CaseModel), typeof(FailureModel), typeof(LeakSiteModel), typeof(PenaltyModel), typeof(FindingModel),
        typeof(ZonePicture), typeof(ZoneShape), typeof(ZoneTick), typeof(ClassSummaryModel), typeof(ClassRowModel), typeof(ChartModel), typeof(BarModel));

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void The_templates_readme_describes_every_field_a_template_receives(Type model)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "reports", "README.md"));

        var missing = model.GetProperties()
            .Where(property => property.Name != "EqualityContract")
            .Select(property => char.ToLowerInvariant(property.Name[0]) + property.Name[1..])
            .Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, $"reports/README.md does not describe {model.Name}'s {string.Join(", ", missing)}");
    }
}
