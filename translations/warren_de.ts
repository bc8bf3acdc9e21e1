<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>warren</name>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <source>Your chat history cannot be opened: %1</source>
        <translation>Ihr Chatverlauf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Re-encrypting the chat history…</source>
        <translation>Chatverlauf wird neu verschlüsselt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Warren: chat and tunnels over Tox.</source>
        <translation>Warren: Chat und Tunnel über Tox.</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>Ihr Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Starting with the session could not be changed: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Some of your tunnel settings could not be read:
%1</source>
        <translation>Einige Ihrer Tunneleinstellungen konnten nicht gelesen werden:
%1</translation>
    </message>
</context>
<context>
    <name>warren::AddFriendDialog</name>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Freund hinzufügen</translation>
    </message>
    <message>
        <source>76 hexadecimal characters, or a tox: link</source>
        <translation>76 Hexadezimalzeichen oder ein tox:-Link</translation>
    </message>
    <message>
        <source>Tox ID of your friend</source>
        <translation>Tox ID Ihres Freundes</translation>
    </message>
    <message>
        <source>Tox ID check</source>
        <translation>Prüfung der Tox ID</translation>
    </message>
    <message>
        <source>Message with the request</source>
        <translation>Nachricht zur Anfrage</translation>
    </message>
    <message>
        <source>Hi! Please add me to your friends on Tox.</source>
        <translation>Hallo! Bitte füge mich auf Tox als Freund hinzu.</translation>
    </message>
    <message>
        <source>Paste your friend&apos;s Tox ID (they find it under “My Tox ID”) or a tox: link.</source>
        <translation>Fügen Sie die Tox ID Ihres Freundes (zu finden unter „Meine Tox ID“) oder einen tox:-Link ein.</translation>
    </message>
    <message>
        <source>Tox &amp;ID:</source>
        <translation>Tox &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>This is a valid Tox ID.</source>
        <translation>Dies ist eine gültige Tox ID.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
</context>
<context>
    <name>warren::AutoAcceptDialog</name>
    <message>
        <source>&amp;Save files from %1 without asking</source>
        <translation>Dateien von %1 ohne Nachfrage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Receive files from %1</source>
        <translation>Dateien von %1 empfangen</translation>
    </message>
    <message>
        <source>Folder for received files</source>
        <translation>Ordner für empfangene Dateien</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Largest file saved without asking</source>
        <translation>Größte Datei, die ohne Nachfrage gespeichert wird</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>Other files still wait for you to accept them. Names are made safe and never overwrite a file.</source>
        <translation>Andere Dateien warten weiterhin darauf, dass Sie sie annehmen. Namen werden unschädlich gemacht und überschreiben nie eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Größte Datei:</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation>Der Ordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>warren::AvatarBinder</name>
    <message>
        <source>Choose your avatar</source>
        <translation>Avatar wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be used as an avatar: %2</source>
        <translation>%1 kann nicht als Avatar verwendet werden: %2</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
</context>
<context>
    <name>warren::AvatarLabel</name>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Placeholder with the initials %1</source>
        <translation>Platzhalter mit den Initialen %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>warren::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>Passwort &amp;entfernen</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Profilpasswort</translation>
    </message>
    <message>
        <source>Your profile “%1” is encrypted with a password.</source>
        <translation>Ihr Profil „%1“ ist mit einem Passwort verschlüsselt.</translation>
    </message>
    <message>
        <source>Your profile “%1” has no password yet: anyone who can read your files can use it.</source>
        <translation>Ihr Profil „%1“ hat noch kein Passwort: Jeder, der Ihre Dateien lesen kann, kann es verwenden.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Remove the password? The profile will be stored unencrypted.</source>
        <translation>Passwort entfernen? Das Profil wird dann unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The chat history could not be re-keyed, nothing was changed: %1</source>
        <translation>Der Chatverlauf konnte nicht neu verschlüsselt werden, es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>warren::ChatArea</name>
    <message>
        <source>Select a contact to chat with, or add a friend with Ctrl+N.</source>
        <translation>Wählen Sie einen Kontakt zum Chatten aus oder fügen Sie mit Strg+N einen Freund hinzu.</translation>
    </message>
