namespace Autograder.Cases.Tests;

/// <summary>The complete cases in cases/README.md (fenced as <c>```case</c>) are real cases that say the truth.</summary>
public sealed class DocumentationExamplesTests
{
    private static readonly string Readme = Path.Combine(TestData.RepositoryRoot, "cases", "README.md");

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        var lines = File.ReadAllLines(Readme);
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimStart();
            if (fence != "```case")
            {
                continue;
            }

            var indent = lines[i].Length - fence.Length;
            var start = i + 1;
            while (lines[++i].Trim() != "```")
            {
            }

            data.Add(start + 1, string.Join('\n', lines[start..i].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())));
        }

        return data;
    }

    [Fact]
    public void The_documentation_has_complete_examples()
    {
        Assert.True(Examples().Count >= 4);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_complete_example_in_the_documentation_parses_and_its_expectations_agree_with_the_reference(int line, string text)
    {
        var definition = CaseParser.Parse(text, $"cases/README.md example at line {line}");

        var replay = ReferenceReplay.Run(definition);

        for (var i = 0; i < definition.Steps.Count; i++)
        {
            var step = definition.Steps[i];
            var where = $"{definition.Locate(i)} ({step.Operation})";
            var value = replay.Values.TryGetValue(i, out var v) ? v : (ulong?)null;
            switch (step.Expect)
            {
                case ExpectationKind.Violation:
                    Assert.True(replay.ViolationSteps.Contains(i), $"{where}: the reference raised no violation");
                    break;
                case ExpectationKind.Null:
                    Assert.True(replay.NullSteps.Contains(i), $"{where}: the reference did not return null");
                    break;
                case ExpectationKind.Ok:
                    Assert.False(replay.ViolationSteps.Contains(i) || replay.NullSteps.Contains(i), $"{where}: the reference did not succeed");
                    break;
                case ExpectationKind.Offset or ExpectationKind.Value:
                    Assert.True(value == step.ExpectedValue, $"{where}: the reference returned {value}, not {step.ExpectedValue}");
                    break;
            }
        }
    }
}
