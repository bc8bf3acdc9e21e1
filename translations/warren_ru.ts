<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Не удаётся удалить %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Не удаётся создать папку для %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
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
        <translation>Не удаётся открыть историю чатов: %1</translation>
    </message>
    <message>
        <source>Re-encrypting the chat history…</source>
        <translation>Повторное шифрование истории чатов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Warren: chat and tunnels over Tox.</source>
        <translation>Warren: чат и туннели через Tox.</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>Не удалось сохранить профиль: %1</translation>
    </message>
    <message>
        <source>Starting with the session could not be changed: %1</source>
        <translation>Не удалось изменить автозапуск при входе в систему: %1</translation>
    </message>
    <message>
        <source>Some of your tunnel settings could not be read:
%1</source>
        <translation>Не удалось прочитать часть настроек туннелей:
%1</translation>
    </message>
</context>
<context>
    <name>warren::AddFriendDialog</name>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Отправить запрос</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Добавить друга</translation>
    </message>
    <message>
        <source>76 hexadecimal characters, or a tox: link</source>
        <translation>76 шестнадцатеричных символов или ссылка tox:</translation>
    </message>
    <message>
        <source>Tox ID of your friend</source>
        <translation>Tox ID вашего друга</translation>
    </message>
    <message>
        <source>Tox ID check</source>
        <translation>Проверка Tox ID</translation>
    </message>
    <message>
        <source>Message with the request</source>
        <translation>Сообщение к запросу</translation>
    </message>
    <message>
        <source>Hi! Please add me to your friends on Tox.</source>
        <translation>Привет! Добавь меня, пожалуйста, в друзья в Tox.</translation>
    </message>
    <message>
        <source>Paste your friend&apos;s Tox ID (they find it under “My Tox ID”) or a tox: link.</source>
        <translation>Вставьте Tox ID друга (он находится в пункте «Мой Tox ID») или ссылку tox:.</translation>
    </message>
    <message>
        <source>Tox &amp;ID:</source>
        <translation>Tox &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>This is a valid Tox ID.</source>
        <translation>Это действительный Tox ID.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Отправка запроса…</translation>
    </message>
</context>
<context>
    <name>warren::AutoAcceptDialog</name>
    <message>
        <source>&amp;Save files from %1 without asking</source>
        <translation>&amp;Сохранять файлы от %1 без вопроса</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Receive files from %1</source>
        <translation>Приём файлов от %1</translation>
    </message>
    <message>
        <source>Folder for received files</source>
        <translation>Папка для полученных файлов</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Largest file saved without asking</source>
        <translation>Наибольший файл, сохраняемый без вопроса</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Ошибка ввода</translation>
    </message>
    <message>
        <source>Other files still wait for you to accept them. Names are made safe and never overwrite a file.</source>
        <translation>Остальные файлы по-прежнему ждут вашего согласия. Имена делаются безопасными и никогда не перезаписывают файлы.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Наибольший файл:</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Выберите папку.</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation>Папка должна быть указана полным путём, например %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
</context>
<context>
    <name>warren::AvatarBinder</name>
    <message>
        <source>Choose your avatar</source>
        <translation>Выбор аватара</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be used as an avatar: %2</source>
        <translation>%1 нельзя использовать как аватар: %2</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
</context>
<context>
    <name>warren::AvatarLabel</name>
    <message>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Placeholder with the initials %1</source>
        <translation>Заглушка с инициалами %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>warren::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Изменить пароль</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>&amp;Удалить пароль</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Пароль профиля</translation>
    </message>
    <message>
        <source>Your profile “%1” is encrypted with a password.</source>
        <translation>Ваш профиль «%1» зашифрован паролем.</translation>
    </message>
    <message>
        <source>Your profile “%1” has no password yet: anyone who can read your files can use it.</source>
        <translation>У профиля «%1» пока нет пароля: им может воспользоваться любой, кто может читать ваши файлы.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>Remove the password? The profile will be stored unencrypted.</source>
        <translation>Удалить пароль? Профиль будет храниться без шифрования.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The chat history could not be re-keyed, nothing was changed: %1</source>
        <translation>Не удалось перешифровать историю чатов, ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>warren::ChatArea</name>
    <message>
        <source>Select a contact to chat with, or add a friend with Ctrl+N.</source>
        <translation>Выберите контакт для общения или добавьте друга клавишами Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>warren::ChatHeader</name>
    <message>
        <source>Chat with %1</source>
        <translation>Чат с %1</translation>
    </message>
    <message>
        <source>Presence of %1</source>
        <translation>Статус пользователя %1</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Открыть в новом окне</translation>
    </message>
    <message>
        <source>Dock back into the main window</source>
        <translation>Вернуть в главное окно</translation>
    </message>
