namespace Autograder.Cases;

/// <summary>Explicit steps: <c>[name =] operation operands [-&gt; expectation]</c>.</summary>
internal sealed partial class CaseFileParser
{
    private void ParseStep(SourceLine line)
    {
        var t = line.Tokens;
        var (binding, at) = ReadBinding(line);
        var syntax = OperationSyntax.Find(t[at].Text) ?? throw UnknownOperation(line, t[at], binding is null);
        CheckStepAllowed(line);

        if (binding is { } bound && !syntax.BindsZone && !syntax.BindsBlock)
        {
            throw Error(line, bound.Column, $"{syntax.Keyword} returns nothing to bind; remove '{bound.Text} =', as in '{syntax.Example}'");
        }

        if (syntax.BindsZone && binding is null)
        {
            throw Error(line, t[at].Column, $"create_zone needs a name to bind its zone to; write it as in '{syntax.Example}'");
        }

        var bindName = binding is { } named ? CheckName(line, named, syntax.BindsZone ? "zone" : "block") : null;
        var index = at + 1;
        var step = new CaseStep { Operation = syntax.Operation, Line = line.Number };
        if (syntax.HasZoneOperand)
        {
            step = step with { Zone = ReadZone(line, at, index++, syntax) };
        }

        if (syntax.HasBlockOperand)
        {
            var (block, delta) = ReadBlock(line, at, index++, syntax);
            step = step with { Block = block, BlockDelta = delta };
        }

        var sizeIndex = index;
        if (syntax.HasSize)
        {
            step = step with { Size = ReadSize(line, at, index++, syntax) };
        }

        var (expect, value) = ReadExpectation(line, at, index, syntax);
        step = step with { Expect = expect, ExpectedValue = value };
        if (syntax.HasSize && step.Size == 0 && expect != ExpectationKind.Violation)
        {
            throw Error(line, t[sizeIndex].Column,
                $"size 0 breaks {syntax.Keyword}'s contract (sizes are at least 1); add '-> violation' to test that, or use a size of at least 1");
        }

        if (bindName is not null)
        {
            step = syntax.BindsZone ? step with { Zone = zones.Bind(bindName) } : step with { Block = blocks.Bind(bindName) };
        }

        if (firstStepLine == 0)
        {
            firstStepLine = line.Number;
        }

        steps.Add(step);
    }

    private (Token? Binding, int OperationIndex) ReadBinding(SourceLine line)
    {
        var t = line.Tokens;
        if (t.Count >= 2 && t[1].Text == "=")
        {
            if (t.Count == 2)
            {
                throw Error(line, line.EndColumn, $"expected an operation after '{t[0].Text} =', found the end of the line; write it as in 'a = zalloc z 16'");
            }

            return (t[0], 2);
        }

        // "a=zalloc z 8" and "a =zalloc z 8"; a typo such as "generat seed=1" is left to the unknown-operation message.
        var glued = t[0].Text.Contains('=') ? t[0] : t.Count > 1 && t[1].Text.StartsWith('=') ? t[1] : (Token?)null;
        if (glued is { } token)
        {
            throw Error(line, token.Column, "put spaces around '=', as in 'a = zalloc z 16'");
        }

        return (null, 0);
    }

    private void CheckStepAllowed(SourceLine line)
    {
        if (expansionLine is not null)
        {
            var directive = expansionLine.Tokens[0].Text;
            throw Error(line, 1, $"a step cannot follow '{directive}' (line {expansionLine.Number}), which makes all of this case's steps; remove the step or the '{directive}' line");
        }

        CheckDescribed(line);
    }

    private string CheckName(SourceLine line, Token name, string kind)
    {
        if (CaseNames.Keywords.Contains(name.Text))
        {
            throw Error(line, name.Column, $"'{name.Text}' is a keyword and cannot name a {kind}; choose another name");
        }

        if (!CaseNames.IsIdentifier(name.Text))
        {
            throw Error(line, name.Column,
                $"'{name.Text}' is not a {kind} name; a name starts with a letter or '_' and goes on with letters, digits or '_'");
        }

        return name.Text;
    }

    private CaseFormatException UnknownOperation(SourceLine line, Token word, bool mayBeDirective)
    {
        var candidates = OperationSyntax.All.Select(s => s.Keyword).ToList();
        if (mayBeDirective)
        {
            candidates.AddRange(["case", "description", "heap-limit", "generate", "trace"]);
        }

        var guess = Spelling.Closest(word.Text, candidates);
        var hint = guess is null ? string.Empty : $"did you mean '{guess}'? ";
        var directives = mayBeDirective ? "; or a line starts with case, description, heap-limit, generate or trace" : string.Empty;
        return Error(line, word.Column, $"unknown operation '{word.Text}'; {hint}the operations are {OperationSyntax.KeywordList}{directives}");
    }
}