</context>
<context>
    <name>warren::ChatHeader</name>
    <message>
        <source>Chat with %1</source>
        <translation>Chat mit %1</translation>
    </message>
    <message>
        <source>Presence of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>In neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Dock back into the main window</source>
        <translation>Wieder ins Hauptfenster andocken</translation>
    </message>
</context>
<context>
    <name>warren::ChatPage</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>Niemand schreibt</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Send files (or drop them onto the chat)</source>
        <translation>Dateien senden (oder auf den Chat ziehen)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
</context>
<context>
    <name>warren::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>warren::ChatWindow</name>
    <message>
        <source>%1 — Warren</source>
        <translation>%1 — Warren</translation>
    </message>
</context>
<context>
    <name>warren::Composer</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Die Eingabetaste sendet die Nachricht, Umschalt+Eingabetaste beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht schreiben… (Eingabetaste sendet, Umschalt+Eingabetaste für neue Zeile)</translation>
    </message>
</context>
<context>
    <name>warren::ContactActions</name>
    <message>
        <source>Chat with %1.txt</source>
        <translation>Chat mit %1.txt</translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>The name this computer shows for %1 (leave empty to show the name they chose):</source>
        <translation>Der Name, den dieser Computer für %1 anzeigt (leer lassen, um den selbst gewählten Namen anzuzeigen):</translation>
    </message>
    <message>
        <source>Block contact</source>
        <translation>Kontakt blockieren</translation>
    </message>
    <message>
        <source>Block %1? Their messages and friend requests will be ignored, and they will see you offline. The chat history stays; you can unblock them later.</source>
        <translation>%1 blockieren? Nachrichten und Freundschaftsanfragen dieses Kontakts werden ignoriert, und er sieht Sie als offline. Der Chatverlauf bleibt erhalten; Sie können die Blockierung später aufheben.</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>Der Chat konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Delete chat history</source>
        <translation>Chatverlauf löschen</translation>
    </message>
    <message>
        <source>Delete every message of your chat with %1 from this computer? This cannot be undone.</source>
        <translation>Alle Nachrichten Ihres Chats mit %1 von diesem Computer löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The history could not be deleted: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>warren::ContactDelegate</name>
    <message>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
</context>
<context>
    <name>warren::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Your friends. Select one to chat; double-click to chat in a window of its own.</source>
        <translation>Ihre Freunde. Wählen Sie einen aus, um zu chatten; ein Doppelklick öffnet den Chat in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>In neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Export chat…</source>
        <translation>Chat exportieren…</translation>
    </message>
    <message>
        <source>Delete chat history…</source>
        <translation>Chatverlauf löschen…</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blockieren…</translation>
    </message>
    <message>
        <source>Remove friend…</source>
        <translation>Freund entfernen…</translation>
    </message>
    <message>
        <source>Open a tunnel to…</source>
        <translation>Tunnel öffnen zu…</translation>
    </message>
    <message>
        <source>Share a port with…</source>
        <translation>Port freigeben für…</translation>
    </message>
    <message>
        <source>Receive files automatically…</source>
        <translation>Dateien automatisch empfangen…</translation>
    </message>
    <message>
        <source>Offer a port to…</source>
        <translation>Port anbieten für…</translation>
    </message>
