<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActiveCallsPage</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer has no records list</source>
        <translation>la respuesta no contiene la lista «records»</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>El servidor respondió HTTP %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>No se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>Refused to send credentials over an insecure connection</source>
        <translation>Se rechazó enviar credenciales por una conexión no segura</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read</source>
        <translation>El servidor envió una respuesta que no se puede leer</translation>
    </message>
    <message>
        <source>RingCentral&apos;s rate limit was reached</source>
        <translation>Se alcanzó el límite de solicitudes de RingCentral</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The server redirected the request</source>
        <translation>El servidor redirigió la solicitud</translation>
    </message>
    <message numerus="yes">
        <source>RingCentral&apos;s rate limit was reached; the next request is allowed in %n s</source>
        <translation>
            <numerusform>Se alcanzó el límite de frecuencia de RingCentral; la próxima solicitud se permite en %n s</numerusform>
            <numerusform>Se alcanzó el límite de frecuencia de RingCentral; la próxima solicitud se permite en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the app lacks the %1 permission (add it to the app in the RingCentral Developer Console)</source>
        <translation>a la aplicación le falta el permiso %1 (añádalo a la aplicación en la RingCentral Developer Console)</translation>
    </message>
    <message>
        <source>the app lacks a permission (see the app in the RingCentral Developer Console)</source>
        <translation>a la aplicación le falta un permiso (vea la aplicación en la RingCentral Developer Console)</translation>
    </message>
    <message>
        <source>your user lacks the %1 permission (an administrator can grant it)</source>
        <translation>a su usuario le falta el permiso %1 (un administrador puede concederlo)</translation>
    </message>
    <message>
        <source>your user lacks a permission (an administrator can grant it)</source>
        <translation>a su usuario le falta un permiso (un administrador puede concederlo)</translation>
    </message>
    <message>
        <source>the %1 permission is missing</source>
        <translation>falta el permiso %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write CSV: no output device</source>
        <translation>No se pudo escribir el CSV: no hay dispositivo de salida</translation>
    </message>
    <message>
        <source>Could not write CSV: the output is not open for writing</source>
        <translation>No se pudo escribir el CSV: la salida no está abierta para escritura</translation>
    </message>
    <message>
        <source>the device took %1 of %2 bytes</source>
        <translation>el dispositivo aceptó %1 de %2 bytes</translation>
    </message>
    <message>
        <source>Could not write CSV: %1</source>
        <translation>No se pudo escribir el CSV: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation>Aviso de demostración</translation>
    </message>
    <message>
        <source>Demo mode: every call shown here is simulated on this computer. Nothing is sent to RingCentral.</source>
        <translation>Modo de demostración: todas las llamadas que se muestran aquí se simulan en este equipo. No se envía nada a RingCentral.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Llamadas activas</translation>
    </message>
    <message>
        <source>Ringing or connecting</source>
        <translation>Sonando o conectando</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Longest call now</source>
        <translation>Llamada en curso más larga</translation>
    </message>
    <message>
        <source>Recently ended</source>
        <translation>Finalizadas recientemente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>Todas las llamadas de la cuenta</translation>
    </message>
    <message>
        <source>&amp;My calls</source>
        <translation>&amp;Mis llamadas</translation>
    </message>
    <message>
        <source>The calls of your own extension</source>
        <translation>Las llamadas de su propia extensión</translation>
    </message>
    <message>
        <source>Show recently &amp;ended</source>
        <translation>Mostrar las &amp;finalizadas recientemente</translation>
    </message>
    <message>
        <source>Calls that ended in the last two minutes, greyed</source>
        <translation>Llamadas finalizadas en los dos últimos minutos, en gris</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>Fetch the calls now (as soon as the rate limit allows)</source>
        <translation>Obtener las llamadas ahora (en cuanto el límite de solicitudes lo permita)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop refreshing; the table keeps what it shows</source>
        <translation>Dejar de actualizar; la tabla conserva lo que muestra</translation>
    </message>
    <message>
        <source>&amp;About CallWatch</source>
        <translation>&amp;Acerca de CallWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alertas…</translation>
    </message>
    <message>
        <source>Which calls to mark: long calls, long holds, long waits, unanswered ringing</source>
        <translation>Qué llamadas marcar: llamadas largas, esperas largas en espera, esperas largas en cola, timbres sin respuesta</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Open the window on the built-in RingCentral simulator; no account needed.</source>
        <translation>Abrir la ventana con el simulador de RingCentral integrado; no se necesita cuenta.</translation>
    </message>
    <message>
        <source>Print one snapshot of the active calls and exit (no window, no display).</source>
        <translation>Imprimir una instantánea de las llamadas activas y salir (sin ventana ni pantalla).</translation>
    </message>
    <message>
        <source>With --once: &apos;account&apos; (every call; administrators) or &apos;extension&apos; (yours).</source>
        <translation>Con --once: «account» (todas las llamadas; administradores) o «extension» (las suyas).</translation>
    </message>
    <message>
        <source>With --once: &apos;csv&apos; or &apos;json&apos;.</source>
        <translation>Con --once: «csv» o «json».</translation>
    </message>
    <message>
        <source>With --once: the file to write, or &apos;-&apos; for standard output.</source>
        <translation>Con --once: el archivo que se escribirá, o «-» para la salida estándar.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>ARCHIVO|-</translation>
    </message>
    <message>
        <source>Save a picture of the window once it shows calls, then exit.</source>
        <translation>Guardar una imagen de la ventana en cuanto muestre llamadas y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Use a &apos;light&apos; or &apos;dark&apos; palette instead of the system&apos;s.</source>
        <translation>Usar una paleta clara («light») u oscura («dark») en lugar de la del sistema.</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Usar este idioma en lugar del del sistema: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>Panel en directo de las llamadas en curso de una cuenta de RingCentral.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argumento inesperado «%1» (consulte --help)</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; choose one of: %2</source>
        <translation>--lang: no hay traducción para «%1»; elija una de: %2</translation>
    </message>
    <message>
        <source>--demo and --once cannot be combined</source>
        <translation>--demo y --once no se pueden combinar</translation>
    </message>
    <message>
        <source>--%1 only applies to --once</source>
        <translation>--%1 solo se aplica con --once</translation>
    </message>
    <message>
        <source>--screenshot and --palette need the window, not --once</source>
        <translation>--screenshot y --palette necesitan la ventana, no --once</translation>
    </message>
    <message>
        <source>--palette must be &apos;light&apos; or &apos;dark&apos;</source>
        <translation>--palette debe ser «light» o «dark»</translation>
    </message>
    <message>
        <source>--scope must be &apos;account&apos; or &apos;extension&apos;, not &apos;%1&apos;</source>
        <translation>--scope debe ser «account» o «extension», no «%1»</translation>
    </message>
    <message>
        <source>--format must be &apos;csv&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
        <translation>--format debe ser «csv» o «json», no «%1»</translation>
    </message>
    <message>
        <source>--output needs a file name, or &apos;-&apos; for standard output</source>
        <translation>--output necesita un nombre de archivo, o «-» para la salida estándar</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (consulte --help)</translation>
    </message>
    <message>
        <source>With --once: give up after this many seconds (exit 5; default 120).</source>
        <translation>Con --once: rendirse tras estos segundos (código de salida 5; 120 por omisión).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout debe ser un número entero de segundos de 1 a 86400, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SavedSignIn</name>
    <message>
        <source>no sign-in is saved</source>
        <translation>no hay ningún inicio de sesión guardado</translation>
    </message>
    <message>
        <source>no JWT credential is saved for this profile</source>
        <translation>no hay ninguna credencial JWT guardada para este perfil</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to RingCentral</source>
        <translation>Iniciar sesión en RingCentral</translation>
    </message>
    <message>
        <source>CallWatch signs in with a JWT credential. The client ID and client secret belong to your app in the RingCentral Developer Console; the JWT credential belongs to your user.</source>
        <translation>CallWatch inicia sesión con una credencial JWT. El ID de cliente y el secreto de cliente pertenecen a su aplicación en RingCentral Developer Console; la credencial JWT pertenece a su usuario.</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Acerca del inicio de sesión</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The RingCentral platform to sign in to</source>
        <translation>La plataforma de RingCentral en la que iniciar sesión</translation>
    </message>
    <message>
        <source>RingCentral (production)</source>
        <translation>RingCentral (producción)</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>URL personalizada…</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>&amp;URL personalizada:</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>URL de servidor personalizada</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>Problema con la URL del servidor</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problema con el ID de cliente</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Leave empty for a public app (an app without a client secret).</source>
        <translation>Déjelo vacío para una aplicación pública (una aplicación sin secreto de cliente).</translation>
    </message>
    <message>
        <source>Client secret hint</source>
        <translation>Indicación sobre el secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;JWT credential:</source>
        <translation>Credencial &amp;JWT:</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <translation>Credencial JWT</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>Mostrar la credencial JWT</translation>
    </message>
    <message>
        <source>Show JWT credential</source>
        <translation>Mostrar la credencial JWT</translation>
    </message>
    <message>
        <source>JWT credential problem</source>
        <translation>Problema con la credencial JWT</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Sign in once with these values, check what you may read, and sign out again</source>
        <translation>Iniciar sesión una vez con estos datos, comprobar qué puede leer y volver a cerrar sesión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Run CallWatch against a built-in simulator; no account needed</source>
        <translation>Ejecutar CallWatch con un simulador integrado; no se necesita cuenta</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Could not write JSON: %1</source>
        <translation>No se pudo escribir el JSON: %1</translation>
    </message>
    <message>
        <source>The output is not open for writing</source>
        <translation>La salida no está abierta para escritura</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation>No se pudo exportar a %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2 is not a folder.</source>
        <translation>No se pudo exportar a %1: %2 no es una carpeta.</translation>
    </message>
    <message>
        <source>Could not export to %1: that is a folder, not a file.</source>
        <translation>No se pudo exportar a %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 is not writable. Choose another folder.</source>
        <translation>No se pudo exportar a %1: no se puede escribir en la carpeta %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not export to %1: the file is read-only.</source>
        <translation>No se pudo exportar a %1: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>No se pudo exportar a %1: %2.</translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation>No se pudo exportar: no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>callwatch::AboutDialog</name>
    <message>
        <source>About CallWatch</source>
        <translation>Acerca de CallWatch</translation>
    </message>
    <message>
        <source>CallWatch icon</source>
        <translation>Icono de CallWatch</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>Panel en directo de las llamadas en curso de una cuenta de RingCentral.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versión de Qt</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Software libre bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Página del proyecto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsFeed</name>
    <message>
        <source>the list&apos;s next page points back at a page already read</source>
        <translation>la página siguiente de la lista apunta a una página ya leída</translation>
    </message>
    <message>
        <source>the list goes on past %1 pages</source>
        <translation>la lista supera las %1 páginas</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsModel</name>
    <message>
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Internal type:</source>
        <translation>Tipo interno:</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>ID de registro:</translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation>ID de sesión:</translation>
    </message>
    <message>
        <source>Telephony session:</source>
        <translation>Sesión de telefonía:</translation>
    </message>
    <message>
        <source>Party id:</source>
        <translation>ID de participante:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Visto por primera vez:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID de sesión</translation>
    </message>
    <message>
        <source>Telephony session id</source>
        <translation>ID de sesión de telefonía</translation>
    </message>
    <message numerus="yes">
        <source>Ringing · %n agents</source>
        <translation>
            <numerusform>Sonando · %n agente</numerusform>
            <numerusform>Sonando · %n agentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>En conversación</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Aparcada</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Ended · %1</source>
        <translation>Finalizada · %1</translation>
    </message>
    <message>
        <source>a live call event at %1</source>
        <translation>un evento de llamada en directo a las %1</translation>
    </message>
    <message>
        <source>presence, read at %1 when live events started</source>
        <translation>la presencia, leída a las %1 al iniciarse los eventos en directo</translation>
    </message>
    <message>
        <source>a check of this call at %1</source>
        <translation>una comprobación de esta llamada a las %1</translation>
    </message>
    <message>
        <source>the active-calls list read at %1 (it lags calls by seconds and cannot tell ringing or holding)</source>
        <translation>la lista de llamadas activas leída a las %1 (va unos segundos por detrás de las llamadas y no distingue si suenan o están en espera)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>State from:</source>
        <translation>Origen del estado:</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Extensiones:</translation>
    </message>
    <message>
        <source>Ringing:</source>
        <translation>Sonando:</translation>
    </message>
    <message>
        <source>Talking:</source>
        <translation>En conversación:</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>En espera:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fases:</translation>
    </message>
    <message>
        <source>not known: CallWatch joined this call in progress</source>
        <translation>desconocidas: CallWatch empezó a seguir esta llamada cuando ya estaba en curso</translation>
    </message>
    <message>
        <source>Last listed:</source>
        <translation>Última vez en la lista:</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>En el estado</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>Alerta:</translation>
    </message>
    <message numerus="yes">
        <source>Call longer than %n min</source>
        <translation>
            <numerusform>Llamada de más de %n min</numerusform>
            <numerusform>Llamada de más de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold longer than %1</source>
        <translation>En espera más de %1</translation>
    </message>
    <message>
        <source>Caller waiting longer than %1</source>
        <translation>Llamante esperando más de %1</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than %1</source>
        <translation>Suena sin respuesta más de %1</translation>
    </message>
