namespace BlynkWM.Portal
{
    /// <summary>
    /// What the generator adds to a config's <c>PortalForm</c> when its class opts into Blynk.Edgent provisioning
    /// (<c>[BlynkConfig(EdgentTemplateId = "TMPL...", EdgentTemplateName = "...")]</c>): the template, and the credential
    /// sets an Edgent <c>/config</c> request fills (the first WiFi set and the first Blynk set). <see cref="EdgentApi"/> uses it.
    /// </summary>
    public interface IEdgentForm
    {
        /// <summary>The Blynk template id (board_info.json's <c>tmpl_id</c>).</summary>
        string TemplateId { get; }

        /// <summary>The Blynk template's name (board_info.json's <c>board</c>, and part of the access point's name).</summary>
        string TemplateName { get; }

        /// <summary>Id of the WiFi set that <c>ssid</c> and <c>pass</c> go to (its form fields are <c>{id}_ssid</c>, <c>{id}_pw</c>).</summary>
        string WifiId { get; }

        /// <summary>Id of the Blynk set that <c>blynk</c>, <c>host</c> and <c>port_ssl</c> go to (<c>{id}_token</c>, <c>{id}_server</c>, <c>{id}_port</c>).</summary>
        string BlynkId { get; }
    }
}