</context>
<context>
    <name>warren::ContactModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>, typing</source>
        <translation>, schreibt</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread message(s)</source>
        <translation>
            <numerusform>, %n ungelesene Nachricht</numerusform>
            <numerusform>, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ContactsPane</name>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Kontakte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>Freund hinzufügen</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Freund hinzufügen</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Anfragen (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Friend requests: %1 pending</source>
        <translation>Freundschaftsanfragen: %1 offen</translation>
    </message>
</context>
<context>
    <name>warren::CreateProfilePage</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>Profil &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a new profile&lt;/b&gt;&lt;br&gt;A profile is your Tox identity: your ID, your friends and your name. It is kept in a .tox file that other Tox clients can read.</source>
        <translation>&lt;b&gt;Neues Profil erstellen&lt;/b&gt;&lt;br&gt;Ein Profil ist Ihre Tox-Identität: Ihre ID, Ihre Freunde und Ihr Name. Es wird in einer .tox-Datei gespeichert, die auch andere Tox-Clients lesen können.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile name check</source>
        <translation>Prüfung des Profilnamens</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Import a .tox file…</source>
        <translation>.tox-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>warren::FileBinder</name>
    <message>
        <source>Save %1 to</source>
        <translation>%1 speichern unter</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Dateiübertragungen</translation>
    </message>
</context>
<context>
    <name>warren::FileDrop</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Eingefügtes Bild %1</translation>
    </message>
    <message>
        <source>The picture cannot be saved to %1: %2</source>
        <translation>Das Bild kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>warren::ForwardDialog</name>
    <message>
        <source>&amp;Open tunnel</source>
        <translation>Tunnel &amp;öffnen</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Tunnel öffnen</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Who may use the tunnel</source>
        <translation>Wer den Tunnel benutzen darf</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only this computer, IPv6 (::1)</source>
        <translation>Nur dieser Computer, IPv6 (::1)</translation>
    </message>
    <message>
        <source>Other address (exposes the tunnel)…</source>
        <translation>Andere Adresse (macht den Tunnel erreichbar)…</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Adresse, auf der gelauscht wird</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0 or 192.168.1.10</source>
        <translation>z. B. 0.0.0.0 oder 192.168.1.10</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Host at the friend&apos;s side</source>
        <translation>Host auf der Seite des Freundes</translation>
    </message>
    <message>
        <source>a host name or address, as the friend&apos;s computer sees it</source>
        <translation>ein Hostname oder eine Adresse, wie der Computer des Freundes sie sieht</translation>
    </message>
    <message>
        <source>Port at the friend&apos;s side</source>
        <translation>Port auf der Seite des Freundes</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connections to the local address are carried over Tox to your friend, whose computer connects them to the target. Your friend must share that port with you.</source>
        <translation>Verbindungen zur lokalen Adresse werden über Tox zu Ihrem Freund geleitet, dessen Computer sie mit dem Ziel verbindet. Ihr Freund muss diesen Port für Sie freigeben.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Freund:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lokale Adresse:</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>Lokaler &amp;Port:</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>&amp;Zielhost:</translation>
    </message>
    <message>
        <source>Target p&amp;ort:</source>
        <translation>Zielp&amp;ort:</translation>
    </message>
    <message>
        <source>Edit tunnel</source>
        <translation>Tunnel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Choose the friend whose computer makes the connections (add a friend first).</source>
        <translation>Wählen Sie den Freund, dessen Computer die Verbindungen herstellt (fügen Sie zuerst einen Freund hinzu).</translation>
    </message>
    <message>
        <source>Enter the IP address to listen on.</source>
        <translation>Geben Sie die IP-Adresse ein, auf der gelauscht werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address of this computer.</source>
        <translation>„%1“ ist keine IP-Adresse dieses Computers.</translation>
    </message>
    <message>
        <source>Enter the host your friend&apos;s computer connects to (127.0.0.1 is your friend&apos;s computer itself).</source>
        <translation>Geben Sie den Host ein, mit dem sich der Computer Ihres Freundes verbindet (127.0.0.1 ist der Computer Ihres Freundes selbst).</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>Ein Hostname enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; anyone who can reach %1 on your network can use this tunnel to reach your friend&apos;s service, as if they were you.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Jeder, der %1 in Ihrem Netzwerk erreicht, kann über diesen Tunnel den Dienst Ihres Freundes erreichen, als wäre er Sie.</translation>
    </message>
</context>
<context>
    <name>warren::ForwardModel</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <source>Listening, friend offline</source>
        <translation>Lauscht, Freund offline</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>Listens on %1: anyone who can reach this address can use the tunnel to your friend.</source>
        <translation>Lauscht auf %1: Jeder, der diese Adresse erreicht, kann den Tunnel zu Ihrem Freund benutzen.</translation>
    </message>
    <message>
        <source> (any free port)</source>
        <translation> (beliebiger freier Port)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Target at the friend</source>
        <translation>Ziel beim Freund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Weg zum Freund</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>%1 offered you this port. Removing the forward tells them you no longer use it.</source>
        <translation>%1 hat dir diesen Port angeboten. Wenn du die Weiterleitung entfernst, erfährt %1, dass du ihn nicht mehr nutzt.</translation>
    </message>
    <message>
        <source>%1, offered by %2</source>
        <translation>%1, angeboten von %2</translation>
    </message>
    <message>
        <source>%1, offered by %2: %3</source>
        <translation>%1, angeboten von %2: %3</translation>
    </message>
</context>
<context>
    <name>warren::HistorySearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Words to find in all chats</source>
        <translation>Wörter, die in allen Chats gesucht werden</translation>
    </message>
    <message>
        <source>Matching messages</source>
        <translation>Passende Nachrichten</translation>
    </message>
    <message>
        <source>Type words to find them in every chat.</source>
        <translation>Geben Sie Wörter ein, um sie in allen Chats zu finden.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matching message(s); add words to narrow the search.</source>
        <translation>
            <numerusform>Die %n neueste passende Nachricht; geben Sie weitere Wörter ein, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die %n neuesten passenden Nachrichten; geben Sie weitere Wörter ein, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s).</source>
        <translation>
            <numerusform>%n passende Nachricht.</numerusform>
            <numerusform>%n passende Nachrichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::MainWindow</name>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <source>&amp;Warren</source>
        <translation>&amp;Warren</translation>
    </message>
    <message>
        <source>&amp;Add friend…</source>
        <translation>Freund &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Friend &amp;requests…</source>
        <translation>Freundschafts&amp;anfragen…</translation>
    </message>
    <message>
        <source>My Tox &amp;ID…</source>
        <translation>Meine Tox &amp;ID…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>Kontakte &amp;suchen</translation>
    </message>
    <message>
        <source>Search &amp;messages…</source>
        <translation>&amp;Nachrichten suchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>Nä&amp;chster Chat</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>&amp;Vorheriger Chat</translation>
    </message>
    <message>
        <source>Open chat in new &amp;window</source>
        <translation>Chat in neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation>Freund entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from your friends? The chat history stays on this computer.</source>
        <translation>%1 aus Ihren Freunden entfernen? Der Chatverlauf bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>&amp;Tunnels</source>
        <translation>&amp;Tunnel</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>T&amp;ransfers…</source>
        <translation>Übe&amp;rtragungen…</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