</context>
<context>
    <name>callwatch::AlertsDialog</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Call longer than, in minutes</source>
        <translation>Llamada de más de, en minutos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>On hold longer than, in seconds</source>
        <translation>En espera más de, en segundos</translation>
    </message>
    <message>
        <source>Caller waiting in a queue longer than, in seconds</source>
        <translation>Llamante en una cola más de, en segundos</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than, in seconds</source>
        <translation>Timbre sin respuesta más de, en segundos</translation>
    </message>
    <message>
        <source>Call &amp;longer than:</source>
        <translation>Llamada &amp;más larga que:</translation>
    </message>
    <message>
        <source>On &amp;hold longer than:</source>
        <translation>En &amp;espera más de:</translation>
    </message>
    <message>
        <source>Caller &amp;waiting in a queue longer than:</source>
        <translation>Llamante &amp;esperando en una cola más de:</translation>
    </message>
    <message>
        <source>&amp;Ringing unanswered longer than:</source>
        <translation>&amp;Timbre sin respuesta más de:</translation>
    </message>
    <message>
        <source>A call past one of these lines is marked in the table: a coloured row, a warning icon and a line saying which; new ones can also be announced on the desktop. 0 turns a line off.</source>
        <translation>Una llamada que pasa uno de estos límites se marca en la tabla: una fila coloreada, un icono de aviso y una línea que dice cuál; las nuevas también pueden anunciarse en el escritorio. 0 desactiva un límite.</translation>
    </message>
    <message>
        <source>Also announce new alerts on the &amp;desktop</source>
        <translation>Anunciar también las alertas nuevas en el &amp;escritorio</translation>
    </message>
