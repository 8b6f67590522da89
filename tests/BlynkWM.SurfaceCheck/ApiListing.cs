using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace BlynkWM.SurfaceCheck
{
    /// <summary>
    /// The public face of an assembly as one line per type, field, method, property and event: what a caller compiled
    /// against it depends on (kind, accessibility, modifiers, signature, parameter names and defaults, constant values).
    /// Two assemblies of the same name whose lines for a member are equal are interchangeable for that member.
    /// </summary>
    public sealed class ApiListing
    {
        private readonly SortedSet<string> _lines = new SortedSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedSet<string>> _enumValues = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);

        private ApiListing(string assemblyName)
        {
            AssemblyName = assemblyName;
        }

        public string AssemblyName { get; }

        /// <summary>Every line, sorted.</summary>
        public IReadOnlyCollection<string> Lines => _lines;

        /// <summary>The value lines of each enum, by the enum's name.</summary>
        public IReadOnlyDictionary<string, SortedSet<string>> EnumValues => _enumValues;

        public static ApiListing Read(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            var listing = new ApiListing(reader.GetString(reader.GetAssemblyDefinition().Name));
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                if (IsVisible(reader, handle))
                {
                    listing.AddType(reader, handle);
                }
            }

            return listing;
        }

        private static bool IsVisible(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
            return visibility switch
            {
                TypeAttributes.Public => true,
                TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisible(reader, type.GetDeclaringType()),
                _ => false,
            };
        }

        private void AddType(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = SignatureNames.DefinitionName(reader, handle);
            string baseType = type.BaseType.IsNil ? "" : SignatureNames.TypeName(reader, type.BaseType);
            bool isInterface = (type.Attributes & TypeAttributes.Interface) != 0;
            string kind = isInterface ? "interface"
                : baseType == "[mscorlib]System.Enum" ? "enum"
                : baseType == "[mscorlib]System.ValueType" ? "struct"
                : baseType == "[mscorlib]System.MulticastDelegate" ? "delegate"
                : "class";

            var line = new List<string> { "type", Accessibility(type.Attributes), kind };
            bool isAbstract = (type.Attributes & TypeAttributes.Abstract) != 0;
            bool isSealed = (type.Attributes & TypeAttributes.Sealed) != 0;
            if (kind == "class")
            {
                if (isAbstract && isSealed)
                {
                    line.Add("static");
                }
                else if (isAbstract)
                {
                    line.Add("abstract");
                }
                else if (isSealed)
                {
                    line.Add("sealed");
                }
            }

            line.Add(name);
            if (kind == "class" || kind == "struct" || kind == "interface")
            {
                if (kind == "class")
                {
                    line.Add(": " + baseType);
                }

                string[] interfaces = type.GetInterfaceImplementations()
                    .Select(i => SignatureNames.TypeName(reader, reader.GetInterfaceImplementation(i).Interface))
                    .OrderBy(i => i, StringComparer.Ordinal)
                    .ToArray();
                if (interfaces.Length > 0)
                {
                    line.Add("implements " + string.Join(", ", interfaces));
                }
            }

            if (kind == "enum")
            {
                foreach (FieldDefinitionHandle f in type.GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(f);
                    if ((field.Attributes & FieldAttributes.Static) == 0)
                    {
                        line.Add(": " + field.DecodeSignature(SignatureNames.Instance, null));
                    }
                }

                if (HasAttribute(reader, type.GetCustomAttributes(), "System.FlagsAttribute"))
                {
                    line.Add("[Flags]");
                }

                _enumValues[name] = new SortedSet<string>(StringComparer.Ordinal);
            }

            _lines.Add(string.Join(" ", line));

            foreach (FieldDefinitionHandle f in type.GetFields())
            {
                AddField(reader, name, kind == "enum", f);
            }

            foreach (MethodDefinitionHandle m in type.GetMethods())
            {
                AddMethod(reader, name, m);
            }

            foreach (PropertyDefinitionHandle p in type.GetProperties())
            {
                AddProperty(reader, name, p);
            }

            foreach (EventDefinitionHandle e in type.GetEvents())
            {
                AddEvent(reader, name, e);
            }
        }

        private void AddField(MetadataReader reader, string typeName, bool inEnum, FieldDefinitionHandle handle)
        {
            FieldDefinition field = reader.GetFieldDefinition(handle);
            string access = MemberAccessibility((MethodAttributes)(int)(field.Attributes & FieldAttributes.FieldAccessMask));
            if (access.Length == 0 || (inEnum && (field.Attributes & FieldAttributes.Static) == 0))
            {
                return;
            }

            var line = new List<string> { "field", access };
            if ((field.Attributes & FieldAttributes.Literal) != 0)
            {
                line.Add("const");
            }
            else
            {
                if ((field.Attributes & FieldAttributes.Static) != 0)
                {
                    line.Add("static");
                }

                if ((field.Attributes & FieldAttributes.InitOnly) != 0)
                {
                    line.Add("readonly");
                }
            }

            line.Add(typeName + "::" + reader.GetString(field.Name));
            line.Add(": " + field.DecodeSignature(SignatureNames.Instance, null));
            ConstantHandle constant = field.GetDefaultValue();
            if (!constant.IsNil)
            {
                line.Add("= " + ConstantText(reader, constant));
            }

            string text = string.Join(" ", line);
            _lines.Add(text);
            if (inEnum)
            {
                _enumValues[typeName].Add(text);
            }
        }

        private void AddMethod(MetadataReader reader, string typeName, MethodDefinitionHandle handle)
        {
            MethodDefinition method = reader.GetMethodDefinition(handle);
            string access = MemberAccessibility(method.Attributes & MethodAttributes.MemberAccessMask);
            if (access.Length == 0)
            {
                return;
            }

            var line = new List<string> { "method", access };
            foreach ((MethodAttributes flag, string word) in new[]
            {
                (MethodAttributes.Static, "static"), (MethodAttributes.Abstract, "abstract"), (MethodAttributes.Virtual, "virtual"),
                (MethodAttributes.NewSlot, "newslot"), (MethodAttributes.Final, "final"), (MethodAttributes.SpecialName, "specialname"),
            })
            {
                if ((method.Attributes & flag) != 0)
                {
                    line.Add(word);
                }
            }

            MethodSignature<string> signature = method.DecodeSignature(SignatureNames.Instance, null);
            line.Add(typeName + "::" + reader.GetString(method.Name) + "(" + string.Join(", ", Parameters(reader, method, signature)) + ")");
            line.Add(": " + signature.ReturnType);
            if (signature.GenericParameterCount > 0)
            {
                line.Add("generic " + signature.GenericParameterCount);
            }

            _lines.Add(string.Join(" ", line));
        }

        private static IEnumerable<string> Parameters(MetadataReader reader, MethodDefinition method, MethodSignature<string> signature)
        {
            var names = new string[signature.ParameterTypes.Length];
            var extras = new string[signature.ParameterTypes.Length];
            foreach (ParameterHandle p in method.GetParameters())
            {
                Parameter parameter = reader.GetParameter(p);
                int index = parameter.SequenceNumber - 1;
                if (index < 0 || index >= names.Length)
                {
                    continue;
                }

                names[index] = reader.GetString(parameter.Name);
                var extra = new List<string>();
                if ((parameter.Attributes & ParameterAttributes.Out) != 0)
                {
                    extra.Add("[out]");
                }

                if (HasAttribute(reader, parameter.GetCustomAttributes(), "System.ParamArrayAttribute"))
                {
                    extra.Add("params");
                }

                if ((parameter.Attributes & ParameterAttributes.HasDefault) != 0)
                {
                    extra.Add("= " + ConstantText(reader, parameter.GetDefaultValue()));
                }
                else if ((parameter.Attributes & ParameterAttributes.Optional) != 0)
                {
                    extra.Add("[opt]");
                }

                extras[index] = string.Join(" ", extra);
            }

            for (int i = 0; i < names.Length; i++)
            {
                string text = signature.ParameterTypes[i] + " " + (names[i] ?? "?");
                yield return string.IsNullOrEmpty(extras[i]) ? text : text + " " + extras[i];
            }
        }

        private void AddProperty(MetadataReader reader, string typeName, PropertyDefinitionHandle handle)
        {
            PropertyDefinition property = reader.GetPropertyDefinition(handle);
            PropertyAccessors accessors = property.GetAccessors();
            var parts = new List<string>();
            if (!accessors.Getter.IsNil && IsVisible(reader, accessors.Getter))
            {
                parts.Add("get;");
            }

            if (!accessors.Setter.IsNil && IsVisible(reader, accessors.Setter))
            {
                parts.Add("set;");
            }

            if (parts.Count == 0)
            {
                return;
            }

            MethodSignature<string> signature = property.DecodeSignature(SignatureNames.Instance, null);
            string indexer = signature.ParameterTypes.Length == 0 ? "" : "[" + string.Join(", ", signature.ParameterTypes) + "]";
            _lines.Add("property " + typeName + "::" + reader.GetString(property.Name) + indexer + " : " + signature.ReturnType + " { " + string.Join(" ", parts) + " }");
        }

        private void AddEvent(MetadataReader reader, string typeName, EventDefinitionHandle handle)
        {
            EventDefinition definition = reader.GetEventDefinition(handle);
            EventAccessors accessors = definition.GetAccessors();
            if (accessors.Adder.IsNil || !IsVisible(reader, accessors.Adder))
            {
                return;
            }

            _lines.Add("event " + typeName + "::" + reader.GetString(definition.Name) + " : " + SignatureNames.TypeName(reader, definition.Type));
        }

        private static bool IsVisible(MetadataReader reader, MethodDefinitionHandle handle)
        {
            return MemberAccessibility(reader.GetMethodDefinition(handle).Attributes & MethodAttributes.MemberAccessMask).Length > 0;
        }

        private static string Accessibility(TypeAttributes attributes)
        {
            return (attributes & TypeAttributes.VisibilityMask) switch
            {
                TypeAttributes.NestedFamily => "protected",
                TypeAttributes.NestedFamORAssem => "protected-internal",
                _ => "public",
            };
        }

        private static string MemberAccessibility(MethodAttributes access)
        {
            return access switch
            {
                MethodAttributes.Public => "public",
                MethodAttributes.Family => "protected",
                MethodAttributes.FamORAssem => "protected-internal",
                _ => "",
            };
        }

        private static bool HasAttribute(MetadataReader reader, CustomAttributeHandleCollection attributes, string fullName)
        {
            foreach (CustomAttributeHandle handle in attributes)
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                EntityHandle type = attribute.Constructor.Kind switch
                {
                    HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
                    HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
                    _ => default,
                };
                string name = type.IsNil ? "" : SignatureNames.TypeName(reader, type);
                if (name == fullName || name.EndsWith("]" + fullName, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string ConstantText(MetadataReader reader, ConstantHandle handle)
        {
            Constant constant = reader.GetConstant(handle);
            BlobReader blob = reader.GetBlobReader(constant.Value);
            return constant.TypeCode switch
            {
                ConstantTypeCode.Boolean => blob.ReadBoolean() ? "true" : "false",
                ConstantTypeCode.Char => "'" + blob.ReadChar() + "'",
                ConstantTypeCode.SByte => blob.ReadSByte().ToString(),
                ConstantTypeCode.Byte => blob.ReadByte().ToString(),
                ConstantTypeCode.Int16 => blob.ReadInt16().ToString(),
                ConstantTypeCode.UInt16 => blob.ReadUInt16().ToString(),
                ConstantTypeCode.Int32 => blob.ReadInt32().ToString(),
                ConstantTypeCode.UInt32 => blob.ReadUInt32().ToString(),
                ConstantTypeCode.Int64 => blob.ReadInt64().ToString(),
                ConstantTypeCode.UInt64 => blob.ReadUInt64().ToString(),
                ConstantTypeCode.Single => blob.ReadSingle().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                ConstantTypeCode.Double => blob.ReadDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                ConstantTypeCode.String => "\"" + blob.ReadUTF16(blob.Length) + "\"",
                ConstantTypeCode.NullReference => "null",
                _ => "?" + constant.TypeCode,
            };
        }
    }
}