</context>
<context>
    <name>warren::MessageDelegate</name>
    <message>
        <source>%1 · waiting for your friend</source>
        <translation>%1 · wartet auf Ihren Freund</translation>
    </message>
    <message>
        <source>%1 · not sent — click to retry</source>
        <translation>%1 · nicht gesendet — zum Wiederholen klicken</translation>
    </message>
</context>
<context>
    <name>warren::MessageModel</name>
    <message>
        <source>queued until your friend is online</source>
        <translation>wartet, bis Ihr Freund online ist</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed, activate to retry</source>
        <translation>fehlgeschlagen, zum Wiederholen aktivieren</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Sie, %1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>You, %1, file: %2</source>
        <translation>Sie, %1, Datei: %2</translation>
    </message>
    <message>
        <source>%1, %2, file: %3</source>
        <translation>%1, %2, Datei: %3</translation>
    </message>
</context>
<context>
    <name>warren::MyIdDialog</name>
    <message>
        <source>&amp;Save QR code…</source>
        <translation>QR-Code &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;New nospam…</source>
        <translation>&amp;Neuer Nospam…</translation>
    </message>
    <message>
        <source>My Tox ID</source>
        <translation>Meine Tox ID</translation>
    </message>
    <message>
        <source>Give this ID (or let your friend scan the code) to be added as a friend.</source>
        <translation>Geben Sie diese ID weiter (oder lassen Sie Ihren Freund den Code scannen), um als Freund hinzugefügt zu werden.</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Ihre Tox ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy your Tox ID</source>
        <translation>Ihre Tox ID kopieren</translation>
    </message>
    <message>
        <source>Your tox: link</source>
        <translation>Ihr tox:-Link</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy your tox: link</source>
        <translation>Ihren tox:-Link kopieren</translation>
    </message>
    <message>
        <source>QR code of your Tox ID</source>
        <translation>QR-Code Ihrer Tox ID</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Den QR-Code als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Get a new Tox ID with a new nospam</source>
        <translation>Eine neue Tox ID mit neuem Nospam erzeugen</translation>
    </message>
    <message>
        <source>Changes the end of your Tox ID, so that the old ID no longer works for new friend requests (stops spam). Your friends keep you.</source>
        <translation>Ändert das Ende Ihrer Tox ID, sodass die alte ID für neue Freundschaftsanfragen nicht mehr funktioniert (gegen Spam). Ihre Freunde behalten Sie.</translation>
    </message>
    <message>
        <source>(starting…)</source>
        <translation>(wird gestartet…)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>New nospam</source>
        <translation>Neuer Nospam</translation>
    </message>
    <message>
        <source>Your Tox ID will change. The old ID stops working for new friend requests, so people who only have the old one cannot add you any more. Friends you already have are not affected.

