<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>No se puede abrir tu historial de chat: %1</translation>
    </message>
    <message>
        <source>Re-encrypting the chat history…</source>
        <translation>Volviendo a cifrar el historial de chat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Warren: chat and tunnels over Tox.</source>
        <translation>Warren: chat y túneles sobre Tox.</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>No se pudo guardar tu perfil: %1</translation>
    </message>
    <message>
        <source>Starting with the session could not be changed: %1</source>
        <translation>No se pudo cambiar el inicio con la sesión: %1</translation>
    </message>
    <message>
        <source>Some of your tunnel settings could not be read:
%1</source>
        <translation>No se pudieron leer algunos de tus ajustes de túneles:
%1</translation>
    </message>
</context>
<context>
    <name>warren::AddFriendDialog</name>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Añadir un amigo</translation>
    </message>
    <message>
        <source>76 hexadecimal characters, or a tox: link</source>
        <translation>76 caracteres hexadecimales o un enlace tox:</translation>
    </message>
    <message>
        <source>Tox ID of your friend</source>
        <translation>Tox ID de tu amigo</translation>
    </message>
    <message>
        <source>Tox ID check</source>
        <translation>Comprobación del Tox ID</translation>
    </message>
    <message>
        <source>Message with the request</source>
        <translation>Mensaje de la solicitud</translation>
    </message>
    <message>
        <source>Hi! Please add me to your friends on Tox.</source>
        <translation>¡Hola! Añádeme a tus amigos en Tox, por favor.</translation>
    </message>
    <message>
        <source>Paste your friend&apos;s Tox ID (they find it under “My Tox ID”) or a tox: link.</source>
        <translation>Pega el Tox ID de tu amigo (lo encuentra en «Mi Tox ID») o un enlace tox:.</translation>
    </message>
    <message>
        <source>Tox &amp;ID:</source>
        <translation>Tox &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>This is a valid Tox ID.</source>
        <translation>Este Tox ID es válido.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
</context>
<context>
    <name>warren::AutoAcceptDialog</name>
    <message>
        <source>&amp;Save files from %1 without asking</source>
        <translation>&amp;Guardar los archivos de %1 sin preguntar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Receive files from %1</source>
        <translation>Recibir archivos de %1</translation>
    </message>
    <message>
        <source>Folder for received files</source>
        <translation>Carpeta para los archivos recibidos</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Largest file saved without asking</source>
        <translation>Archivo más grande guardado sin preguntar</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problema con los datos introducidos</translation>
    </message>
    <message>
        <source>Other files still wait for you to accept them. Names are made safe and never overwrite a file.</source>
        <translation>Los demás archivos siguen esperando a que los acepte. Los nombres se vuelven seguros y nunca sobrescriben un archivo.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>Archivo más &amp;grande:</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation>La carpeta debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
</context>
<context>
    <name>warren::AvatarBinder</name>
    <message>
        <source>Choose your avatar</source>
        <translation>Elegir su avatar</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be used as an avatar: %2</source>
        <translation>%1 no se puede usar como avatar: %2</translation>
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
        <translation>Imagen provisional con las iniciales %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>warren::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>&amp;Quitar contraseña</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Contraseña del perfil</translation>
    </message>
    <message>
        <source>Your profile “%1” is encrypted with a password.</source>
        <translation>Tu perfil «%1» está cifrado con una contraseña.</translation>
    </message>
    <message>
        <source>Your profile “%1” has no password yet: anyone who can read your files can use it.</source>
        <translation>Tu perfil «%1» aún no tiene contraseña: cualquiera que pueda leer tus archivos puede usarlo.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <source>Remove the password? The profile will be stored unencrypted.</source>
        <translation>¿Quitar la contraseña? El perfil se guardará sin cifrar.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The chat history could not be re-keyed, nothing was changed: %1</source>
        <translation>No se pudo volver a cifrar el historial de chat; no se ha cambiado nada: %1</translation>
    </message>
