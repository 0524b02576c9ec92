namespace Autograder.Isolation;

/// <summary>How waiting for the worker's next message ended.</summary>
internal enum ReceiveOutcome
{
    /// <summary>A message arrived.</summary>
    Message,

    /// <summary>The time ran out first.</summary>
    TimedOut,

    /// <summary>The worker closed the channel: it exited or crashed.</summary>
    Closed,

    /// <summary>The worker sent something that is not a message.</summary>
    Garbled,
}