Get a new Tox ID?</source>
        <translation>Ihre Tox ID ändert sich. Die alte ID funktioniert nicht mehr für neue Freundschaftsanfragen, daher können Personen, die nur die alte kennen, Sie nicht mehr hinzufügen. Bestehende Freunde sind nicht betroffen.

Eine neue Tox ID erzeugen?</translation>
    </message>
</context>
<context>
    <name>warren::Notifier</name>
    <message>
        <source>Friend request from %1</source>
        <translation>Freundschaftsanfrage von %1</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 bietet eine Datei an</translation>
    </message>
</context>
<context>
    <name>warren::OfferDialog</name>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Anbieten</translation>
    </message>
    <message>
        <source>Offer a port</source>
        <translation>Port anbieten</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>wählen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>optional, z. B. SSH</translation>
    </message>
    <message>
        <source>Your friend is asked first. If they accept, they reach this port through a port of their own, until you withdraw the offer.</source>
        <translation>Ihr Freund wird zuerst gefragt. Nimmt er an, erreicht er diesen Port über einen eigenen Port, bis Sie das Angebot zurückziehen.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Freund:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Choose the friend you offer the port to (add a friend first).</source>
        <translation>Wählen Sie den Freund, dem Sie den Port anbieten (fügen Sie zuerst einen Freund hinzu).</translation>
    </message>
    <message>
        <source>Enter the port you offer, e.g. 22.</source>
        <translation>Geben Sie den angebotenen Port ein, z. B. 22.</translation>
    </message>
    <message>
        <source>Enter the host: 127.0.0.1 for this computer.</source>
        <translation>Geben Sie den Host ein: 127.0.0.1 für diesen Computer.</translation>
    </message>
</context>
<context>
    <name>warren::OffersPage</name>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Ports I offer</source>
        <translation>Von mir angebotene Ports</translation>
    </message>
    <message>
        <source>Ports offered to me</source>
        <translation>Mir angebotene Ports</translation>
    </message>
    <message>
        <source>O&amp;ffer a port…</source>
        <translation>Port an&amp;bieten…</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Angebot zurückgezogen</translation>
    </message>
    <message>
        <source>%1 withdrew the port they offered (%2); its forward was removed.</source>
        <translation>%1 hat den angebotenen Port (%2) zurückgezogen; die Weiterleitung wurde entfernt.</translation>
    </message>
    <message>
        <source>Port offered</source>
        <translation>Port angeboten</translation>
    </message>
    <message>
        <source>%1 offers you their port %2 (%3). Accept it, to reach it through a port on this computer?</source>
        <translation>%1 bietet Ihnen den Port %2 an (%3). Annehmen, um ihn über einen Port auf diesem Computer zu erreichen?</translation>
    </message>
    <message>
        <source>waiting for the friend to come online</source>
        <translation>wartet, bis der Freund online ist</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>accepted on port %1</source>
        <translation>angenommen auf Port %1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>removed by the friend</source>
        <translation>vom Freund entfernt</translation>
    </message>
    <message>
        <source>this friend does not support remote forwards</source>
        <translation>dieser Freund unterstützt keine entfernten Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>warren::PasswordFields</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Hinweis zum Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read your files can use this profile.</source>
        <translation>Ohne Passwort kann jeder, der Ihre Dateien lesen kann, dieses Profil verwenden.</translation>
    </message>
    <message>
        <source>No keychain to remember the password in: %1</source>
        <translation>Kein Schlüsselbund zum Merken des Passworts: %1</translation>
    </message>
