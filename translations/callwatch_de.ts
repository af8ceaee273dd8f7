<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActiveCallsPage</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer has no records list</source>
        <translation>die Antwort enthält keine Liste „records“</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>Der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>Refused to send credentials over an insecure connection</source>
        <translation>Anmeldedaten werden nicht über eine unsichere Verbindung gesendet</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read</source>
        <translation>Die Antwort des Servers ist nicht lesbar</translation>
    </message>
    <message>
        <source>RingCentral&apos;s rate limit was reached</source>
        <translation>Das Ratenlimit von RingCentral ist erreicht</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server redirected the request</source>
        <translation>Der Server hat die Anfrage umgeleitet</translation>
    </message>
    <message numerus="yes">
        <source>RingCentral&apos;s rate limit was reached; the next request is allowed in %n s</source>
        <translation>
            <numerusform>Das Ratenlimit von RingCentral ist erreicht; die nächste Anfrage ist in %n s erlaubt</numerusform>
            <numerusform>Das Ratenlimit von RingCentral ist erreicht; die nächste Anfrage ist in %n s erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>the app lacks the %1 permission (add it to the app in the RingCentral Developer Console)</source>
        <translation>der App fehlt die Berechtigung %1 (fügen Sie sie der App in der RingCentral Developer Console hinzu)</translation>
    </message>
    <message>
        <source>the app lacks a permission (see the app in the RingCentral Developer Console)</source>
        <translation>der App fehlt eine Berechtigung (siehe die App in der RingCentral Developer Console)</translation>
    </message>
    <message>
        <source>your user lacks the %1 permission (an administrator can grant it)</source>
        <translation>Ihrem Benutzer fehlt die Berechtigung %1 (ein Administrator kann sie erteilen)</translation>
    </message>
    <message>
        <source>your user lacks a permission (an administrator can grant it)</source>
        <translation>Ihrem Benutzer fehlt eine Berechtigung (ein Administrator kann sie erteilen)</translation>
    </message>
    <message>
        <source>the %1 permission is missing</source>
        <translation>die Berechtigung %1 fehlt</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write CSV: no output device</source>
        <translation>CSV konnte nicht geschrieben werden: kein Ausgabegerät</translation>
    </message>
    <message>
        <source>Could not write CSV: the output is not open for writing</source>
        <translation>CSV konnte nicht geschrieben werden: die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the device took %1 of %2 bytes</source>
        <translation>das Gerät hat %1 von %2 Bytes angenommen</translation>
    </message>
    <message>
        <source>Could not write CSV: %1</source>
        <translation>CSV konnte nicht geschrieben werden: %1</translation>
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
        <translation>Demo-Hinweis</translation>
    </message>
    <message>
        <source>Demo mode: every call shown here is simulated on this computer. Nothing is sent to RingCentral.</source>
        <translation>Demomodus: Alle hier gezeigten Anrufe werden auf diesem Computer simuliert. Es wird nichts an RingCentral gesendet.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Aktive Anrufe</translation>
    </message>
    <message>
        <source>Ringing or connecting</source>
        <translation>Klingelt oder verbindet</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Longest call now</source>
        <translation>Längster laufender Anruf</translation>
    </message>
    <message>
        <source>Recently ended</source>
        <translation>Kürzlich beendet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>Alle Anrufe des Kontos</translation>
    </message>
    <message>
        <source>&amp;My calls</source>
        <translation>&amp;Meine Anrufe</translation>
    </message>
    <message>
        <source>The calls of your own extension</source>
        <translation>Die Anrufe Ihrer eigenen Nebenstelle</translation>
    </message>
    <message>
        <source>Show recently &amp;ended</source>
        <translation>&amp;Kürzlich beendete anzeigen</translation>
    </message>
    <message>
        <source>Calls that ended in the last two minutes, greyed</source>
        <translation>Anrufe, die in den letzten zwei Minuten endeten, ausgegraut</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the calls now (as soon as the rate limit allows)</source>
        <translation>Die Anrufe jetzt abrufen (sobald das Ratenlimit es erlaubt)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop refreshing; the table keeps what it shows</source>
        <translation>Nicht mehr aktualisieren; die Tabelle behält ihren Inhalt</translation>
    </message>
    <message>
        <source>&amp;About CallWatch</source>
        <translation>Über &amp;CallWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alarme…</translation>
    </message>
    <message>
        <source>Which calls to mark: long calls, long holds, long waits, unanswered ringing</source>
        <translation>Welche Anrufe markiert werden: lange Anrufe, lange Halteschleifen, lange Wartezeiten, unbeantwortetes Klingeln</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Open the window on the built-in RingCentral simulator; no account needed.</source>
        <translation>Das Fenster mit dem eingebauten RingCentral-Simulator öffnen; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Print one snapshot of the active calls and exit (no window, no display).</source>
        <translation>Einen Schnappschuss der aktiven Anrufe ausgeben und beenden (kein Fenster, keine Anzeige).</translation>
    </message>
    <message>
        <source>With --once: &apos;account&apos; (every call; administrators) or &apos;extension&apos; (yours).</source>
        <translation>Mit --once: &apos;account&apos; (alle Anrufe; Administratoren) oder &apos;extension&apos; (Ihre).</translation>
    </message>
    <message>
        <source>With --once: &apos;csv&apos; or &apos;json&apos;.</source>
        <translation>Mit --once: &apos;csv&apos; oder &apos;json&apos;.</translation>
    </message>
    <message>
        <source>With --once: the file to write, or &apos;-&apos; for standard output.</source>
        <translation>Mit --once: die zu schreibende Datei oder &apos;-&apos; für die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <source>Save a picture of the window once it shows calls, then exit.</source>
        <translation>Ein Bild des Fensters speichern, sobald es Anrufe zeigt, dann beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use a &apos;light&apos; or &apos;dark&apos; palette instead of the system&apos;s.</source>
        <translation>Eine helle (&apos;light&apos;) oder dunkle (&apos;dark&apos;) Farbpalette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>Live-Übersicht der laufenden Anrufe eines RingCentral-Kontos.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; choose one of: %2</source>
        <translation>--lang: für &apos;%1&apos; gibt es keine Übersetzung; wählen Sie eine von: %2</translation>
    </message>
    <message>
        <source>--demo and --once cannot be combined</source>
        <translation>--demo und --once können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--%1 only applies to --once</source>
        <translation>--%1 gilt nur zusammen mit --once</translation>
    </message>
    <message>
        <source>--screenshot and --palette need the window, not --once</source>
        <translation>--screenshot und --palette brauchen das Fenster, nicht --once</translation>
    </message>
    <message>
        <source>--palette must be &apos;light&apos; or &apos;dark&apos;</source>
        <translation>--palette muss &apos;light&apos; oder &apos;dark&apos; sein</translation>
    </message>
    <message>
        <source>--scope must be &apos;account&apos; or &apos;extension&apos;, not &apos;%1&apos;</source>
        <translation>--scope muss &apos;account&apos; oder &apos;extension&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be &apos;csv&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
        <translation>--format muss &apos;csv&apos; oder &apos;json&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output needs a file name, or &apos;-&apos; for standard output</source>
        <translation>--output braucht einen Dateinamen oder &apos;-&apos; für die Standardausgabe</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <source>With --once: give up after this many seconds (exit 5; default 120).</source>
        <translation>Mit --once: nach so vielen Sekunden aufgeben (Exit-Code 5; Standard 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden zwischen 1 und 86400 sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SavedSignIn</name>
    <message>
        <source>no sign-in is saved</source>
        <translation>es ist keine Anmeldung gespeichert</translation>
    </message>
    <message>
        <source>no JWT credential is saved for this profile</source>
        <translation>für dieses Profil sind keine JWT-Anmeldedaten gespeichert</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to RingCentral</source>
        <translation>Bei RingCentral anmelden</translation>
    </message>
    <message>
        <source>CallWatch signs in with a JWT credential. The client ID and client secret belong to your app in the RingCentral Developer Console; the JWT credential belongs to your user.</source>
        <translation>CallWatch meldet sich mit JWT-Anmeldedaten an. Client-ID und Client-Secret gehören zu Ihrer App in der RingCentral Developer Console, die JWT-Anmeldedaten zu Ihrem Benutzer.</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Über die Anmeldung</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The RingCentral platform to sign in to</source>
        <translation>Die RingCentral-Plattform, bei der Sie sich anmelden</translation>
    </message>
    <message>
        <source>RingCentral (production)</source>
        <translation>RingCentral (Produktion)</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>Eigene URL…</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>Eigene &amp;URL:</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>Eigene Server-URL</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>Problem mit der Server-URL</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problem mit der Client-ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Leave empty for a public app (an app without a client secret).</source>
        <translation>Für eine öffentliche App (eine App ohne Client-Secret) leer lassen.</translation>
    </message>
    <message>
        <source>Client secret hint</source>
        <translation>Hinweis zum Client-Secret</translation>
    </message>
    <message>
        <source>&amp;JWT credential:</source>
        <translation>&amp;JWT-Anmeldedaten:</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <translation>JWT-Anmeldedaten</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>JWT-Anmeldedaten anzeigen</translation>
    </message>
    <message>
        <source>Show JWT credential</source>
        <translation>JWT-Anmeldedaten anzeigen</translation>
    </message>
    <message>
        <source>JWT credential problem</source>
        <translation>Problem mit den JWT-Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sign in once with these values, check what you may read, and sign out again</source>
        <translation>Einmal mit diesen Angaben anmelden, prüfen, was Sie lesen dürfen, und wieder abmelden</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Run CallWatch against a built-in simulator; no account needed</source>
        <translation>CallWatch mit einem eingebauten Simulator ausführen; kein Konto nötig</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Could not write JSON: %1</source>
        <translation>JSON konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The output is not open for writing</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation>Export nach %1 fehlgeschlagen: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2 is not a folder.</source>
        <translation>Export nach %1 fehlgeschlagen: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Could not export to %1: that is a folder, not a file.</source>
        <translation>Export nach %1 fehlgeschlagen: Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 is not writable. Choose another folder.</source>
        <translation>Export nach %1 fehlgeschlagen: In den Ordner %2 kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not export to %1: the file is read-only.</source>
        <translation>Export nach %1 fehlgeschlagen: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Export nach %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation>Export fehlgeschlagen: Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>callwatch::AboutDialog</name>
    <message>
        <source>About CallWatch</source>
        <translation>Über CallWatch</translation>
    </message>
    <message>
        <source>CallWatch icon</source>
        <translation>CallWatch-Symbol</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>Live-Übersicht der laufenden Anrufe eines RingCentral-Kontos.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Projektseite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsFeed</name>
    <message>
        <source>the list&apos;s next page points back at a page already read</source>
        <translation>die nächste Seite der Liste verweist auf eine bereits gelesene Seite</translation>
    </message>
    <message>
        <source>the list goes on past %1 pages</source>
        <translation>die Liste geht über %1 Seiten hinaus</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsModel</name>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Internal type:</source>
        <translation>Interner Typ:</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>Datensatz-ID:</translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation>Sitzungs-ID:</translation>
    </message>
    <message>
        <source>Telephony session:</source>
        <translation>Telefoniesitzung:</translation>
    </message>
    <message>
        <source>Party id:</source>
        <translation>Teilnehmer-ID:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Telephony session id</source>
        <translation>Telefoniesitzungs-ID</translation>
    </message>
    <message numerus="yes">
        <source>Ringing · %n agents</source>
        <translation>
            <numerusform>Klingelt · %n Agent</numerusform>
            <numerusform>Klingelt · %n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Ended · %1</source>
        <translation>Beendet · %1</translation>
    </message>
    <message>
        <source>a live call event at %1</source>
        <translation>ein Live-Anrufereignis um %1</translation>
    </message>
    <message>
        <source>presence, read at %1 when live events started</source>
        <translation>der Präsenzstatus, gelesen um %1 beim Start der Live-Ereignisse</translation>
    </message>
    <message>
        <source>a check of this call at %1</source>
        <translation>eine Prüfung dieses Anrufs um %1</translation>
    </message>
    <message>
        <source>the active-calls list read at %1 (it lags calls by seconds and cannot tell ringing or holding)</source>
        <translation>die Liste der aktiven Anrufe, gelesen um %1 (sie hinkt den Anrufen Sekunden hinterher und kann Klingeln und Halten nicht erkennen)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>State from:</source>
        <translation>Statusquelle:</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Nebenstellen:</translation>
    </message>
    <message>
        <source>Ringing:</source>
        <translation>Klingeln:</translation>
    </message>
    <message>
        <source>Talking:</source>
        <translation>Gespräch:</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>Gehalten:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phasen:</translation>
    </message>
    <message>
        <source>not known: CallWatch joined this call in progress</source>
        <translation>unbekannt: CallWatch hat diesen Anruf erst nach seinem Beginn erfasst</translation>
    </message>
    <message>
        <source>Last listed:</source>
        <translation>Zuletzt in der Liste:</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>Im Status</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Klingeln</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>Alarm:</translation>
    </message>
    <message numerus="yes">
        <source>Call longer than %n min</source>
        <translation>
            <numerusform>Anruf länger als %n Min.</numerusform>
            <numerusform>Anruf länger als %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold longer than %1</source>
        <translation>Länger als %1 gehalten</translation>
    </message>
    <message>
        <source>Caller waiting longer than %1</source>
        <translation>Anrufer wartet länger als %1</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than %1</source>
        <translation>Klingelt länger als %1 ohne Antwort</translation>
    </message>
</context>
<context>
    <name>callwatch::AlertsDialog</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Call longer than, in minutes</source>
        <translation>Anruf länger als, in Minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>On hold longer than, in seconds</source>
        <translation>Gehalten länger als, in Sekunden</translation>
    </message>
    <message>
        <source>Caller waiting in a queue longer than, in seconds</source>
        <translation>Anrufer in einer Warteschlange länger als, in Sekunden</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than, in seconds</source>
        <translation>Klingeln ohne Antwort länger als, in Sekunden</translation>
    </message>
    <message>
        <source>Call &amp;longer than:</source>
        <translation>Anruf &amp;länger als:</translation>
    </message>
    <message>
        <source>On &amp;hold longer than:</source>
        <translation>&amp;Gehalten länger als:</translation>
    </message>
    <message>
        <source>Caller &amp;waiting in a queue longer than:</source>
        <translation>Anrufer &amp;wartet in einer Warteschlange länger als:</translation>
    </message>
    <message>
        <source>&amp;Ringing unanswered longer than:</source>
        <translation>&amp;Klingeln ohne Antwort länger als:</translation>
    </message>
    <message>
        <source>A call past one of these lines is marked in the table: a coloured row, a warning icon and a line saying which; new ones can also be announced on the desktop. 0 turns a line off.</source>
        <translation>Ein Anruf über einer dieser Grenzen wird in der Tabelle markiert: eine farbige Zeile, ein Warnsymbol und eine Zeile, die sagt, welche Grenze; neue können auch auf dem Desktop gemeldet werden. 0 schaltet eine Grenze ab.</translation>
    </message>
    <message>
        <source>Also announce new alerts on the &amp;desktop</source>
        <translation>Neue Alarme auch auf dem &amp;Desktop melden</translation>
    </message>
</context>
<context>
    <name>callwatch::AuthSession</name>
    <message>
        <source>no client id is configured</source>
        <translation>es ist keine Client-ID eingerichtet</translation>
    </message>
    <message>
        <source>no JWT credential is saved</source>
        <translation>es sind keine JWT-Anmeldedaten gespeichert</translation>
    </message>
    <message>
        <source>the token response is not a bearer token</source>
        <translation>die Token-Antwort enthält kein Bearer-Token</translation>
    </message>
</context>
<context>
    <name>callwatch::ConnectionTest</name>
    <message>
        <source>the answer could not be read</source>
        <translation>die Antwort war nicht lesbar</translation>
    </message>
    <message>
        <source>Signed in, but your extension could not be read: %1.</source>
        <translation>Angemeldet, aber Ihre Nebenstelle konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), administrator.</source>
        <translation>Angemeldet als %1 (Nst. %2), Administrator.</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), not an administrator.</source>
        <translation>Angemeldet als %1 (Nst. %2), kein Administrator.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Company calls: readable.</source>
        <translation>Firmenanrufe: lesbar.</translation>
    </message>
    <message>
        <source>My calls: readable.</source>
        <translation>Meine Anrufe: lesbar.</translation>
    </message>
    <message>
        <source>Company calls: not permitted.</source>
        <translation>Firmenanrufe: nicht erlaubt.</translation>
    </message>
    <message>
        <source>My calls: not permitted.</source>
        <translation>Meine Anrufe: nicht erlaubt.</translation>
    </message>
    <message>
        <source>Company calls: could not be checked (%1).</source>
        <translation>Firmenanrufe: konnten nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <source>My calls: could not be checked (%1).</source>
        <translation>Meine Anrufe: konnten nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <source>Live call events: available.</source>
        <translation>Live-Anrufereignisse: verfügbar.</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the Call Control permission (an administrator requests it in the Developer Console and RingCentral approves it); until then the table runs on the active-calls list.</source>
        <translation>Live-Anrufereignisse: nicht verfügbar, der App fehlt die Berechtigung Call Control (ein Administrator beantragt sie in der Developer Console, RingCentral genehmigt sie); bis dahin stützt sich die Tabelle auf die Liste der aktiven Anrufe.</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the WebSocket Subscriptions permission (add it in the Developer Console); until then the table runs on the active-calls list.</source>
        <translation>Live-Anrufereignisse: nicht verfügbar, der App fehlt die Berechtigung WebSocket Subscriptions (in der Developer Console hinzufügen); bis dahin stützt sich die Tabelle auf die Liste der aktiven Anrufe.</translation>
    </message>
    <message>
        <source>Company calls: not permitted: %1.</source>
        <translation>Firmenanrufe: nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>My calls: not permitted: %1.</source>
        <translation>Meine Anrufe: nicht erlaubt: %1.</translation>
    </message>
