namespace BlynkWM.ILCheck
{
    /// <summary>
    /// NANO006: nanoCLR runs every static constructor once, at start-up, in metadata order, and touching another type
    /// does not run that type's constructor first. A static initializer that reads or writes another type's static
    /// fields of the same assembly, directly or through the methods and constructors it calls, may see them null.
    /// Fields of other assemblies are safe: an assembly's dependencies are initialised before it.
    /// </summary>
    public static class StaticInitializerRule
    {
        public static void Check(CheckedAssembly assembly, List<Finding> findings)
        {
            MetadataReader reader = assembly.Reader;
            var cache = new Dictionary<MethodDefinitionHandle, List<FieldDefinitionHandle>>();
            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                foreach (MethodDefinitionHandle cctor in reader.GetTypeDefinition(typeHandle).GetMethods())
                {
                    if (!reader.StringComparer.Equals(reader.GetMethodDefinition(cctor).Name, ".cctor"))
                    {
                        continue;
                    }

                    CheckInitializer(assembly, typeHandle, cctor, cache, findings);
                }
            }
        }

        private static void CheckInitializer(
            CheckedAssembly assembly,
            TypeDefinitionHandle owner,
            MethodDefinitionHandle cctor,
            Dictionary<MethodDefinitionHandle, List<FieldDefinitionHandle>> cache,
            List<Finding> findings)
        {
            MetadataReader reader = assembly.Reader;
            MethodBodyBlock? body = assembly.Body(cctor);
            if (body is null)
            {
                return;
            }

            string ownerName = Names.Of(reader, owner);
            foreach (Instruction instruction in Instructions.Decode(body))
            {
                if (IsStaticFieldAccess(instruction.OpCode) && TryField(instruction.Token, out FieldDefinitionHandle field)
                    && reader.GetFieldDefinition(field).GetDeclaringType() != owner)
                {
                    findings.Add(assembly.At(Rules.StaticInitializer, "static initializer of " + ownerName + " uses " + Names.Member(reader, field) + ", another type's static state", cctor, instruction.Offset));
                }
                else if (IsCall(instruction.OpCode) && TryMethod(instruction.Token, out MethodDefinitionHandle callee))
                {
                    foreach (FieldDefinitionHandle touched in StaticsTouched(assembly, callee, cache, new HashSet<MethodDefinitionHandle>()))
                    {
                        if (reader.GetFieldDefinition(touched).GetDeclaringType() != owner)
                        {
                            findings.Add(assembly.At(
                                Rules.StaticInitializer,
                                "static initializer of " + ownerName + " calls " + Names.Member(reader, callee) + ", which uses " + Names.Member(reader, touched) + ", another type's static state",
                                cctor,
                                instruction.Offset));
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>Static fields of this assembly a method uses, itself or through what it calls.</summary>
        private static List<FieldDefinitionHandle> StaticsTouched(
            CheckedAssembly assembly,
            MethodDefinitionHandle method,
            Dictionary<MethodDefinitionHandle, List<FieldDefinitionHandle>> cache,
            HashSet<MethodDefinitionHandle> visiting)
        {
            if (cache.TryGetValue(method, out List<FieldDefinitionHandle>? known))
            {
                return known;
            }

            var touched = new List<FieldDefinitionHandle>();
            if (!visiting.Add(method))
            {
                return touched; // recursion: what the outer visit finds covers it
            }

            MethodBodyBlock? body = assembly.Body(method);
            if (body is not null)
            {
                foreach (Instruction instruction in Instructions.Decode(body))
                {
                    if (IsStaticFieldAccess(instruction.OpCode) && TryField(instruction.Token, out FieldDefinitionHandle field))
                    {
                        touched.Add(field);
                    }
                    else if (IsCall(instruction.OpCode) && TryMethod(instruction.Token, out MethodDefinitionHandle callee))
                    {
                        touched.AddRange(StaticsTouched(assembly, callee, cache, visiting));
                    }
                }
            }

            visiting.Remove(method);
            cache[method] = touched;
            return touched;
        }

        private static bool IsStaticFieldAccess(short opCode)
        {
            return opCode == Instructions.Ldsfld || opCode == Instructions.Ldsflda || opCode == Instructions.Stsfld;
        }

        private static bool IsCall(short opCode)
        {
            return opCode == Instructions.Call || opCode == Instructions.Callvirt || opCode == Instructions.Newobj
                || opCode == Instructions.Ldftn || opCode == Instructions.Ldvirtftn;
        }

        private static bool TryField(int token, out FieldDefinitionHandle field)
        {
            field = default;
            if ((token >> 24) != 0x04)
            {
                return false;
            }

            field = MetadataTokens.FieldDefinitionHandle(token & 0xFFFFFF);
            return true;
        }

        private static bool TryMethod(int token, out MethodDefinitionHandle method)
        {
            method = default;
            if ((token >> 24) != 0x06)
            {
                return false;
            }

            method = MetadataTokens.MethodDefinitionHandle(token & 0xFFFFFF);
            return true;
        }
    }
}
