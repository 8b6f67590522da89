// Declaration-only surface of nanoFramework's mscorlib. Bodies never run.
namespace System
{
    public class Object
    {
        public Object() { }

        public virtual string ToString() => throw null;
        public virtual bool Equals(object obj) => throw null;
        public static bool Equals(object objA, object objB) => throw null;
        public static bool ReferenceEquals(object objA, object objB) => throw null;
        public virtual int GetHashCode() => throw null;
        public Type GetType() => throw null;
        protected object MemberwiseClone() => throw null;
    }

    public abstract class ValueType
    {
        public override bool Equals(object obj) => throw null;
    }

    public abstract class Enum : ValueType
    {
        public bool HasFlag(Enum flag) => throw null;
        public override string ToString() => throw null;
    }

    public struct Void
    {
    }

    public abstract class MarshalByRefObject
    {
    }

    public sealed class DBNull
    {
        private DBNull() { }
        public static readonly DBNull Value;
    }

    public struct IntPtr
    {
    }

    public struct UIntPtr
    {
    }

    public struct TypedReference
    {
    }

    public struct RuntimeArgumentHandle
    {
    }

    public struct RuntimeFieldHandle
    {
    }

    public struct RuntimeMethodHandle
    {
    }

    public struct RuntimeTypeHandle
    {
    }
}
