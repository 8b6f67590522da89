// The namespaces most of this project's files use.
global using System.Collections.Generic;
global using System.Diagnostics;
global using System.Globalization;
global using System.IO;
global using System.Net;
global using System.Threading;
global using BlynkWM.Host.Net;
global using BlynkWM.Host.Time;
global using BlynkWM.Samples;
global using BlynkWM.TestSupport;