</context>
<context>
    <name>callwatch::CredentialVault</name>
    <message>
        <source>No keyring in use: secrets are kept in memory for this session only and will not be saved.</source>
        <translation>Kein Schlüsselbund in Verwendung: Geheimnisse werden nur für diese Sitzung im Speicher gehalten und nicht gespeichert.</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>der Schlüsselbund nannte keinen Grund</translation>
    </message>
    <message>
        <source>No usable keyring (%1): secrets are kept in memory for this session only and will not be saved.</source>
        <translation>Kein nutzbarer Schlüsselbund (%1): Geheimnisse werden nur für diese Sitzung im Speicher gehalten und nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>callwatch::DashboardController</name>
    <message>
        <source>The demo platform could not start on 127.0.0.1.</source>
        <translation>Die Demo-Plattform konnte auf 127.0.0.1 nicht starten.</translation>
    </message>
</context>
<context>
    <name>callwatch::DesktopNotifier</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>A call needs attention</source>
        <translation>Ein Anruf braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n calls need attention</source>
        <translation>
            <numerusform>%n Anruf braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Anrufe brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callwatch::GatewayConnection</name>
    <message>
        <source>Live call events are off</source>
        <translation>Live-Anrufereignisse sind ausgeschaltet</translation>
    </message>
    <message>
        <source>Reconnecting to live call events…</source>
        <translation>Verbindung zu Live-Anrufereignissen wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connecting to live call events…</source>
        <translation>Verbindung zu Live-Anrufereignissen wird hergestellt…</translation>
    </message>
    <message>
        <source>the WebSocket token answer has no token or address</source>
        <translation>in der Antwort auf die WebSocket-Token-Anfrage fehlt das Token oder die Adresse</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>Live-Anrufereignisse sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Live call events are unavailable: the gateway address is not secure (%1)</source>
        <translation>Live-Anrufereignisse sind nicht verfügbar: Die Gateway-Adresse ist nicht sicher (%1)</translation>
    </message>
    <message>
        <source>The event gateway closed the connection (%1)</source>
        <translation>Das Ereignis-Gateway hat die Verbindung geschlossen (%1)</translation>
    </message>
    <message>
        <source>Subscribing to live call events…</source>
        <translation>Live-Anrufereignisse werden abonniert…</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>Die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>Live call events are reconnecting: %1</source>
        <translation>Verbindung zu Live-Anrufereignissen wird wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>callwatch::HeadlessSnapshot</name>
    <message>
        <source>RC_APP_CLIENT_ID is not set</source>
        <translation>RC_APP_CLIENT_ID ist nicht gesetzt</translation>
    </message>
    <message>
        <source>authentication failed: %1%2</source>
        <translation>Anmeldung fehlgeschlagen: %1%2</translation>
    </message>
    <message>
        <source> (the account-wide list needs an administrator; try --scope extension)</source>
        <translation> (die kontoweite Liste braucht einen Administrator; versuchen Sie --scope extension)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; the next try would be in %n s, after the --timeout of %2 s</source>
        <translation>
            <numerusform>%1; der nächste Versuch wäre in %n s, nach dem --timeout von %2 s</numerusform>
            <numerusform>%1; der nächste Versuch wäre in %n s, nach dem --timeout von %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>no complete snapshot within the --timeout of %1 s%2</source>
        <translation>kein vollständiger Schnappschuss innerhalb des --timeout von %1 s%2</translation>
    </message>
