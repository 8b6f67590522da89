using BlynkWM.Generators.DeviceRuntime;
using BlynkWM.Generators.Emitting;

namespace BlynkWM.Generators
{
    /// <summary>
    /// Emits, for every [BlynkConfig] class, its storage (layout, allocation-free serializer, store factories) and its config
    /// portal (the page, computed and gzip-compressed at build time, and the form handler). One parse feeds both: each class
    /// is parsed once per edit, and both files always come from the same model. Into a nanoFramework compilation it also
    /// emits the device runtime (and, for an ESP32, its adapters) as source: see <see cref="DeviceRuntimeEmitter"/>.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class BlynkConfigGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ConfigModel> models = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    SchemaNames.BlynkConfigAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, cancellationToken) => ConfigParser.Parse(
                        (INamedTypeSymbol)ctx.TargetSymbol,
                        tree => tree == ctx.SemanticModel.SyntaxTree ? ctx.SemanticModel : null,
                        report: null,
                        cancellationToken))
                .WithTrackingName(TrackingNames.ParsedConfigs)
                .Where(static model => model is not null)
                .WithTrackingName(TrackingNames.ValidConfigs)
                .Select(static (model, _) => model!)
                .WithTrackingName(TrackingNames.ConfigModels);

            IncrementalValuesProvider<GeneratedFile> storage = models
                .Select(static (model, _) => GeneratedFile.Storage(model))
                .WithTrackingName(TrackingNames.StorageSources);
            context.RegisterSourceOutput(storage, static (output, file) => output.AddSource(file.HintName, file.Source));

            // Only the two portal files are read; an edit to any other AdditionalFiles item stops at the filter.
            IncrementalValueProvider<PortalProjectFiles> projectFiles = context.AdditionalTextsProvider
                .Where(static text => PortalFile.KindOf(text.Path) != PortalFileKind.None)
                .WithTrackingName(TrackingNames.PortalFileTexts)
                .Select(static (text, cancellationToken) => new PortalFile(
                    PortalFile.KindOf(text.Path),
                    text.Path,
                    text.GetText(cancellationToken)?.ToString() ?? ""))
                .WithTrackingName(TrackingNames.PortalFiles)
                .Collect()
                .WithTrackingName(TrackingNames.CollectedPortalFiles)
                .Select(static (all, _) => PortalProjectFiles.From(all))
                .WithTrackingName(TrackingNames.PortalProjectFiles);

            IncrementalValuesProvider<GeneratedFile> portal = models
                .Combine(projectFiles)
                .WithTrackingName(TrackingNames.PortalInputs)
                .Select(static (input, cancellationToken) => GeneratedFile.Portal(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.PortalSources);
            context.RegisterSourceOutput(portal, static (output, file) => output.AddSource(file.HintName, file.Source));

            // The device runtime as source, for a nanoFramework compilation that lacks it. The compilation is looked at on
            // every edit, but the step keeps only flags: the runtime's files are added again only when they change.
            IncrementalValueProvider<DeviceRuntimeTarget> runtimeTarget = context.CompilationProvider
                .Select(static (compilation, _) => DeviceRuntimeTarget.From(compilation))
                .WithTrackingName(TrackingNames.DeviceRuntimeTarget);
            context.RegisterSourceOutput(runtimeTarget, static (output, target) => DeviceRuntimeEmitter.Emit(output, target));

            // In such a compilation the attribute does not resolve for the pipeline above (a generator never sees its own
            // output): its config classes are parsed against the compilation with the runtime added, into the same models.
            // One output for all of them (a firmware has one or two), so the step stays reachable, and tracked, when empty.
            IncrementalValueProvider<EquatableArray<ConfigModel>> deviceModels = context.CompilationProvider
                .Combine(runtimeTarget)
                .Select(static (input, cancellationToken) => DeviceRuntimeConfigs.Parse(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.DeviceRuntimeConfigModels);
            context.RegisterSourceOutput(deviceModels.Combine(projectFiles), static (output, input) =>
            {
                foreach (ConfigModel model in input.Left)
                {
                    foreach (GeneratedFile file in new[] { GeneratedFile.Storage(model), GeneratedFile.Portal(model, input.Right, output.CancellationToken) })
                    {
                        output.AddSource(file.HintName, file.Source);
                    }
                }
            });
        }
    }
}
