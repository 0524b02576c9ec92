namespace Autograder.Compilation.Rules;

/// <summary>
/// An API submissions may not use, as a pattern over full names: a namespace (<c>System.Net</c>), a type
/// (<c>System.IO.File</c>) or a member (<c>System.Environment.Exit</c>; a constructor is
/// <c>System.Threading.Thread..ctor</c>), where <c>*</c> matches any run of characters
/// (<c>System.Reflection.*</c>). Generic types are named without their arity (<c>System.Collections.Generic.List</c>).
/// </summary>
public sealed record BannedApi
{
    /// <summary>Bans the APIs <paramref name="pattern"/> names, for the reason given.</summary>
    /// <param name="pattern">The names banned, as described on <see cref="BannedApi"/>.</param>
    /// <param name="reason">What submissions may not do, to complete "submissions may not ...", such as
    /// "read or write files".</param>
    public BannedApi(string pattern, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Pattern = pattern.Trim();
        Reason = reason.Trim();
    }

    /// <summary>Bans the APIs <paramref name="pattern"/> names, with the pattern itself as the reason.</summary>
    public BannedApi(string pattern)
        : this(pattern, "use " + pattern)
    {
    }

    /// <summary>The names banned.</summary>
    public string Pattern { get; }

    /// <summary>What submissions may not do, completing "submissions may not ...".</summary>
    public string Reason { get; }

    /// <summary>
    /// Whether <paramref name="fullName"/> (<c>Namespace.Type.Member</c>) is banned: the pattern matches it,
    /// or matches a part of it that ends before a dot, so that banning a namespace or a type bans
    /// everything in it. A pattern <c>X.*</c> also matches <c>X</c> itself (<c>typeof(System.IO.File)</c>
    /// is banned by <c>System.IO.File.*</c>).
    /// </summary>
    public bool Covers(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return ApiPattern.Covers(Pattern, fullName);
    }
}
