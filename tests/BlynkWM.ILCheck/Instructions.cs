using System.Reflection;
using System.Reflection.Emit;

namespace BlynkWM.ILCheck
{
    /// <summary>
    /// One decoded IL instruction: where it is, what it is, its token operand (0 when it has none) and, for a branch,
    /// the offset it jumps to (-1 otherwise).
    /// </summary>
    public readonly record struct Instruction(int Offset, short OpCode, int Token, int Target = -1)
    {
        /// <summary>A branch back to an earlier instruction: the end of a loop that starts at <see cref="Target"/>.</summary>
        public bool IsBackwardBranch => Target >= 0 && Target <= Offset;
    }

    /// <summary>Decodes method bodies with the opcode table of System.Reflection.Emit.</summary>
    public static class Instructions
    {
        private static readonly Dictionary<short, OperandType> Operands = BuildTable();

        public const short Call = 0x28;
        public const short Calli = 0x29;
        public const short Jmp = 0x27;
        public const short Callvirt = 0x6F;
        public const short Newobj = 0x73;
        public const short Ldsfld = 0x7E;
        public const short Ldsflda = 0x7F;
        public const short Stsfld = 0x80;
        public const short Mkrefany = 0xC6;
        public const short Refanyval = 0xC2;
        public const short Arglist = unchecked((short)0xFE00);
        public const short Ldftn = unchecked((short)0xFE06);
        public const short Ldvirtftn = unchecked((short)0xFE07);
        public const short Localloc = unchecked((short)0xFE0F);
        public const short Cpblk = unchecked((short)0xFE17);
        public const short Initblk = unchecked((short)0xFE18);
        public const short Refanytype = unchecked((short)0xFE1D);

        public static IEnumerable<Instruction> Decode(MethodBodyBlock body)
        {
            var result = new List<Instruction>();
            BlobReader il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int offset = il.Offset;
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                int token = 0;
                int target = -1;
                switch (Operands.TryGetValue(code, out OperandType operand) ? operand : OperandType.InlineNone)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                        target = il.ReadSByte();
                        target += il.Offset;
                        break;
                    case OperandType.InlineBrTarget:
                        target = il.ReadInt32();
                        target += il.Offset;
                        break;
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.ReadByte();
                        break;
                    case OperandType.InlineVar:
                        il.ReadInt16();
                        break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineSig:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineString:
                        token = il.ReadInt32();
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.ReadInt64();
                        break;
                    case OperandType.InlineSwitch:
                        int count = il.ReadInt32();
                        for (int i = 0; i < count; i++)
                        {
                            il.ReadInt32();
                        }

                        break;
                    default:
                        il.ReadInt32();
                        break;
                }

                result.Add(new Instruction(offset, code, token, target));
            }

            return result;
        }

        private static Dictionary<short, OperandType> BuildTable()
        {
            var table = new Dictionary<short, OperandType>();
            foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is OpCode op)
                {
                    table[op.Value] = op.OperandType;
                }
            }

            return table;
        }
    }
}
