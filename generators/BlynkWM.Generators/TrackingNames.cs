namespace BlynkWM.Generators
{
    /// <summary>
    /// The name of every step of <see cref="BlynkConfigGenerator"/>'s pipeline, as the driver reports it when step tracking
    /// is on: the tests check through them that each step caches and holds no compilation object.
    /// </summary>
    internal static class TrackingNames
    {
        /// <summary>The parser's result for each [BlynkConfig] class: its model, or null when the class has an error.</summary>
        public const string ParsedConfigs = "BlynkWM.ParsedConfigs";

        /// <summary>The parse results that are models.</summary>
        public const string ValidConfigs = "BlynkWM.ValidConfigs";

        /// <summary>The same, typed as models: the one input of both outputs.</summary>
        public const string ConfigModels = "BlynkWM.ConfigModels";

        /// <summary>The storage file of each model.</summary>
        public const string StorageSources = "BlynkWM.StorageSources";

        /// <summary>The AdditionalFiles items named like a portal file.</summary>
        public const string PortalFileTexts = "BlynkWM.PortalFileTexts";

        /// <summary>Their kind, path and text.</summary>
        public const string PortalFiles = "BlynkWM.PortalFiles";

        /// <summary>All of them at once.</summary>
        public const string CollectedPortalFiles = "BlynkWM.CollectedPortalFiles";

        /// <summary>What they add to every page: the CSS and head elements, joined in path order.</summary>
        public const string PortalProjectFiles = "BlynkWM.PortalProjectFiles";

        /// <summary>Each model with the project's portal files.</summary>
        public const string PortalInputs = "BlynkWM.PortalInputs";

        /// <summary>The portal file of each model.</summary>
        public const string PortalSources = "BlynkWM.PortalSources";

        /// <summary>Whether and what of the device runtime this compilation gets as source (flags only).</summary>
        public const string DeviceRuntimeTarget = "BlynkWM.DeviceRuntimeTarget";

        /// <summary>The models of the config classes of a compilation the runtime is emitted into (empty otherwise).</summary>
        public const string DeviceRuntimeConfigModels = "BlynkWM.DeviceRuntimeConfigModels";
    }
}
