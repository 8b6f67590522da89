// The generator compiles these runtime files too (generators/BlynkWM.Generators.csproj links them), so that what it
// computes at build time (the page head's DEFLATE blocks, CRCs, field tags, integer widths) is what the device computes
// at run time. The files declare their classes without an access modifier, which makes them internal in the generator;
// the runtime makes them public here, in one place.
namespace BlynkWM.Compression
{
    public sealed partial class BitWriter { }

    public sealed partial class DeflateCompressor { }

    public static partial class DeflateTables { }

    public static partial class Gzip { }

    public sealed partial class HuffmanCode { }

    public sealed partial class MatchFinder { }
}

namespace BlynkWM.Storage
{
    public static partial class Crc32 { }

    public static partial class FieldTag { }

    public static partial class IntegerWidth { }
}
