namespace Autograder.Compilation.Rules;

/// <summary>One place where a submission's compiled code breaks a rule.</summary>
/// <param name="RuleId">Which rule: one of the <see cref="IlRuleIds"/>.</param>
/// <param name="Method">The submission's method, as <c>Namespace.Type.Method</c>; code in a lambda, a
/// local function or an async method is named after the method that holds it.</param>
/// <param name="Detail">One sentence for the student: what the code does, why it is not allowed, and
/// what to do instead.</param>
public sealed record IlFinding(string RuleId, string Method, string Detail)
{
    /// <summary>The finding as one line: rule, method, detail.</summary>
    public override string ToString() => $"{RuleId}: {Method}: {Detail}";
}
