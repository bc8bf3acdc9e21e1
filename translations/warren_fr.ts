<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
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
        <translation>Impossible d&apos;ouvrir votre historique des discussions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-encrypting the chat history…</source>
        <translation>Rechiffrement de l&apos;historique des discussions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Warren: chat and tunnels over Tox.</source>
        <translation>Warren&#xa0;: discussions et tunnels sur Tox.</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>Votre profil n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting with the session could not be changed: %1</source>
        <translation>Le démarrage avec la session n&apos;a pas pu être modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some of your tunnel settings could not be read:
%1</source>
        <translation>Certains de vos paramètres de tunnels n&apos;ont pas pu être lus&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>warren::AddFriendDialog</name>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Ajouter un ami</translation>
    </message>
    <message>
        <source>76 hexadecimal characters, or a tox: link</source>
        <translation>76 caractères hexadécimaux, ou un lien tox:</translation>
    </message>
    <message>
        <source>Tox ID of your friend</source>
        <translation>Tox ID de votre ami</translation>
    </message>
    <message>
        <source>Tox ID check</source>
        <translation>Vérification du Tox ID</translation>
    </message>
    <message>
        <source>Message with the request</source>
        <translation>Message joint à la demande</translation>
    </message>
    <message>
        <source>Hi! Please add me to your friends on Tox.</source>
        <translation>Salut&#xa0;! Ajoute-moi à tes amis sur Tox, s&apos;il te plaît.</translation>
    </message>
    <message>
        <source>Paste your friend&apos;s Tox ID (they find it under “My Tox ID”) or a tox: link.</source>
        <translation>Collez le Tox ID de votre ami (il le trouve sous «&#xa0;Mon Tox ID&#xa0;») ou un lien tox:.</translation>
    </message>
    <message>
        <source>Tox &amp;ID:</source>
        <translation>Tox &amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>This is a valid Tox ID.</source>
        <translation>Ce Tox ID est valide.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la demande…</translation>
    </message>
</context>
<context>
    <name>warren::AutoAcceptDialog</name>
    <message>
        <source>&amp;Save files from %1 without asking</source>
        <translation>&amp;Enregistrer les fichiers de %1 sans demander</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Receive files from %1</source>
        <translation>Recevoir les fichiers de %1</translation>
    </message>
    <message>
        <source>Folder for received files</source>
        <translation>Dossier des fichiers reçus</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Largest file saved without asking</source>
        <translation>Plus gros fichier enregistré sans demander</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problème de saisie</translation>
    </message>
    <message>
        <source>Other files still wait for you to accept them. Names are made safe and never overwrite a file.</source>
        <translation>Les autres fichiers attendent toujours que vous les acceptiez. Les noms sont rendus sûrs et n’écrasent jamais un fichier.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Taille maximale :</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation>Le dossier doit être un chemin complet, comme %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
</context>
<context>
    <name>warren::AvatarBinder</name>
    <message>
        <source>Choose your avatar</source>
        <translation>Choisir votre avatar</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be used as an avatar: %2</source>
        <translation>%1 ne peut pas servir d’avatar : %2</translation>
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
        <translation>Image par défaut avec les initiales %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>warren::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>&amp;Supprimer le mot de passe</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Mot de passe du profil</translation>
    </message>
    <message>
        <source>Your profile “%1” is encrypted with a password.</source>
        <translation>Votre profil «&#xa0;%1&#xa0;» est chiffré avec un mot de passe.</translation>
    </message>
    <message>
        <source>Your profile “%1” has no password yet: anyone who can read your files can use it.</source>
        <translation>Votre profil «&#xa0;%1&#xa0;» n&apos;a pas encore de mot de passe&#xa0;: quiconque peut lire vos fichiers peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe act&amp;uel&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the password? The profile will be stored unencrypted.</source>
        <translation>Supprimer le mot de passe&#xa0;? Le profil sera enregistré sans chiffrement.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The chat history could not be re-keyed, nothing was changed: %1</source>
        <translation>L&apos;historique des discussions n&apos;a pas pu être rechiffré, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warren::ChatArea</name>
    <message>
        <source>Select a contact to chat with, or add a friend with Ctrl+N.</source>
        <translation>Choisissez un contact pour discuter, ou ajoutez un ami avec Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>warren::ChatHeader</name>
    <message>
        <source>Chat with %1</source>
        <translation>Discussion avec %1</translation>
    </message>
    <message>
        <source>Presence of %1</source>
        <translation>Présence de %1</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Dock back into the main window</source>
        <translation>Réintégrer la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>warren::ChatPage</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>Personne n&apos;écrit</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message à %1</translation>
    </message>
    <message>
        <source>Send files (or drop them onto the chat)</source>
        <translation>Envoyer des fichiers (ou les déposer sur la discussion)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
</context>
<context>
    <name>warren::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l&apos;envoi</translation>
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
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Entrée envoie le message&#xa0;; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Écrivez un message… (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
</context>
<context>
    <name>warren::ContactActions</name>
    <message>
        <source>Chat with %1.txt</source>
        <translation>Discussion avec %1.txt</translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation>Renommer le contact</translation>
    </message>
    <message>
        <source>The name this computer shows for %1 (leave empty to show the name they chose):</source>
        <translation>Le nom que cet ordinateur affiche pour %1 (laissez vide pour afficher le nom choisi par ce contact)&#xa0;:</translation>
    </message>
    <message>
        <source>Block contact</source>
        <translation>Bloquer le contact</translation>
    </message>
    <message>
        <source>Block %1? Their messages and friend requests will be ignored, and they will see you offline. The chat history stays; you can unblock them later.</source>
        <translation>Bloquer %1&#xa0;? Ses messages et demandes d&apos;ami seront ignorés, et vous apparaîtrez hors ligne pour ce contact. L&apos;historique des discussions est conservé&#xa0;; vous pourrez le débloquer plus tard.</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>La discussion n&apos;a pas pu être exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete chat history</source>
        <translation>Supprimer l&apos;historique de la discussion</translation>
    </message>
    <message>
        <source>Delete every message of your chat with %1 from this computer? This cannot be undone.</source>
        <translation>Supprimer de cet ordinateur tous les messages de votre discussion avec %1&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The history could not be deleted: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warren::ContactDelegate</name>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
</context>
<context>
    <name>warren::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Your friends. Select one to chat; double-click to chat in a window of its own.</source>
        <translation>Vos amis. Sélectionnez-en un pour discuter&#xa0;; double-cliquez pour discuter dans une fenêtre séparée.</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Copier la clé publique</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export chat…</source>
        <translation>Exporter la discussion…</translation>
    </message>
    <message>
        <source>Delete chat history…</source>
        <translation>Supprimer l&apos;historique de la discussion…</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <source>Remove friend…</source>
        <translation>Retirer l&apos;ami…</translation>
    </message>
    <message>
        <source>Open a tunnel to…</source>
        <translation>Ouvrir un tunnel vers…</translation>
    </message>
    <message>
        <source>Share a port with…</source>
        <translation>Partager un port avec…</translation>
    </message>
    <message>
        <source>Receive files automatically…</source>
        <translation>Recevoir les fichiers automatiquement…</translation>
    </message>
    <message>
        <source>Offer a port to…</source>
        <translation>Proposer un port à…</translation>
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
        <translation>bloqué</translation>
    </message>
    <message>
        <source>, typing</source>
        <translation>, écrit</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread message(s)</source>
        <translation>
            <numerusform>, %n message non lu</numerusform>
            <numerusform>, %n messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ContactsPane</name>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Rechercher des contacts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>Ajouter un ami</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Ajouter un ami</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Demandes (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Friend requests: %1 pending</source>
        <translation>Demandes d&apos;ami&#xa0;: %1 en attente</translation>
    </message>
</context>
<context>
    <name>warren::CreateProfilePage</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a new profile&lt;/b&gt;&lt;br&gt;A profile is your Tox identity: your ID, your friends and your name. It is kept in a .tox file that other Tox clients can read.</source>
        <translation>&lt;b&gt;Créer un nouveau profil&lt;/b&gt;&lt;br&gt;Un profil est votre identité Tox&#xa0;: votre ID, vos amis et votre nom. Il est conservé dans un fichier .tox que d&apos;autres clients Tox peuvent lire.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Profile name check</source>
        <translation>Vérification du nom du profil</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Import a .tox file…</source>
        <translation>&amp;Importer un fichier .tox…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>warren::FileBinder</name>
    <message>
        <source>Save %1 to</source>
        <translation>Enregistrer %1 dans</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Envoyer des fichiers à %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1.</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferts de fichiers</translation>
    </message>
</context>
<context>
    <name>warren::FileDrop</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Le presse-papiers ne contient pas d&apos;image.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Image collée %1</translation>
    </message>
    <message>
        <source>The picture cannot be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>warren::ForwardDialog</name>
    <message>
        <source>&amp;Open tunnel</source>
        <translation>Ouvrir le &amp;tunnel</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Ouvrir un tunnel</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Who may use the tunnel</source>
        <translation>Qui peut utiliser le tunnel</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only this computer, IPv6 (::1)</source>
        <translation>Cet ordinateur seulement, IPv6 (::1)</translation>
    </message>
    <message>
        <source>Other address (exposes the tunnel)…</source>
        <translation>Autre adresse (expose le tunnel)…</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0 or 192.168.1.10</source>
        <translation>p. ex. 0.0.0.0 ou 192.168.1.10</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Host at the friend&apos;s side</source>
        <translation>Hôte du côté de l&apos;ami</translation>
    </message>
    <message>
        <source>a host name or address, as the friend&apos;s computer sees it</source>
        <translation>un nom d&apos;hôte ou une adresse, tel que l&apos;ordinateur de l&apos;ami le voit</translation>
    </message>
    <message>
        <source>Port at the friend&apos;s side</source>
        <translation>Port du côté de l&apos;ami</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problème dans la saisie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connections to the local address are carried over Tox to your friend, whose computer connects them to the target. Your friend must share that port with you.</source>
        <translation>Les connexions à l&apos;adresse locale passent par Tox jusqu&apos;à votre ami, dont l&apos;ordinateur les relie à la cible. Votre ami doit partager ce port avec vous.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Ami&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>&amp;Port local&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>&amp;Hôte cible&#xa0;:</translation>
    </message>
    <message>
        <source>Target p&amp;ort:</source>
        <translation>P&amp;ort cible&#xa0;:</translation>
    </message>
    <message>
        <source>Edit tunnel</source>
        <translation>Modifier le tunnel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose the friend whose computer makes the connections (add a friend first).</source>
        <translation>Choisissez l&apos;ami dont l&apos;ordinateur établit les connexions (ajoutez d&apos;abord un ami).</translation>
    </message>
    <message>
        <source>Enter the IP address to listen on.</source>
        <translation>Saisissez l&apos;adresse IP d&apos;écoute.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address of this computer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP de cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the host your friend&apos;s computer connects to (127.0.0.1 is your friend&apos;s computer itself).</source>
        <translation>Saisissez l&apos;hôte auquel l&apos;ordinateur de votre ami se connecte (127.0.0.1 désigne l&apos;ordinateur de votre ami lui-même).</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>Un nom d&apos;hôte ne contient pas d&apos;espace.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; anyone who can reach %1 on your network can use this tunnel to reach your friend&apos;s service, as if they were you.</source>
        <translation>&lt;b&gt;Avertissement&#xa0;:&lt;/b&gt; toute personne qui peut joindre %1 sur votre réseau peut utiliser ce tunnel pour atteindre le service de votre ami, comme si c&apos;était vous.</translation>
    </message>
</context>
<context>
    <name>warren::ForwardModel</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Pas en écoute</translation>
    </message>
    <message>
        <source>Listening, friend offline</source>
        <translation>En écoute, ami hors ligne</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>En écoute</translation>
    </message>
    <message>
        <source>Listens on %1: anyone who can reach this address can use the tunnel to your friend.</source>
        <translation>En écoute sur %1&#xa0;: toute personne qui peut joindre cette adresse peut utiliser le tunnel vers votre ami.</translation>
    </message>
    <message>
        <source> (any free port)</source>
        <translation> (n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>Target at the friend</source>
        <translation>Cible chez l&apos;ami</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Chemin vers l&apos;ami</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>%1 offered you this port. Removing the forward tells them you no longer use it.</source>
        <translation>%1 vous a proposé ce port. Supprimer la redirection lui indique que vous ne l’utilisez plus.</translation>
    </message>
    <message>
        <source>%1, offered by %2</source>
        <translation>%1, proposé par %2</translation>
    </message>
    <message>
        <source>%1, offered by %2: %3</source>
        <translation>%1, proposé par %2 : %3</translation>
    </message>
</context>
<context>
    <name>warren::HistorySearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Words to find in all chats</source>
        <translation>Mots à rechercher dans toutes les discussions</translation>
    </message>
    <message>
        <source>Matching messages</source>
        <translation>Messages correspondants</translation>
    </message>
    <message>
        <source>Type words to find them in every chat.</source>
        <translation>Saisissez des mots pour les rechercher dans toutes les discussions.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Aucun message ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matching message(s); add words to narrow the search.</source>
        <translation>
            <numerusform>Le message correspondant le plus récent (%n)&#xa0;; ajoutez des mots pour affiner la recherche.</numerusform>
            <numerusform>Les %n messages correspondants les plus récents&#xa0;; ajoutez des mots pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s).</source>
        <translation>
            <numerusform>%n message correspondant.</numerusform>
            <numerusform>%n messages correspondants.</numerusform>
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
        <translation>&amp;Ajouter un ami…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Friend &amp;requests…</source>
        <translation>&amp;Demandes d&apos;ami…</translation>
    </message>
    <message>
        <source>My Tox &amp;ID…</source>
        <translation>Mon Tox &amp;ID…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>&amp;Rechercher des contacts</translation>
    </message>
    <message>
        <source>Search &amp;messages…</source>
        <translation>Rechercher des &amp;messages…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>Discussion &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>Discussion &amp;précédente</translation>
    </message>
    <message>
        <source>Open chat in new &amp;window</source>
        <translation>Ouvrir la discussion dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation>Retirer l&apos;ami</translation>
    </message>
    <message>
        <source>Remove %1 from your friends? The chat history stays on this computer.</source>
        <translation>Retirer %1 de vos amis&#xa0;? L&apos;historique des discussions reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Tunnels</translation>
    </message>
    <message>
        <source>&amp;Tunnels</source>
        <translation>&amp;Tunnels</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>T&amp;ransfers…</source>
        <translation>Tr&amp;ansferts…</translation>
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
        <translation>%1 · en attente de votre ami</translation>
    </message>
    <message>
        <source>%1 · not sent — click to retry</source>
        <translation>%1 · non envoyé — cliquez pour réessayer</translation>
    </message>
</context>
<context>
    <name>warren::MessageModel</name>
    <message>
        <source>queued until your friend is online</source>
        <translation>en attente jusqu&apos;à ce que votre ami soit en ligne</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <source>failed, activate to retry</source>
        <translation>échec, activez pour réessayer</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Vous, %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>You, %1, file: %2</source>
        <translation>Vous, %1, fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2, file: %3</source>
        <translation>%1, %2, fichier&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>warren::MyIdDialog</name>
    <message>
        <source>&amp;Save QR code…</source>
        <translation>&amp;Enregistrer le code QR…</translation>
    </message>
    <message>
        <source>&amp;New nospam…</source>
        <translation>&amp;Nouveau nospam…</translation>
    </message>
    <message>
        <source>My Tox ID</source>
        <translation>Mon Tox ID</translation>
    </message>
    <message>
        <source>Give this ID (or let your friend scan the code) to be added as a friend.</source>
        <translation>Donnez cet ID (ou faites scanner le code à votre ami) pour être ajouté comme ami.</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Votre Tox ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy your Tox ID</source>
        <translation>Copier votre Tox ID</translation>
    </message>
    <message>
        <source>Your tox: link</source>
        <translation>Votre lien tox:</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy your tox: link</source>
        <translation>Copier votre lien tox:</translation>
    </message>
    <message>
        <source>QR code of your Tox ID</source>
        <translation>Code QR de votre Tox ID</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Enregistrer le code QR comme image PNG</translation>
    </message>
    <message>
        <source>Get a new Tox ID with a new nospam</source>
        <translation>Obtenir un nouveau Tox ID avec un nouveau nospam</translation>
    </message>
    <message>
        <source>Changes the end of your Tox ID, so that the old ID no longer works for new friend requests (stops spam). Your friends keep you.</source>
        <translation>Change la fin de votre Tox ID&#xa0;: l&apos;ancien ID ne permet plus d&apos;envoyer de nouvelles demandes d&apos;ami (contre le spam). Vos amis vous gardent.</translation>
    </message>
    <message>
        <source>(starting…)</source>
        <translation>(démarrage…)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>New nospam</source>
        <translation>Nouveau nospam</translation>
    </message>
    <message>
        <source>Your Tox ID will change. The old ID stops working for new friend requests, so people who only have the old one cannot add you any more. Friends you already have are not affected.

Get a new Tox ID?</source>
        <translation>Votre Tox ID va changer. L&apos;ancien ID ne permettra plus d&apos;envoyer de nouvelles demandes d&apos;ami&#xa0;: les personnes qui n&apos;ont que l&apos;ancien ne pourront plus vous ajouter. Vos amis actuels ne sont pas concernés.

Obtenir un nouveau Tox ID&#xa0;?</translation>
    </message>
</context>
<context>
    <name>warren::Notifier</name>
    <message>
        <source>Friend request from %1</source>
        <translation>Demande d&apos;ami de %1</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 propose un fichier</translation>
    </message>
</context>
<context>
    <name>warren::OfferDialog</name>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <source>Offer a port</source>
        <translation>Proposer un port</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choisir</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>facultatif, p. ex. SSH</translation>
    </message>
    <message>
        <source>Your friend is asked first. If they accept, they reach this port through a port of their own, until you withdraw the offer.</source>
        <translation>Votre ami est d’abord consulté. S’il accepte, il atteint ce port par un port à lui, jusqu’à ce que vous retiriez l’offre.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Ami :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Choose the friend you offer the port to (add a friend first).</source>
        <translation>Choisissez l’ami à qui proposer le port (ajoutez d’abord un ami).</translation>
    </message>
    <message>
        <source>Enter the port you offer, e.g. 22.</source>
        <translation>Saisissez le port proposé, p. ex. 22.</translation>
    </message>
    <message>
        <source>Enter the host: 127.0.0.1 for this computer.</source>
        <translation>Saisissez l’hôte : 127.0.0.1 pour cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>warren::OffersPage</name>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Ports I offer</source>
        <translation>Ports que je propose</translation>
    </message>
    <message>
        <source>Ports offered to me</source>
        <translation>Ports qui me sont proposés</translation>
    </message>
    <message>
        <source>O&amp;ffer a port…</source>
        <translation>Pro&amp;poser un port…</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Offre retirée</translation>
    </message>
    <message>
        <source>%1 withdrew the port they offered (%2); its forward was removed.</source>
        <translation>%1 a retiré le port proposé (%2) ; sa redirection a été supprimée.</translation>
    </message>
    <message>
        <source>Port offered</source>
        <translation>Port proposé</translation>
    </message>
    <message>
        <source>%1 offers you their port %2 (%3). Accept it, to reach it through a port on this computer?</source>
        <translation>%1 vous propose son port %2 (%3). L’accepter, pour l’atteindre par un port de cet ordinateur ?</translation>
    </message>
    <message>
        <source>waiting for the friend to come online</source>
        <translation>en attente de la connexion de l’ami</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>accepted on port %1</source>
        <translation>accepté sur le port %1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>removed by the friend</source>
        <translation>supprimé par l’ami</translation>
    </message>
    <message>
        <source>this friend does not support remote forwards</source>
        <translation>cet ami ne prend pas en charge les redirections distantes</translation>
    </message>
</context>
<context>
    <name>warren::PasswordFields</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Indication sur le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read your files can use this profile.</source>
        <translation>Sans mot de passe, quiconque peut lire vos fichiers peut utiliser ce profil.</translation>
    </message>
    <message>
        <source>No keychain to remember the password in: %1</source>
        <translation>Aucun trousseau pour mémoriser le mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warren::ProfileListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Use a .tox profile from another Tox client (qTox, toxic, uTox…)</source>
        <translation>Utiliser un profil .tox d&apos;un autre client Tox (qTox, toxic, uTox…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Choisissez un profil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1 (mot de passe)</translation>
    </message>
</context>
<context>
    <name>warren::ProfileScreen</name>
    <message>
        <source>Warren — profile</source>
        <translation>Warren — profil</translation>
    </message>
    <message>
        <source>The password remembered in the keychain did not work. Enter the password.</source>
        <translation>Le mot de passe mémorisé dans le trousseau n&apos;a pas fonctionné. Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>Import a Tox profile</source>
        <translation>Importer un profil Tox</translation>
    </message>
    <message>
        <source>Tox profiles (*.tox);;All files (*)</source>
        <translation>Profils Tox (*.tox);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>warren::RequestInbox</name>
    <message>
        <source>No pending friend requests.</source>
        <translation>Aucune demande d&apos;ami en attente.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Demandes d&apos;ami</translation>
    </message>
    <message>
        <source>Pending friend requests</source>
        <translation>Demandes d&apos;ami en attente</translation>
    </message>
    <message>
        <source>Accept the selected friend request</source>
        <translation>Accepter la demande d&apos;ami sélectionnée</translation>
    </message>
    <message>
        <source>Decline the selected friend request</source>
        <translation>Refuser la demande d&apos;ami sélectionnée</translation>
    </message>
    <message>
        <source>People who want to add you as a friend:</source>
        <translation>Personnes qui veulent vous ajouter comme ami&#xa0;:</translation>
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
        <translation>Demande de %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>warren::SearchResultModel</name>
    <message>
        <source>You to %1, %2</source>
        <translation>Vous à %1, %2</translation>
    </message>
    <message>
        <source>%1 to you, %2</source>
        <translation>%1 à vous, %2</translation>
    </message>
</context>
<context>
    <name>warren::SelfHeader</name>
    <message>
        <source>Your avatar</source>
        <translation>Votre avatar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, as your friends see it. Click to change.</source>
        <translation>Votre nom, tel que vos amis le voient. Cliquez pour le modifier.</translation>
    </message>
    <message>
        <source>Set a status message</source>
        <translation>Définir un message d&apos;état</translation>
    </message>
    <message>
        <source>Your status message</source>
        <translation>Votre message d&apos;état</translation>
    </message>
    <message>
        <source>Connection to the Tox network</source>
        <translation>Connexion au réseau Tox</translation>
    </message>
    <message>
        <source>My Tox ID (Ctrl+I)</source>
        <translation>Mon Tox ID (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show my Tox ID</source>
        <translation>Afficher mon Tox ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Connecté (%1)</translation>
    </message>
    <message>
        <source>Your avatar, as your friends see it. Click to change.</source>
        <translation>Votre avatar, tel que vos amis le voient. Cliquez pour le changer.</translation>
    </message>
    <message>
        <source>Set avatar…</source>
        <translation>Définir l’avatar…</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Supprimer l’avatar</translation>
    </message>
</context>
<context>
    <name>warren::SettingsDialog</name>
    <message>
        <source>Start Warren when I log in</source>
        <translation>Lancer Warren à l&apos;ouverture de la session</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>The new language is used the next time Warren starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Warren.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>warren::ShareDialog</name>
    <message>
        <source>&amp;Share</source>
        <translation>Pa&amp;rtager</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Partager un port</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Host the friend may reach</source>
        <translation>Hôte que l&apos;ami peut joindre</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer; * is any host</source>
        <translation>127.0.0.1 est cet ordinateur&#xa0;; * désigne n&apos;importe quel hôte</translation>
    </message>
    <message>
        <source>Ports the friend may reach</source>
        <translation>Ports que l&apos;ami peut joindre</translation>
    </message>
    <message>
        <source>22, or a range such as 8000-8080, or *</source>
        <translation>22, 8000-8080 ou *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>facultatif, p. ex. SSH</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problème dans la saisie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your friend can then open tunnels through your computer to this host and these ports, and to nothing else.</source>
        <translation>Votre ami pourra alors ouvrir des tunnels via votre ordinateur vers cet hôte et ces ports, et vers rien d&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Ami&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Modifier le port partagé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose the friend you share with (add a friend first).</source>
        <translation>Choisissez l&apos;ami avec qui partager (ajoutez d&apos;abord un ami).</translation>
    </message>
    <message>
        <source>Enter the host your friend may reach: 127.0.0.1 for this computer.</source>
        <translation>Saisissez l&apos;hôte que votre ami peut joindre&#xa0;: 127.0.0.1 pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the port your friend may reach, e.g. 22.</source>
        <translation>Saisissez le port que votre ami peut joindre, p. ex. 22.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; a * lets your friend reach any host or any port your computer can reach.</source>
        <translation>&lt;b&gt;Remarque&#xa0;:&lt;/b&gt; avec *, votre ami peut joindre n&apos;importe quel hôte ou port accessible depuis votre ordinateur.</translation>
    </message>
</context>
<context>
    <name>warren::ShareModel</name>
    <message>
        <source>Any host (*)</source>
        <translation>N&apos;importe quel hôte (*)</translation>
    </message>
    <message>
        <source>Any port (*)</source>
        <translation>N&apos;importe quel port (*)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Host they may reach</source>
        <translation>Hôte accessible</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>You offered this port and your friend accepted it. Withdraw it under &quot;Offered ports&quot;.</source>
        <translation>Vous avez proposé ce port et votre ami l’a accepté. Retirez-le dans « Ports proposés ».</translation>
    </message>
    <message>
        <source>Offered by you</source>
        <translation>Proposé par vous</translation>
    </message>
    <message>
        <source>Offered by you: %1</source>
        <translation>Proposé par vous : %1</translation>
    </message>
</context>
<context>
    <name>warren::StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation>Votre statut</translation>
    </message>
</context>
<context>
    <name>warren::StreamModel</name>
    <message>
        <source>Friend → my port</source>
        <translation>Ami → mon port</translation>
    </message>
    <message>
        <source>Me → friend</source>
        <translation>Moi → ami</translation>
    </message>
    <message>
        <source>Shared port</source>
        <translation>Port partagé</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Local side</source>
        <translation>Côté local</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Chemin vers l&apos;ami</translation>
    </message>
</context>
<context>
    <name>warren::TransferCard</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>Enregistrer dans…</translation>
    </message>
    <message>
        <source>Save %1 to a folder…</source>
        <translation>Enregistrer %1 dans un dossier…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>Afficher %1 dans son dossier</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Réessayer %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
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
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s restantes</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Waiting for %1 to come online</source>
        <translation>En attente de la connexion de %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept</source>
        <translation>En attente de l&apos;acceptation de %1</translation>
    </message>
    <message>
        <source>%1 offers this file</source>
        <translation>%1 propose ce fichier</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception en cours</translation>
    </message>
    <message>
        <source>Paused by you and by %1</source>
        <translation>Suspendu par vous et par %1</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Suspendu par %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Interrupted: it will continue when %1 is back</source>
        <translation>Interrompu&#xa0;: reprendra au retour de %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Suspendu par vous</translation>
    </message>
</context>
<context>
    <name>warren::TransferModel</name>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>warren::TransfersView</name>
    <message>
        <source>No file transfers yet. Drop files onto a chat or a contact to send them.</source>
        <translation>Aucun transfert de fichiers pour l&apos;instant. Déposez des fichiers sur une discussion ou un contact pour les envoyer.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferts de fichiers</translation>
    </message>
    <message>
        <source>Close the transfers window</source>
        <translation>Fermer la fenêtre des transferts</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 under way</source>
        <translation>
            <numerusform>%n transfert, %1 en cours</numerusform>
            <numerusform>%n transferts, %1 en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TrayIcon</name>
    <message>
        <source>&amp;Show Warren</source>
        <translation>&amp;Afficher Warren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Warren — %n unread</source>
        <translation>
            <numerusform>Warren — %n non lu</numerusform>
            <numerusform>Warren — %n non lus</numerusform>
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
        <translation>Direct (UDP)</translation>
    </message>
    <message>
        <source>TCP relay</source>
        <translation>Relais TCP</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
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
        <translation>Vos paramètres de tunnels n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The port could not be offered: %1</source>
        <translation>Le port n’a pas pu être proposé : %1</translation>
    </message>
</context>
<context>
    <name>warren::TunnelsPanel</name>
    <message>
        <source>My forwards</source>
        <translation>Mes redirections</translation>
    </message>
    <message>
        <source>Ports shared with friends</source>
        <translation>Ports partagés avec des amis</translation>
    </message>
    <message>
        <source>Open streams</source>
        <translation>Connexions ouvertes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit forward</source>
        <translation>Modifier la redirection</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove forward</source>
        <translation>Supprimer la redirection</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start forward</source>
        <translation>Démarrer la redirection</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop forward</source>
        <translation>Arrêter la redirection</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Modifier le port partagé</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Stop sharing this port</source>
        <translation>Ne plus partager ce port</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Tunnels</translation>
    </message>
    <message>
        <source>Tunnel lists</source>
        <translation>Listes des tunnels</translation>
    </message>
    <message>
        <source>Local addresses whose connections are carried to a host and port at a friend&apos;s side.</source>
        <translation>Adresses locales dont les connexions sont acheminées vers un hôte et un port du côté d&apos;un ami.</translation>
    </message>
    <message>
        <source>What each friend may reach through this computer; the rest is denied.</source>
        <translation>Ce que chaque ami peut joindre via cet ordinateur&#xa0;; tout le reste est refusé.</translation>
    </message>
    <message>
        <source>Connections open through tunnels now, both ways.</source>
        <translation>Connexions ouvertes en ce moment via les tunnels, dans les deux sens.</translation>
    </message>
    <message>
        <source>&amp;Open a tunnel…</source>
        <translation>&amp;Ouvrir un tunnel…</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Ouvrir un tunnel</translation>
    </message>
    <message>
        <source>&amp;Share a port…</source>
        <translation>&amp;Partager un port…</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Partager un port</translation>
    </message>
    <message>
        <source>Friends can reach only the hosts and ports listed here; every other request is denied.</source>
        <translation>Les amis ne peuvent joindre que les hôtes et ports listés ici&#xa0;; toute autre demande est refusée.</translation>
    </message>
    <message>
        <source>Shared ports</source>
        <translation>Ports partagés</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 vers %2 chez %3</translation>
    </message>
    <message>
        <source>Remove the forward %1? Connections open through it stay open until they close.</source>
        <translation>Supprimer la redirection %1&#xa0;? Les connexions ouvertes par celle-ci restent ouvertes jusqu&apos;à leur fermeture.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Ne plus partager</translation>
    </message>
    <message>
        <source>Stop sharing %1:%2 with %3? Connections already open stay open until they close.</source>
        <translation>Ne plus partager %1:%2 avec %3&#xa0;? Les connexions déjà ouvertes restent ouvertes jusqu&apos;à leur fermeture.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Offered ports</source>
        <translation>Ports proposés</translation>
    </message>
    <message>
        <source>A forward you accepted from a friend&apos;s offer cannot be edited.</source>
        <translation>Une redirection acceptée depuis l’offre d’un ami ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>warren::UnlockPage</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Mot de passe du profil</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>Remember the password (no keychain: %1)</source>
        <translation>Mémoriser le mot de passe (pas de trousseau&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>warren::icons</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
</context>
</TS>
