namespace BlynkWM.Generators.Emitting
{
    /// <summary>One emitted file: its hint name and text, compared by value so that an unchanged file is not added again.</summary>
    internal sealed record GeneratedFile(string HintName, string Source)
    {
        /// <summary>The storage code of <paramref name="model"/>: <c>&lt;hint name&gt;.Storage.g.cs</c>.</summary>
        public static GeneratedFile Storage(ConfigModel model) => new GeneratedFile(model.HintName + ".Storage.g.cs", StorageEmitter.Emit(model));

        /// <summary>The portal form of <paramref name="model"/>: <c>&lt;hint name&gt;.Portal.g.cs</c>.</summary>
        public static GeneratedFile Portal(ConfigModel model, PortalProjectFiles files, System.Threading.CancellationToken cancellationToken) =>
            new GeneratedFile(model.HintName + ".Portal.g.cs", PortalEmitter.Emit(model, files, cancellationToken));
    }
}
