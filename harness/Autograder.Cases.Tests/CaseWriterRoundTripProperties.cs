using FsCheck;
using FsCheck.Fluent;

namespace Autograder.Cases.Tests;

public sealed class CaseWriterRoundTripProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly string[] Words = ["zone", "first", "fit", "hole", "a", "lowest-offset", "(again)", "256", "x"];

    /// <summary>How one step is changed from what the generator made: an expectation, an offset, a null operand, size 0.</summary>
    public sealed record Decoration(int Expectation, ulong Value, long Delta, int Nulls, bool SizeZero);

    public sealed record Scenario(GeneratorSettings Settings, string Description, ulong? HeapLimit, Decoration[] Decorations)
    {
        public override string ToString() => $"{Settings} description '{Description}' heap-limit {HeapLimit} decorations {Decorations.Length}";
    }

    private static Arbitrary<Scenario> Scenarios()
    {
        var decoration =
            from expectation in Gen.Choose(0, 5)
            from value in Gen.Choose(0, 5000)
            from delta in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(-64, 64)))
            from nulls in Gen.Choose(0, 9)
            from sizeZero in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new Decoration(expectation, (ulong)value, delta, nulls, sizeZero);
        var description =
            from words in Gen.NonEmptyListOf(Gen.Elements(Words))
            from separators in Gen.ListOf(Gen.Elements(" ", " ", " ", "  ", "\t"))
            select string.Concat(words.Select((w, i) => i == 0 ? w : separators.ElementAtOrDefault(i) is { } s ? s + w : " " + w));
        var scenario =
            from seed in Gen.Choose(0, int.MaxValue)
            from operations in Gen.Choose(1, 80)
            from zones in Gen.Choose(1, 3)
            from minSize in Gen.Choose(1, 64)
            from extra in Gen.Choose(0, 64)
            from ratio in Gen.Choose(0, 10)
            from text in description
            from heapLimit in Gen.Frequency((1, Gen.Constant((ulong?)null)), (1, Gen.Choose(0, 100000).Select(l => (ulong?)l)))
            from decorations in Gen.NonEmptyListOf(decoration)
            select new Scenario(
                new GeneratorSettings
                {
                    Seed = (ulong)seed,
                    Operations = operations,
                    Zones = zones,
                    MinSize = (ulong)minSize,
                    MaxSize = (ulong)(minSize + extra),
                    FreeRatio = ratio / 10.0,
                    ZoneSize = 512,
                },
                text, heapLimit, decorations.ToArray());
        return Arb.From(scenario);
    }

    /// <summary>A generated case with expectations, offsets, null operands and size-0 violations sprinkled over its steps.</summary>
    private static CaseDefinition Build(Scenario scenario)
    {
        var generated = CaseGenerator.Generate("round-trip", "placeholder", scenario.Settings);
        var steps = generated.Steps.Select((step, i) => Decorate(step, scenario.Decorations[i % scenario.Decorations.Length])).ToList();
        return generated with { Description = scenario.Description, HeapLimit = scenario.HeapLimit, Steps = steps };
    }

    private static CaseStep Decorate(CaseStep step, Decoration d)
    {
        var syntax = OperationSyntax.Of(step.Operation);
        var allowed = syntax.Expectations;
        var expect = d.Expectation < allowed.Count ? allowed[d.Expectation] : ExpectationKind.None;
        var value = expect is ExpectationKind.Offset or ExpectationKind.Value ? d.Value : 0;
        step = step with { Expect = expect, ExpectedValue = value };

        if (syntax.HasZoneOperand && d.Nulls == 1)
        {
            step = step with { Zone = CaseStep.NoSlot };
        }

        if (syntax.HasBlockOperand)
        {
            step = d.Nulls == 2 ? step with { Block = CaseStep.NoSlot } : step with { BlockDelta = d.Delta };
        }

        if (syntax.HasSize && d.SizeZero)
        {
            step = step with { Size = 0, Expect = ExpectationKind.Violation, ExpectedValue = 0 };
        }

        return step;
    }

    [Fact]
    public void Reading_a_written_case_gives_back_the_same_case_but_for_line_numbers()
    {
        Check.One(Runs, Prop.ForAll(Scenarios(), scenario =>
        {
            var definition = Build(scenario);

            var read = CaseParser.Parse(CaseWriter.ToText(definition), "round-trip.case");

            CaseAssert.Same(definition, read, ignoreLines: true, ignoreSource: true);
        }));
    }

    [Fact]
    public void Writing_a_case_read_from_written_text_gives_the_same_text()
    {
        Check.One(Runs, Prop.ForAll(Scenarios(), scenario =>
        {
            var text = CaseWriter.ToText(Build(scenario));

            Assert.Equal(text, CaseWriter.ToText(CaseParser.Parse(text, "round-trip.case")));
        }));
    }
}