</context>
<context>
    <name>callwatch::AuthSession</name>
    <message>
        <source>no client id is configured</source>
        <translation>no hay ningún ID de cliente configurado</translation>
    </message>
    <message>
        <source>no JWT credential is saved</source>
        <translation>no hay ninguna credencial JWT guardada</translation>
    </message>
    <message>
        <source>the token response is not a bearer token</source>
        <translation>la respuesta no contiene un token de tipo bearer</translation>
    </message>
</context>
<context>
    <name>callwatch::ConnectionTest</name>
    <message>
        <source>the answer could not be read</source>
        <translation>no se pudo leer la respuesta</translation>
    </message>
    <message>
        <source>Signed in, but your extension could not be read: %1.</source>
        <translation>Sesión iniciada, pero no se pudo leer su extensión: %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), administrator.</source>
        <translation>Sesión iniciada como %1 (ext. %2), administrador.</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), not an administrator.</source>
        <translation>Sesión iniciada como %1 (ext. %2), no es administrador.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>El servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
    <message>
        <source>Company calls: readable.</source>
        <translation>Llamadas de la empresa: legibles.</translation>
    </message>
    <message>
        <source>My calls: readable.</source>
        <translation>Mis llamadas: legibles.</translation>
    </message>
    <message>
        <source>Company calls: not permitted.</source>
        <translation>Llamadas de la empresa: no permitidas.</translation>
    </message>
    <message>
        <source>My calls: not permitted.</source>
        <translation>Mis llamadas: no permitidas.</translation>
    </message>
    <message>
        <source>Company calls: could not be checked (%1).</source>
        <translation>Llamadas de la empresa: no se pudieron comprobar (%1).</translation>
    </message>
    <message>
        <source>My calls: could not be checked (%1).</source>
        <translation>Mis llamadas: no se pudieron comprobar (%1).</translation>
    </message>
    <message>
        <source>Live call events: available.</source>
        <translation>Eventos de llamada en directo: disponibles.</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the Call Control permission (an administrator requests it in the Developer Console and RingCentral approves it); until then the table runs on the active-calls list.</source>
        <translation>Eventos de llamada en directo: no disponibles, a la aplicación le falta el permiso Call Control (un administrador lo solicita en la Developer Console y RingCentral lo aprueba); mientras tanto, la tabla se basa en la lista de llamadas activas.</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the WebSocket Subscriptions permission (add it in the Developer Console); until then the table runs on the active-calls list.</source>
        <translation>Eventos de llamada en directo: no disponibles, a la aplicación le falta el permiso WebSocket Subscriptions (añádalo en la Developer Console); mientras tanto, la tabla se basa en la lista de llamadas activas.</translation>
    </message>
    <message>
        <source>Company calls: not permitted: %1.</source>
        <translation>Llamadas de la empresa: no permitidas: %1.</translation>
    </message>
    <message>
        <source>My calls: not permitted: %1.</source>
        <translation>Mis llamadas: no permitidas: %1.</translation>
    </message>
