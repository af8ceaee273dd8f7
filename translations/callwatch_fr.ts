<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActiveCallsPage</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the answer has no records list</source>
        <translation>la réponse ne contient pas de liste « records »</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>Le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n’est pas reconnu comme fiable</translation>
    </message>
    <message>
        <source>Refused to send credentials over an insecure connection</source>
        <translation>Envoi des identifiants refusé sur une connexion non sécurisée</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read</source>
        <translation>Le serveur a envoyé une réponse illisible</translation>
    </message>
    <message>
        <source>RingCentral&apos;s rate limit was reached</source>
        <translation>La limite de débit de RingCentral est atteinte</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server redirected the request</source>
        <translation>Le serveur a redirigé la requête</translation>
    </message>
    <message numerus="yes">
        <source>RingCentral&apos;s rate limit was reached; the next request is allowed in %n s</source>
        <translation>
            <numerusform>La limite de débit de RingCentral est atteinte ; la prochaine requête est permise dans %n s</numerusform>
            <numerusform>La limite de débit de RingCentral est atteinte ; la prochaine requête est permise dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the app lacks the %1 permission (add it to the app in the RingCentral Developer Console)</source>
        <translation>l’application n’a pas l’autorisation %1 (ajoutez-la à l’application dans la RingCentral Developer Console)</translation>
    </message>
    <message>
        <source>the app lacks a permission (see the app in the RingCentral Developer Console)</source>
        <translation>il manque une autorisation à l’application (voir l’application dans la RingCentral Developer Console)</translation>
    </message>
    <message>
        <source>your user lacks the %1 permission (an administrator can grant it)</source>
        <translation>votre utilisateur n’a pas l’autorisation %1 (un administrateur peut l’accorder)</translation>
    </message>
    <message>
        <source>your user lacks a permission (an administrator can grant it)</source>
        <translation>il manque une autorisation à votre utilisateur (un administrateur peut l’accorder)</translation>
    </message>
    <message>
        <source>the %1 permission is missing</source>
        <translation>l’autorisation %1 manque</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write CSV: no output device</source>
        <translation>Impossible d’écrire le CSV : aucun périphérique de sortie</translation>
    </message>
    <message>
        <source>Could not write CSV: the output is not open for writing</source>
        <translation>Impossible d’écrire le CSV : la sortie n’est pas ouverte en écriture</translation>
    </message>
    <message>
        <source>the device took %1 of %2 bytes</source>
        <translation>le périphérique a accepté %1 octets sur %2</translation>
    </message>
    <message>
        <source>Could not write CSV: %1</source>
        <translation>Impossible d’écrire le CSV : %1</translation>
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
        <translation>Avis de démonstration</translation>
    </message>
    <message>
        <source>Demo mode: every call shown here is simulated on this computer. Nothing is sent to RingCentral.</source>
        <translation>Mode démo : tous les appels affichés ici sont simulés sur cet ordinateur. Rien n’est envoyé à RingCentral.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Appels actifs</translation>
    </message>
    <message>
        <source>Ringing or connecting</source>
        <translation>Sonnerie ou connexion</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Longest call now</source>
        <translation>Appel en cours le plus long</translation>
    </message>
    <message>
        <source>Recently ended</source>
        <translation>Terminés récemment</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>Tous les appels du compte</translation>
    </message>
    <message>
        <source>&amp;My calls</source>
        <translation>&amp;Mes appels</translation>
    </message>
    <message>
        <source>The calls of your own extension</source>
        <translation>Les appels de votre propre poste</translation>
    </message>
    <message>
        <source>Show recently &amp;ended</source>
        <translation>Afficher les appels &amp;terminés récemment</translation>
    </message>
    <message>
        <source>Calls that ended in the last two minutes, greyed</source>
        <translation>Appels terminés au cours des deux dernières minutes, en grisé</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Fetch the calls now (as soon as the rate limit allows)</source>
        <translation>Récupérer les appels maintenant (dès que la limite de débit le permet)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop refreshing; the table keeps what it shows</source>
        <translation>Arrêter l’actualisation ; le tableau conserve son contenu</translation>
    </message>
    <message>
        <source>&amp;About CallWatch</source>
        <translation>À &amp;propos de CallWatch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alertes…</translation>
    </message>
    <message>
        <source>Which calls to mark: long calls, long holds, long waits, unanswered ringing</source>
        <translation>Quels appels signaler : appels longs, longues mises en attente, longues attentes, sonneries sans réponse</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Open the window on the built-in RingCentral simulator; no account needed.</source>
        <translation>Ouvrir la fenêtre sur le simulateur RingCentral intégré ; aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Print one snapshot of the active calls and exit (no window, no display).</source>
        <translation>Afficher un instantané des appels actifs et quitter (sans fenêtre ni écran).</translation>
    </message>
    <message>
        <source>With --once: &apos;account&apos; (every call; administrators) or &apos;extension&apos; (yours).</source>
        <translation>Avec --once : « account » (tous les appels ; administrateurs) ou « extension » (les vôtres).</translation>
    </message>
    <message>
        <source>With --once: &apos;csv&apos; or &apos;json&apos;.</source>
        <translation>Avec --once : « csv » ou « json ».</translation>
    </message>
    <message>
        <source>With --once: the file to write, or &apos;-&apos; for standard output.</source>
        <translation>Avec --once : le fichier à écrire, ou « - » pour la sortie standard.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>FICHIER|-</translation>
    </message>
    <message>
        <source>Save a picture of the window once it shows calls, then exit.</source>
        <translation>Enregistrer une image de la fenêtre dès qu’elle affiche des appels, puis quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Use a &apos;light&apos; or &apos;dark&apos; palette instead of the system&apos;s.</source>
        <translation>Utiliser une palette claire (« light ») ou sombre (« dark ») au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>Utiliser cette langue au lieu de celle du système : %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>Tableau de bord en direct des appels en cours sur un compte RingCentral.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argument inattendu « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; choose one of: %2</source>
        <translation>--lang : aucune traduction pour « %1 » ; choisissez parmi : %2</translation>
    </message>
    <message>
        <source>--demo and --once cannot be combined</source>
        <translation>--demo et --once ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--%1 only applies to --once</source>
        <translation>--%1 ne s’applique qu’avec --once</translation>
    </message>
    <message>
        <source>--screenshot and --palette need the window, not --once</source>
        <translation>--screenshot et --palette nécessitent la fenêtre, pas --once</translation>
    </message>
    <message>
        <source>--palette must be &apos;light&apos; or &apos;dark&apos;</source>
        <translation>--palette doit être « light » ou « dark »</translation>
    </message>
    <message>
        <source>--scope must be &apos;account&apos; or &apos;extension&apos;, not &apos;%1&apos;</source>
        <translation>--scope doit être « account » ou « extension », pas « %1 »</translation>
    </message>
    <message>
        <source>--format must be &apos;csv&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
        <translation>--format doit être « csv » ou « json », pas « %1 »</translation>
    </message>
    <message>
        <source>--output needs a file name, or &apos;-&apos; for standard output</source>
        <translation>--output nécessite un nom de fichier, ou « - » pour la sortie standard</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (voir --help)</translation>
    </message>
    <message>
        <source>With --once: give up after this many seconds (exit 5; default 120).</source>
        <translation>Avec --once : abandonner après ce nombre de secondes (code de sortie 5 ; 120 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from 1 to 86400, not &apos;%1&apos;</source>
        <translation>--timeout doit être un nombre entier de secondes de 1 à 86400, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SavedSignIn</name>
    <message>
        <source>no sign-in is saved</source>
        <translation>aucune connexion n’est enregistrée</translation>
    </message>
    <message>
        <source>no JWT credential is saved for this profile</source>
        <translation>aucun identifiant JWT n’est enregistré pour ce profil</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to RingCentral</source>
        <translation>Se connecter à RingCentral</translation>
    </message>
    <message>
        <source>CallWatch signs in with a JWT credential. The client ID and client secret belong to your app in the RingCentral Developer Console; the JWT credential belongs to your user.</source>
        <translation>CallWatch se connecte avec un identifiant JWT. L’ID client et le secret client appartiennent à votre application dans la RingCentral Developer Console ; l’identifiant JWT appartient à votre utilisateur.</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>À propos de la connexion</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The RingCentral platform to sign in to</source>
        <translation>La plateforme RingCentral à laquelle se connecter</translation>
    </message>
    <message>
        <source>RingCentral (production)</source>
        <translation>RingCentral (production)</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>URL personnalisée…</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>&amp;URL personnalisée :</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>URL de serveur personnalisée</translation>
    </message>
    <message>
        <source>Server URL problem</source>
        <translation>Problème d’URL du serveur</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problème d’ID client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Leave empty for a public app (an app without a client secret).</source>
        <translation>Laisser vide pour une application publique (sans secret client).</translation>
    </message>
    <message>
        <source>Client secret hint</source>
        <translation>Conseil sur le secret client</translation>
    </message>
    <message>
        <source>&amp;JWT credential:</source>
        <translation>Identifiant &amp;JWT :</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <translation>Identifiant JWT</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>Afficher l’identifiant JWT</translation>
    </message>
    <message>
        <source>Show JWT credential</source>
        <translation>Afficher l’identifiant JWT</translation>
    </message>
    <message>
        <source>JWT credential problem</source>
        <translation>Problème d’identifiant JWT</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Sign in once with these values, check what you may read, and sign out again</source>
        <translation>Se connecter une fois avec ces valeurs, vérifier ce que vous pouvez lire, puis se déconnecter</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Run CallWatch against a built-in simulator; no account needed</source>
        <translation>Exécuter CallWatch sur un simulateur intégré ; aucun compte nécessaire</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>Could not write JSON: %1</source>
        <translation>Impossible d’écrire le JSON : %1</translation>
    </message>
    <message>
        <source>The output is not open for writing</source>
        <translation>La sortie n’est pas ouverte en écriture</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation>Impossible d’exporter vers %1 : le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2 is not a folder.</source>
        <translation>Impossible d’exporter vers %1 : %2 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Could not export to %1: that is a folder, not a file.</source>
        <translation>Impossible d’exporter vers %1 : c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 is not writable. Choose another folder.</source>
        <translation>Impossible d’exporter vers %1 : le dossier %2 n’est pas accessible en écriture. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not export to %1: the file is read-only.</source>
        <translation>Impossible d’exporter vers %1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Impossible d’exporter vers %1 : %2.</translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation>Impossible d’exporter : aucun nom de fichier n’a été donné.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>callwatch::AboutDialog</name>
    <message>
        <source>About CallWatch</source>
        <translation>À propos de CallWatch</translation>
    </message>
    <message>
        <source>CallWatch icon</source>
        <translation>Icône de CallWatch</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Live dashboard of the calls in progress on a RingCentral account.</source>
        <translation>Tableau de bord en direct des appels en cours sur un compte RingCentral.</translation>
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
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Page du projet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsFeed</name>
    <message>
        <source>the list&apos;s next page points back at a page already read</source>
        <translation>la page suivante de la liste renvoie à une page déjà lue</translation>
    </message>
    <message>
        <source>the list goes on past %1 pages</source>
        <translation>la liste dépasse %1 pages</translation>
    </message>
</context>
<context>
    <name>callwatch::ActiveCallsModel</name>
    <message>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport :</translation>
    </message>
    <message>
        <source>Internal type:</source>
        <translation>Type interne :</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>ID d’enregistrement :</translation>
    </message>
    <message>
        <source>Session id:</source>
        <translation>ID de session :</translation>
    </message>
    <message>
        <source>Telephony session:</source>
        <translation>Session de téléphonie :</translation>
    </message>
    <message>
        <source>Party id:</source>
        <translation>ID de participant :</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Vu la première fois :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>Telephony session id</source>
        <translation>ID de session de téléphonie</translation>
    </message>
    <message numerus="yes">
        <source>Ringing · %n agents</source>
        <translation>
            <numerusform>Sonnerie · %n agent</numerusform>
            <numerusform>Sonnerie · %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>En conversation</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parqué</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Ended · %1</source>
        <translation>Terminé · %1</translation>
    </message>
    <message>
        <source>a live call event at %1</source>
        <translation>un événement d’appel en direct à %1</translation>
    </message>
    <message>
        <source>presence, read at %1 when live events started</source>
        <translation>la présence, lue à %1 au démarrage des événements en direct</translation>
    </message>
    <message>
        <source>a check of this call at %1</source>
        <translation>une vérification de cet appel à %1</translation>
    </message>
    <message>
        <source>the active-calls list read at %1 (it lags calls by seconds and cannot tell ringing or holding)</source>
        <translation>la liste des appels actifs lue à %1 (elle a quelques secondes de retard sur les appels et ne distingue ni la sonnerie ni la mise en attente)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>State from:</source>
        <translation>Source de l’état :</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Postes :</translation>
    </message>
    <message>
        <source>Ringing:</source>
        <translation>Sonnerie :</translation>
    </message>
    <message>
        <source>Talking:</source>
        <translation>Conversation :</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>En attente :</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases :</translation>
    </message>
    <message>
        <source>not known: CallWatch joined this call in progress</source>
        <translation>inconnues : CallWatch a commencé à suivre cet appel alors qu’il était déjà en cours</translation>
    </message>
    <message>
        <source>Last listed:</source>
        <translation>Dernière présence dans la liste :</translation>
    </message>
    <message>
        <source>In status</source>
        <translation>Dans l’état</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>Alerte :</translation>
    </message>
    <message numerus="yes">
        <source>Call longer than %n min</source>
        <translation>
            <numerusform>Appel de plus de %n min</numerusform>
            <numerusform>Appel de plus de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold longer than %1</source>
        <translation>En attente depuis plus de %1</translation>
    </message>
    <message>
        <source>Caller waiting longer than %1</source>
        <translation>Appelant en attente depuis plus de %1</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than %1</source>
        <translation>Sonne sans réponse depuis plus de %1</translation>
    </message>
</context>
<context>
    <name>callwatch::AlertsDialog</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Call longer than, in minutes</source>
        <translation>Appel de plus de, en minutes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>On hold longer than, in seconds</source>
        <translation>En attente plus de, en secondes</translation>
    </message>
    <message>
        <source>Caller waiting in a queue longer than, in seconds</source>
        <translation>Appelant en file d’attente plus de, en secondes</translation>
    </message>
    <message>
        <source>Ringing unanswered longer than, in seconds</source>
        <translation>Sonnerie sans réponse plus de, en secondes</translation>
    </message>
    <message>
        <source>Call &amp;longer than:</source>
        <translation>Appel &amp;plus long que :</translation>
    </message>
    <message>
        <source>On &amp;hold longer than:</source>
        <translation>En a&amp;ttente plus de :</translation>
    </message>
    <message>
        <source>Caller &amp;waiting in a queue longer than:</source>
        <translation>Appelant en &amp;file d’attente plus de :</translation>
    </message>
    <message>
        <source>&amp;Ringing unanswered longer than:</source>
        <translation>&amp;Sonnerie sans réponse plus de :</translation>
    </message>
    <message>
        <source>A call past one of these lines is marked in the table: a coloured row, a warning icon and a line saying which; new ones can also be announced on the desktop. 0 turns a line off.</source>
        <translation>Un appel qui dépasse l’une de ces limites est signalé dans le tableau : une ligne colorée, une icône d’avertissement et une ligne qui dit laquelle ; les nouveaux peuvent aussi être annoncés sur le bureau. 0 désactive une limite.</translation>
    </message>
    <message>
        <source>Also announce new alerts on the &amp;desktop</source>
        <translation>Annoncer aussi les nouvelles alertes sur le &amp;bureau</translation>
    </message>
</context>
<context>
    <name>callwatch::AuthSession</name>
    <message>
        <source>no client id is configured</source>
        <translation>aucun ID client n’est configuré</translation>
    </message>
    <message>
        <source>no JWT credential is saved</source>
        <translation>aucun identifiant JWT n’est enregistré</translation>
    </message>
    <message>
        <source>the token response is not a bearer token</source>
        <translation>la réponse ne contient pas de jeton de type bearer</translation>
    </message>
</context>
<context>
    <name>callwatch::ConnectionTest</name>
    <message>
        <source>the answer could not be read</source>
        <translation>la réponse est illisible</translation>
    </message>
    <message>
        <source>Signed in, but your extension could not be read: %1.</source>
        <translation>Connecté, mais votre poste n’a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), administrator.</source>
        <translation>Connecté en tant que %1 (poste %2), administrateur.</translation>
    </message>
    <message>
        <source>Signed in as %1 (ext. %2), not an administrator.</source>
        <translation>Connecté en tant que %1 (poste %2), non administrateur.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Le test de connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Company calls: readable.</source>
        <translation>Appels de l’entreprise : lisibles.</translation>
    </message>
    <message>
        <source>My calls: readable.</source>
        <translation>Mes appels : lisibles.</translation>
    </message>
    <message>
        <source>Company calls: not permitted.</source>
        <translation>Appels de l’entreprise : non autorisés.</translation>
    </message>
    <message>
        <source>My calls: not permitted.</source>
        <translation>Mes appels : non autorisés.</translation>
    </message>
    <message>
        <source>Company calls: could not be checked (%1).</source>
        <translation>Appels de l’entreprise : vérification impossible (%1).</translation>
    </message>
    <message>
        <source>My calls: could not be checked (%1).</source>
        <translation>Mes appels : vérification impossible (%1).</translation>
    </message>
    <message>
        <source>Live call events: available.</source>
        <translation>Événements d’appel en direct : disponibles.</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the Call Control permission (an administrator requests it in the Developer Console and RingCentral approves it); until then the table runs on the active-calls list.</source>
        <translation>Événements d’appel en direct : indisponibles, l’application n’a pas l’autorisation Call Control (un administrateur la demande dans la Developer Console et RingCentral l’approuve) ; d’ici là, le tableau s’appuie sur la liste des appels actifs.</translation>
    </message>
    <message>
        <source>Live call events: not available, the app lacks the WebSocket Subscriptions permission (add it in the Developer Console); until then the table runs on the active-calls list.</source>
        <translation>Événements d’appel en direct : indisponibles, l’application n’a pas l’autorisation WebSocket Subscriptions (à ajouter dans la Developer Console) ; d’ici là, le tableau s’appuie sur la liste des appels actifs.</translation>
    </message>
    <message>
        <source>Company calls: not permitted: %1.</source>
        <translation>Appels de l’entreprise : non autorisés : %1.</translation>
    </message>
    <message>
        <source>My calls: not permitted: %1.</source>
        <translation>Mes appels : non autorisés : %1.</translation>
    </message>
