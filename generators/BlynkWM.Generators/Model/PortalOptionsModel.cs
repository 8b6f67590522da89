namespace BlynkWM.Generators.Model
{
    /// <summary>The portal options of one config class, from its [BlynkConfig] arguments.</summary>
    internal sealed record PortalOptionsModel(
        string Css,
        string HeadHtml,
        string CorsOrigin,
        bool HasParameterlessConstructor)
    {
        public static readonly PortalOptionsModel Default = new PortalOptionsModel("", "", "", HasParameterlessConstructor: true);
    }
}