</context>
<context>
    <name>callwatch::CredentialVault</name>
    <message>
        <source>No keyring in use: secrets are kept in memory for this session only and will not be saved.</source>
        <translation>No se usa ningún llavero: los secretos se guardan en memoria solo durante esta sesión y no se almacenarán.</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>el llavero no indicó ningún motivo</translation>
    </message>
    <message>
        <source>No usable keyring (%1): secrets are kept in memory for this session only and will not be saved.</source>
        <translation>No hay ningún llavero utilizable (%1): los secretos se guardan en memoria solo durante esta sesión y no se almacenarán.</translation>
    </message>
</context>
<context>
    <name>callwatch::DashboardController</name>
    <message>
        <source>The demo platform could not start on 127.0.0.1.</source>
        <translation>No se pudo iniciar la plataforma de demostración en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>callwatch::DesktopNotifier</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>A call needs attention</source>
        <translation>Una llamada necesita atención</translation>
    </message>
    <message numerus="yes">
        <source>%n calls need attention</source>
        <translation>
            <numerusform>%n llamada necesita atención</numerusform>
            <numerusform>%n llamadas necesitan atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callwatch::GatewayConnection</name>
    <message>
        <source>Live call events are off</source>
        <translation>Los eventos de llamada en directo están desactivados</translation>
    </message>
    <message>
        <source>Reconnecting to live call events…</source>
        <translation>Reconectando con los eventos de llamada en directo…</translation>
    </message>
    <message>
        <source>Connecting to live call events…</source>
        <translation>Conectando con los eventos de llamada en directo…</translation>
    </message>
    <message>
        <source>the WebSocket token answer has no token or address</source>
        <translation>falta el token o la dirección en la respuesta a la solicitud de token de WebSocket</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>Los eventos de llamada en directo no están disponibles: %1</translation>
    </message>
    <message>
        <source>Live call events are unavailable: the gateway address is not secure (%1)</source>
        <translation>Los eventos de llamada en directo no están disponibles: la dirección de la pasarela no es segura (%1)</translation>
    </message>
    <message>
        <source>The event gateway closed the connection (%1)</source>
        <translation>La pasarela de eventos cerró la conexión (%1)</translation>
    </message>
    <message>
        <source>Subscribing to live call events…</source>
        <translation>Suscribiéndose a los eventos de llamada en directo…</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>Se perdió la conexión</translation>
    </message>
    <message>
        <source>Live call events are reconnecting: %1</source>
        <translation>Reconectando con los eventos de llamada en directo: %1</translation>
    </message>
