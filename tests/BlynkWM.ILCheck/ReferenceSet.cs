namespace BlynkWM.ILCheck
{
    /// <summary>The assemblies a checked assembly was compiled against (nanoFramework's mscorlib, the surfaces...), by name.</summary>
    public sealed class ReferenceSet : IDisposable
    {
        private readonly Dictionary<string, CheckedAssembly> _assemblies = new Dictionary<string, CheckedAssembly>(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, TypeDefinitionHandle>> _types = new Dictionary<string, Dictionary<string, TypeDefinitionHandle>>(StringComparer.Ordinal);

        public ReferenceSet(IEnumerable<string> paths)
        {
            foreach (string path in paths)
            {
                var assembly = new CheckedAssembly(path);
                if (_assemblies.ContainsKey(assembly.Name))
                {
                    assembly.Dispose();
                    continue;
                }

                _assemblies.Add(assembly.Name, assembly);
                var types = new Dictionary<string, TypeDefinitionHandle>(StringComparer.Ordinal);
                foreach (TypeDefinitionHandle type in assembly.Reader.TypeDefinitions)
                {
                    types[Names.Of(assembly.Reader, type)] = type;
                }

                _types.Add(assembly.Name, types);
            }
        }

        public bool Contains(string assemblyName) => _assemblies.ContainsKey(assemblyName);

        /// <summary>The definition of <paramref name="fullName"/> in <paramref name="assemblyName"/>, if it has one.</summary>
        public bool TryFind(string assemblyName, string fullName, out CheckedAssembly assembly, out TypeDefinitionHandle type)
        {
            type = default;
            if (!_assemblies.TryGetValue(assemblyName, out assembly!))
            {
                return false;
            }

            return _types[assemblyName].TryGetValue(fullName, out type);
        }

        /// <summary>The assembly and definition a type handle of <paramref name="reader"/> names, when it is in this set.</summary>
        public bool TryResolve(MetadataReader reader, EntityHandle handle, out CheckedAssembly assembly, out TypeDefinitionHandle type)
        {
            assembly = null!;
            type = default;
            if (handle.Kind != HandleKind.TypeReference)
            {
                return false;
            }

            string? scope = ScopeAssembly(reader, (TypeReferenceHandle)handle);
            return scope is not null && TryFind(scope, Names.Of(reader, handle), out assembly, out type);
        }

        /// <summary>The assembly a type reference points into (following nesting), or null for this module.</summary>
        public static string? ScopeAssembly(MetadataReader reader, TypeReferenceHandle handle)
        {
            EntityHandle scope = reader.GetTypeReference(handle).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            return scope.Kind == HandleKind.AssemblyReference
                ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
                : null;
        }

        public void Dispose()
        {
            foreach (CheckedAssembly assembly in _assemblies.Values)
            {
                assembly.Dispose();
            }
        }
    }
}
