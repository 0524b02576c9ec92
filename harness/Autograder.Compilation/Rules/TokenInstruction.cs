using System.Reflection.Metadata;

namespace Autograder.Compilation.Rules;

/// <summary>An IL instruction whose operand is a metadata token, and where it is in its method.</summary>
internal readonly record struct TokenInstruction(int Offset, ILOpCode OpCode, EntityHandle Operand);
