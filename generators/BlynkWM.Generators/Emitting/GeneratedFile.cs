namespace BlynkWM.Generators.Emitting
{
    /// <summary>One emitted file: its hint name and text, compared by value so that an unchanged file is not added again.</summary>
    internal sealed record GeneratedFile(string HintName, string Source);
}
