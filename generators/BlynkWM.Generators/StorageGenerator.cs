using BlynkWM.Generators.Emitting;
using BlynkWM.Generators.Model;
using BlynkWM.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BlynkWM.Generators
{
    /// <summary>Emits the storage layout and allocation-free serializer of every [BlynkConfig] class.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class StorageGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ConfigModel> models = ConfigModels.Select(context);
            context.RegisterSourceOutput(models, static (output, model) =>
                output.AddSource(model.HintName + ".Storage.g.cs", StorageEmitter.Emit(model)));
        }
    }

    /// <summary>The parsing step shared by every generator, so each output family sees the same models.</summary>
    internal static class ConfigModels
    {
        public const string ParseStep = "BlynkWM.ParseConfig";
        public const string ValidStep = "BlynkWM.ValidConfigs";

        public static IncrementalValuesProvider<ConfigModel> Select(IncrementalGeneratorInitializationContext context)
        {
            return context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    SchemaNames.BlynkConfigAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, ct) => ConfigParser.Parse(
                        (INamedTypeSymbol)ctx.TargetSymbol,
                        tree => tree == ctx.SemanticModel.SyntaxTree ? ctx.SemanticModel : null,
                        report: null,
                        ct))
                .WithTrackingName(ParseStep)
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(ValidStep);
        }
    }
}