</context>
<context>
    <name>callwatch::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Rate limit budget</source>
        <translation>Verbleibendes Ratenlimit</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Anrufe durchsuchen</translation>
    </message>
    <message>
        <source>Search numbers, names, extensions (Ctrl+F)</source>
        <translation>Nummern, Namen, Nebenstellen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with File ▸ Sign in…</source>
        <translation>Sie sind abgemeldet. Melden Sie sich über Datei ▸ Anmelden… an.</translation>
    </message>
    <message>
        <source>No calls in progress right now.</source>
        <translation>Zurzeit laufen keine Anrufe.</translation>
    </message>
    <message>
        <source>No call matches “%1”.</source>
        <translation>Kein Anruf passt zu „%1“.</translation>
    </message>
    <message>
        <source>No calls in progress; recently ended calls are hidden.</source>
        <translation>Keine laufenden Anrufe; kürzlich beendete Anrufe sind ausgeblendet.</translation>
    </message>
    <message>
        <source>CallWatch — demo (simulated calls)</source>
        <translation>CallWatch – Demo (simulierte Anrufe)</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>Alle Anrufe des Kontos</translation>
    </message>
    <message>
        <source>Company-wide calls need an administrator (the ReadCompanyCallLog permission); you can watch your own calls</source>
        <translation>Firmenweite Anrufe erfordern einen Administrator (Berechtigung ReadCompanyCallLog); Ihre eigenen Anrufe können Sie sehen</translation>
    </message>
    <message>
        <source>%1 (ext. %2)</source>
        <translation>%1 (Nst. %2)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Sign-in required: %1</source>
        <translation>Anmeldung erforderlich: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>Warten auf das Ratenlimit…</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Ratenlimit erreicht bis %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s — %1</source>
        <translation>
            <numerusform>Offline, neuer Versuch in %n s – %1</numerusform>
            <numerusform>Offline, neuer Versuch in %n s – %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — switch to My calls</source>
        <translation>%1 – wechseln Sie zu „Meine Anrufe“</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>vor %n s aktualisiert</numerusform>
            <numerusform>vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Heavy requests left: %1 of %2 per %3 s</source>
        <translation>Verbleibende Heavy-Anfragen: %1 von %2 pro %3 s</translation>
    </message>
    <message>
        <source>Active calls: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aktive Anrufe: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>Klingelt oder verbindet: &lt;b&gt;–&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>Gehalten: &lt;b&gt;–&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest call now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Längster laufender Anruf: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recently ended: %1</source>
        <translation>Kürzlich beendet: %1</translation>
    </message>
    <message>
        <source>Recently ended: %1 (hidden)</source>
        <translation>Kürzlich beendet: %1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>Export the calls shown</source>
        <translation>Angezeigte Anrufe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>For Microsoft Excel (UTF-8 with BOM)</source>
        <translation>Für Microsoft Excel (UTF-8 mit BOM)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The calls were not exported.

