namespace Autograder.Cases;

/// <summary>Reads one trace's lines into steps, checking each line, and simulates first fit to size the zone.</summary>
internal sealed class MallocLabTraceConverter(string file, int alignment)
{
    private const string LineShape = "a trace line is 'a ID SIZE' (allocate), 'r ID SIZE' (reallocate) or 'f ID' (free)";

    private readonly Dictionary<long, (ulong Offset, ulong Size, int Line)> live = [];
    private readonly FirstFitModel model = new(ulong.MaxValue, alignment);
    private readonly SlotTable blocks = new();
    private readonly List<CaseStep> steps = [];

    public ConvertedTrace Convert(IReadOnlyList<SourceLine> lines)
    {
        var header = MallocLabTraceHeader.Read(lines, file);
        var operations = 0;
        for (var i = header.BodyStart; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsBlank)
            {
                ConvertLine(line, header);
                operations++;
            }
        }

        if (operations != header.Operations)
        {
            throw new CaseFormatException(file, header.OperationsLine, header.OperationsToken.Column,
                $"the header says {header.Operations} operations but the trace has {operations}; change this number to {operations}");
        }

        return new ConvertedTrace(steps, blocks.Names, Math.Max(model.HighWater, (ulong)alignment));
    }

    private void ConvertLine(SourceLine line, MallocLabTraceHeader header)
    {
        var t = line.Tokens;
        var kind = t[0].Text;
        var takesSize = kind is "a" or "r";
        if (!takesSize && kind != "f")
        {
            throw Error(line, t[0].Column, $"unknown trace operation '{kind}'; {LineShape}");
        }

        var id = ReadId(line, header, kind);
        var size = takesSize ? ReadSize(line) : 0;
        var expected = takesSize ? 3 : 2;
        if (t.Count > expected)
        {
            throw Error(line, t[expected].Column,
                $"unexpected '{t[expected].Text}' after '{Said(line, expected)}'; {LineShape}, one a line");
        }

        switch (kind)
        {
            case "f" when id == -1:
                break; // malloc-lab's "free(NULL)": nothing to do.
            case "f":
                Free(line, id);
                break;
            case "a":
                if (live.TryGetValue(id, out var still))
                {
                    throw Error(line, t[1].Column,
                        $"'{Said(line, 3)}' allocates id {id}, which is still allocated since line {still.Line}; free it first with 'f {id}'");
                }

                Allocate(line, id, size);
                break;
            default:
                if (live.ContainsKey(id))
                {
                    Free(line, id);
                }

                Allocate(line, id, size);
                break;
        }
    }

    private long ReadId(SourceLine line, MallocLabTraceHeader header, string kind)
    {
        var t = line.Tokens;
        var example = kind == "f" ? "'f 3'" : $"'{kind} 3 16'";
        if (t.Count < 2)
        {
            throw Error(line, line.EndColumn, $"expected an id after '{kind}', found the end of the line; write it as in {example}");
        }

        var text = t[1].Text;
        var digits = text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || !long.TryParse(text, out var id))
        {
            throw Error(line, t[1].Column, $"expected an id after '{kind}', found '{text}'; an id is a whole number, as in {example}");
        }

        if (id == -1 && kind == "f")
        {
            return id;
        }

        if (id < 0 || id >= header.Ids)
        {
            throw Error(line, t[1].Column,
                $"id {id} is outside 0..{header.Ids - 1}, the {header.Ids} ids the header declares on line {header.IdsLine}; " +
                "raise that number or renumber the id (only 'f -1' may be negative, and it is skipped)");
        }

        return id;
    }

    private ulong ReadSize(SourceLine line)
    {
        var t = line.Tokens;
        var kind = t[0].Text;
        if (t.Count < 3)
        {
            throw Error(line, line.EndColumn,
                $"expected a size after '{Said(line, 2)}', found the end of the line; write the number of bytes, as in '{kind} {t[1].Text} 16'");
        }

        var text = t[2].Text;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit) || !ulong.TryParse(text, out var size))
        {
            throw Error(line, t[2].Column,
                $"expected a size after '{Said(line, 2)}', found '{text}'; write the number of bytes in decimal, as in '{kind} {t[1].Text} 16'");
        }

        return size;
    }

    private void Allocate(SourceLine line, long id, ulong size)
    {
        // malloc-lab allows size 0; zalloc 0 breaks the zone contract, so the smallest real request stands in.
        var zallocSize = Math.Max(size, 1UL);
        model.TryPlace(zallocSize, out var offset);
        live[id] = (offset, zallocSize, line.Number);
        var slot = blocks.Bind($"b{id}");
        steps.Add(new CaseStep { Operation = Operation.Zalloc, Zone = 0, Block = slot, Size = zallocSize, Line = line.Number });
    }

    private void Free(SourceLine line, long id)
    {
        if (!live.Remove(id, out var block))
        {
            throw Error(line, line.Tokens[1].Column,
                $"'{Said(line, 2)}' frees id {id}, which is not allocated at this point; allocate it first or remove the line");
        }

        model.Release(block.Offset, block.Size);
        blocks.TryFind($"b{id}", out var slot);
        steps.Add(new CaseStep { Operation = Operation.Zfree, Zone = 0, Block = slot, Line = line.Number });
    }

    private static string Said(SourceLine line, int count) =>
        string.Join(' ', line.Tokens.Take(count).Select(t => t.Text));

    private CaseFormatException Error(SourceLine line, int column, string problem) =>
        new(file, line.Number, column, problem);
}