</context>
<context>
    <name>callwatch::CredentialVault</name>
    <message>
        <source>No keyring in use: secrets are kept in memory for this session only and will not be saved.</source>
        <translation>Aucun trousseau utilisé : les secrets sont gardés en mémoire pour cette session uniquement et ne seront pas enregistrés.</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>le trousseau n’a donné aucune raison</translation>
    </message>
    <message>
        <source>No usable keyring (%1): secrets are kept in memory for this session only and will not be saved.</source>
        <translation>Aucun trousseau utilisable (%1) : les secrets sont gardés en mémoire pour cette session uniquement et ne seront pas enregistrés.</translation>
    </message>
</context>
<context>
    <name>callwatch::DashboardController</name>
    <message>
        <source>The demo platform could not start on 127.0.0.1.</source>
        <translation>La plateforme de démonstration n’a pas pu démarrer sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>callwatch::DesktopNotifier</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>A call needs attention</source>
        <translation>Un appel demande votre attention</translation>
    </message>
    <message numerus="yes">
        <source>%n calls need attention</source>
        <translation>
            <numerusform>%n appel demande votre attention</numerusform>
            <numerusform>%n appels demandent votre attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callwatch::GatewayConnection</name>
    <message>
        <source>Live call events are off</source>
        <translation>Les événements d’appel en direct sont désactivés</translation>
    </message>
    <message>
        <source>Reconnecting to live call events…</source>
        <translation>Reconnexion aux événements d’appel en direct…</translation>
    </message>
    <message>
        <source>Connecting to live call events…</source>
        <translation>Connexion aux événements d’appel en direct…</translation>
    </message>
    <message>
        <source>the WebSocket token answer has no token or address</source>
        <translation>le jeton ou l’adresse manque dans la réponse à la demande de jeton WebSocket</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>Les événements d’appel en direct sont indisponibles : %1</translation>
    </message>
    <message>
        <source>Live call events are unavailable: the gateway address is not secure (%1)</source>
        <translation>Les événements d’appel en direct sont indisponibles : l’adresse de la passerelle n’est pas sécurisée (%1)</translation>
    </message>
    <message>
        <source>The event gateway closed the connection (%1)</source>
        <translation>La passerelle d’événements a fermé la connexion (%1)</translation>
    </message>
    <message>
        <source>Subscribing to live call events…</source>
        <translation>Abonnement aux événements d’appel en direct…</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>La connexion a été perdue</translation>
    </message>
    <message>
        <source>Live call events are reconnecting: %1</source>
        <translation>Reconnexion aux événements d’appel en direct : %1</translation>
    </message>