</context>
<context>
    <name>warren::ProfileListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Use a .tox profile from another Tox client (qTox, toxic, uTox…)</source>
        <translation>Ein .tox-Profil aus einem anderen Tox-Client verwenden (qTox, toxic, uTox…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profil auswählen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1 (Passwort)</translation>
    </message>
</context>
<context>
    <name>warren::ProfileScreen</name>
    <message>
        <source>Warren — profile</source>
        <translation>Warren — Profil</translation>
    </message>
    <message>
        <source>The password remembered in the keychain did not work. Enter the password.</source>
        <translation>Das im Schlüsselbund gespeicherte Passwort hat nicht funktioniert. Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Falsches Passwort. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Import a Tox profile</source>
        <translation>Tox-Profil importieren</translation>
    </message>
    <message>
        <source>Tox profiles (*.tox);;All files (*)</source>
        <translation>Tox-Profile (*.tox);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>warren::RequestInbox</name>
    <message>
        <source>No pending friend requests.</source>
        <translation>Keine offenen Freundschaftsanfragen.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Freundschaftsanfragen</translation>
    </message>
    <message>
        <source>Pending friend requests</source>
        <translation>Offene Freundschaftsanfragen</translation>
    </message>
    <message>
        <source>Accept the selected friend request</source>
        <translation>Die ausgewählte Freundschaftsanfrage annehmen</translation>
    </message>
    <message>
        <source>Decline the selected friend request</source>
        <translation>Die ausgewählte Freundschaftsanfrage ablehnen</translation>
    </message>
    <message>
        <source>People who want to add you as a friend:</source>
        <translation>Personen, die Sie als Freund hinzufügen möchten:</translation>
    </message>
</context>
<context>
    <name>warren::RequestModel</name>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Request from %1, %2: %3</source>
        <translation>Anfrage von %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>warren::SearchResultModel</name>
    <message>
        <source>You to %1, %2</source>
        <translation>Sie an %1, %2</translation>
    </message>
    <message>
        <source>%1 to you, %2</source>
        <translation>%1 an Sie, %2</translation>
    </message>
</context>
<context>
    <name>warren::SelfHeader</name>
    <message>
        <source>Your avatar</source>
        <translation>Ihr Avatar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name, as your friends see it. Click to change.</source>
        <translation>Ihr Name, wie Ihre Freunde ihn sehen. Zum Ändern klicken.</translation>
    </message>
    <message>
        <source>Set a status message</source>
        <translation>Statusnachricht festlegen</translation>
    </message>
    <message>
        <source>Your status message</source>
        <translation>Ihre Statusnachricht</translation>
    </message>
    <message>
        <source>Connection to the Tox network</source>
        <translation>Verbindung zum Tox-Netzwerk</translation>
    </message>
    <message>
        <source>My Tox ID (Ctrl+I)</source>
        <translation>Meine Tox ID (Strg+I)</translation>
    </message>
    <message>
        <source>Show my Tox ID</source>
        <translation>Meine Tox ID anzeigen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Verbunden (%1)</translation>
    </message>
    <message>
        <source>Your avatar, as your friends see it. Click to change.</source>
        <translation>Ihr Avatar, wie Ihre Freunde ihn sehen. Zum Ändern klicken.</translation>
    </message>
    <message>
        <source>Set avatar…</source>
        <translation>Avatar festlegen…</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Avatar entfernen</translation>
    </message>
</context>
<context>
    <name>warren::SettingsDialog</name>
    <message>
        <source>Start Warren when I log in</source>
        <translation>Warren bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>The new language is used the next time Warren starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Warren verwendet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>warren::ShareDialog</name>
    <message>
        <source>&amp;Share</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Port freigeben</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Host the friend may reach</source>
        <translation>Host, den der Freund erreichen darf</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer; * is any host</source>
        <translation>127.0.0.1 ist dieser Computer; * ist jeder Host</translation>
    </message>
    <message>
        <source>Ports the friend may reach</source>
        <translation>Ports, die der Freund erreichen darf</translation>
    </message>
    <message>
        <source>22, or a range such as 8000-8080, or *</source>
        <translation>22, 8000-8080 oder *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>optional, z. B. SSH</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your friend can then open tunnels through your computer to this host and these ports, and to nothing else.</source>
        <translation>Ihr Freund kann dann über Ihren Computer Tunnel zu diesem Host und diesen Ports öffnen, und zu nichts anderem.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Freund:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Freigegebenen Port bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Choose the friend you share with (add a friend first).</source>
        <translation>Wählen Sie den Freund, für den Sie freigeben (fügen Sie zuerst einen Freund hinzu).</translation>
    </message>
    <message>
        <source>Enter the host your friend may reach: 127.0.0.1 for this computer.</source>
        <translation>Geben Sie den Host ein, den Ihr Freund erreichen darf: 127.0.0.1 für diesen Computer.</translation>
    </message>
    <message>
        <source>Enter the port your friend may reach, e.g. 22.</source>
        <translation>Geben Sie den Port ein, den Ihr Freund erreichen darf, z. B. 22.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; a * lets your friend reach any host or any port your computer can reach.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Mit * kann Ihr Freund jeden Host bzw. jeden Port erreichen, den Ihr Computer erreicht.</translation>
    </message>
</context>
<context>
    <name>warren::ShareModel</name>
    <message>
        <source>Any host (*)</source>
        <translation>Jeder Host (*)</translation>
    </message>
    <message>
        <source>Any port (*)</source>
        <translation>Jeder Port (*)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Host they may reach</source>
        <translation>Erreichbarer Host</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>You offered this port and your friend accepted it. Withdraw it under &quot;Offered ports&quot;.</source>
        <translation>Du hast diesen Port angeboten und dein Freund hat angenommen. Zurückziehen kannst du ihn unter „Angebotene Ports“.</translation>
    </message>
    <message>
        <source>Offered by you</source>
        <translation>Von dir angeboten</translation>
    </message>
    <message>
        <source>Offered by you: %1</source>
        <translation>Von dir angeboten: %1</translation>
    </message>
</context>
<context>
    <name>warren::StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation>Ihr Status</translation>
    </message>
</context>
<context>
    <name>warren::StreamModel</name>
    <message>
        <source>Friend → my port</source>
        <translation>Freund → mein Port</translation>
    </message>
    <message>
        <source>Me → friend</source>
        <translation>Ich → Freund</translation>
    </message>
    <message>
        <source>Shared port</source>
        <translation>Freigegebener Port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Local side</source>
        <translation>Lokale Seite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Weg zum Freund</translation>
    </message>
</context>
<context>
    <name>warren::TransferCard</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save %1 to a folder…</source>
        <translation>%1 in einem Ordner speichern…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>%1 im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
</context>
<context>
    <name>warren::TransferFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waiting for %1 to come online</source>
        <translation>Warten, bis %1 online ist</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept</source>
        <translation>Warten auf Annahme durch %1</translation>
    </message>
    <message>
        <source>%1 offers this file</source>
        <translation>%1 bietet diese Datei an</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Wird empfangen</translation>
    </message>
    <message>
        <source>Paused by you and by %1</source>
        <translation>Von Ihnen und von %1 angehalten</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Von %1 angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted: it will continue when %1 is back</source>
        <translation>Unterbrochen: wird fortgesetzt, sobald %1 wieder da ist</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Von Ihnen angehalten</translation>
    </message>
</context>
<context>
    <name>warren::TransferModel</name>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>warren::TransfersView</name>
    <message>
        <source>No file transfers yet. Drop files onto a chat or a contact to send them.</source>
        <translation>Noch keine Dateiübertragungen. Ziehen Sie Dateien auf einen Chat oder einen Kontakt, um sie zu senden.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Dateiübertragungen</translation>
    </message>
    <message>
        <source>Close the transfers window</source>
        <translation>Übertragungsfenster schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 under way</source>
        <translation>
            <numerusform>%n Übertragung, %1 laufend</numerusform>
            <numerusform>%n Übertragungen, %1 laufend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TrayIcon</name>
    <message>
        <source>&amp;Show Warren</source>
        <translation>Warren &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Warren — %n unread</source>
        <translation>
            <numerusform>Warren — %n ungelesen</numerusform>
            <numerusform>Warren — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
</context>
<context>
    <name>warren::TunnelFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>↑ %1  ↓ %2</source>
        <translation>↑ %1  ↓ %2</translation>
    </message>
    <message>
        <source>Direct (UDP)</source>
        <translation>Direkt (UDP)</translation>
    </message>
    <message>
        <source>TCP relay</source>
        <translation>TCP-Relay</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation>%1, %2 ms</translation>
    </message>
</context>
<context>
    <name>warren::TunnelManager</name>
    <message>
        <source>Your tunnel settings could not be saved: %1</source>
        <translation>Ihre Tunneleinstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The port could not be offered: %1</source>
        <translation>Der Port konnte nicht angeboten werden: %1</translation>
    </message>
</context>
<context>
    <name>warren::TunnelsPanel</name>
    <message>
        <source>My forwards</source>
        <translation>Meine Weiterleitungen</translation>
    </message>
    <message>
        <source>Ports shared with friends</source>
        <translation>Für Freunde freigegebene Ports</translation>
    </message>
    <message>
        <source>Open streams</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit forward</source>
        <translation>Weiterleitung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove forward</source>
        <translation>Weiterleitung entfernen</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Start forward</source>
        <translation>Weiterleitung starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop forward</source>
        <translation>Weiterleitung stoppen</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Freigegebenen Port bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Stop sharing this port</source>
        <translation>Freigabe dieses Ports beenden</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Tunnel lists</source>
        <translation>Tunnellisten</translation>
    </message>
    <message>
        <source>Local addresses whose connections are carried to a host and port at a friend&apos;s side.</source>
        <translation>Lokale Adressen, deren Verbindungen zu einem Host und Port beim Freund geleitet werden.</translation>
    </message>
    <message>
        <source>What each friend may reach through this computer; the rest is denied.</source>
        <translation>Was jeder Freund über diesen Computer erreichen darf; alles andere wird abgelehnt.</translation>
    </message>
    <message>
        <source>Connections open through tunnels now, both ways.</source>
        <translation>Gerade über Tunnel offene Verbindungen, in beide Richtungen.</translation>
    </message>
    <message>
        <source>&amp;Open a tunnel…</source>
        <translation>Tunnel ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Tunnel öffnen</translation>
    </message>
    <message>
        <source>&amp;Share a port…</source>
        <translation>Port frei&amp;geben…</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Port freigeben</translation>
    </message>
    <message>
        <source>Friends can reach only the hosts and ports listed here; every other request is denied.</source>
        <translation>Freunde erreichen nur die hier aufgeführten Hosts und Ports; jede andere Anfrage wird abgelehnt.</translation>
    </message>
    <message>
        <source>Shared ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 zu %2 bei %3</translation>
    </message>
    <message>
        <source>Remove the forward %1? Connections open through it stay open until they close.</source>
        <translation>Die Weiterleitung %1 entfernen? Bereits offene Verbindungen bleiben bestehen, bis sie geschlossen werden.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>Stop sharing %1:%2 with %3? Connections already open stay open until they close.</source>
        <translation>Freigabe von %1:%2 für %3 beenden? Bereits offene Verbindungen bleiben bestehen, bis sie geschlossen werden.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Offered ports</source>
        <translation>Angebotene Ports</translation>
    </message>
    <message>
        <source>A forward you accepted from a friend&apos;s offer cannot be edited.</source>
        <translation>Eine Weiterleitung aus dem Angebot eines Freundes kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>warren::UnlockPage</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Profilpasswort</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>Remember the password (no keychain: %1)</source>
        <translation>Passwort merken (kein Schlüsselbund: %1)</translation>
    </message>
</context>
<context>
    <name>warren::icons</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
</context>
</TS>
