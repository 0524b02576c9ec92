namespace Autograder.Execution;

/// <summary>
/// The destroy_zone the executor calls after the last step for a zone the case left alive, so that
/// leaks can be measured.
/// </summary>
/// <param name="ZoneSlot">The zone's slot.</param>
/// <param name="Outcome">How destroy_zone ended.</param>
/// <param name="Text">The exception's message, if it threw.</param>
/// <param name="Damage">A damaged block found before destroying.</param>
public sealed record TeardownObservation(int ZoneSlot, StepOutcome Outcome, string? Text, PayloadDamage? Damage);
