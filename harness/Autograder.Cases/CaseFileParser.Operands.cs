namespace Autograder.Cases;

/// <summary>A step's operands and its expectation.</summary>
internal sealed partial class CaseFileParser
{
    private int ReadZone(SourceLine line, int at, int index, OperationSyntax syntax)
    {
        var token = Operand(line, at, index, "a zone", syntax);
        if (token.Text == "null")
        {
            return CaseStep.NoSlot;
        }

        if (SplitDelta(token.Text) is { } split && CaseNames.IsName(split.Name))
        {
            throw Error(line, token.Column, $"a zone takes no byte offset ('{token.Text}'); write the zone's name or null, as in '{syntax.Example}'");
        }

        if (!CaseNames.IsName(token.Text))
        {
            throw Expected(line, at, index, "a zone", syntax, "write a zone's name or null");
        }

        if (!zones.TryFind(token.Text, out var slot))
        {
            throw Error(line, token.Column,
                $"zone '{token.Text}' is used before any '{token.Text} = create_zone ...' binds it; create the zone first, or check the spelling");
        }

        return slot;
    }

    private (int Slot, long Delta) ReadBlock(SourceLine line, int at, int index, OperationSyntax syntax)
    {
        const string Forms = "write a block's name, a name plus or minus a byte count such as 'a+8', or null";
        var token = Operand(line, at, index, "a block", syntax);
        if (token.Text == "null")
        {
            return (CaseStep.NoSlot, 0);
        }

        var (name, delta) = (token.Text, 0L);
        if (SplitDelta(token.Text) is { } split)
        {
            if (split.Name == "null")
            {
                throw Error(line, token.Column, $"null takes no byte offset ('{token.Text}'); write null alone, or a block's name plus a byte count, as in 'a+8'");
            }

            if (!CaseNames.IsName(split.Name) || !TryReadDelta(split.Sign, split.Count, out delta))
            {
                throw Expected(line, at, index, "a block", syntax, Forms);
            }

            name = split.Name;
        }
        else if (!CaseNames.IsName(name))
        {
            throw Expected(line, at, index, "a block", syntax, Forms);
        }

        if (!blocks.TryFind(name, out var slot))
        {
            throw Error(line, token.Column,
                $"block '{name}' is used before any '{name} = zalloc ...' binds it; allocate the block first, or check the spelling");
        }

        return (slot, delta);
    }

    private ulong ReadSize(SourceLine line, int at, int index, OperationSyntax syntax)
    {
        var token = Operand(line, at, index, "a size", syntax);
        if (token.Text.All(char.IsAsciiDigit) && !TryReadNumber(token.Text, out _))
        {
            throw Error(line, token.Column, $"'{token.Text}' is too large for a size; sizes go up to {ulong.MaxValue}");
        }

        if (!TryReadNumber(token.Text, out var size))
        {
            throw Expected(line, at, index, "a size", syntax, "write the number of bytes in decimal");
        }

        return size;
    }

    private (ExpectationKind Kind, ulong Value) ReadExpectation(SourceLine line, int at, int index, OperationSyntax syntax)
    {
        var t = line.Tokens;
        if (index >= t.Count)
        {
            return (ExpectationKind.None, 0);
        }

        var arrow = t[index];
        if (arrow.Text != "->")
        {
            var fix = arrow.Text.StartsWith("->", StringComparison.Ordinal)
                ? "put a space after '->', as in '-> ok'"
                : "an expectation starts with '->' (as in '-> ok') and a comment with '#'";
            throw Error(line, arrow.Column, $"unexpected '{arrow.Text}' after '{Said(line, at, index)}'; {fix}");
        }

        var allowed = $"{syntax.Keyword} allows {syntax.ExpectationList}";
        if (index + 1 >= t.Count)
        {
            throw Error(line, line.EndColumn, $"expected an expectation after '->', found the end of the line; {allowed}");
        }

        var word = t[index + 1];
        var next = index + 2;
        (ExpectationKind Kind, ulong Value) expectation;
        switch (word.Text)
        {
            case "null":
                expectation = (ExpectationKind.Null, 0);
                break;
            case "ok":
                expectation = (ExpectationKind.Ok, 0);
                break;
            case "violation":
                expectation = (ExpectationKind.Violation, 0);
                break;
            case "offset":
                if (next >= t.Count || !TryReadNumber(t[next].Text, out var offset))
                {
                    var found = next >= t.Count ? "the end of the line" : $"'{t[next].Text}'";
                    throw Error(line, next >= t.Count ? line.EndColumn : t[next].Column,
                        $"expected a number after 'offset', found {found}; write the block's offset in the region in bytes, as in '-> offset 16'");
                }

                expectation = (ExpectationKind.Offset, offset);
                next++;
                break;
            default:
                if (!TryReadNumber(word.Text, out var value))
                {
                    throw Error(line, word.Column, $"'{word.Text}' is not an expectation; {allowed}");
                }

                expectation = (ExpectationKind.Value, value);
                break;
        }

        if (!syntax.Allows(expectation.Kind))
        {
            throw Error(line, word.Column, $"'-> {Said(line, index + 1, next)}' does not apply to {syntax.Keyword}; {allowed}");
        }

        RejectExtra(line, next, "nothing follows the expectation");
        return expectation;
    }

    private Token Operand(SourceLine line, int at, int index, string what, OperationSyntax syntax)
    {
        var t = line.Tokens;
        if (index >= t.Count || t[index].Text == "->")
        {
            var found = index >= t.Count ? "the end of the line" : "'->'";
            throw Error(line, index >= t.Count ? line.EndColumn : t[index].Column,
                $"expected {what} after '{Said(line, at, index)}', found {found}; write it as in '{syntax.Example}'");
        }

        return t[index];
    }

    private CaseFormatException Expected(SourceLine line, int at, int index, string what, OperationSyntax syntax, string fix) =>
        Error(line, line.Tokens[index].Column,
            $"expected {what} after '{Said(line, at, index)}', found '{line.Tokens[index].Text}'; {fix}, as in '{syntax.Example}'");

    private static string Said(SourceLine line, int from, int to) =>
        string.Join(' ', line.Tokens.Skip(from).Take(to - from).Select(t => t.Text));

    private static (string Name, char Sign, string Count)? SplitDelta(string text)
    {
        var at = text.IndexOfAny(['+', '-'], 1);
        return at < 0 ? null : (text[..at], text[at], text[(at + 1)..]);
    }

    private static bool TryReadDelta(char sign, string count, out long delta)
    {
        delta = 0;
        var largest = sign == '-' ? (ulong)long.MaxValue + 1 : long.MaxValue;
        if (!TryReadNumber(count, out var magnitude) || magnitude > largest)
        {
            return false;
        }

        delta = sign == '-' ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }
}