%1</source>
        <translation>Die Anrufe wurden nicht exportiert.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n Anruf nach %1 exportiert</numerusform>
            <numerusform>%n Anrufe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of RingCentral? The session is ended on the server.</source>
        <translation>Von RingCentral abmelden? Die Sitzung wird auf dem Server beendet.</translation>
    </message>
    <message>
        <source>Also delete the saved JWT and client secret from the keychain</source>
        <translation>Auch die gespeicherten JWT-Anmeldedaten und das Client-Secret aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Klingelt oder verbindet: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls ringing or being connected right now, from live call events</source>
        <translation>Anrufe, die gerade klingeln oder verbunden werden, laut Live-Anrufereignissen</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gehalten: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls on hold or parked right now, from live call events</source>
        <translation>Anrufe, die gerade gehalten oder geparkt sind, laut Live-Anrufereignissen</translation>
    </message>
    <message>
        <source>The active-calls list does not report this; it needs live call events, which are not available now: %1</source>
        <translation>Die Liste der aktiven Anrufe meldet das nicht; dafür sind Live-Anrufereignisse nötig, die gerade nicht verfügbar sind: %1</translation>
    </message>
    <message>
        <source>Live call events</source>
        <translation>Live-Anrufereignisse</translation>
    </message>
    <message numerus="yes">
        <source>list read %n s ago</source>
        <translation>
            <numerusform>Liste vor %n s gelesen</numerusform>
            <numerusform>Liste vor %n s gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>Live-Ereignisse</translation>
    </message>
    <message>
        <source>Telephony events drive the table; the active-calls list is read now and then to reconcile it.</source>
        <translation>Telefonieereignisse steuern die Tabelle; die Liste der aktiven Anrufe wird ab und zu gelesen, um sie abzugleichen.</translation>
    </message>
    <message>
        <source>Polling only, connecting live events…</source>
        <translation>Nur regelmäßige Abfrage, Live-Ereignisse werden verbunden…</translation>
    </message>
    <message>
        <source>Polling only: the app lacks Call Control (an admin requests it; RingCentral approves)</source>
        <translation>Nur regelmäßige Abfrage: Der App fehlt Call Control (ein Admin beantragt es, RingCentral genehmigt es)</translation>
    </message>
    <message>
        <source>Polling only: live events unavailable</source>
        <translation>Nur regelmäßige Abfrage: Live-Ereignisse nicht verfügbar</translation>
    </message>
    <message>
        <source>Polling only: the app lacks the %1 permission</source>
        <translation>Nur regelmäßige Abfrage: Der App fehlt die Berechtigung %1</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt; · queued: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Klingelt oder verbindet: &lt;b&gt;%1&lt;/b&gt; · in Warteschlange: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>callwatch::RestClient</name>
    <message>
        <source>the response exceeds %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server URL</source>
        <translation>&apos;%1&apos; ist keine gültige Server-URL</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed for loopback addresses only)</source>
        <translation>%1 muss https:// verwenden (einfaches http:// ist nur für Loopback-Adressen erlaubt)</translation>
    </message>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>Verweis auf einen anderen Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>keine Adresse angegeben</translation>
    </message>
    <message>
        <source>to another server (%1); not followed, so no credential goes there</source>
        <translation>zu einem anderen Server (%1); nicht gefolgt, damit keine Anmeldedaten dorthin gehen</translation>
    </message>
    <message>
        <source>the server sent %1 bytes in %2 s, too slowly to wait for</source>
        <translation>der Server hat %1 Bytes in %2 s gesendet, zu langsam, um darauf zu warten</translation>
    </message>
    <message>
        <source>from https to plain http; not followed</source>
        <translation>von https auf einfaches http; nicht gefolgt</translation>
    </message>
    <message>
        <source>more than %1 times within the server (a loop); not followed</source>
        <translation>mehr als %1-mal innerhalb des Servers (eine Schleife); nicht gefolgt</translation>
    </message>
    <message>
        <source>the connection closed before the server answered; not sent again</source>
        <translation>die Verbindung wurde geschlossen, bevor der Server antwortete; nicht erneut gesendet</translation>
    </message>