</context>
<context>
    <name>warren::ChatPage</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Отправить (Enter)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>Nobody is typing</source>
        <translation>Никто не печатает</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Сообщение для %1</translation>
    </message>
    <message>
        <source>Send files (or drop them onto the chat)</source>
        <translation>Отправить файлы (или перетащите их в чат)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Отправить файлы</translation>
    </message>
</context>
<context>
    <name>warren::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Повторить отправку</translation>
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
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Enter отправляет сообщение, Shift+Enter начинает новую строку.</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Напишите сообщение… (Enter — отправить, Shift+Enter — новая строка)</translation>
    </message>
</context>
<context>
    <name>warren::ContactActions</name>
    <message>
        <source>Chat with %1.txt</source>
        <translation>Чат с %1.txt</translation>
    </message>
    <message>
        <source>Rename contact</source>
        <translation>Переименовать контакт</translation>
    </message>
    <message>
        <source>The name this computer shows for %1 (leave empty to show the name they chose):</source>
        <translation>Имя, под которым этот компьютер показывает %1 (оставьте пустым, чтобы показывать имя, выбранное самим контактом):</translation>
    </message>
    <message>
        <source>Block contact</source>
        <translation>Заблокировать контакт</translation>
    </message>
    <message>
        <source>Block %1? Their messages and friend requests will be ignored, and they will see you offline. The chat history stays; you can unblock them later.</source>
        <translation>Заблокировать %1? Сообщения и запросы в друзья от этого контакта будут игнорироваться, а вы будете для него не в сети. История чата сохранится; разблокировать можно позже.</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Экспорт чата</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The chat could not be exported: %1</source>
        <translation>Не удалось экспортировать чат: %1</translation>
    </message>
    <message>
        <source>Delete chat history</source>
        <translation>Удалить историю чата</translation>
    </message>
    <message>
        <source>Delete every message of your chat with %1 from this computer? This cannot be undone.</source>
        <translation>Удалить с этого компьютера все сообщения чата с %1? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The history could not be deleted: %1</source>
        <translation>Не удалось удалить историю: %1</translation>
    </message>
</context>
<context>
    <name>warren::ContactDelegate</name>
    <message>
        <source>typing…</source>
        <translation>печатает…</translation>
    </message>
