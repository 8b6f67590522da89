// Declaration-only surface of nanoFramework's mscorlib: System.ComponentModel.
namespace System.ComponentModel
{
    public enum EditorBrowsableState
    {
        Always,
        Never,
        Advanced,
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Interface | AttributeTargets.Delegate)]
    public sealed class EditorBrowsableAttribute : Attribute
    {
        public EditorBrowsableAttribute() { }
        public EditorBrowsableAttribute(EditorBrowsableState state) { }
        public override bool Equals(object obj) => throw null;
        public EditorBrowsableState State => throw null;
    }
}