</context>
<context>
    <name>callwatch::SessionChecker</name>
    <message>
        <source>Calls cannot be checked one by one: %1</source>
        <translation>Anrufe können nicht einzeln geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>callwatch::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Client-Secret verbergen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Hide the JWT credential</source>
        <translation>JWT-Anmeldedaten verbergen</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>JWT-Anmeldedaten anzeigen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://platform.ringcentral.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://platform.ringcentral.com.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Enter a full address, such as https://platform.ringcentral.com.</source>
        <translation>Das ist keine gültige URL. Geben Sie eine vollständige Adresse ein, etwa https://platform.ringcentral.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der URL weg.</translation>
    </message>
    <message>
        <source>Enter the address without a query or fragment (the part from &apos;?&apos; or &apos;#&apos;).</source>
        <translation>Geben Sie die Adresse ohne Abfrage oder Fragment ein (den Teil ab &apos;?&apos; oder &apos;#&apos;).</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is allowed only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Die Adresse muss mit https:// beginnen. Einfaches http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>Enter the client ID of your RingCentral app.</source>
        <translation>Geben Sie die Client-ID Ihrer RingCentral-App ein.</translation>
    </message>
    <message>
        <source>Paste the JWT credential of your RingCentral user.</source>
        <translation>Fügen Sie die JWT-Anmeldedaten Ihres RingCentral-Benutzers ein.</translation>
    </message>
    <message>
        <source>This does not look like a JWT credential: it should be three parts of letters, digits, &apos;-&apos; and &apos;_&apos;, separated by dots.</source>
        <translation>Das sieht nicht nach JWT-Anmeldedaten aus: Es sollten drei durch Punkte getrennte Teile aus Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; sein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Saving the secrets in the keyring…</source>
        <translation>Geheimnisse werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>der Schlüsselbund nannte keinen Grund</translation>
    </message>
    <message>
        <source>Could not save the secrets: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Secrets kept for this session only</source>
        <translation>Geheimnisse nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>You are signed in. Next time, CallWatch will ask for the client secret and JWT credential again.</source>
        <translation>Sie sind angemeldet. Beim nächsten Mal fragt CallWatch erneut nach Client-Secret und JWT-Anmeldedaten.</translation>
    </message>
</context>
<context>
    <name>callwatch::TelephonyEvents</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out the company&apos;s call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves; the account-wide events also need an administrator. The table runs on the active-calls list meanwhile.</source>
        <translation>Live-Anrufereignisse sind nicht verfügbar: RingCentral hat das Abonnement angenommen, aber die Anrufereignisse der Firma ausgelassen (%1). Die App braucht die Berechtigung Call Control, die ein Administrator in der Developer Console beantragt und RingCentral genehmigt; die kontoweiten Ereignisse erfordern außerdem einen Administrator. Bis dahin läuft die Tabelle über die Liste der aktiven Anrufe.</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out your call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves. The table runs on the active-calls list meanwhile.</source>
        <translation>Live-Anrufereignisse sind nicht verfügbar: RingCentral hat das Abonnement angenommen, aber Ihre Anrufereignisse ausgelassen (%1). Die App braucht die Berechtigung Call Control, die ein Administrator in der Developer Console beantragt und RingCentral genehmigt. Bis dahin läuft die Tabelle über die Liste der aktiven Anrufe.</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>Live-Anrufereignisse sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Reading the calls in progress…</source>
        <translation>Laufende Anrufe werden gelesen…</translation>
    </message>
</context>
</TS>
