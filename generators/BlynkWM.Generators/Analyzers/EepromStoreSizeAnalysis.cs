using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using static BlynkWM.Generators.Parsing.AttributeArguments;

namespace BlynkWM.Generators.Analyzers
{
    /// <summary>
    /// BWM0028: a call to a config class's generated <c>CreateStore</c>, <c>CreateResetRecord</c> or
    /// <c>CreatePortalFlagRecord</c> whose EEPROM store has a size known at compile time that differs from the class's
    /// <c>EepromCapacity</c>. The size is known when the store is created right there, or in a local that is never
    /// reassigned, by a constructor taking it as a constant argument named <c>size</c> or <c>capacity</c>
    /// (<c>new ImageFileByteStore(path, 2048)</c>). The generated factories throw for the same mismatch at run time.
    /// </summary>
    internal static class EepromStoreSizeAnalysis
    {
        private static readonly ImmutableHashSet<string> Factories = ImmutableHashSet.Create("CreateStore", "CreateResetRecord", "CreatePortalFlagRecord");

        public static void Register(CompilationStartAnalysisContext start, INamedTypeSymbol configAttribute)
        {
            INamedTypeSymbol? byteStore = start.Compilation.GetTypeByMetadataName(SchemaNames.ByteStore);
            if (byteStore is null)
            {
                return;
            }

            start.RegisterOperationAction(context => AnalyzeInvocation(context, configAttribute, byteStore), OperationKind.Invocation);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol configAttribute, INamedTypeSymbol byteStore)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (!method.IsStatic || !Factories.Contains(method.Name) || method.Parameters.Length != 1
                || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, byteStore)
                || invocation.Arguments.Length != 1
                || method.ContainingType?.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, configAttribute)) is not { } attribute)
            {
                return;
            }

            if (!(KnownSize(invocation.Arguments[0].Value, byteStore) is { } known))
            {
                return;
            }

            int start = Named(attribute, "EepromStart", 0);
            int regionSize = Named(attribute, "EepromRegionSize", AttributeDefaults.EepromRegionSize);
            int capacity = Named(attribute, "EepromCapacity", AttributeDefaults.EepromCapacity);
            if (known.Size == capacity)
            {
                return;
            }

            // The fix edits the attribute, which may be in another document: it travels as the first additional location.
            Location? attributeLocation = attribute.ApplicationSyntaxReference is { } reference
                ? Location.Create(reference.SyntaxTree, reference.Span)
                : null;
            ImmutableDictionary<string, string?> properties = attributeLocation is null
                ? ImmutableDictionary<string, string?>.Empty
                : SetArgumentFix(attribute, "EepromCapacity", known.Size).Add(DiagnosticProperties.AttributeIsAdditionalLocation, "true");

            string type = method.ContainingType!.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EepromStoreSizeMismatch,
                known.Location,
                attributeLocation is null ? null : new[] { attributeLocation },
                properties,
                known.Size, type, capacity, start, (long)start + regionSize, method.Name));
        }

        /// <summary>The store's size when the argument is, or names a local only ever holding, a store built with a constant size.</summary>
        private static (int Size, Location Location)? KnownSize(IOperation argument, INamedTypeSymbol byteStore)
        {
            IOperation value = Unwrap(argument);
            if (value is ILocalReferenceOperation local && SingleInitializer(local) is { } initializer)
            {
                value = Unwrap(initializer);
            }

            if (value is not IObjectCreationOperation creation || creation.Type is null
                || !creation.Type.AllInterfaces.Contains(byteStore, SymbolEqualityComparer.Default))
            {
                return null;
            }

            foreach (IArgumentOperation constructorArgument in creation.Arguments)
            {
                string? name = constructorArgument.Parameter?.Name;
                if ((string.Equals(name, "size", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "capacity", StringComparison.OrdinalIgnoreCase))
                    && constructorArgument.Value.ConstantValue is { HasValue: true, Value: int size })
                {
                    return (size, constructorArgument.Syntax.GetLocation());
                }
            }

            return null;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The initializer of a local that nothing in its body assigns again (or passes by reference); otherwise null.</summary>
        private static IOperation? SingleInitializer(ILocalReferenceOperation reference)
        {
            IOperation root = reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            IOperation? initializer = null;
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        initializer = declarator.Initializer?.Value;
                        break;
                    case IAssignmentOperation assignment when Unwrap(assignment.Target) is ILocalReferenceOperation target
                        && SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                        return null;
                    case IArgumentOperation { Parameter.RefKind: not RefKind.None } byReference when Unwrap(byReference.Value) is ILocalReferenceOperation passed
                        && SymbolEqualityComparer.Default.Equals(passed.Local, reference.Local):
                        return null;
                }
            }

            return initializer;
        }
    }
}
