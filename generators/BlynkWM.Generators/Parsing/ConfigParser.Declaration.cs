using static BlynkWM.Generators.Parsing.CSharpNames;

namespace BlynkWM.Generators.Parsing
{
    /// <summary>The class itself: how it is declared, where it is nested, and the member names the generated code reserves.</summary>
    internal sealed partial class ConfigParser
    {
        private void CheckDeclaration()
        {
            if (_type.IsRecord || _type.IsStatic || _type.TypeKind != TypeKind.Class)
            {
                string what = _type.IsRecord ? "a record" : _type.IsStatic ? "a static class" : "not a class";
                Report(DiagnosticDescriptors.ConfigTypeNotInstantiableClass, _classLocation, _type.Name, what);
            }

            for (INamedTypeSymbol? t = _type; t is not null; t = t.ContainingType)
            {
                if (t.IsGenericType)
                {
                    Report(DiagnosticDescriptors.ClassGeneric, _classLocation, _type.Name);
                    break;
                }
            }

            for (INamedTypeSymbol? t = _type; t is not null; t = t.ContainingType)
            {
                if (!IsPartial(t, out Location? offending))
                {
                    if (SymbolEqualityComparer.Default.Equals(t, _type))
                    {
                        Report(DiagnosticDescriptors.ClassNotPartial, offending ?? _classLocation, t.Name);
                    }
                    else
                    {
                        // A containing type is reported on the config class (the declaration being analyzed, where the fix
                        // adds partial to the whole chain) and points at the container as an additional location.
                        ReportCore(DiagnosticDescriptors.ClassNotPartial, _classLocation, offending is null ? null : new[] { offending }, null, t.Name);
                    }
                }
            }
        }

        /// <summary>True when every declaration of <paramref name="type"/> says partial; otherwise <paramref name="offending"/> is the identifier of one that does not.</summary>
        private static bool IsPartial(INamedTypeSymbol type, out Location? offending)
        {
            offending = null;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    offending = declaration.Identifier.GetLocation();
                    return false;
                }
            }

            return type.DeclaringSyntaxReferences.Length > 0;
        }

        /// <summary>The namespaces around the class, outermost first, unescaped.</summary>
        private string[] NamespaceParts()
        {
            var parts = new List<string>();
            for (INamespaceSymbol? ns = _type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                parts.Insert(0, ns.Name);
            }

            return parts.ToArray();
        }

        /// <summary>The types containing the class, outermost first, unescaped.</summary>
        private string[] ContainingTypeNames()
        {
            var names = new List<string>();
            for (INamedTypeSymbol? t = _type.ContainingType; t is not null; t = t.ContainingType)
            {
                names.Insert(0, t.Name);
            }

            return names.ToArray();
        }

        private string[] ContainingTypeDeclarations()
        {
            var declarations = new List<string>();
            for (INamedTypeSymbol? t = _type.ContainingType; t is not null; t = t.ContainingType)
            {
                string keyword = t.IsRecord
                    ? (t.TypeKind == TypeKind.Struct ? "record struct" : "record")
                    : t.TypeKind switch
                    {
                        TypeKind.Struct => "struct",
                        TypeKind.Interface => "interface",
                        _ => "class",
                    };
                declarations.Insert(0, "partial " + keyword + " " + TypeIdentifier(t.Name));
            }

            return declarations.ToArray();
        }

        /// <summary>Names the emitters declare in the config class (StorageEmitter, PortalEmitter): a user member with one of them breaks the generated code.</summary>
        internal static readonly string[] GeneratedMemberNames =
        {
            "StorageLayout", "CreateStore", "CreateResetRecord", "CreatePortalFlagRecord", "Write", "TryRead", "ResetToDefaults",
            "EnsureCredentialObjects", "CopyTo", "GetWifiCredentials", "GetBlynkCredentials", "PortalForm",
            "DiscardedFieldCount", "GetDiscardedFieldId", "_blynkwmDiscardedFields", "_blynkwmDiscardedCount",
        };

        /// <summary>BWM0026: every member of the class (with or without a BlynkWM attribute) and the class itself.</summary>
        private void CheckReservedNames()
        {
            if (Array.IndexOf(GeneratedMemberNames, _type.Name) >= 0)
            {
                Report(DiagnosticDescriptors.ReservedMemberName, _classLocation, _type.Name, _type.Name, " (and a class cannot contain a member named like itself)");
            }

            foreach (ISymbol member in _type.GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (member.IsImplicitlyDeclared || Array.IndexOf(GeneratedMemberNames, member.Name) < 0 || IsDeclaredByBlynkWM(member))
                {
                    continue;
                }

                Report(DiagnosticDescriptors.ReservedMemberName, member.Locations.FirstOrDefault() ?? _classLocation, member.Name, _type.Name, "");
            }
        }

        /// <summary>
        /// True for a member of code this generator emitted. The analyzers see the generated members beside the user's (the
        /// generator, which runs before its own output exists, does not); they must not count as the user's.
        /// </summary>
        private bool IsDeclaredByBlynkWM(ISymbol member)
        {
            ImmutableArray<SyntaxReference> references = member.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return false;
            }

            foreach (SyntaxReference reference in references)
            {
                SyntaxTree tree = reference.SyntaxTree;
                if (!(tree.FilePath.EndsWith(".Storage.g.cs", StringComparison.Ordinal) || tree.FilePath.EndsWith(".Portal.g.cs", StringComparison.Ordinal)))
                {
                    return false;
                }

                Microsoft.CodeAnalysis.Text.SourceText text = tree.GetText(_cancellationToken);
                if (text.Length < SchemaNames.GeneratedHeader.Length
                    || text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(0, SchemaNames.GeneratedHeader.Length)) != SchemaNames.GeneratedHeader)
                {
                    return false;
                }
            }

            return true;
        }

        private static Location? IdentifierLocation(INamedTypeSymbol type)
        {
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is BaseTypeDeclarationSyntax declaration)
                {
                    return declaration.Identifier.GetLocation();
                }
            }

            return type.Locations.FirstOrDefault();
        }
    }
}
