// The namespaces most of this project's files use.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using BlynkWM.Http;
global using BlynkWM.Ports;