</context>
<context>
    <name>warren::ContactListView</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Your friends. Select one to chat; double-click to chat in a window of its own.</source>
        <translation>Ваши друзья. Выберите друга, чтобы начать чат; двойной щелчок открывает чат в отдельном окне.</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Открыть чат</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Открыть в новом окне</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Копировать открытый ключ</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Export chat…</source>
        <translation>Экспортировать чат…</translation>
    </message>
    <message>
        <source>Delete chat history…</source>
        <translation>Удалить историю чата…</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <source>Remove friend…</source>
        <translation>Удалить из друзей…</translation>
    </message>
    <message>
        <source>Open a tunnel to…</source>
        <translation>Открыть туннель к…</translation>
    </message>
    <message>
        <source>Share a port with…</source>
        <translation>Открыть доступ к порту для…</translation>
    </message>
    <message>
        <source>Receive files automatically…</source>
        <translation>Принимать файлы автоматически…</translation>
    </message>
    <message>
        <source>Offer a port to…</source>
        <translation>Предложить порт…</translation>
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
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>, typing</source>
        <translation>, печатает</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread message(s)</source>
        <translation>
            <numerusform>, %n непрочитанное сообщение</numerusform>
            <numerusform>, %n непрочитанных сообщения</numerusform>
            <numerusform>, %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::ContactsPane</name>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Поиск контактов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Add friend</source>
        <translation>Добавить друга</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Добавить друга</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Запросы (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Friend requests: %1 pending</source>
        <translation>Запросы в друзья: ожидают ответа — %1</translation>
    </message>
</context>
<context>
    <name>warren::CreateProfilePage</name>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Создать профиль</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a new profile&lt;/b&gt;&lt;br&gt;A profile is your Tox identity: your ID, your friends and your name. It is kept in a .tox file that other Tox clients can read.</source>
        <translation>&lt;b&gt;Создание профиля&lt;/b&gt;&lt;br&gt;Профиль — это ваша личность в Tox: ваш ID, ваши друзья и ваше имя. Он хранится в файле .tox, который могут читать и другие клиенты Tox.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>Profile name check</source>
        <translation>Проверка имени профиля</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Import a .tox file…</source>
        <translation>И&amp;мпортировать файл .tox…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>warren::FileBinder</name>
    <message>
        <source>Save %1 to</source>
        <translation>Сохранить %1 в</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Отправить файлы: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>Не удаётся открыть папку %1.</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Передачи файлов</translation>
    </message>
</context>
<context>
    <name>warren::FileDrop</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>В буфере обмена нет изображения.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Вставленное изображение %1</translation>
    </message>
    <message>
        <source>The picture cannot be saved to %1: %2</source>
        <translation>Не удаётся сохранить изображение в %1: %2</translation>
    </message>
</context>
<context>
    <name>warren::ForwardDialog</name>
    <message>
        <source>&amp;Open tunnel</source>
        <translation>Открыть &amp;туннель</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Открыть туннель</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Who may use the tunnel</source>
        <translation>Кто может пользоваться туннелем</translation>
    </message>
    <message>
        <source>Only this computer (127.0.0.1)</source>
        <translation>Только этот компьютер (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only this computer, IPv6 (::1)</source>
        <translation>Только этот компьютер, IPv6 (::1)</translation>
    </message>
    <message>
        <source>Other address (exposes the tunnel)…</source>
        <translation>Другой адрес (туннель станет доступен извне)…</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Адрес для прослушивания</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0 or 192.168.1.10</source>
        <translation>например, 0.0.0.0 или 192.168.1.10</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Локальный порт</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Любой свободный порт</translation>
    </message>
    <message>
        <source>Host at the friend&apos;s side</source>
        <translation>Хост на стороне друга</translation>
    </message>
    <message>
        <source>a host name or address, as the friend&apos;s computer sees it</source>
        <translation>имя хоста или адрес, как их видит компьютер друга</translation>
    </message>
    <message>
        <source>Port at the friend&apos;s side</source>
        <translation>Порт на стороне друга</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Ошибка ввода</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Connections to the local address are carried over Tox to your friend, whose computer connects them to the target. Your friend must share that port with you.</source>
        <translation>Соединения с локальным адресом передаются через Tox вашему другу, а его компьютер подключает их к цели. Друг должен открыть вам доступ к этому порту.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Друг:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Адрес прослушивания:</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>Локальный &amp;порт:</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>&amp;Хост назначения:</translation>
    </message>
    <message>
        <source>Target p&amp;ort:</source>
        <translation>П&amp;орт назначения:</translation>
    </message>
    <message>
        <source>Edit tunnel</source>
        <translation>Изменить туннель</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Choose the friend whose computer makes the connections (add a friend first).</source>
        <translation>Выберите друга, чей компьютер будет устанавливать соединения (сначала добавьте друга).</translation>
    </message>
    <message>
        <source>Enter the IP address to listen on.</source>
        <translation>Введите IP-адрес для прослушивания.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address of this computer.</source>
        <translation>«%1» не является IP-адресом этого компьютера.</translation>
    </message>
    <message>
        <source>Enter the host your friend&apos;s computer connects to (127.0.0.1 is your friend&apos;s computer itself).</source>
        <translation>Введите хост, к которому подключается компьютер друга (127.0.0.1 — это сам компьютер друга).</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>Имя хоста не может содержать пробелов.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; anyone who can reach %1 on your network can use this tunnel to reach your friend&apos;s service, as if they were you.</source>
        <translation>&lt;b&gt;Предупреждение:&lt;/b&gt; любой, кто может подключиться к %1 в вашей сети, сможет через этот туннель обращаться к сервису друга от вашего имени.</translation>
    </message>
</context>
<context>
    <name>warren::ForwardModel</name>
    <message>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Не слушает</translation>
    </message>
    <message>
        <source>Listening, friend offline</source>
        <translation>Слушает, друг не в сети</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Слушает</translation>
    </message>
    <message>
        <source>Listens on %1: anyone who can reach this address can use the tunnel to your friend.</source>
        <translation>Слушает на %1: любой, кто может подключиться к этому адресу, сможет пользоваться туннелем к вашему другу.</translation>
    </message>
    <message>
        <source> (any free port)</source>
        <translation> (любой свободный порт)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Локальный адрес</translation>
    </message>
    <message>
        <source>Target at the friend</source>
        <translation>Цель у друга</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Соединения</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Путь до друга</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>%1 offered you this port. Removing the forward tells them you no longer use it.</source>
        <translation>%1 предложил(а) вам этот порт. Если удалить переадресацию, он(а) узнает, что вы им больше не пользуетесь.</translation>
    </message>
    <message>
        <source>%1, offered by %2</source>
        <translation>%1, предложено: %2</translation>
    </message>
    <message>
        <source>%1, offered by %2: %3</source>
        <translation>%1, предложено: %2: %3</translation>
    </message>
</context>
<context>
    <name>warren::HistorySearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Поиск сообщений</translation>
    </message>
    <message>
        <source>Words to find in all chats</source>
        <translation>Слова для поиска во всех чатах</translation>
    </message>
    <message>
        <source>Matching messages</source>
        <translation>Найденные сообщения</translation>
    </message>
    <message>
        <source>Type words to find them in every chat.</source>
        <translation>Введите слова, чтобы найти их во всех чатах.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Ни одно сообщение не содержит «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matching message(s); add words to narrow the search.</source>
        <translation>
            <numerusform>Показано %n последнее найденное сообщение; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n последних найденных сообщения; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n последних найденных сообщений; добавьте слова, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s).</source>
        <translation>
            <numerusform>Найдено %n сообщение.</numerusform>
            <numerusform>Найдено %n сообщения.</numerusform>
            <numerusform>Найдено %n сообщений.</numerusform>
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
        <translation>&amp;Добавить друга…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Friend &amp;requests…</source>
        <translation>&amp;Запросы в друзья…</translation>
    </message>
    <message>
        <source>My Tox &amp;ID…</source>
        <translation>Мой Tox &amp;ID…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Изменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Search contacts</source>
        <translation>&amp;Поиск контактов</translation>
    </message>
    <message>
        <source>Search &amp;messages…</source>
        <translation>Поиск &amp;сообщений…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Next chat</source>
        <translation>С&amp;ледующий чат</translation>
    </message>
    <message>
        <source>&amp;Previous chat</source>
        <translation>П&amp;редыдущий чат</translation>
    </message>
    <message>
        <source>Open chat in new &amp;window</source>
        <translation>Открыть чат в новом &amp;окне</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <translation>Удалить из друзей</translation>
    </message>
    <message>
        <source>Remove %1 from your friends? The chat history stays on this computer.</source>
        <translation>Удалить %1 из друзей? История чата останется на этом компьютере.</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Туннели</translation>
    </message>
    <message>
        <source>&amp;Tunnels</source>
        <translation>&amp;Туннели</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>T&amp;ransfers…</source>
        <translation>Передачи &amp;файлов…</translation>
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
        <translation>%1 · ожидает друга</translation>
    </message>
    <message>
        <source>%1 · not sent — click to retry</source>
        <translation>%1 · не отправлено — нажмите, чтобы повторить</translation>
    </message>
</context>
<context>
    <name>warren::MessageModel</name>
    <message>
        <source>queued until your friend is online</source>
        <translation>в очереди до появления друга в сети</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>failed, activate to retry</source>
        <translation>ошибка, активируйте для повтора</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Вы, %1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>You, %1, file: %2</source>
        <translation>Вы, %1, файл: %2</translation>
    </message>
    <message>
        <source>%1, %2, file: %3</source>
        <translation>%1, %2, файл: %3</translation>
    </message>
</context>
<context>
    <name>warren::MyIdDialog</name>
    <message>
        <source>&amp;Save QR code…</source>
        <translation>&amp;Сохранить QR-код…</translation>
    </message>
    <message>
        <source>&amp;New nospam…</source>
        <translation>&amp;Новый nospam…</translation>
    </message>
    <message>
        <source>My Tox ID</source>
        <translation>Мой Tox ID</translation>
    </message>
    <message>
        <source>Give this ID (or let your friend scan the code) to be added as a friend.</source>
        <translation>Передайте этот ID (или дайте другу отсканировать код), чтобы вас добавили в друзья.</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Ваш Tox ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy your Tox ID</source>
        <translation>Копировать ваш Tox ID</translation>
    </message>
    <message>
        <source>Your tox: link</source>
        <translation>Ваша ссылка tox:</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Копировать сс&amp;ылку</translation>
    </message>
    <message>
        <source>Copy your tox: link</source>
        <translation>Копировать вашу ссылку tox:</translation>
    </message>
    <message>
        <source>QR code of your Tox ID</source>
        <translation>QR-код вашего Tox ID</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Сохранить QR-код как изображение PNG</translation>
    </message>
    <message>
        <source>Get a new Tox ID with a new nospam</source>
        <translation>Получить новый Tox ID с новым nospam</translation>
    </message>
    <message>
        <source>Changes the end of your Tox ID, so that the old ID no longer works for new friend requests (stops spam). Your friends keep you.</source>
        <translation>Меняет окончание вашего Tox ID, чтобы по старому ID больше нельзя было отправлять новые запросы в друзья (защита от спама). Ваши друзья у вас останутся.</translation>
    </message>
    <message>
        <source>(starting…)</source>
        <translation>(запуск…)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Сохранить QR-код</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>New nospam</source>
        <translation>Новый nospam</translation>
    </message>
    <message>
        <source>Your Tox ID will change. The old ID stops working for new friend requests, so people who only have the old one cannot add you any more. Friends you already have are not affected.

Get a new Tox ID?</source>
        <translation>Ваш Tox ID изменится. По старому ID больше нельзя будет отправлять новые запросы в друзья, поэтому те, у кого есть только старый ID, не смогут вас добавить. Уже имеющихся друзей это не затронет.

Получить новый Tox ID?</translation>
    </message>
</context>
<context>
    <name>warren::Notifier</name>
    <message>
        <source>Friend request from %1</source>
        <translation>Запрос в друзья от %1</translation>
    </message>
    <message>
        <source>%1 offers a file</source>
        <translation>%1 предлагает файл</translation>
    </message>
</context>
<context>
    <name>warren::OfferDialog</name>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Предложить</translation>
    </message>
    <message>
        <source>Offer a port</source>
        <translation>Предложить порт</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>выбрать</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>необязательно, напр. SSH</translation>
    </message>
    <message>
        <source>Your friend is asked first. If they accept, they reach this port through a port of their own, until you withdraw the offer.</source>
        <translation>Сначала друга спросят. Если он согласится, он получит доступ к этому порту через свой порт, пока вы не отзовёте предложение.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Друг:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Choose the friend you offer the port to (add a friend first).</source>
        <translation>Выберите друга, которому предлагаете порт (сначала добавьте друга).</translation>
    </message>
    <message>
        <source>Enter the port you offer, e.g. 22.</source>
        <translation>Введите предлагаемый порт, напр. 22.</translation>
    </message>
    <message>
        <source>Enter the host: 127.0.0.1 for this computer.</source>
        <translation>Введите хост: 127.0.0.1 — этот компьютер.</translation>
    </message>
</context>
<context>
    <name>warren::OffersPage</name>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Ports I offer</source>
        <translation>Мои предложенные порты</translation>
    </message>
    <message>
        <source>Ports offered to me</source>
        <translation>Порты, предложенные мне</translation>
    </message>
    <message>
        <source>O&amp;ffer a port…</source>
        <translation>Пре&amp;дложить порт…</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Предложение отозвано</translation>
    </message>
    <message>
        <source>%1 withdrew the port they offered (%2); its forward was removed.</source>
        <translation>%1 отозвал предложенный порт (%2); переадресация удалена.</translation>
    </message>
    <message>
        <source>Port offered</source>
        <translation>Предложен порт</translation>
    </message>
    <message>
        <source>%1 offers you their port %2 (%3). Accept it, to reach it through a port on this computer?</source>
        <translation>%1 предлагает вам свой порт %2 (%3). Принять, чтобы обращаться к нему через порт этого компьютера?</translation>
    </message>
    <message>
        <source>waiting for the friend to come online</source>
        <translation>ожидание, пока друг появится в сети</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предложен</translation>
    </message>
    <message>
        <source>accepted on port %1</source>
        <translation>принят на порту %1</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <source>removed by the friend</source>
        <translation>удалён другом</translation>
    </message>
    <message>
        <source>this friend does not support remote forwards</source>
        <translation>этот друг не поддерживает удалённые переадресации</translation>
    </message>
</context>
<context>
    <name>warren::PasswordFields</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Повтор пароля</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Подсказка о пароле</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Without a password, anyone who can read your files can use this profile.</source>
        <translation>Без пароля этим профилем может воспользоваться любой, кто может читать ваши файлы.</translation>
    </message>
    <message>
        <source>No keychain to remember the password in: %1</source>
        <translation>Нет связки ключей для хранения пароля: %1</translation>
    </message>
</context>
<context>
    <name>warren::ProfileListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Новый профиль…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Use a .tox profile from another Tox client (qTox, toxic, uTox…)</source>
        <translation>Использовать профиль .tox из другого клиента Tox (qTox, toxic, uTox…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Выберите профиль&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1 (с паролем)</translation>
    </message>
</context>
<context>
    <name>warren::ProfileScreen</name>
    <message>
        <source>Warren — profile</source>
        <translation>Warren — профиль</translation>
    </message>
    <message>
        <source>The password remembered in the keychain did not work. Enter the password.</source>
        <translation>Пароль из связки ключей не подошёл. Введите пароль.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Import a Tox profile</source>
        <translation>Импорт профиля Tox</translation>
    </message>
    <message>
        <source>Tox profiles (*.tox);;All files (*)</source>
        <translation>Профили Tox (*.tox);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>warren::RequestInbox</name>
    <message>
        <source>No pending friend requests.</source>
        <translation>Нет ожидающих запросов в друзья.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Запросы в друзья</translation>
    </message>
    <message>
        <source>Pending friend requests</source>
        <translation>Ожидающие запросы в друзья</translation>
    </message>
    <message>
        <source>Accept the selected friend request</source>
        <translation>Принять выбранный запрос в друзья</translation>
    </message>
    <message>
        <source>Decline the selected friend request</source>
        <translation>Отклонить выбранный запрос в друзья</translation>
    </message>
    <message>
        <source>People who want to add you as a friend:</source>
        <translation>Пользователи, которые хотят добавить вас в друзья:</translation>
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
        <translation>Запрос от %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>warren::SearchResultModel</name>
    <message>
        <source>You to %1, %2</source>
        <translation>Кому: %1, %2</translation>
    </message>
    <message>
        <source>%1 to you, %2</source>
        <translation>От: %1, %2</translation>
    </message>
</context>
<context>
    <name>warren::SelfHeader</name>
    <message>
        <source>Your avatar</source>
        <translation>Ваш аватар</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your name, as your friends see it. Click to change.</source>
        <translation>Ваше имя, которое видят друзья. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <source>Set a status message</source>
        <translation>Задать сообщение статуса</translation>
    </message>
    <message>
        <source>Your status message</source>
        <translation>Ваше сообщение статуса</translation>
    </message>
    <message>
        <source>Connection to the Tox network</source>
        <translation>Подключение к сети Tox</translation>
    </message>
    <message>
        <source>My Tox ID (Ctrl+I)</source>
        <translation>Мой Tox ID (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show my Tox ID</source>
        <translation>Показать мой Tox ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Подключено (%1)</translation>
    </message>
    <message>
        <source>Your avatar, as your friends see it. Click to change.</source>
        <translation>Ваш аватар, как его видят друзья. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <source>Set avatar…</source>
        <translation>Установить аватар…</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Удалить аватар</translation>
    </message>
</context>
<context>
    <name>warren::SettingsDialog</name>
    <message>
        <source>Start Warren when I log in</source>
        <translation>Запускать Warren при входе в систему</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Запускать свёрнутым в область уведомлений</translation>
    </message>
    <message>
        <source>The new language is used the next time Warren starts.</source>
        <translation>Новый язык будет применён при следующем запуске Warren.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>warren::ShareDialog</name>
    <message>
        <source>&amp;Share</source>
        <translation>О&amp;ткрыть доступ</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Открыть доступ к порту</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Host the friend may reach</source>
        <translation>Хост, доступный другу</translation>
    </message>
    <message>
        <source>127.0.0.1 is this computer; * is any host</source>
        <translation>127.0.0.1 — этот компьютер; * — любой хост</translation>
    </message>
    <message>
        <source>Ports the friend may reach</source>
        <translation>Порты, доступные другу</translation>
    </message>
    <message>
        <source>22, or a range such as 8000-8080, or *</source>
        <translation>22, 8000-8080 или *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>optional, e.g. SSH</source>
        <translation>необязательно, например SSH</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Ошибка ввода</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your friend can then open tunnels through your computer to this host and these ports, and to nothing else.</source>
        <translation>После этого друг сможет открывать туннели через ваш компьютер к этому хосту и этим портам — и ни к чему другому.</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Друг:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Порты:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Изменить общий порт</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Choose the friend you share with (add a friend first).</source>
        <translation>Выберите друга, которому открываете доступ (сначала добавьте друга).</translation>
    </message>
    <message>
        <source>Enter the host your friend may reach: 127.0.0.1 for this computer.</source>
        <translation>Введите хост, доступный другу: 127.0.0.1 — этот компьютер.</translation>
    </message>
    <message>
        <source>Enter the port your friend may reach, e.g. 22.</source>
        <translation>Введите порт, доступный другу, например 22.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; a * lets your friend reach any host or any port your computer can reach.</source>
        <translation>&lt;b&gt;Примечание:&lt;/b&gt; * даёт другу доступ к любому хосту или порту, доступному вашему компьютеру.</translation>
    </message>
</context>
<context>
    <name>warren::ShareModel</name>
    <message>
        <source>Any host (*)</source>
        <translation>Любой хост (*)</translation>
    </message>
    <message>
        <source>Any port (*)</source>
        <translation>Любой порт (*)</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Host they may reach</source>
        <translation>Доступный хост</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>You offered this port and your friend accepted it. Withdraw it under &quot;Offered ports&quot;.</source>
        <translation>Вы предложили этот порт, и друг его принял. Отозвать предложение можно на вкладке «Предложенные порты».</translation>
    </message>
    <message>
        <source>Offered by you</source>
        <translation>Предложено вами</translation>
    </message>
    <message>
        <source>Offered by you: %1</source>
        <translation>Предложено вами: %1</translation>
    </message>
</context>
<context>
    <name>warren::StatusSelector</name>
    <message>
        <source>Your status</source>
        <translation>Ваш статус</translation>
    </message>
</context>
<context>
    <name>warren::StreamModel</name>
    <message>
        <source>Friend → my port</source>
        <translation>Друг → мой порт</translation>
    </message>
    <message>
        <source>Me → friend</source>
        <translation>Я → друг</translation>
    </message>
    <message>
        <source>Shared port</source>
        <translation>Общий порт</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>Local side</source>
        <translation>Локальная сторона</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Friend&apos;s path</source>
        <translation>Путь до друга</translation>
    </message>
</context>
<context>
    <name>warren::TransferCard</name>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Принять %1</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>Сохранить в…</translation>
    </message>
    <message>
        <source>Save %1 to a folder…</source>
        <translation>Сохранить %1 в папку…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Отклонить %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>Показать %1 в папке</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Приостановить %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Продолжить %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Повторить %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Отменить %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Ход передачи %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Предпросмотр %1</translation>
    </message>
</context>
<context>
    <name>warren::TransferFormat</name>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>осталось %1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>осталось %1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>осталось %1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Waiting for %1 to come online</source>
        <translation>Ожидание, пока %1 появится в сети</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept</source>
        <translation>Ожидание подтверждения: %1</translation>
    </message>
    <message>
        <source>%1 offers this file</source>
        <translation>%1 предлагает этот файл</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>Paused by you and by %1</source>
        <translation>Приостановлено вами и %1</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Приостановлено: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Interrupted: it will continue when %1 is back</source>
        <translation>Прервано: продолжится, когда %1 вернётся в сеть</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Paused by you</source>
        <translation>Приостановлено вами</translation>
    </message>
</context>
<context>
    <name>warren::TransferModel</name>
    <message>
        <source>to %1</source>
        <translation>кому: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от: %1</translation>
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
        <translation>Передач файлов пока нет. Перетащите файлы в чат или на контакт, чтобы отправить их.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>File transfers</source>
        <translation>Передачи файлов</translation>
    </message>
    <message>
        <source>Close the transfers window</source>
        <translation>Закрыть окно передач</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 under way</source>
        <translation>
            <numerusform>%n передача, активных: %1</numerusform>
            <numerusform>%n передачи, активных: %1</numerusform>
            <numerusform>%n передач, активных: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warren::TrayIcon</name>
    <message>
        <source>&amp;Show Warren</source>
        <translation>&amp;Показать Warren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message numerus="yes">
        <source>Warren — %n unread</source>
        <translation>
            <numerusform>Warren — %n непрочитанное</numerusform>
            <numerusform>Warren — %n непрочитанных</numerusform>
            <numerusform>Warren — %n непрочитанных</numerusform>
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
        <translation>%1/с</translation>
    </message>
    <message>
        <source>↑ %1  ↓ %2</source>
        <translation>↑ %1  ↓ %2</translation>
    </message>
    <message>
        <source>Direct (UDP)</source>
        <translation>Напрямую (UDP)</translation>
    </message>
    <message>
        <source>TCP relay</source>
        <translation>TCP-ретранслятор</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation>%1, %2 мс</translation>
    </message>
</context>
<context>
    <name>warren::TunnelManager</name>
    <message>
        <source>Your tunnel settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки туннелей: %1</translation>
    </message>
    <message>
        <source>The port could not be offered: %1</source>
        <translation>Не удалось предложить порт: %1</translation>
    </message>
</context>
<context>
    <name>warren::TunnelsPanel</name>
    <message>
        <source>My forwards</source>
        <translation>Мои пробросы</translation>
    </message>
    <message>
        <source>Ports shared with friends</source>
        <translation>Порты, открытые друзьям</translation>
    </message>
    <message>
        <source>Open streams</source>
        <translation>Открытые соединения</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit forward</source>
        <translation>Изменить проброс</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove forward</source>
        <translation>Удалить проброс</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>Start forward</source>
        <translation>Запустить проброс</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop forward</source>
        <translation>Остановить проброс</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Edit shared port</source>
        <translation>Изменить общий порт</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>Stop sharing this port</source>
        <translation>Закрыть доступ к этому порту</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>Туннели</translation>
    </message>
    <message>
        <source>Tunnel lists</source>
        <translation>Списки туннелей</translation>
    </message>
    <message>
        <source>Local addresses whose connections are carried to a host and port at a friend&apos;s side.</source>
        <translation>Локальные адреса, соединения с которыми передаются на хост и порт на стороне друга.</translation>
    </message>
    <message>
        <source>What each friend may reach through this computer; the rest is denied.</source>
        <translation>Что каждый друг может достичь через этот компьютер; всё остальное запрещено.</translation>
    </message>
    <message>
        <source>Connections open through tunnels now, both ways.</source>
        <translation>Соединения, открытые сейчас через туннели, в обе стороны.</translation>
    </message>
    <message>
        <source>&amp;Open a tunnel…</source>
        <translation>Открыть &amp;туннель…</translation>
    </message>
    <message>
        <source>Open a tunnel</source>
        <translation>Открыть туннель</translation>
    </message>
    <message>
        <source>&amp;Share a port…</source>
        <translation>Открыть &amp;доступ к порту…</translation>
    </message>
    <message>
        <source>Share a port</source>
        <translation>Открыть доступ к порту</translation>
    </message>
    <message>
        <source>Friends can reach only the hosts and ports listed here; every other request is denied.</source>
        <translation>Друзьям доступны только перечисленные здесь хосты и порты; все прочие запросы отклоняются.</translation>
    </message>
    <message>
        <source>Shared ports</source>
        <translation>Общие порты</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Remove the forward %1? Connections open through it stay open until they close.</source>
        <translation>Удалить проброс %1? Уже открытые через него соединения останутся открытыми, пока не закроются.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Закрыть доступ</translation>
    </message>
    <message>
        <source>Stop sharing %1:%2 with %3? Connections already open stay open until they close.</source>
        <translation>Закрыть доступ к %1:%2 (друг: %3)? Уже открытые соединения останутся открытыми, пока не закроются.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Столбцы: %1</translation>
    </message>
    <message>
        <source>Offered ports</source>
        <translation>Предложенные порты</translation>
    </message>
    <message>
        <source>A forward you accepted from a friend&apos;s offer cannot be edited.</source>
        <translation>Переадресацию, принятую по предложению друга, нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>warren::UnlockPage</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Profile password</source>
        <translation>Пароль профиля</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a password.</source>
        <translation>Профиль &lt;b&gt;%1&lt;/b&gt; защищён паролем.</translation>
    </message>
    <message>
        <source>Remember the password (no keychain: %1)</source>
        <translation>Запомнить пароль (нет связки ключей: %1)</translation>
    </message>
</context>
<context>
    <name>warren::icons</name>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>away</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>не беспокоить</translation>
    </message>
</context>
</TS>
