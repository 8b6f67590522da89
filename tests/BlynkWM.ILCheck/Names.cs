namespace BlynkWM.ILCheck
{
    /// <summary>Full type names as C# writes them (nested types joined with '.'), for messages and matching.</summary>
    public static class Names
    {
        public static string Of(MetadataReader reader, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    {
                        TypeDefinition type = reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                        string name = reader.GetString(type.Name);
                        TypeDefinitionHandle outer = type.GetDeclaringType();
                        if (!outer.IsNil)
                        {
                            return Of(reader, outer) + "." + name;
                        }

                        string ns = reader.GetString(type.Namespace);
                        return ns.Length == 0 ? name : ns + "." + name;
                    }

                case HandleKind.TypeReference:
                    {
                        TypeReference type = reader.GetTypeReference((TypeReferenceHandle)handle);
                        string name = reader.GetString(type.Name);
                        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
                        {
                            return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "." + name;
                        }

                        string ns = reader.GetString(type.Namespace);
                        return ns.Length == 0 ? name : ns + "." + name;
                    }

                case HandleKind.TypeSpecification:
                    return "(type specification)";
                default:
                    return "(" + handle.Kind + ")";
            }
        }

        public static string Member(MetadataReader reader, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    {
                        MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                        return Of(reader, method.GetDeclaringType()) + "." + reader.GetString(method.Name);
                    }

                case HandleKind.FieldDefinition:
                    {
                        FieldDefinition field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                        return Of(reader, field.GetDeclaringType()) + "." + reader.GetString(field.Name);
                    }

                case HandleKind.MemberReference:
                    {
                        MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                        return Of(reader, member.Parent) + "." + reader.GetString(member.Name);
                    }

                default:
                    return "(" + handle.Kind + ")";
            }
        }
    }
}
