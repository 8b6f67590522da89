using System.Linq;

namespace BlynkWM.ILCheck
{
    /// <summary>
    /// NANO007: a string indexed inside a loop (<c>s[i]</c>, <c>foreach (char c in s)</c>). nanoCLR keeps strings as
    /// UTF-8: the indexer walks from the start, so the loop is quadratic, and it returns the high surrogate for both
    /// halves of a character above U+FFFF, so the result is wrong for emoji. Encode the string to bytes
    /// (<c>Encoding.UTF8.GetBytes</c>) or take <c>ToCharArray()</c> once, and loop over that.
    /// </summary>
    public static class StringIndexingRule
    {
        public static void Check(CheckedAssembly assembly, List<Finding> findings)
        {
            MetadataReader reader = assembly.Reader;
            foreach (MethodDefinitionHandle method in reader.MethodDefinitions)
            {
                MethodBodyBlock? body = assembly.Body(method);
                if (body is null || IsCompilerHelper(reader, method))
                {
                    continue;
                }

                List<Instruction> instructions = Instructions.Decode(body).ToList();
                List<Instruction> loopEnds = instructions.Where(i => i.IsBackwardBranch).ToList();
                if (loopEnds.Count == 0)
                {
                    continue;
                }

                foreach (Instruction call in instructions)
                {
                    if ((call.OpCode == Instructions.Call || call.OpCode == Instructions.Callvirt)
                        && IsStringIndexer(reader, call.Token)
                        && loopEnds.Any(end => end.Target <= call.Offset && call.Offset < end.Offset))
                    {
                        findings.Add(assembly.At(
                            Rules.StringIndexedInLoop,
                            "string indexed in a loop in " + Names.Member(reader, method) + " (quadratic on nanoCLR, wrong above U+FFFF: loop over Encoding.UTF8.GetBytes or ToCharArray() instead)",
                            method,
                            call.Offset));
                    }
                }
            }
        }

        /// <summary>
        /// The compiler's own helpers (<c>&lt;PrivateImplementationDetails&gt;</c>): the hash of a <c>switch</c> on a
        /// string walks the switched string, short in practice, and no source line could be changed to avoid it.
        /// </summary>
        private static bool IsCompilerHelper(MetadataReader reader, MethodDefinitionHandle method)
        {
            TypeDefinition type = reader.GetTypeDefinition(reader.GetMethodDefinition(method).GetDeclaringType());
            return reader.StringComparer.Equals(type.Name, "<PrivateImplementationDetails>");
        }

        private static bool IsStringIndexer(MetadataReader reader, int token)
        {
            if ((token >> 24) != 0x0A)
            {
                return false;
            }

            MemberReference member = reader.GetMemberReference(MetadataTokens.MemberReferenceHandle(token & 0xFFFFFF));
            return reader.StringComparer.Equals(member.Name, "get_Chars")
                && member.Parent.Kind == HandleKind.TypeReference
                && Names.Of(reader, member.Parent) == "System.String";
        }
    }
}
