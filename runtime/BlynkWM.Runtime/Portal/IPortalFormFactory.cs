namespace BlynkWM.Portal
{
    /// <summary>
    /// Makes the generated portal form of a config class (implemented explicitly by the generator's portal file), so
    /// the device lifecycle can open the portal without knowing the class.
    /// </summary>
    public interface IPortalFormFactory
    {
        /// <summary>
        /// A new portal form editing this object (with a new instance as its scratch copy). Throws
        /// <see cref="System.NotSupportedException"/> when the class has no parameterless constructor: then create
        /// <c>new Config.PortalForm(config, scratch)</c> yourself.
        /// </summary>
        IPortalForm CreatePortalForm();
    }
}