</context>
<context>
    <name>warren::ChatArea</name>
    <message>
        <source>Select a contact to chat with, or add a friend with Ctrl+N.</source>
        <translation>Elige un contacto para chatear o añade un amigo con Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>warren::ChatHeader</name>
    <message>
        <source>Chat with %1</source>
        <translation>Chat con %1</translation>
    </message>
    <message>
        <source>Presence of %1</source>
        <translation>Presencia de %1</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Abrir en una ventana nueva</translation>
    </message>
    <message>
        <source>Dock back into the main window</source>
        <translation>Volver a acoplar en la ventana principal</translation>
    </message>
</context>
<context>
    <name>warren::ChatPage</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>Nadie está escribiendo</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <source>Send files (or drop them onto the chat)</source>
        <translation>Enviar archivos (o soltarlos sobre el chat)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
</context>
<context>
    <name>warren::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Intro envía el mensaje; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escribe un mensaje… (Intro envía, Mayús+Intro para una línea nueva)</translation>
    </message>
</context>
<context>
    <name>warren::ContactActions</name>
    <message>
        <source>Chat with %1.txt</source>
        <translation>Chat con %1.txt</translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation>Renombrar contacto</translation>
    </message>
    <message>
        <source>The name this computer shows for %1 (leave empty to show the name they chose):</source>
        <translation>El nombre que este ordenador muestra para %1 (déjalo vacío para mostrar el nombre que eligió):</translation>
    </message>
    <message>
        <source>Block contact</source>
        <translation>Bloquear contacto</translation>
    </message>
    <message>
        <source>Block %1? Their messages and friend requests will be ignored, and they will see you offline. The chat history stays; you can unblock them later.</source>
        <translation>¿Bloquear a %1? Sus mensajes y solicitudes de amistad se ignorarán y te verá desconectado. El historial de chat se conserva; puedes desbloquearlo más tarde.</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>No se pudo exportar el chat: %1</translation>
    </message>
    <message>
        <source>Delete chat history</source>
        <translation>Eliminar historial de chat</translation>
    </message>
    <message>
        <source>Delete every message of your chat with %1 from this computer? This cannot be undone.</source>
        <translation>¿Eliminar de este ordenador todos los mensajes de tu chat con %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The history could not be deleted: %1</source>
        <translation>No se pudo eliminar el historial: %1</translation>
    </message>
