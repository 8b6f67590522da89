using BlynkWM.Storage;

namespace BlynkWM.Portal
{
    /// <summary>
    /// What the generator emits for a config class's portal (the nested <c>PortalForm</c> class): the page parts
    /// computed at build time and the field-by-field form logic. <see cref="ConfigPortal"/> drives it and knows no
    /// field. The form edits a scratch copy of the live config; the live one changes only in <see cref="CommitEdit"/>.
    /// </summary>
    public interface IPortalForm
    {
        /// <summary>The page up to the form: doctype, head (styles, script, custom elements), title heading. UTF-8.</summary>
        byte[] HeadHtml { get; }

        /// <summary>
        /// <see cref="HeadHtml"/> as the start of a gzip member: the gzip header, then deflate blocks that end with an
        /// empty stored block on a byte boundary, so blocks compressed at run time can follow.
        /// </summary>
        byte[] HeadGzip { get; }

        /// <summary>CRC-32 of <see cref="HeadHtml"/> (finished); the page's CRC continues from it.</summary>
        uint HeadCrc { get; }

        /// <summary>The whole confirmation page after a save, plain.</summary>
        byte[] SavedHtml { get; }

        /// <summary>The whole confirmation page after a save, as a complete gzip member.</summary>
        byte[] SavedGzip { get; }

        /// <summary>The [BlynkConfig] CorsOrigin, or empty for no Access-Control-Allow-Origin header.</summary>
        string CorsOrigin { get; }

        /// <summary>Number of field slots in a <see cref="PortalFormState"/> for this form.</summary>
        int FieldCount { get; }

        /// <summary>Longest form key the form understands, in bytes.</summary>
        int MaxKeyBytes { get; }

        /// <summary>Longest value any field accepts, in bytes (the CSRF token included).</summary>
        int MaxValueBytes { get; }

        /// <summary>Largest body a complete form post can need (every field at its limit, fully percent-encoded).</summary>
        int MaxBodyBytes { get; }

        /// <summary>The copy being edited; what a successful save stores.</summary>
        IStoredConfig Scratch { get; }

        /// <summary>Copies the live config into the scratch copy.</summary>
        void BeginEdit();

        /// <summary>Validates one pair into the scratch copy; false when the key is not one of the form's (ignored).</summary>
        bool Accept(UrlEncodedFormReader reader, PortalFormState state);

        /// <summary>After the last pair: unchecked boxes, forgotten secrets, required fields.</summary>
        void FinishEdit(PortalFormState state);

        /// <summary>Copies the scratch copy into the live config (after it was stored).</summary>
        void CommitEdit();

        /// <summary>
        /// Writes the page after <see cref="HeadHtml"/>: the form with the live values, or with the scratch values,
        /// the banner and the messages when <see cref="PortalFormState.ShowErrors"/>; secrets never.
        /// </summary>
        void WriteForm(HtmlWriter writer, PortalFormState state);
    }
}
