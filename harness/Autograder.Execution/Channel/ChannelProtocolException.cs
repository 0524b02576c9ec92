namespace Autograder.Execution.Channel;

/// <summary>The other end of the worker channel sent something that is not a well-formed message.</summary>
public sealed class ChannelProtocolException(string message) : Exception(message);
