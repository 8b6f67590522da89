using System;

namespace BlynkWM
{
    /// <summary>
    /// Marks a partial class as a BlynkWM configuration schema. The source generator emits its storage
    /// layout, serializer, portal page and form handler at compile time.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class BlynkConfigAttribute : Attribute
    {
        /// <summary>Declares the class a config stored in <paramref name="storage"/>.</summary>
        public BlynkConfigAttribute(ConfigStorage storage)
        {
            Storage = storage;
        }

        /// <summary>Where the config is stored.</summary>
        public ConfigStorage Storage { get; }

        /// <summary>File path for <see cref="ConfigStorage.LittleFs"/> (absolute) and <see cref="ConfigStorage.Spiffs"/> (flat, at most 31 bytes with the slot suffix).</summary>
        public string Path { get; set; } = "";

        /// <summary>First byte of this config's region inside the EEPROM store (the seed's <c>EEPROM_START</c>).</summary>
        public int EepromStart { get; set; }

        /// <summary>
        /// Bytes of this config's region, from <see cref="EepromStart"/>: a 16-byte flag area, then two equal slots.
        /// Not the size of the whole EEPROM: that is <see cref="EepromCapacity"/>.
        /// </summary>
        public int EepromRegionSize { get; set; } = AttributeDefaults.EepromRegionSize;

        /// <summary>
        /// Size of the whole EEPROM store, the <c>IByteStore.Size</c> handed to <c>CreateStore</c> (the seed's
        /// <c>EEPROM_SIZE</c>; ESP32 emulated EEPROM: up to 4096). The region must lie inside it; a store of another
        /// size is refused (BWM0028 at compile time where its size is a constant, an exception otherwise).
        /// </summary>
        public int EepromCapacity { get; set; } = AttributeDefaults.EepromCapacity;

        /// <summary>Title of the config portal page.</summary>
        public string PortalTitle { get; set; } = AttributeDefaults.PortalTitle;

        /// <summary>
        /// CSS added after the portal's own styles (later rules win). A project file named <c>blynkwm.portal.css</c>
        /// (an <c>AdditionalFiles</c> item) is added after this. Compiled into the page; no external resources.
        /// </summary>
        public string PortalCss { get; set; } = "";

        /// <summary>
        /// Extra elements for the page's <c>&lt;head&gt;</c>, as HTML, e.g. a <c>&lt;meta&gt;</c> or an inline icon.
        /// A project file named <c>blynkwm.portal.head.html</c> is added after this.
        /// </summary>
        public string PortalHeadHtml { get; set; } = "";

        /// <summary>
        /// Value of the Access-Control-Allow-Origin header the portal sends (e.g. "*"); empty sends none.
        /// Cross-origin saves stay refused by the CSRF check either way.
        /// </summary>
        public string CorsOrigin { get; set; } = "";

        /// <summary>
        /// The Blynk template id (<c>TMPL...</c>, Blynk's <c>BLYNK_TEMPLATE_ID</c>): set it to serve Blynk.Edgent's
        /// provisioning API beside the portal, so that the Blynk app can add the device (<c>BlynkWM.Portal.EdgentApi</c>).
        /// Letters, digits, '-' and '_', at most 32. Empty: no Edgent API.
        /// </summary>
        public string EdgentTemplateId { get; set; } = "";

        /// <summary>
        /// The Blynk template's name (<c>BLYNK_TEMPLATE_NAME</c>), reported as the board and used in the access point's
        /// name (<c>EdgentApi.AccessPointName</c>). Required with <see cref="EdgentTemplateId"/>; printable, at most 32 bytes.
        /// </summary>
        public string EdgentTemplateName { get; set; } = "";
    }
}