</context>
<context>
    <name>callwatch::HeadlessSnapshot</name>
    <message>
        <source>RC_APP_CLIENT_ID is not set</source>
        <translation>RC_APP_CLIENT_ID n’est pas défini</translation>
    </message>
    <message>
        <source>authentication failed: %1%2</source>
        <translation>échec de l’authentification : %1%2</translation>
    </message>
    <message>
        <source> (the account-wide list needs an administrator; try --scope extension)</source>
        <translation> (la liste de tout le compte nécessite un administrateur ; essayez --scope extension)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; the next try would be in %n s, after the --timeout of %2 s</source>
        <translation>
            <numerusform>%1 ; le prochain essai serait dans %n s, après le --timeout de %2 s</numerusform>
            <numerusform>%1 ; le prochain essai serait dans %n s, après le --timeout de %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>no complete snapshot within the --timeout of %1 s%2</source>
        <translation>aucun instantané complet dans le --timeout de %1 s%2</translation>
    </message>
</context>
<context>
    <name>callwatch::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Rate limit budget</source>
        <translation>Quota de la limite de débit</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Rechercher des appels</translation>
    </message>
    <message>
        <source>Search numbers, names, extensions (Ctrl+F)</source>
        <translation>Rechercher numéros, noms, postes (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with File ▸ Sign in…</source>
        <translation>Vous êtes déconnecté. Connectez-vous avec Fichier ▸ Se connecter…</translation>
    </message>
    <message>
        <source>No calls in progress right now.</source>
        <translation>Aucun appel en cours pour le moment.</translation>
    </message>
    <message>
        <source>No call matches “%1”.</source>
        <translation>Aucun appel ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No calls in progress; recently ended calls are hidden.</source>
        <translation>Aucun appel en cours ; les appels terminés récemment sont masqués.</translation>
    </message>
    <message>
        <source>CallWatch — demo (simulated calls)</source>
        <translation>CallWatch — démo (appels simulés)</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Every call on the account</source>
        <translation>Tous les appels du compte</translation>
    </message>
    <message>
        <source>Company-wide calls need an administrator (the ReadCompanyCallLog permission); you can watch your own calls</source>
        <translation>Les appels de toute l’entreprise nécessitent un administrateur (autorisation ReadCompanyCallLog) ; vous pouvez suivre vos propres appels</translation>
    </message>
    <message>
        <source>%1 (ext. %2)</source>
        <translation>%1 (poste %2)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Sign-in required: %1</source>
        <translation>Connexion requise : %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>En attente de la limite de débit…</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Limite de débit atteinte jusqu’à %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s — %1</source>
        <translation>
            <numerusform>Hors ligne, nouvel essai dans %n s — %1</numerusform>
            <numerusform>Hors ligne, nouvel essai dans %n s — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — switch to My calls</source>
        <translation>%1 — passez à « Mes appels »</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>mis à jour il y a %n s</numerusform>
            <numerusform>mis à jour il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Heavy requests left: %1 of %2 per %3 s</source>
        <translation>Requêtes Heavy restantes : %1 sur %2 par %3 s</translation>
    </message>
    <message>
        <source>Active calls: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Appels actifs : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>Sonnerie ou connexion : &lt;b&gt;—&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;—&lt;/b&gt;</source>
        <translation>En attente : &lt;b&gt;—&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Longest call now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Appel en cours le plus long : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recently ended: %1</source>
        <translation>Terminés récemment : %1</translation>
    </message>
    <message>
        <source>Recently ended: %1 (hidden)</source>
        <translation>Terminés récemment : %1 (masqués)</translation>
    </message>
    <message>
        <source>Export the calls shown</source>
        <translation>Exporter les appels affichés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>For Microsoft Excel (UTF-8 with BOM)</source>
        <translation>Pour Microsoft Excel (UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The calls were not exported.

%1</source>
        <translation>Les appels n’ont pas été exportés.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n appel exporté vers %1</numerusform>
            <numerusform>%n appels exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of RingCentral? The session is ended on the server.</source>
        <translation>Se déconnecter de RingCentral ? La session est fermée sur le serveur.</translation>
    </message>
    <message>
        <source>Also delete the saved JWT and client secret from the keychain</source>
        <translation>Supprimer aussi du trousseau l’identifiant JWT et le secret client enregistrés</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sonnerie ou connexion : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls ringing or being connected right now, from live call events</source>
        <translation>Appels en train de sonner ou d’être connectés, d’après les événements d’appel en direct</translation>
    </message>
    <message>
        <source>On hold: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>En attente : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calls on hold or parked right now, from live call events</source>
        <translation>Appels actuellement en attente ou parqués, d’après les événements d’appel en direct</translation>
    </message>
    <message>
        <source>The active-calls list does not report this; it needs live call events, which are not available now: %1</source>
        <translation>La liste des appels actifs ne l’indique pas ; il faut pour cela les événements d’appel en direct, indisponibles pour le moment : %1</translation>
    </message>
    <message>
        <source>Live call events</source>
        <translation>Événements d’appel en direct</translation>
    </message>
    <message numerus="yes">
        <source>list read %n s ago</source>
        <translation>
            <numerusform>liste lue il y a %n s</numerusform>
            <numerusform>liste lue il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>Événements en direct</translation>
    </message>
    <message>
        <source>Telephony events drive the table; the active-calls list is read now and then to reconcile it.</source>
        <translation>Les événements de téléphonie pilotent le tableau ; la liste des appels actifs est lue de temps en temps pour le recouper.</translation>
    </message>
    <message>
        <source>Polling only, connecting live events…</source>
        <translation>Actualisation périodique seule, connexion aux événements en direct…</translation>
    </message>
    <message>
        <source>Polling only: the app lacks Call Control (an admin requests it; RingCentral approves)</source>
        <translation>Actualisation périodique seule : l’application n’a pas Call Control (un administrateur la demande, RingCentral l’approuve)</translation>
    </message>
    <message>
        <source>Polling only: live events unavailable</source>
        <translation>Actualisation périodique seule : événements en direct indisponibles</translation>
    </message>
    <message>
        <source>Polling only: the app lacks the %1 permission</source>
        <translation>Actualisation périodique seule : l’application n’a pas l’autorisation %1</translation>
    </message>
    <message>
        <source>Ringing or connecting: &lt;b&gt;%1&lt;/b&gt; · queued: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Sonnerie ou connexion : &lt;b&gt;%1&lt;/b&gt; · en file d’attente : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>callwatch::RestClient</name>
    <message>
        <source>the response exceeds %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server URL</source>
        <translation>« %1 » n’est pas une URL de serveur valide</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed for loopback addresses only)</source>
        <translation>%1 doit utiliser https:// (http:// simple n’est autorisé que pour les adresses de bouclage)</translation>
    </message>
    <message>
        <source>refused a link to another server: %1</source>
        <translation>lien vers un autre serveur refusé : %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <source>to another server (%1); not followed, so no credential goes there</source>
        <translation>vers un autre serveur (%1) ; non suivie, aucun identifiant n’y est envoyé</translation>
    </message>
    <message>
        <source>the server sent %1 bytes in %2 s, too slowly to wait for</source>
        <translation>le serveur a envoyé %1 octets en %2 s, trop lentement pour attendre</translation>
    </message>
    <message>
        <source>from https to plain http; not followed</source>
        <translation>de https vers http simple ; non suivie</translation>
    </message>
    <message>
        <source>more than %1 times within the server (a loop); not followed</source>
        <translation>plus de %1 fois au sein du serveur (une boucle) ; non suivie</translation>
    </message>
    <message>
        <source>the connection closed before the server answered; not sent again</source>
        <translation>la connexion a été fermée avant la réponse du serveur ; requête non renvoyée</translation>
    </message>
</context>
<context>
    <name>callwatch::SessionChecker</name>
    <message>
        <source>Calls cannot be checked one by one: %1</source>
        <translation>Impossible de vérifier les appels un par un : %1</translation>
    </message>
</context>
<context>
    <name>callwatch::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Masquer le secret client</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Hide the JWT credential</source>
        <translation>Masquer l’identifiant JWT</translation>
    </message>
    <message>
        <source>Show the JWT credential</source>
        <translation>Afficher l’identifiant JWT</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://platform.ringcentral.com.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://platform.ringcentral.com.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Enter a full address, such as https://platform.ringcentral.com.</source>
        <translation>Ce n’est pas une URL valide. Saisissez une adresse complète, par exemple https://platform.ringcentral.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL.</source>
        <translation>N’incluez ni nom d’utilisateur ni mot de passe dans l’URL.</translation>
    </message>
    <message>
        <source>Enter the address without a query or fragment (the part from &apos;?&apos; or &apos;#&apos;).</source>
        <translation>Saisissez l’adresse sans requête ni fragment (la partie à partir de « ? » ou « # »).</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is allowed only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>L’adresse doit commencer par https://. http:// simple n’est autorisé que pour cet ordinateur (localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>Enter the client ID of your RingCentral app.</source>
        <translation>Saisissez l’ID client de votre application RingCentral.</translation>
    </message>
    <message>
        <source>Paste the JWT credential of your RingCentral user.</source>
        <translation>Collez l’identifiant JWT de votre utilisateur RingCentral.</translation>
    </message>
    <message>
        <source>This does not look like a JWT credential: it should be three parts of letters, digits, &apos;-&apos; and &apos;_&apos;, separated by dots.</source>
        <translation>Cela ne ressemble pas à un identifiant JWT : il doit comporter trois parties faites de lettres, de chiffres, de « - » et de « _ », séparées par des points.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Saving the secrets in the keyring…</source>
        <translation>Enregistrement des secrets dans le trousseau…</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>le trousseau n’a donné aucune raison</translation>
    </message>
    <message>
        <source>Could not save the secrets: %1</source>
        <translation>Impossible d’enregistrer les secrets : %1</translation>
    </message>
    <message>
        <source>Secrets kept for this session only</source>
        <translation>Secrets conservés pour cette session uniquement</translation>
    </message>
    <message>
        <source>You are signed in. Next time, CallWatch will ask for the client secret and JWT credential again.</source>
        <translation>Vous êtes connecté. La prochaine fois, CallWatch redemandera le secret client et l’identifiant JWT.</translation>
    </message>
</context>
<context>
    <name>callwatch::TelephonyEvents</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out the company&apos;s call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves; the account-wide events also need an administrator. The table runs on the active-calls list meanwhile.</source>
        <translation>Les événements d’appel en direct sont indisponibles : RingCentral a accepté l’abonnement mais a exclu les événements d’appel de l’entreprise (%1). L’application a besoin de l’autorisation Call Control, qu’un administrateur demande dans la Developer Console et que RingCentral approuve ; les événements de tout le compte nécessitent aussi un administrateur. En attendant, le tableau s’appuie sur la liste des appels actifs.</translation>
    </message>
    <message>
        <source>Live call events are unavailable: RingCentral accepted the subscription but left out your call events (%1). The app needs the Call Control permission, which an administrator requests in the Developer Console and RingCentral approves. The table runs on the active-calls list meanwhile.</source>
        <translation>Les événements d’appel en direct sont indisponibles : RingCentral a accepté l’abonnement mais a exclu vos événements d’appel (%1). L’application a besoin de l’autorisation Call Control, qu’un administrateur demande dans la Developer Console et que RingCentral approuve. En attendant, le tableau s’appuie sur la liste des appels actifs.</translation>
    </message>
    <message>
        <source>Live call events are unavailable: %1</source>
        <translation>Les événements d’appel en direct sont indisponibles : %1</translation>
    </message>
    <message>
        <source>Reading the calls in progress…</source>
        <translation>Lecture des appels en cours…</translation>
    </message>
</context>
</TS>
