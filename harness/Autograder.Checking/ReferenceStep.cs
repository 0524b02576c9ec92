using Autograder.Execution;

namespace Autograder.Checking;

/// <summary>What the reference did at one step of a case, and the zone it left: one step of a <see cref="ReferenceWalkthrough"/>.</summary>
/// <param name="Index">The step's index in the case.</param>
/// <param name="Answer">What the reference returned, raised or printed.</param>
/// <param name="Touched">The bytes the step placed a block on or gave back; null for every other step.</param>
/// <param name="ChangedZone">Whether the step changed its zone: created, allocated in, freed in or destroyed it.</param>
/// <param name="ZoneAfter">
/// The step's zone after the step, drawn as text with <see cref="Touched"/> marked; null when the step changed
/// no zone, or destroyed it.
/// </param>
public sealed record ReferenceStep(int Index, StepObservation Answer, ZoneSnapshot.ByteRange? Touched, bool ChangedZone, string? ZoneAfter);
