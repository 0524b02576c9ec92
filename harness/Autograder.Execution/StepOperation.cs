using Autograder.Cases;

namespace Autograder.Execution;

/// <summary>
/// One step as the executor runs it: the operation and its operands over numbered slots, without the
/// names, expectation and line a <see cref="CaseStep"/> carries for people.
/// </summary>
/// <param name="Operation">The operation.</param>
/// <param name="Zone">The zone slot, or <see cref="CaseStep.NoSlot"/> (see <see cref="CaseStep.Zone"/>).</param>
/// <param name="Block">The block slot, or <see cref="CaseStep.NoSlot"/> (see <see cref="CaseStep.Block"/>).</param>
/// <param name="BlockDelta">Bytes added to the block operand's address.</param>
/// <param name="Size">The size operand of create_zone and zalloc.</param>
public readonly record struct StepOperation(Operation Operation, int Zone, int Block, long BlockDelta, ulong Size)
{
    /// <summary>The operation of <paramref name="step"/>.</summary>
    public static StepOperation Of(CaseStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.Operation, step.Zone, step.Block, step.BlockDelta, step.Size);
    }
}
