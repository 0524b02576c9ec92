using System.Text.Json;

namespace Autograder.Scoring;

public static partial class RubricLoader
{
    /// <summary>The most points one rule may take off each time it applies.</summary>
    public const decimal MaxPenalty = 1000;

    private const string BannedExample = "{ \"patterns\": [\"System.IO.File.*\"], \"penalty\": 10 }";
    private const string PatternExpected = "an API pattern, as in \"System.IO.File.*\" or \"System.Threading.Thread..ctor\"";

    private static readonly string[] RulesFields = ["malloc_call_sites", "banned_apis", "p_invoke"];
    private static readonly string[] MallocFields = ["max", "penalty", "per", "max_penalty"];
    private static readonly string[] BannedFields = ["patterns", "allowed", "penalty", "per", "max_penalty"];
    private static readonly string[] PatternFields = ["pattern", "reason"];
    private static readonly string[] PInvokeFields = ["penalty", "per", "max_penalty"];

    private static readonly Dictionary<string, PenaltyBasis> Bases = new(StringComparer.Ordinal)
    {
        ["finding"] = PenaltyBasis.PerFinding,
        ["rule"] = PenaltyBasis.PerRule,
    };

    private static RubricRules Rules(RubricElement element)
    {
        element.Object("rules", "{ \"malloc_call_sites\": { \"max\": 3, \"penalty\": 8 } }", RulesFields);
        return new RubricRules
        {
            MallocCallSites = element.Field("malloc_call_sites") is { } malloc ? MallocRule(malloc) : null,
            BannedApis = element.Field("banned_apis") is { } banned ? BannedRule(banned) : null,
            PInvoke = element.Field("p_invoke") is { } pInvoke ? PInvokeRuleOf(pInvoke) : null,
        };
    }

    private static MallocCallSitesRule MallocRule(RubricElement element)
    {
        const string example = "{ \"max\": 3, \"penalty\": 8 }";
        element.Object("the Malloc call sites rule", example, MallocFields);
        return new MallocCallSitesRule
        {
            MaxCallSites = (int)(element.Field("max")?.Integer(0, 100, "a count of call sites") ?? MallocCallSitesRule.DefaultMaxCallSites),
            Penalty = RequiredPenalty(element, example),
            Per = element.Field("per")?.Choice(Bases) ?? PenaltyBasis.PerRule,
            MaxPenalty = element.Field("max_penalty")?.Number(0, MaxPenalty, "points"),
        };
    }

    private static BannedApiRule BannedRule(RubricElement element)
    {
        element.Object("the banned APIs rule", BannedExample, BannedFields);
        var list = element.Field("patterns") ?? throw element.Error($"missing \"patterns\": the APIs to ban, as in {BannedExample}");
        var patterns = list.Items("a list of API patterns", "[\"System.Reflection.*\", { \"pattern\": \"System.IO.File.*\", \"reason\": \"read or write files\" }]")
            .Select(BannedPattern)
            .ToList();
        var allowed = element.Field("allowed") is { } allowList
            ? allowList.Items("a list of API patterns", "[\"System.Reflection.MemberInfo.Name\"]").Select(item => Pattern(item, item.String(PatternExpected), null)).ToList()
            : [];

        return new BannedApiRule
        {
            Patterns = patterns,
            Allowed = allowed,
            Penalty = RequiredPenalty(element, BannedExample),
            Per = element.Field("per")?.Choice(Bases) ?? PenaltyBasis.PerFinding,
            MaxPenalty = element.Field("max_penalty")?.Number(0, MaxPenalty, "points"),
        };
    }

    private static ApiPattern BannedPattern(RubricElement item)
    {
        if (item.Value.ValueKind != JsonValueKind.Object)
        {
            return Pattern(item, item.String($"{PatternExpected}, or {{ \"pattern\": ..., \"reason\": ... }}"), null);
        }

        item.Object("a banned API", "{ \"pattern\": \"System.IO.File.*\", \"reason\": \"read or write files\" }", PatternFields);
        var pattern = item.Field("pattern") ?? throw item.Error("missing \"pattern\", as in { \"pattern\": \"System.IO.File.*\", \"reason\": \"read or write files\" }");
        var reason = item.Field("reason") is { } reasonElement
            ? reasonElement.String("what the pattern forbids, completing \"submissions may not ...\", as in \"read or write files\"")
            : null;
        if (reason is not null && (string.IsNullOrWhiteSpace(reason) || reason.Any(char.IsControl)))
        {
            throw item.Field("reason")!.Error($"expected a few words on one line, completing \"submissions may not ...\", found {item.Field("reason")!.Found}");
        }

        return Pattern(pattern, pattern.String(PatternExpected), reason);
    }

    private static ApiPattern Pattern(RubricElement element, string text, string? reason) =>
        ApiPattern.TryParse(text, reason, out var problem) ?? throw element.Error($"{element.Found} is not an API pattern: {problem}");

    private static PInvokeRule PInvokeRuleOf(RubricElement element)
    {
        const string example = "{ \"penalty\": 10 }";
        element.Object("the P/Invoke rule", example, PInvokeFields);
        return new PInvokeRule
        {
            Penalty = RequiredPenalty(element, example),
            Per = element.Field("per")?.Choice(Bases) ?? PenaltyBasis.PerFinding,
            MaxPenalty = element.Field("max_penalty")?.Number(0, MaxPenalty, "points"),
        };
    }

    private static decimal RequiredPenalty(RubricElement element, string example) =>
        (element.Field("penalty") ?? throw element.Error($"missing \"penalty\": the points a finding costs, as in {example}")).Number(0, MaxPenalty, "points");
}
