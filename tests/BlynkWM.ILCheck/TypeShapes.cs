using System.Collections.Immutable;

namespace BlynkWM.ILCheck
{
    /// <summary>What a signature holds that nanoCLR 1.x cannot run.</summary>
    public sealed class SignatureFlags
    {
        public bool Generic { get; set; }

        public bool MultiDimensionalArray { get; set; }

        public bool TypedReference { get; set; }
    }

    /// <summary>
    /// Decodes signatures to comparable type names ("System.String", "System.Byte[]", "T&amp;") and notes generic,
    /// multi-dimensional-array and typed-reference shapes on the way.
    /// </summary>
    public sealed class TypeShapes : ISignatureTypeProvider<string, SignatureFlags>
    {
        public static readonly TypeShapes Instance = new TypeShapes();

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            return elementType + "[" + new string(',', shape.Rank - 1) + "]!md";
        }

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            return genericType + "<" + string.Join(",", typeArguments) + ">!generic";
        }

        public string GetGenericMethodParameter(SignatureFlags genericContext, int index)
        {
            genericContext.Generic = true;
            return "!!" + index;
        }

        public string GetGenericTypeParameter(SignatureFlags genericContext, int index)
        {
            genericContext.Generic = true;
            return "!" + index;
        }

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
        {
            return isRequired ? unmodifiedType + " modreq(" + modifier + ")" : unmodifiedType;
        }

        public string GetPinnedType(string elementType) => elementType + " pinned";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Names.Of(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Names.Of(reader, handle);

        public string GetTypeFromSpecification(MetadataReader reader, SignatureFlags genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        /// <summary>A decoded name as C# would write it, without the markers <see cref="Note"/> looks for.</summary>
        public static string Clean(string decoded)
        {
            return decoded.Replace("]!md", "]", System.StringComparison.Ordinal).Replace(">!generic", ">", System.StringComparison.Ordinal);
        }

        /// <summary>Flags for a decoded name (generic instantiations and md arrays are marked in the name).</summary>
        public static void Note(string decoded, SignatureFlags flags)
        {
            if (decoded.Contains("!generic", System.StringComparison.Ordinal))
            {
                flags.Generic = true;
            }

            if (decoded.Contains("]!md", System.StringComparison.Ordinal))
            {
                flags.MultiDimensionalArray = true;
            }

            if (decoded.Contains("System.TypedReference", System.StringComparison.Ordinal))
            {
                flags.TypedReference = true;
            }
        }
    }
}
