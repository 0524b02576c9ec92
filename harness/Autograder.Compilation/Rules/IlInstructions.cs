using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Autograder.Compilation.Rules;

/// <summary>
/// Walks a method body's IL and returns the instructions whose operand is a metadata token (calls,
/// field accesses, type operands, <c>ldtoken</c>). Every operand is skipped by its exact size, so the
/// walk stays in step with what the JIT reads; an opcode that does not exist is a
/// <see cref="BadImageFormatException"/>.
/// </summary>
internal static class IlInstructions
{
    // "no." (0xFE19) is a real prefix that System.Reflection.Metadata's ILOpCode does not list.
    private const int NoPrefix = 0xFE19;

    public static List<TokenInstruction> WithTokens(BlobReader il)
    {
        var instructions = new List<TokenInstruction>();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            int value = il.ReadByte();
            if (value == 0xFE)
            {
                value = 0xFE00 | il.ReadByte();
            }

            var opCode = (ILOpCode)value;
            if (!Enum.IsDefined(opCode) && value != NoPrefix)
            {
                throw new BadImageFormatException($"IL_{offset:x4}: 0x{value:x} is not an IL opcode");
            }

            if (HasToken(opCode))
            {
                instructions.Add(new TokenInstruction(offset, opCode, MetadataTokens.EntityHandle(il.ReadInt32())));
            }
            else
            {
                SkipOperand(ref il, opCode, value);
            }
        }

        return instructions;
    }

    private static bool HasToken(ILOpCode opCode) => opCode is
        ILOpCode.Jmp or ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Ldftn or ILOpCode.Ldvirtftn
        or ILOpCode.Ldfld or ILOpCode.Ldflda or ILOpCode.Stfld or ILOpCode.Ldsfld or ILOpCode.Ldsflda or ILOpCode.Stsfld
        or ILOpCode.Cpobj or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Castclass or ILOpCode.Isinst
        or ILOpCode.Unbox or ILOpCode.Unbox_any or ILOpCode.Box or ILOpCode.Newarr or ILOpCode.Ldelema
        or ILOpCode.Ldelem or ILOpCode.Stelem or ILOpCode.Refanyval or ILOpCode.Mkrefany or ILOpCode.Ldtoken
        or ILOpCode.Initobj or ILOpCode.Constrained or ILOpCode.Sizeof;

    private static void SkipOperand(ref BlobReader il, ILOpCode opCode, int value)
    {
        switch (opCode)
        {
            case ILOpCode.Switch:
                var targets = il.ReadUInt32();
                if (targets > (uint)il.RemainingBytes / 4)
                {
                    throw new BadImageFormatException($"IL_{il.Offset - 5:x4}: a switch with {targets} targets runs past the end of the method");
                }

                il.Offset += (int)targets * 4;
                return;
            default:
                il.Offset += OperandSize(opCode, value);
                return;
        }
    }

    private static int OperandSize(ILOpCode opCode, int value) => opCode switch
    {
        ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => 8,
        ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 or ILOpCode.Ldstr or ILOpCode.Calli
            or ILOpCode.Br or ILOpCode.Brfalse or ILOpCode.Brtrue or ILOpCode.Beq or ILOpCode.Bge or ILOpCode.Bgt
            or ILOpCode.Ble or ILOpCode.Blt or ILOpCode.Bne_un or ILOpCode.Bge_un or ILOpCode.Bgt_un
            or ILOpCode.Ble_un or ILOpCode.Blt_un or ILOpCode.Leave => 4,
        ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc => 2,
        ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s
            or ILOpCode.Stloc_s or ILOpCode.Ldc_i4_s or ILOpCode.Unaligned
            or ILOpCode.Br_s or ILOpCode.Brfalse_s or ILOpCode.Brtrue_s or ILOpCode.Beq_s or ILOpCode.Bge_s
            or ILOpCode.Bgt_s or ILOpCode.Ble_s or ILOpCode.Blt_s or ILOpCode.Bne_un_s or ILOpCode.Bge_un_s
            or ILOpCode.Bgt_un_s or ILOpCode.Ble_un_s or ILOpCode.Blt_un_s or ILOpCode.Leave_s => 1,
        _ when value == NoPrefix => 1,
        _ => 0,
    };
}
