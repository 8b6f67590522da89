using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace BlynkWM.SurfaceCheck
{
    /// <summary>
    /// Decodes signatures to names that compare across two assemblies of the same name: a type defined by the listed
    /// assembly prints as "Namespace.Type", a type from another assembly as "[Assembly]Namespace.Type".
    /// </summary>
    public sealed class SignatureNames : ISignatureTypeProvider<string, object?>
    {
        public static readonly SignatureNames Instance = new SignatureNames();

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method " + signature.ReturnType + "*(" + string.Join(", ", signature.ParameterTypes) + ")";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(", ", typeArguments) + ">";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";

        public string GetPinnedType(string elementType) => elementType + " pinned";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "[mscorlib]System." + typeCode switch
        {
            PrimitiveTypeCode.IntPtr => "IntPtr",
            PrimitiveTypeCode.UIntPtr => "UIntPtr",
            _ => typeCode.ToString(),
        };

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => DefinitionName(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => ReferenceName(reader, handle);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        public static string DefinitionName(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return DefinitionName(reader, declaring) + "/" + reader.GetString(type.Name);
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? reader.GetString(type.Name) : ns + "." + reader.GetString(type.Name);
        }

        public static string ReferenceName(MetadataReader reader, TypeReferenceHandle handle)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            switch (type.ResolutionScope.Kind)
            {
                case HandleKind.TypeReference:
                    return ReferenceName(reader, (TypeReferenceHandle)type.ResolutionScope) + "/" + name;
                case HandleKind.AssemblyReference:
                    string assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name);
                    string ns = reader.GetString(type.Namespace);
                    return "[" + assembly + "]" + (ns.Length == 0 ? name : ns + "." + name);
                default:
                    string local = reader.GetString(type.Namespace);
                    return local.Length == 0 ? name : local + "." + name;
            }
        }

        public static string TypeName(MetadataReader reader, EntityHandle handle)
        {
            return handle.Kind switch
            {
                HandleKind.TypeDefinition => DefinitionName(reader, (TypeDefinitionHandle)handle),
                HandleKind.TypeReference => ReferenceName(reader, (TypeReferenceHandle)handle),
                HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(Instance, null),
                _ => "?",
            };
        }
    }
}