</context>
<context>
    <name>callwatch::HeadlessSnapshot</name>
    <message>
        <source>RC_APP_CLIENT_ID is not set</source>
        <translation>RC_APP_CLIENT_ID no está definido</translation>
    </message>
    <message>
        <source>authentication failed: %1%2</source>
        <translation>falló la autenticación: %1%2</translation>
    </message>
    <message>
        <source> (the account-wide list needs an administrator; try --scope extension)</source>
        <translation> (la lista de toda la cuenta necesita un administrador; pruebe --scope extension)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; the next try would be in %n s, after the --timeout of %2 s</source>
        <translation>
            <numerusform>%1; el próximo intento sería en %n s, después del --timeout de %2 s</numerusform>
            <numerusform>%1; el próximo intento sería en %n s, después del --timeout de %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>no complete snapshot within the --timeout of %1 s%2</source>
        <translation>ninguna instantánea completa dentro del --timeout de %1 s%2</translation>
    </message>
</context>
<context>
    <name>callwatch::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Rate limit budget</source>
        <translation>Cupo del límite de solicitudes</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Buscar llamadas</translation>
    </message>
    <message>
        <source>Search numbers, names, extensions (Ctrl+F)</source>
        <translation>Buscar números, nombres, extensiones (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olumnas</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with File ▸ Sign in…</source>
        <translation>Ha cerrado sesión. Inicie sesión con Archivo ▸ Iniciar sesión…</translation>
    </message>
    <message>
        <source>No calls in progress right now.</source>
        <translation>No hay llamadas en curso en este momento.</translation>
    </message>
    <message>
        <source>No call matches “%1”.</source>
        <translation>Ninguna llamada coincide con «%1».</translation>
    </message>
    <message>
        <source>No calls in progress; recently ended calls are hidden.</source>
        <translation>No hay llamadas en curso; las finalizadas recientemente están ocultas.</translation>
    </message>
    <message>
        <source>CallWatch — demo (simulated calls)</source>
        <translation>CallWatch — demo (llamadas simuladas)</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>Todas las llamadas de la cuenta</translation>
    </message>
    <message>
        <source>Company-wide calls need an administrator (the ReadCompanyCallLog permission); you can watch your own calls</source>
        <translation>Las llamadas de toda la empresa requieren un administrador (permiso ReadCompanyCallLog); puede ver sus propias llamadas</translation>
    </message>
    <message>
        <source>%1 (ext. %2)</source>
        <translation>%1 (ext. %2)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Sign-in required: %1</source>
        <translation>Es necesario iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>Esperando al límite de solicitudes…</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Límite de solicitudes alcanzado hasta las %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s — %1</source>
        <translation>
            <numerusform>Sin conexión, se reintentará en %n s — %1</numerusform>
            <numerusform>Sin conexión, se reintentará en %n s — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — switch to My calls</source>
        <translation>%1 — cambie a «Mis llamadas»</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>actualizado hace %n s</numerusform>
            <numerusform>actualizado hace %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Heavy requests left: %1 of %2 per %3 s</source>
        <translation>Solicitudes Heavy restantes: %1 de %2 cada %3 s</translation>
    </message>
    <message>
        <source>Active calls: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Llamadas activas: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>Sonando o conectando: &lt;b&gt;—&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>En espera: &lt;b&gt;—&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest call now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Llamada en curso más larga: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recently ended: %1</source>
        <translation>Finalizadas recientemente: %1</translation>
    </message>
    <message>
        <source>Recently ended: %1 (hidden)</source>
        <translation>Finalizadas recientemente: %1 (ocultas)</translation>
    </message>
    <message>
        <source>Export the calls shown</source>
        <translation>Exportar las llamadas mostradas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>For Microsoft Excel (UTF-8 with BOM)</source>
        <translation>Para Microsoft Excel (UTF-8 con BOM)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The calls were not exported.

%1</source>
        <translation>Las llamadas no se exportaron.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n llamada exportada a %1</numerusform>
            <numerusform>%n llamadas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of RingCentral? The session is ended on the server.</source>
        <translation>¿Cerrar la sesión de RingCentral? La sesión se cierra en el servidor.</translation>
    </message>
    <message>
        <source>Also delete the saved JWT and client secret from the keychain</source>
        <translation>Eliminar también del llavero la credencial JWT y el secreto de cliente guardados</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sonando o conectando: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls ringing or being connected right now, from live call events</source>
        <translation>Llamadas que están sonando o conectándose ahora, según los eventos de llamada en directo</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>En espera: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls on hold or parked right now, from live call events</source>
        <translation>Llamadas en espera o aparcadas ahora, según los eventos de llamada en directo</translation>
    </message>
    <message>
        <source>The active-calls list does not report this; it needs live call events, which are not available now: %1</source>
        <translation>La lista de llamadas activas no lo indica; para ello hacen falta eventos de llamada en directo, que ahora no están disponibles: %1</translation>
    </message>
    <message>
        <source>Live call events</source>
        <translation>Eventos de llamada en directo</translation>
    </message>
    <message numerus="yes">
        <source>list read %n s ago</source>
        <translation>
            <numerusform>lista leída hace %n s</numerusform>
            <numerusform>lista leída hace %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>Eventos en directo</translation>
    </message>
    <message>
        <source>Telephony events drive the table; the active-calls list is read now and then to reconcile it.</source>
        <translation>Los eventos de telefonía actualizan la tabla; la lista de llamadas activas se lee de vez en cuando para cotejarla.</translation>
    </message>
    <message>
        <source>Polling only, connecting live events…</source>
        <translation>Solo consulta periódica, conectando los eventos en directo…</translation>
    </message>
    <message>
        <source>Polling only: the app lacks Call Control (an admin requests it; RingCentral approves)</source>
        <translation>Solo consulta periódica: la aplicación no tiene Call Control (lo solicita un administrador y lo aprueba RingCentral)</translation>
    </message>
    <message>
        <source>Polling only: live events unavailable</source>
        <translation>Solo consulta periódica: eventos en directo no disponibles</translation>
    </message>
    <message>
        <source>Polling only: the app lacks the %1 permission</source>
        <translation>Solo consulta periódica: la aplicación no tiene el permiso %1</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt; · queued: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Sonando o conectando: &lt;b&gt;%1&lt;/b&gt; · en cola: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>callwatch::RestClient</name>
    <message>
        <source>the response exceeds %1 MiB</source>
        <translation>la respuesta supera %1 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server URL</source>
        <translation>«%1» no es una URL de servidor válida</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed for loopback addresses only)</source>
        <translation>%1 debe usar https:// (http:// sin cifrar solo se permite para direcciones de bucle local)</translation>
    </message>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>se rechazó un enlace a otro servidor: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>no ha iniciado sesión</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>sin dirección indicada</translation>
    </message>
    <message>
        <source>to another server (%1); not followed, so no credential goes there</source>
        <translation>a otro servidor (%1); no se siguió, así que ninguna credencial va allí</translation>
    </message>
    <message>
        <source>the server sent %1 bytes in %2 s, too slowly to wait for</source>
        <translation>el servidor envió %1 bytes en %2 s, demasiado lento para esperar</translation>
    </message>
    <message>
        <source>from https to plain http; not followed</source>
        <translation>de https a http simple; no se siguió</translation>
    </message>
    <message>
        <source>more than %1 times within the server (a loop); not followed</source>
        <translation>más de %1 veces dentro del servidor (un bucle); no se siguió</translation>
    </message>
    <message>
        <source>the connection closed before the server answered; not sent again</source>
        <translation>la conexión se cerró antes de que el servidor respondiera; no se vuelve a enviar</translation>
    </message>
