namespace BlynkWM.ILCheck
{
    /// <summary>
    /// NANO001 generics, NANO002 multi-dimensional arrays, NANO003 instructions and typed references nanoCLR 1.x
    /// does not implement: found in metadata rows, in member and local signatures, and at every instruction that uses
    /// such a type or member.
    /// </summary>
    public static class ShapeRules
    {
        public static void Check(CheckedAssembly assembly, List<Finding> findings)
        {
            MetadataReader reader = assembly.Reader;
            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                if (type.GetGenericParameters().Count > 0)
                {
                    findings.Add(assembly.AtType(Rules.Generic, "generic type " + Names.Of(reader, typeHandle) + " (nanoCLR 1.x runs no generics)", typeHandle));
                }

                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
                    var flags = new SignatureFlags();
                    TypeShapes.Note(field.DecodeSignature(TypeShapes.Instance, flags), flags);
                    Report(assembly, findings, flags, "field " + Names.Member(reader, fieldHandle), assembly.AtField("", "", fieldHandle));
                }

                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    CheckMethod(assembly, findings, methodHandle);
                }
            }
        }

        private static void CheckMethod(CheckedAssembly assembly, List<Finding> findings, MethodDefinitionHandle methodHandle)
        {
            MetadataReader reader = assembly.Reader;
            MethodDefinition method = reader.GetMethodDefinition(methodHandle);
            string name = Names.Member(reader, methodHandle);
            Finding here = assembly.At("", "", methodHandle, -1);
            if (method.GetGenericParameters().Count > 0)
            {
                findings.Add(here with { Rule = Rules.Generic, Message = "generic method " + name + " (nanoCLR 1.x runs no generics)" });
            }

            var flags = new SignatureFlags();
            MethodSignature<string> signature = method.DecodeSignature(TypeShapes.Instance, flags);
            TypeShapes.Note(signature.ReturnType, flags);
            foreach (string parameter in signature.ParameterTypes)
            {
                TypeShapes.Note(parameter, flags);
            }

            Report(assembly, findings, flags, "signature of " + name, here);

            MethodBodyBlock? body = assembly.Body(methodHandle);
            if (body is null)
            {
                return;
            }

            if (!body.LocalSignature.IsNil)
            {
                var localFlags = new SignatureFlags();
                StandaloneSignature locals = reader.GetStandaloneSignature(body.LocalSignature);
                foreach (string local in locals.DecodeLocalSignature(TypeShapes.Instance, localFlags))
                {
                    TypeShapes.Note(local, localFlags);
                }

                Report(assembly, findings, localFlags, "a local variable of " + name, here);
            }

            foreach (Instruction instruction in Instructions.Decode(body))
            {
                string? unsupported = UnsupportedName(instruction.OpCode);
                if (unsupported is not null)
                {
                    findings.Add(assembly.At(Rules.UnsupportedInstruction, unsupported + " in " + name + " (not implemented by nanoCLR)", methodHandle, instruction.Offset));
                }

                if (instruction.Token != 0)
                {
                    CheckToken(assembly, findings, methodHandle, name, instruction);
                }
            }
        }

        private static void CheckToken(CheckedAssembly assembly, List<Finding> findings, MethodDefinitionHandle method, string name, Instruction instruction)
        {
            MetadataReader reader = assembly.Reader;
            EntityHandle handle;
            try
            {
                handle = MetadataTokens.EntityHandle(instruction.Token);
            }
            catch (System.ArgumentException)
            {
                return; // a user string token (ldstr)
            }

            var flags = new SignatureFlags();
            string what;
            switch (handle.Kind)
            {
                case HandleKind.MethodSpecification:
                    flags.Generic = true;
                    what = "a generic method instantiation";
                    break;
                case HandleKind.TypeSpecification:
                    what = "type " + Decode(reader, (TypeSpecificationHandle)handle, flags);
                    break;
                case HandleKind.MemberReference:
                    {
                        MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                        what = "member " + reader.GetString(member.Name);
                        if (member.Parent.Kind == HandleKind.TypeSpecification)
                        {
                            what += " of " + Decode(reader, (TypeSpecificationHandle)member.Parent, flags);
                        }

                        if (member.GetKind() == MemberReferenceKind.Method)
                        {
                            MethodSignature<string> signature = member.DecodeMethodSignature(TypeShapes.Instance, flags);
                            TypeShapes.Note(signature.ReturnType, flags);
                            foreach (string parameter in signature.ParameterTypes)
                            {
                                TypeShapes.Note(parameter, flags);
                            }
                        }
                        else
                        {
                            TypeShapes.Note(member.DecodeFieldSignature(TypeShapes.Instance, flags), flags);
                        }

                        break;
                    }

                default:
                    return;
            }

            Report(assembly, findings, flags, what + " used in " + name, assembly.At("", "", method, instruction.Offset));
        }

        private static string Decode(MetadataReader reader, TypeSpecificationHandle handle, SignatureFlags flags)
        {
            string decoded = reader.GetTypeSpecification(handle).DecodeSignature(TypeShapes.Instance, flags);
            TypeShapes.Note(decoded, flags);
            return TypeShapes.Clean(decoded);
        }

        private static void Report(CheckedAssembly assembly, List<Finding> findings, SignatureFlags flags, string what, Finding at)
        {
            if (flags.Generic)
            {
                findings.Add(at with { Rule = Rules.Generic, Message = "generic " + what + " (nanoCLR 1.x runs no generics)" });
            }

            if (flags.MultiDimensionalArray)
            {
                findings.Add(at with { Rule = Rules.MultiDimensionalArray, Message = "multi-dimensional array in " + what + " (use a jagged array)" });
            }

            if (flags.TypedReference)
            {
                findings.Add(at with { Rule = Rules.UnsupportedInstruction, Message = "typed reference in " + what + " (not implemented by nanoCLR)" });
            }
        }

        /// <summary>The instruction's name when nanoCLR does not implement it, else null.</summary>
        public static string? UnsupportedName(short opCode)
        {
            switch (opCode)
            {
                case Instructions.Localloc:
                    return "localloc (stackalloc)";
                case Instructions.Calli:
                    return "calli (function pointer call)";
                case Instructions.Jmp:
                    return "jmp";
                case Instructions.Cpblk:
                    return "cpblk";
                case Instructions.Initblk:
                    return "initblk";
                case Instructions.Mkrefany:
                    return "mkrefany (__makeref)";
                case Instructions.Refanyval:
                    return "refanyval (__refvalue)";
                case Instructions.Refanytype:
                    return "refanytype (__reftype)";
                case Instructions.Arglist:
                    return "arglist (__arglist)";
                default:
                    return null;
            }
        }
    }
}
