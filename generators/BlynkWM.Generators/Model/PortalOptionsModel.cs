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

        /// <summary>[BlynkConfig(EdgentTemplateId = ...)]: empty for no Edgent provisioning API.</summary>
        public string EdgentTemplateId { get; init; } = "";

        /// <summary>[BlynkConfig(EdgentTemplateName = ...)].</summary>
        public string EdgentTemplateName { get; init; } = "";
    }
}
