namespace BlynkWM.Fuzz
{
    /// <summary>
    /// HOOK FOR THE LEAD: return an <see cref="IConfigFormFuzzHook"/> that posts each body to the generated /save
    /// handler over a fresh in-memory store and throws <see cref="FuzzFailure"/> when a rejected body changed the
    /// stored config. Until it is connected, the form fuzz checks the reader alone and says so on stderr.
    /// </summary>
    public static class FormFuzzHooks
    {
        public static IConfigFormFuzzHook? CreateConfigFormHook() => new ConfigFormFuzzHook();
    }
}
