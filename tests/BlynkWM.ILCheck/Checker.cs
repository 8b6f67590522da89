namespace BlynkWM.ILCheck
{
    /// <summary>Runs every rule over one assembly.</summary>
    public static class Checker
    {
        public static List<Finding> Check(string assemblyPath, IEnumerable<string> referencePaths)
        {
            var findings = new List<Finding>();
            using var assembly = new CheckedAssembly(assemblyPath);
            using var references = new ReferenceSet(referencePaths);
            ShapeRules.Check(assembly, findings);
            MemberReferenceRule.Check(assembly, references, findings);
            ExplicitImplementationRule.Check(assembly, findings);
            StaticInitializerRule.Check(assembly, findings);
            StringIndexingRule.Check(assembly, findings);
            return findings;
        }
    }
}
