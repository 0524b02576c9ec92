namespace Autograder.Cases;

/// <summary>
/// The numbers a malloc-lab trace starts with: either 4 (suggested heap size, number of ids, number of
/// operations, weight) or 3 (the same without the heap size). Only the ids and operations are used.
/// </summary>
/// <param name="Ids">How many block ids the trace uses (ids go from 0 to Ids - 1).</param>
/// <param name="IdsLine">The line the number of ids is on.</param>
/// <param name="Operations">How many operation lines follow.</param>
/// <param name="OperationsLine">The line the number of operations is on.</param>
/// <param name="OperationsToken">Where the number of operations is on its line.</param>
/// <param name="BodyStart">The index of the first line after the header.</param>
internal sealed record MallocLabTraceHeader(int Ids, int IdsLine, int Operations, int OperationsLine, Token OperationsToken, int BodyStart)
{
    private const string Shape =
        "a malloc-lab trace starts with 4 numbers (suggested heap size, number of ids, number of operations, weight) " +
        "or 3 (ids, operations, weight), one a line";

    /// <summary>Reads the header: every number before the first operation line.</summary>
    public static MallocLabTraceHeader Read(IReadOnlyList<SourceLine> lines, string file)
    {
        var numbers = new List<(SourceLine Line, Token Token, long Value)>();
        var body = 0;
        for (; body < lines.Count; body++)
        {
            var line = lines[body];
            if (line.IsBlank)
            {
                continue;
            }

            if (!IsNumber(line.Tokens[0].Text))
            {
                break;
            }

            foreach (var token in line.Tokens)
            {
                if (!IsNumber(token.Text) || !long.TryParse(token.Text, out var value) || value > int.MaxValue)
                {
                    throw new CaseFormatException(file, line.Number, token.Column,
                        $"expected a header number from 0 to {int.MaxValue}, found '{token.Text}'; {Shape}");
                }

                numbers.Add((line, token, value));
            }
        }

        if (numbers.Count is 3 or 4)
        {
            var ids = numbers[^3];
            var operations = numbers[^2];
            return new MallocLabTraceHeader((int)ids.Value, ids.Line.Number, (int)operations.Value, operations.Line.Number, operations.Token, body);
        }

        if (numbers.Count > 0)
        {
            throw new CaseFormatException(file, numbers[0].Line.Number, numbers[0].Token.Column,
                $"the header has {numbers.Count} numbers; {Shape}");
        }

        if (body < lines.Count)
        {
            throw new CaseFormatException(file, lines[body].Number, 1, $"expected the header before the first operation; {Shape}");
        }

        throw new CaseFormatException(file, 1, 1, $"the trace is empty; {Shape}");
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