</context>
<context>
    <name>callwatch::SessionChecker</name>
    <message>
        <source>Calls cannot be checked one by one: %1</source>
        <translation>No se pueden comprobar las llamadas una por una: %1</translation>
    </message>
</context>
<context>
    <name>callwatch::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Ocultar el secreto de cliente</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Hide the JWT credential</source>
        <translation>Ocultar la credencial JWT</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>Mostrar la credencial JWT</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://platform.ringcentral.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://platform.ringcentral.com.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Enter a full address, such as https://platform.ringcentral.com.</source>
        <translation>No es una URL válida. Introduzca una dirección completa, por ejemplo https://platform.ringcentral.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la URL.</translation>
    </message>
    <message>
        <source>Enter the address without a query or fragment (the part from &apos;?&apos; or &apos;#&apos;).</source>
        <translation>Introduzca la dirección sin consulta ni fragmento (la parte a partir de «?» o «#»).</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is allowed only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>La dirección debe empezar por https://. http:// sin cifrar solo se permite para este equipo (localhost, 127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <source>Enter the client ID of your RingCentral app.</source>
        <translation>Introduzca el ID de cliente de su aplicación de RingCentral.</translation>
    </message>
    <message>
        <source>Paste the JWT credential of your RingCentral user.</source>
        <translation>Pegue la credencial JWT de su usuario de RingCentral.</translation>
    </message>
    <message>
        <source>This does not look like a JWT credential: it should be three parts of letters, digits, &apos;-&apos; and &apos;_&apos;, separated by dots.</source>
        <translation>No parece una credencial JWT: debería tener tres partes de letras, dígitos, «-» y «_» separadas por puntos.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Saving the secrets in the keyring…</source>
        <translation>Guardando los secretos en el llavero…</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>el llavero no indicó ningún motivo</translation>
    </message>
    <message>
        <source>Could not save the secrets: %1</source>
        <translation>No se pudieron guardar los secretos: %1</translation>
    </message>
    <message>
        <source>Secrets kept for this session only</source>
        <translation>Secretos guardados solo para esta sesión</translation>
    </message>
    <message>
        <source>You are signed in. Next time, CallWatch will ask for the client secret and JWT credential again.</source>
        <translation>Ha iniciado sesión. La próxima vez, CallWatch volverá a pedir el secreto de cliente y la credencial JWT.</translation>
    </message>
</context>
<context>
    <name>callwatch::TelephonyEvents</name>
    <message>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out the company&apos;s call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves; the account-wide events also need an administrator. The table runs on the active-calls list meanwhile.</source>
        <translation>Los eventos de llamada en directo no están disponibles: RingCentral aceptó la suscripción, pero omitió los eventos de llamada de la empresa (%1). La aplicación necesita el permiso Call Control, que un administrador solicita en la Developer Console y RingCentral aprueba; los eventos de toda la cuenta también requieren un administrador. Mientras tanto, la tabla funciona con la lista de llamadas activas.</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out your call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves. The table runs on the active-calls list meanwhile.</source>
        <translation>Los eventos de llamada en directo no están disponibles: RingCentral aceptó la suscripción, pero omitió sus eventos de llamada (%1). La aplicación necesita el permiso Call Control, que un administrador solicita en la Developer Console y RingCentral aprueba. Mientras tanto, la tabla funciona con la lista de llamadas activas.</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>Los eventos de llamada en directo no están disponibles: %1</translation>
    </message>
    <message>
        <source>Reading the calls in progress…</source>
        <translation>Leyendo las llamadas en curso…</translation>
    </message>
</context>
</TS>
