// Declaration-only surface of nanoFramework's mscorlib: System.Runtime.Versioning.
namespace System.Runtime.Versioning
{
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class TargetFrameworkAttribute : Attribute
    {
        public TargetFrameworkAttribute(string frameworkName) { }
        public string FrameworkName => throw null;
        public string FrameworkDisplayName { get => throw null; set { } }
    }
}