</context>
<context>
    <name>warren::ContactDelegate</name>
    <message>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>warren::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Your friends. Select one to chat; double-click to chat in a window of its own.</source>
        <translation>Tus amigos. Selecciona uno para chatear; haz doble clic para chatear en una ventana aparte.</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Abrir chat</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Abrir en una ventana nueva</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Copiar clave pública</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Export chat…</source>
        <translation>Exportar chat…</translation>
    </message>
    <message>
        <source>Delete chat history…</source>
        <translation>Eliminar historial de chat…</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <source>Remove friend…</source>
        <translation>Eliminar amigo…</translation>
    </message>
    <message>
        <source>Open a tunnel to…</source>
        <translation>Abrir un túnel hacia…</translation>
    </message>
    <message>
        <source>Share a port with…</source>
        <translation>Compartir un puerto con…</translation>
    </message>
    <message>
        <source>Receive files automatically…</source>
        <translation>Recibir archivos automáticamente…</translation>
    </message>
    <message>
        <source>Offer a port to…</source>
        <translation>Ofrecer un puerto a…</translation>
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
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>, typing</source>
        <translation>, escribiendo</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread message(s)</source>
        <translation>
            <numerusform>, %n mensaje sin leer</numerusform>
            <numerusform>, %n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ContactsPane</name>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Buscar contactos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>Añadir amigo</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Añadir un amigo</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Solicitudes (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Friend requests: %1 pending</source>
        <translation>Solicitudes de amistad: %1 en espera</translation>
    </message>
</context>
<context>
    <name>warren::CreateProfilePage</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Crear perfil</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a new profile&lt;/b&gt;&lt;br&gt;A profile is your Tox identity: your ID, your friends and your name. It is kept in a .tox file that other Tox clients can read.</source>
        <translation>&lt;b&gt;Crear un perfil nuevo&lt;/b&gt;&lt;br&gt;Un perfil es tu identidad en Tox: tu ID, tus amigos y tu nombre. Se guarda en un archivo .tox que otros clientes de Tox pueden leer.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Profile name check</source>
        <translation>Comprobación del nombre del perfil</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Import a .tox file…</source>
        <translation>&amp;Importar un archivo .tox…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>warren::FileBinder</name>
    <message>
        <source>Save %1 to</source>
        <translation>Guardar %1 en</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Enviar archivos a %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>No se puede abrir la carpeta %1.</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferencias de archivos</translation>
    </message>
</context>
<context>
    <name>warren::FileDrop</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Imagen pegada %1</translation>
    </message>
    <message>
        <source>The picture cannot be saved to %1: %2</source>
        <translation>No se puede guardar la imagen en %1: %2</translation>
    </message>
</context>
<context>
    <name>warren::ForwardDialog</name>
    <message>
        <source>&amp;Open tunnel</source>
        <translation>Abrir &amp;túnel</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Abrir un túnel</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Who may use the tunnel</source>
        <translation>Quién puede usar el túnel</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>Solo este ordenador (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only this computer, IPv6 (::1)</source>
        <translation>Solo este ordenador, IPv6 (::1)</translation>
    </message>
    <message>
        <source>Other address (exposes the tunnel)…</source>
        <translation>Otra dirección (expone el túnel)…</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0 or 192.168.1.10</source>
        <translation>p. ej., 0.0.0.0 o 192.168.1.10</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Puerto local</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Host at the friend&apos;s side</source>
        <translation>Host del lado del amigo</translation>
    </message>
    <message>
        <source>a host name or address, as the friend&apos;s computer sees it</source>
        <translation>un nombre de host o una dirección, tal como lo ve el ordenador del amigo</translation>
    </message>
    <message>
        <source>Port at the friend&apos;s side</source>
        <translation>Puerto del lado del amigo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problema con los datos introducidos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connections to the local address are carried over Tox to your friend, whose computer connects them to the target. Your friend must share that port with you.</source>
        <translation>Las conexiones a la dirección local viajan por Tox hasta tu amigo, cuyo ordenador las conecta con el destino. Tu amigo debe compartir ese puerto contigo.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Amigo:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>&amp;Puerto local:</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>&amp;Host de destino:</translation>
    </message>
    <message>
        <source>Target p&amp;ort:</source>
        <translation>P&amp;uerto de destino:</translation>
    </message>
    <message>
        <source>Edit tunnel</source>
        <translation>Editar túnel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Choose the friend whose computer makes the connections (add a friend first).</source>
        <translation>Elige el amigo cuyo ordenador establece las conexiones (primero añade un amigo).</translation>
    </message>
    <message>
        <source>Enter the IP address to listen on.</source>
        <translation>Introduce la dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address of this computer.</source>
        <translation>«%1» no es una dirección IP de este ordenador.</translation>
    </message>
    <message>
        <source>Enter the host your friend&apos;s computer connects to (127.0.0.1 is your friend&apos;s computer itself).</source>
        <translation>Introduce el host al que se conecta el ordenador de tu amigo (127.0.0.1 es el propio ordenador de tu amigo).</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>Un nombre de host no lleva espacios.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; anyone who can reach %1 on your network can use this tunnel to reach your friend&apos;s service, as if they were you.</source>
        <translation>&lt;b&gt;Advertencia:&lt;/b&gt; cualquiera que pueda llegar a %1 en tu red puede usar este túnel para llegar al servicio de tu amigo como si fuera tú.</translation>
    </message>
</context>
<context>
    <name>warren::ForwardModel</name>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <source>Listening, friend offline</source>
        <translation>Escuchando, amigo desconectado</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Listens on %1: anyone who can reach this address can use the tunnel to your friend.</source>
        <translation>Escucha en %1: cualquiera que pueda llegar a esta dirección puede usar el túnel hacia tu amigo.</translation>
    </message>
    <message>
        <source> (any free port)</source>
        <translation> (cualquier puerto libre)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Dirección local</translation>
    </message>
    <message>
        <source>Target at the friend</source>
        <translation>Destino en el amigo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Ruta al amigo</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>%1 offered you this port. Removing the forward tells them you no longer use it.</source>
        <translation>%1 te ofreció este puerto. Al quitar la redirección, sabrá que ya no lo usas.</translation>
    </message>
    <message>
        <source>%1, offered by %2</source>
        <translation>%1, ofrecido por %2</translation>
    </message>
    <message>
        <source>%1, offered by %2: %3</source>
        <translation>%1, ofrecido por %2: %3</translation>
    </message>
</context>
<context>
    <name>warren::HistorySearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Words to find in all chats</source>
        <translation>Palabras que buscar en todos los chats</translation>
    </message>
    <message>
        <source>Matching messages</source>
        <translation>Mensajes coincidentes</translation>
    </message>
    <message>
        <source>Type words to find them in every chat.</source>
        <translation>Escribe palabras para buscarlas en todos los chats.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Ningún mensaje contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matching message(s); add words to narrow the search.</source>
        <translation>
            <numerusform>El %n mensaje coincidente más reciente; añade palabras para acotar la búsqueda.</numerusform>
            <numerusform>Los %n mensajes coincidentes más recientes; añade palabras para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s).</source>
        <translation>
            <numerusform>%n mensaje coincidente.</numerusform>
            <numerusform>%n mensajes coincidentes.</numerusform>
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
        <translation>&amp;Añadir amigo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Friend &amp;requests…</source>
        <translation>&amp;Solicitudes de amistad…</translation>
    </message>
    <message>
        <source>My Tox &amp;ID…</source>
        <translation>Mi Tox &amp;ID…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>&amp;Buscar contactos</translation>
    </message>
    <message>
        <source>Search &amp;messages…</source>
        <translation>Buscar &amp;mensajes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>Chat &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>Chat &amp;anterior</translation>
    </message>
    <message>
        <source>Open chat in new &amp;window</source>
        <translation>Abrir chat en una &amp;ventana nueva</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation>Eliminar amigo</translation>
    </message>
    <message>
        <source>Remove %1 from your friends? The chat history stays on this computer.</source>
        <translation>¿Eliminar a %1 de tus amigos? El historial de chat se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Túneles</translation>
    </message>
    <message>
        <source>&amp;Tunnels</source>
        <translation>&amp;Túneles</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>T&amp;ransfers…</source>
        <translation>T&amp;ransferencias…</translation>
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
        <translation>%1 · esperando a tu amigo</translation>
    </message>
    <message>
        <source>%1 · not sent — click to retry</source>
        <translation>%1 · no enviado — haz clic para reintentar</translation>
    </message>
</context>
<context>
    <name>warren::MessageModel</name>
    <message>
        <source>queued until your friend is online</source>
        <translation>en cola hasta que tu amigo esté conectado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed, activate to retry</source>
        <translation>error, actívalo para reintentar</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Tú, %1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>You, %1, file: %2</source>
        <translation>Tú, %1, archivo: %2</translation>
    </message>
    <message>
        <source>%1, %2, file: %3</source>
        <translation>%1, %2, archivo: %3</translation>
    </message>
</context>
<context>
    <name>warren::MyIdDialog</name>
    <message>
        <source>&amp;Save QR code…</source>
        <translation>&amp;Guardar código QR…</translation>
    </message>
    <message>
        <source>&amp;New nospam…</source>
        <translation>&amp;Nuevo nospam…</translation>
    </message>
    <message>
        <source>My Tox ID</source>
        <translation>Mi Tox ID</translation>
    </message>
    <message>
        <source>Give this ID (or let your friend scan the code) to be added as a friend.</source>
        <translation>Comparte este ID (o deja que tu amigo escanee el código) para que te añada como amigo.</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Tu Tox ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy your Tox ID</source>
        <translation>Copiar tu Tox ID</translation>
    </message>
    <message>
        <source>Your tox: link</source>
        <translation>Tu enlace tox:</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>Copy your tox: link</source>
        <translation>Copiar tu enlace tox:</translation>
    </message>
    <message>
        <source>QR code of your Tox ID</source>
        <translation>Código QR de tu Tox ID</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Guardar el código QR como imagen PNG</translation>
    </message>
    <message>
        <source>Get a new Tox ID with a new nospam</source>
        <translation>Obtener un Tox ID nuevo con un nospam nuevo</translation>
    </message>
    <message>
        <source>Changes the end of your Tox ID, so that the old ID no longer works for new friend requests (stops spam). Your friends keep you.</source>
        <translation>Cambia el final de tu Tox ID para que el antiguo deje de servir para nuevas solicitudes de amistad (frena el spam). Tus amigos te conservan.</translation>
    </message>
    <message>
        <source>(starting…)</source>
        <translation>(iniciando…)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>New nospam</source>
        <translation>Nuevo nospam</translation>
    </message>
    <message>
        <source>Your Tox ID will change. The old ID stops working for new friend requests, so people who only have the old one cannot add you any more. Friends you already have are not affected.

Get a new Tox ID?</source>
        <translation>Tu Tox ID cambiará. El antiguo dejará de servir para nuevas solicitudes de amistad, así que quien solo tenga el antiguo ya no podrá añadirte. Los amigos que ya tienes no se ven afectados.

¿Obtener un Tox ID nuevo?</translation>
    </message>
</context>
<context>
    <name>warren::Notifier</name>
    <message>
        <source>Friend request from %1</source>
        <translation>Solicitud de amistad de %1</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 ofrece un archivo</translation>
    </message>
</context>
<context>
    <name>warren::OfferDialog</name>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Ofrecer</translation>
    </message>
    <message>
        <source>Offer a port</source>
        <translation>Ofrecer un puerto</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>elegir</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>opcional, p. ej. SSH</translation>
    </message>
    <message>
        <source>Your friend is asked first. If they accept, they reach this port through a port of their own, until you withdraw the offer.</source>
        <translation>Primero se pregunta a su amigo. Si acepta, accede a este puerto a través de un puerto propio, hasta que retire la oferta.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Amigo:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Choose the friend you offer the port to (add a friend first).</source>
        <translation>Elija el amigo al que ofrece el puerto (añada primero un amigo).</translation>
    </message>
    <message>
        <source>Enter the port you offer, e.g. 22.</source>
        <translation>Introduzca el puerto que ofrece, p. ej. 22.</translation>
    </message>
    <message>
        <source>Enter the host: 127.0.0.1 for this computer.</source>
        <translation>Introduzca el host: 127.0.0.1 para este equipo.</translation>
    </message>
</context>
<context>
    <name>warren::OffersPage</name>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>Ports I offer</source>
        <translation>Puertos que ofrezco</translation>
    </message>
    <message>
        <source>Ports offered to me</source>
        <translation>Puertos que me ofrecen</translation>
    </message>
    <message>
        <source>O&amp;ffer a port…</source>
        <translation>O&amp;frecer un puerto…</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Oferta retirada</translation>
    </message>
    <message>
        <source>%1 withdrew the port they offered (%2); its forward was removed.</source>
        <translation>%1 retiró el puerto ofrecido (%2); se eliminó su redirección.</translation>
    </message>
    <message>
        <source>Port offered</source>
        <translation>Puerto ofrecido</translation>
    </message>
    <message>
        <source>%1 offers you their port %2 (%3). Accept it, to reach it through a port on this computer?</source>
        <translation>%1 le ofrece su puerto %2 (%3). ¿Aceptarlo, para acceder a él a través de un puerto de este equipo?</translation>
    </message>
    <message>
        <source>waiting for the friend to come online</source>
        <translation>esperando a que el amigo se conecte</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ofrecido</translation>
    </message>
    <message>
        <source>accepted on port %1</source>
        <translation>aceptado en el puerto %1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>removed by the friend</source>
        <translation>eliminado por el amigo</translation>
    </message>
    <message>
        <source>this friend does not support remote forwards</source>
        <translation>este amigo no admite redirecciones remotas</translation>
    </message>
</context>
<context>
    <name>warren::PasswordFields</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Aviso sobre la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read your files can use this profile.</source>
        <translation>Sin contraseña, cualquiera que pueda leer tus archivos puede usar este perfil.</translation>
    </message>
    <message>
        <source>No keychain to remember the password in: %1</source>
        <translation>No hay llavero donde recordar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>warren::ProfileListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Use a .tox profile from another Tox client (qTox, toxic, uTox…)</source>
        <translation>Usar un perfil .tox de otro cliente de Tox (qTox, toxic, uTox…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elige un perfil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1 (contraseña)</translation>
    </message>
</context>
<context>
    <name>warren::ProfileScreen</name>
    <message>
        <source>Warren — profile</source>
        <translation>Warren — perfil</translation>
    </message>
    <message>
        <source>The password remembered in the keychain did not work. Enter the password.</source>
        <translation>La contraseña guardada en el llavero no ha funcionado. Introduce la contraseña.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Import a Tox profile</source>
        <translation>Importar un perfil de Tox</translation>
    </message>
    <message>
        <source>Tox profiles (*.tox);;All files (*)</source>
        <translation>Perfiles de Tox (*.tox);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>warren::RequestInbox</name>
    <message>
        <source>No pending friend requests.</source>
        <translation>No hay solicitudes de amistad pendientes.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Solicitudes de amistad</translation>
    </message>
    <message>
        <source>Pending friend requests</source>
        <translation>Solicitudes de amistad pendientes</translation>
    </message>
    <message>
        <source>Accept the selected friend request</source>
        <translation>Aceptar la solicitud de amistad seleccionada</translation>
    </message>
    <message>
        <source>Decline the selected friend request</source>
        <translation>Rechazar la solicitud de amistad seleccionada</translation>
    </message>
    <message>
        <source>People who want to add you as a friend:</source>
        <translation>Personas que quieren añadirte como amigo:</translation>
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
        <translation>Solicitud de %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>warren::SearchResultModel</name>
    <message>
        <source>You to %1, %2</source>
        <translation>Tú a %1, %2</translation>
    </message>
    <message>
        <source>%1 to you, %2</source>
        <translation>%1 a ti, %2</translation>
    </message>
</context>
<context>
    <name>warren::SelfHeader</name>
    <message>
        <source>Your avatar</source>
        <translation>Tu avatar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your name, as your friends see it. Click to change.</source>
        <translation>Tu nombre, tal como lo ven tus amigos. Haz clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Set a status message</source>
        <translation>Establecer un mensaje de estado</translation>
    </message>
    <message>
        <source>Your status message</source>
        <translation>Tu mensaje de estado</translation>
    </message>
    <message>
        <source>Connection to the Tox network</source>
        <translation>Conexión a la red Tox</translation>
    </message>
    <message>
        <source>My Tox ID (Ctrl+I)</source>
        <translation>Mi Tox ID (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show my Tox ID</source>
        <translation>Mostrar mi Tox ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Conectado (%1)</translation>
    </message>
    <message>
        <source>Your avatar, as your friends see it. Click to change.</source>
        <translation>Su avatar, tal como lo ven sus amigos. Haga clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Set avatar…</source>
        <translation>Establecer avatar…</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Quitar el avatar</translation>
    </message>
</context>
<context>
    <name>warren::SettingsDialog</name>
    <message>
        <source>Start Warren when I log in</source>
        <translation>Iniciar Warren al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time Warren starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Warren.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>warren::ShareDialog</name>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Compartir un puerto</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Host the friend may reach</source>
        <translation>Host al que puede llegar el amigo</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer; * is any host</source>
        <translation>127.0.0.1 es este ordenador; * es cualquier host</translation>
    </message>
    <message>
        <source>Ports the friend may reach</source>
        <translation>Puertos a los que puede llegar el amigo</translation>
    </message>
    <message>
        <source>22, or a range such as 8000-8080, or *</source>
        <translation>22, 8000-8080 o *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>opcional, p. ej., SSH</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problema con los datos introducidos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your friend can then open tunnels through your computer to this host and these ports, and to nothing else.</source>
        <translation>Tu amigo podrá abrir túneles a través de tu ordenador hacia este host y estos puertos, y hacia nada más.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Amigo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Puertos:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Editar puerto compartido</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Choose the friend you share with (add a friend first).</source>
        <translation>Elige el amigo con quien compartir (primero añade un amigo).</translation>
    </message>
    <message>
        <source>Enter the host your friend may reach: 127.0.0.1 for this computer.</source>
        <translation>Introduce el host al que puede llegar tu amigo: 127.0.0.1 para este ordenador.</translation>
    </message>
    <message>
        <source>Enter the port your friend may reach, e.g. 22.</source>
        <translation>Introduce el puerto al que puede llegar tu amigo, p. ej., 22.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; a * lets your friend reach any host or any port your computer can reach.</source>
        <translation>&lt;b&gt;Nota:&lt;/b&gt; un * permite a tu amigo llegar a cualquier host o puerto al que llegue tu ordenador.</translation>
    </message>
</context>
<context>
    <name>warren::ShareModel</name>
    <message>
        <source>Any host (*)</source>
        <translation>Cualquier host (*)</translation>
    </message>
    <message>
        <source>Any port (*)</source>
        <translation>Cualquier puerto (*)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Host they may reach</source>
        <translation>Host accesible</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>You offered this port and your friend accepted it. Withdraw it under &quot;Offered ports&quot;.</source>
        <translation>Ofreciste este puerto y tu amigo lo aceptó. Retíralo en «Puertos ofrecidos».</translation>
    </message>
    <message>
        <source>Offered by you</source>
        <translation>Ofrecido por ti</translation>
    </message>
    <message>
        <source>Offered by you: %1</source>
        <translation>Ofrecido por ti: %1</translation>
    </message>
</context>
<context>
    <name>warren::StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation>Tu estado</translation>
    </message>
</context>
<context>
    <name>warren::StreamModel</name>
    <message>
        <source>Friend → my port</source>
        <translation>Amigo → mi puerto</translation>
    </message>
    <message>
        <source>Me → friend</source>
        <translation>Yo → amigo</translation>
    </message>
    <message>
        <source>Shared port</source>
        <translation>Puerto compartido</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Local side</source>
        <translation>Lado local</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Ruta al amigo</translation>
    </message>
</context>
<context>
    <name>warren::TransferCard</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Aceptar %1</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>Guardar en…</translation>
    </message>
    <message>
        <source>Save %1 to a folder…</source>
        <translation>Guardar %1 en una carpeta…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Rechazar %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>Mostrar %1 en su carpeta</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reanudar %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
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
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>quedan %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>quedan %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Waiting for %1 to come online</source>
        <translation>Esperando a que %1 se conecte</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept</source>
        <translation>Esperando a que %1 acepte</translation>
    </message>
    <message>
        <source>%1 offers this file</source>
        <translation>%1 ofrece este archivo</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recibiendo</translation>
    </message>
    <message>
        <source>Paused by you and by %1</source>
        <translation>Pausado por ti y por %1</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Pausado por %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Interrupted: it will continue when %1 is back</source>
        <translation>Interrumpido: continuará cuando %1 vuelva</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Pausado por ti</translation>
    </message>
</context>
<context>
    <name>warren::TransferModel</name>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
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
        <translation>Aún no hay transferencias de archivos. Suelta archivos sobre un chat o un contacto para enviarlos.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Transferencias de archivos</translation>
    </message>
    <message>
        <source>Close the transfers window</source>
        <translation>Cerrar la ventana de transferencias</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 under way</source>
        <translation>
            <numerusform>%n transferencia, %1 en curso</numerusform>
            <numerusform>%n transferencias, %1 en curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TrayIcon</name>
    <message>
        <source>&amp;Show Warren</source>
        <translation>&amp;Mostrar Warren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message numerus="yes">
        <source>Warren — %n unread</source>
        <translation>
            <numerusform>Warren — %n sin leer</numerusform>
            <numerusform>Warren — %n sin leer</numerusform>
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
        <translation>Directo (UDP)</translation>
    </message>
    <message>
        <source>TCP relay</source>
        <translation>Relé TCP</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
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
        <translation>No se pudieron guardar tus ajustes de túneles: %1</translation>
    </message>
    <message>
        <source>The port could not be offered: %1</source>
        <translation>No se pudo ofrecer el puerto: %1</translation>
    </message>
</context>
<context>
    <name>warren::TunnelsPanel</name>
    <message>
        <source>My forwards</source>
        <translation>Mis reenvíos</translation>
    </message>
    <message>
        <source>Ports shared with friends</source>
        <translation>Puertos compartidos con amigos</translation>
    </message>
    <message>
        <source>Open streams</source>
        <translation>Conexiones abiertas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit forward</source>
        <translation>Editar reenvío</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove forward</source>
        <translation>Eliminar reenvío</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start forward</source>
        <translation>Iniciar reenvío</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop forward</source>
        <translation>Detener reenvío</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Editar puerto compartido</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Stop sharing this port</source>
        <translation>Dejar de compartir este puerto</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Túneles</translation>
    </message>
    <message>
        <source>Tunnel lists</source>
        <translation>Listas de túneles</translation>
    </message>
    <message>
        <source>Local addresses whose connections are carried to a host and port at a friend&apos;s side.</source>
        <translation>Direcciones locales cuyas conexiones se llevan a un host y un puerto del lado de un amigo.</translation>
    </message>
    <message>
        <source>What each friend may reach through this computer; the rest is denied.</source>
        <translation>Lo que cada amigo puede alcanzar a través de este ordenador; lo demás se deniega.</translation>
    </message>
    <message>
        <source>Connections open through tunnels now, both ways.</source>
        <translation>Conexiones abiertas ahora a través de túneles, en ambos sentidos.</translation>
    </message>
    <message>
        <source>&amp;Open a tunnel…</source>
        <translation>&amp;Abrir un túnel…</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Abrir un túnel</translation>
    </message>
    <message>
        <source>&amp;Share a port…</source>
        <translation>&amp;Compartir un puerto…</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Compartir un puerto</translation>
    </message>
    <message>
        <source>Friends can reach only the hosts and ports listed here; every other request is denied.</source>
        <translation>Los amigos solo pueden llegar a los hosts y puertos de esta lista; cualquier otra petición se deniega.</translation>
    </message>
    <message>
        <source>Shared ports</source>
        <translation>Puertos compartidos</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 a %2 en %3</translation>
    </message>
    <message>
        <source>Remove the forward %1? Connections open through it stay open until they close.</source>
        <translation>¿Eliminar el reenvío %1? Las conexiones abiertas a través de él siguen abiertas hasta que se cierren.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing %1:%2 with %3? Connections already open stay open until they close.</source>
        <translation>¿Dejar de compartir %1:%2 con %3? Las conexiones ya abiertas siguen abiertas hasta que se cierren.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Columnas de %1</translation>
    </message>
    <message>
        <source>Offered ports</source>
        <translation>Puertos ofrecidos</translation>
    </message>
    <message>
        <source>A forward you accepted from a friend&apos;s offer cannot be edited.</source>
        <translation>Una redirección aceptada de la oferta de un amigo no se puede editar.</translation>
    </message>
</context>
<context>
    <name>warren::UnlockPage</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Contraseña del perfil</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; está protegido con contraseña.</translation>
    </message>
    <message>
        <source>Remember the password (no keychain: %1)</source>
        <translation>Recordar la contraseña (no hay llavero: %1)</translation>
    </message>
</context>
<context>
    <name>warren::icons</name>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
</context>
</TS>
