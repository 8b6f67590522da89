using System;
using System.Linq;
using System.Reflection;

namespace BlynkWM.Tests.Shared
{
    /// <summary>
    /// The repository's root folder, as the build recorded it (RepositoryRoot.props): tests read samples, snapshots, docs
    /// and fixtures from there wherever their binaries run, and whatever path mapping the compiler applied to sources.
    /// </summary>
    internal static class RepositoryRoot
    {
        private const string MetadataKey = "BlynkWM.RepositoryRoot";

        public static string Path { get; } = Find();

        /// <summary><paramref name="parts"/> under the root, e.g. <c>Combine("samples", "Configs")</c>.</summary>
        public static string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

        private static string Find()
        {
            AssemblyMetadataAttribute? recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == MetadataKey);
            if (recorded?.Value is not { Length: > 0 } root)
            {
                throw new InvalidOperationException("The test assembly has no " + MetadataKey + " metadata: import tests/Shared/RepositoryRoot.props.");
            }

            return System.IO.Path.GetFullPath(root);
        }
    }
}
