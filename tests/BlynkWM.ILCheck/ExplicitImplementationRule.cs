namespace BlynkWM.ILCheck
{
    /// <summary>
    /// NANO005: nanoCLR finds an explicit interface implementation by its metadata name, which must be the interface's
    /// plain full name and the member's ("BlynkWM.Storage.IStoredConfig.get_MaxRecordSize"). Roslyn builds the name
    /// from how the interface is written, so <c>int global::N.I.P</c> yields "global::N.I.get_P", which nanoCLR does
    /// not resolve: the call throws on the device.
    /// </summary>
    public static class ExplicitImplementationRule
    {
        public static void Check(CheckedAssembly assembly, List<Finding> findings)
        {
            MetadataReader reader = assembly.Reader;
            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                foreach (MethodImplementationHandle handle in reader.GetTypeDefinition(typeHandle).GetMethodImplementations())
                {
                    MethodImplementation implementation = reader.GetMethodImplementation(handle);
                    if (implementation.MethodBody.Kind != HandleKind.MethodDefinition)
                    {
                        continue;
                    }

                    var body = (MethodDefinitionHandle)implementation.MethodBody;
                    string actual = reader.GetString(reader.GetMethodDefinition(body).Name);
                    string? expected = ExpectedName(reader, implementation.MethodDeclaration);
                    if (expected is not null && actual != expected)
                    {
                        findings.Add(assembly.At(
                            Rules.ExplicitImplementationName,
                            "explicit implementation named \"" + actual + "\" where nanoCLR looks for \"" + expected
                                + "\" (write the interface without global::, e.g. through a using alias)",
                            body,
                            -1));
                    }
                }
            }
        }

        private static string? ExpectedName(MetadataReader reader, EntityHandle declaration)
        {
            switch (declaration.Kind)
            {
                case HandleKind.MethodDefinition:
                    {
                        MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)declaration);
                        return Names.Of(reader, method.GetDeclaringType()) + "." + reader.GetString(method.Name);
                    }

                case HandleKind.MemberReference:
                    {
                        MemberReference member = reader.GetMemberReference((MemberReferenceHandle)declaration);
                        if (member.Parent.Kind != HandleKind.TypeReference && member.Parent.Kind != HandleKind.TypeDefinition)
                        {
                            return null; // a generic interface: NANO001 reports it
                        }

                        return Names.Of(reader, member.Parent) + "." + reader.GetString(member.Name);
                    }

                default:
                    return null;
            }
        }
    }
}
