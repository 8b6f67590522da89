using System.Linq;

namespace BlynkWM.ILCheck
{
    /// <summary>
    /// NANO004: every type and member an assembly references must be defined, with the same signature, by the
    /// assembly it points into (nanoFramework's mscorlib, a surface...): a member .NET has and nanoFramework lacks
    /// compiles against a reference that declares too much, and fails to load on the device.
    /// </summary>
    public static class MemberReferenceRule
    {
        public static void Check(CheckedAssembly assembly, ReferenceSet references, List<Finding> findings)
        {
            MetadataReader reader = assembly.Reader;
            Dictionary<int, (MethodDefinitionHandle Method, int Offset)> firstUse = FirstUses(assembly);
            var reportedAssemblies = new HashSet<string>();

            foreach (TypeReferenceHandle typeHandle in reader.TypeReferences)
            {
                string? scope = ReferenceSet.ScopeAssembly(reader, typeHandle);
                if (scope is null)
                {
                    continue;
                }

                if (!references.Contains(scope))
                {
                    if (reportedAssemblies.Add(scope))
                    {
                        findings.Add(new Finding(Rules.MissingMember, "references assembly " + scope + ", which is not among the references given to the check", assembly.Path, null, 0, 0));
                    }

                    continue;
                }

                if (!references.TryFind(scope, Names.Of(reader, typeHandle), out _, out _))
                {
                    findings.Add(Where(assembly, firstUse, typeHandle, "type " + Names.Of(reader, typeHandle) + " is not defined by " + scope));
                }
            }

            foreach (MemberReferenceHandle memberHandle in reader.MemberReferences)
            {
                MemberReference member = reader.GetMemberReference(memberHandle);
                if (member.Parent.Kind != HandleKind.TypeReference
                    || !references.TryResolve(reader, member.Parent, out CheckedAssembly target, out TypeDefinitionHandle type))
                {
                    continue;
                }

                string name = reader.GetString(member.Name);
                var flags = new SignatureFlags();
                bool found = member.GetKind() == MemberReferenceKind.Method
                    ? FindMethod(references, target, type, name, Shape(member.DecodeMethodSignature(TypeShapes.Instance, flags)))
                    : FindField(references, target, type, name, member.DecodeFieldSignature(TypeShapes.Instance, flags));
                if (!found)
                {
                    string signature = member.GetKind() == MemberReferenceKind.Method
                        ? Shape(member.DecodeMethodSignature(TypeShapes.Instance, flags))
                        : member.DecodeFieldSignature(TypeShapes.Instance, flags);
                    findings.Add(Where(assembly, firstUse, memberHandle, Names.Of(reader, member.Parent) + "." + name + " " + signature + " is not defined by " + target.Name));
                }
            }
        }

        private static bool FindMethod(ReferenceSet references, CheckedAssembly assembly, TypeDefinitionHandle typeHandle, string name, string shape)
        {
            while (true)
            {
                MetadataReader reader = assembly.Reader;
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                foreach (MethodDefinitionHandle handle in type.GetMethods())
                {
                    MethodDefinition method = reader.GetMethodDefinition(handle);
                    if (reader.StringComparer.Equals(method.Name, name)
                        && Shape(method.DecodeSignature(TypeShapes.Instance, new SignatureFlags())) == shape)
                    {
                        return true;
                    }
                }

                if (!BaseOf(references, ref assembly, ref typeHandle))
                {
                    return false;
                }
            }
        }

        private static bool FindField(ReferenceSet references, CheckedAssembly assembly, TypeDefinitionHandle typeHandle, string name, string fieldType)
        {
            while (true)
            {
                MetadataReader reader = assembly.Reader;
                foreach (FieldDefinitionHandle handle in reader.GetTypeDefinition(typeHandle).GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(handle);
                    if (reader.StringComparer.Equals(field.Name, name) && field.DecodeSignature(TypeShapes.Instance, new SignatureFlags()) == fieldType)
                    {
                        return true;
                    }
                }

                if (!BaseOf(references, ref assembly, ref typeHandle))
                {
                    return false;
                }
            }
        }

        private static bool BaseOf(ReferenceSet references, ref CheckedAssembly assembly, ref TypeDefinitionHandle typeHandle)
        {
            EntityHandle baseType = assembly.Reader.GetTypeDefinition(typeHandle).BaseType;
            if (baseType.IsNil)
            {
                return false;
            }

            if (baseType.Kind == HandleKind.TypeDefinition)
            {
                typeHandle = (TypeDefinitionHandle)baseType;
                return true;
            }

            return references.TryResolve(assembly.Reader, baseType, out assembly, out typeHandle);
        }

        private static string Shape(MethodSignature<string> signature)
        {
            return (signature.Header.IsInstance ? "instance " : "static ") + signature.ReturnType
                + (signature.GenericParameterCount > 0 ? "<" + signature.GenericParameterCount + ">" : "")
                + "(" + string.Join(", ", signature.ParameterTypes) + ")";
        }

        private static Finding Where(CheckedAssembly assembly, Dictionary<int, (MethodDefinitionHandle Method, int Offset)> firstUse, EntityHandle handle, string message)
        {
            return firstUse.TryGetValue(MetadataTokens.GetToken(handle), out var use)
                ? assembly.At(Rules.MissingMember, message, use.Method, use.Offset)
                : new Finding(Rules.MissingMember, message, assembly.Path, null, 0, 0);
        }

        /// <summary>The first instruction using each token, for locations (a type reference: via its members too).</summary>
        private static Dictionary<int, (MethodDefinitionHandle, int)> FirstUses(CheckedAssembly assembly)
        {
            MetadataReader reader = assembly.Reader;
            var uses = new Dictionary<int, (MethodDefinitionHandle, int)>();
            foreach (MethodDefinitionHandle method in reader.MethodDefinitions)
            {
                MethodBodyBlock? body = assembly.Body(method);
                if (body is null)
                {
                    continue;
                }

                foreach (Instruction instruction in Instructions.Decode(body).Where(i => i.Token != 0 && (i.Token >> 24) != 0x70))
                {
                    uses.TryAdd(instruction.Token, (method, instruction.Offset));
                    EntityHandle handle = MetadataTokens.EntityHandle(instruction.Token);
                    if (handle.Kind == HandleKind.MemberReference)
                    {
                        EntityHandle parent = reader.GetMemberReference((MemberReferenceHandle)handle).Parent;
                        uses.TryAdd(MetadataTokens.GetToken(parent), (method, instruction.Offset));
                    }
                }
            }

            return uses;
        }
    }
}
