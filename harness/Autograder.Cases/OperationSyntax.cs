namespace Autograder.Cases;

/// <summary>
/// How one operation is written in a case file: its keyword, its operands (a zone, then a block, then a size,
/// each when it has one), and the expectations it allows. The parser and the writer share this table.
/// </summary>
internal sealed record OperationSyntax(
    Operation Operation,
    string Keyword,
    bool HasZoneOperand,
    bool HasBlockOperand,
    bool HasSize,
    IReadOnlyList<ExpectationKind> Expectations,
    string Example)
{
    public static IReadOnlyList<OperationSyntax> All { get; } =
    [
        new(Operation.CreateZone, "create_zone", false, false, true,
            [ExpectationKind.Null, ExpectationKind.Ok, ExpectationKind.Violation], "z = create_zone 256"),
        new(Operation.Zalloc, "zalloc", true, false, true,
            [ExpectationKind.Null, ExpectationKind.Ok, ExpectationKind.Violation, ExpectationKind.Offset], "a = zalloc z 16"),
        new(Operation.Zfree, "zfree", true, true, false,
            [ExpectationKind.Ok, ExpectationKind.Violation], "zfree z a"),
        new(Operation.BlockSize, "block_size", true, true, false,
            [ExpectationKind.Value, ExpectationKind.Ok, ExpectationKind.Violation], "block_size z a"),
        new(Operation.ZoneSize, "zone_size", true, false, false,
            [ExpectationKind.Value, ExpectationKind.Ok, ExpectationKind.Violation], "zone_size z"),
        new(Operation.DestroyZone, "destroy_zone", true, false, false,
            [ExpectationKind.Ok, ExpectationKind.Violation], "destroy_zone z"),
        new(Operation.Zdump, "zdump", true, false, false,
            [ExpectationKind.Ok, ExpectationKind.Violation], "zdump z"),
    ];

    /// <summary>The keywords of every operation, for "expected one of ..." messages.</summary>
    public static string KeywordList { get; } = string.Join(", ", All.Select(s => s.Keyword));

    /// <summary>create_zone binds a zone (and must); zalloc may bind a block.</summary>
    public bool BindsZone => Operation == Operation.CreateZone;

    public bool BindsBlock => Operation == Operation.Zalloc;

    /// <summary>The expectations this operation allows, as a reader writes them: "null, ok, violation or offset N".</summary>
    public string ExpectationList
    {
        get
        {
            var words = Expectations.Select(Spell).ToList();
            return words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";
        }
    }

    public static OperationSyntax Of(Operation operation) =>
        All.FirstOrDefault(s => s.Operation == operation)
        ?? throw new ArgumentOutOfRangeException(nameof(operation), operation, "not an operation a case file can write");

    public static OperationSyntax? Find(string keyword) => All.FirstOrDefault(s => s.Keyword == keyword);

    public bool Allows(ExpectationKind kind) => kind == ExpectationKind.None || Expectations.Contains(kind);

    private static string Spell(ExpectationKind kind) => kind switch
    {
        ExpectationKind.Null => "null",
        ExpectationKind.Ok => "ok",
        ExpectationKind.Violation => "violation",
        ExpectationKind.Offset => "offset N",
        ExpectationKind.Value => "N",
        _ => kind.ToString(),
    };
}
